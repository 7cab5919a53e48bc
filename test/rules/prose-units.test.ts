/**
 * `proseUnits`, what the wording rules read of a parsed page: every piece of prose with its
 * role, label and plain text, in file order, and each span of that text mapped back to the
 * exact characters of the file (body blocks, YAML scalars plain, folded or quoted, markdown in
 * disclaimer texts blanked); and the frontmatter entries and claim blocks the rules point at.
 */
import { describe, expect, test, vi } from 'vitest'
import type { RuleInput } from '../../src/rules/types.js'
import type { ProseUnit } from '../../src/rules/util/prose.js'

vi.mock('../../src/rules/run.js', () => import('../helpers/rule-input-spy.js'))
const { seen } = await import('../helpers/rule-input-spy.js')

const { parseContent } = await import('../../src/parser/index.js')
const { proseUnits } = await import('../../src/rules/util/prose.js')
const { claimPlacements, frontmatterRead, locateEntry } = await import('../../src/rules/util/document.js')
const { sourceIndex } = await import('../../src/rules/util/source.js')
const { frontmatter } = await import('../parser/helpers.js')

/** The rule input the parser hands the rules for `source`. */
function inputOf(source: string): RuleInput {
  seen.length = 0
  parseContent(source, { path: 'page.md' })
  const input = seen[0]
  if (input === undefined) throw new Error('the rules were not run')
  return input
}

/** The file text a span of a unit's text maps to, or `undefined`. */
function sourceOf(input: RuleInput, unit: ProseUnit, start: number, end: number): string | undefined {
  const place = unit.place(start, end)
  if (place === undefined) return undefined
  return input.source.slice(place.start.offset, place.end.offset)
}

/** The file text the first occurrence of `needle` in the unit's text maps to. */
function mapped(input: RuleInput, unit: ProseUnit | undefined, needle: string): string | undefined {
  if (unit === undefined) throw new Error(`no unit for ${needle}`)
  const at = unit.text.indexOf(needle)
  expect(at, `${needle} in ${JSON.stringify(unit.text)}`).toBeGreaterThanOrEqual(0)
  return sourceOf(input, unit, at, at + needle.length)
}

const extra = `glossary:
  - id: ev
    term: EV
    definition: >-
      A small package
      from cells.
    cites: [misev2018]
---
`

const source =
  frontmatter
    .replace('summary: A short page about exosomes.', 'summary: "Tab\\there, and a \\"quote\\"."')
    .replace('text: This page does not replace advice from a clinician.', 'text: See [the FDA](https://www.fda.gov "FDA") or <https://example.org>, *now*, and [`more`](https://example.org/more).')
    .replace(/---\n$/, extra) +
  `Intro text, before any section.

## Basics of exosomes

:::claim{#vesicles kind=definition evidence=established cite=misev2018}
Exosomes are **small** vesicles.
:::

\`\`\`js
const notProse = true
\`\`\`

<div>Not prose either.</div>

***

[misev]: https://example.org/misev

::disclaimer{ref=not-medical-advice}

> Term: meaning.
>
> EV: A vesicle.

### Smaller part
`

describe('proseUnits', () => {
  const input = inputOf(source)
  const units = proseUnits(input)
  const byLabel = (label: string, nth = 0): ProseUnit | undefined => units.filter((unit) => unit.label === label)[nth]

  test('every piece of prose, in file order, with its role, label and text; code, HTML, breaks, definitions and placements are not prose', () => {
    expect(units.map((unit) => [unit.role, unit.label, unit.text])).toEqual([
      ['narrative', 'narrative', 'Intro text, before any section.\n'],
      ['heading', 'a heading', 'Basics of exosomes\n'],
      ['claim', 'claim `vesicles`', 'Exosomes are small vesicles.\n'],
      ['narrative', 'narrative', 'Term: meaning.\nEV: A vesicle.\n'],
      ['heading', 'a heading', 'Smaller part\n'],
      ['title', 'the title', 'Exosome basics'],
      ['summary', 'the summary', 'Tab\there, and a "quote".'],
      ['glossary', 'glossary entry `ev`', 'A small package from cells.'],
      ['disclaimer', 'disclaimer `not-fda-approved`', 'Not FDA-approved'],
      ['disclaimer', 'disclaimer `not-fda-approved`', 'No exosome product is approved by the FDA.'],
      ['disclaimer', 'disclaimer `investigational`', 'Investigational'],
      ['disclaimer', 'disclaimer `investigational`', 'Exosome treatments are being studied and are not proven.'],
      ['disclaimer', 'disclaimer `not-medical-advice`', 'Not medical advice'],
      // Markup blanked character for character: the text keeps the value's length.
      ['disclaimer', 'disclaimer `not-medical-advice`', `See  the FDA${' '.repeat('](https://www.fda.gov "FDA")'.length)} or ${' '.repeat('<https://example.org>'.length)},  now , and   more ${' '.repeat('](https://example.org/more)'.length)}.`],
    ])
    expect(units.find((unit) => unit.role === 'claim')?.claim?.id).toBe('vesicles')
    expect(units.filter((unit) => unit.role !== 'claim').every((unit) => unit.claim === undefined)).toBe(true)
  })

  test('body spans map to the characters of the file, and each unit falls back to its whole block', () => {
    expect(mapped(input, byLabel('claim `vesicles`'), 'small vesicles')).toBe('small** vesicles')
    expect(mapped(input, byLabel('a heading'), 'exosomes')).toBe('exosomes')
    expect(mapped(input, byLabel('narrative', 1), 'A vesicle')).toBe('A vesicle')
    const heading = byLabel('a heading')
    expect(heading?.fallback).toEqual({ start: expect.objectContaining({ line: source.split('\n').indexOf('## Basics of exosomes') + 1, column: 1 }), end: expect.objectContaining({ column: 22 }) })
  })

  test('frontmatter spans map through quotes, escapes and folded line breaks', () => {
    expect(mapped(input, byLabel('the title'), 'basics')).toBe('basics')
    expect(mapped(input, byLabel('glossary entry `ev`'), 'package from')).toBe('package\n      from')
    expect(mapped(input, byLabel('the summary'), 'quote')).toBe('quote')
    expect(mapped(input, byLabel('the summary'), 'and a "quote"')).toBe('and a \\"quote\\"')
    expect(mapped(input, byLabel('disclaimer `not-medical-advice`', 1), 'now')).toBe('now')
    expect(mapped(input, byLabel('disclaimer `not-fda-approved`', 1), 'approved')).toBe('approved')
  })

  test('a span is trimmed to the characters found in the file; one of none cannot be mapped', () => {
    const summary = byLabel('the summary') as ProseUnit
    const tab = summary.text.indexOf('\t')
    // The tab is written `\t`: the span starting or ending at it maps to the word beside it.
    expect(sourceOf(input, summary, tab, tab + 5)).toBe('here')
    expect(sourceOf(input, summary, 0, tab + 1)).toBe('Tab')
    expect(sourceOf(input, summary, tab, tab + 1)).toBeUndefined()
    expect(summary.fallback.start.line).toBe(source.split('\n').findIndex((line) => line.startsWith('summary:')) + 1)
  })

  test('a `#` title replaces the frontmatter title, and every `#` heading reads as a title', () => {
    const titled = proseUnits(inputOf(`${frontmatter}# Exosomes, the page\n\nText.\n\n# A second title\n`))
    expect(titled.filter((unit) => unit.role === 'title').map((unit) => [unit.label, unit.text])).toEqual([
      ['the title', 'Exosomes, the page\n'],
      ['the title', 'A second title\n'],
    ])
  })

  test('blank prose makes no unit', () => {
    const blank = proseUnits(inputOf(`${frontmatter}## Part\n\n:::claim{#c kind=definition evidence=established cite=misev2018}\n**  **\n:::\n`))
    expect(blank.map((unit) => unit.role)).not.toContain('claim')
    expect(blank.map((unit) => unit.text)).toContain('Part\n')
  })
})

describe('frontmatter entries and claim blocks', () => {
  /** The text of the file at a position. */
  const at = (input: RuleInput, place: { start: { offset?: number | undefined }; end: { offset?: number | undefined } } | undefined): string | undefined =>
    place === undefined ? undefined : input.source.slice(place.start.offset, place.end.offset)

  test('an entry is found by its id (quoted too) when the draft dropped an invalid one before it, and ends before the white space after it', () => {
    const glossary = `glossary:
  - id: Bad_Id
    term: EV
    definition: A vesicle.
  - id: "kept"
    term: Exosome
    definition: |
      A small vesicle.

---
`
    const input = inputOf(frontmatter.replace(/---\n$/, glossary) + '## Part\n\nText.\n')
    expect(input.document.glossary.map((entry) => entry.id)).toEqual(['kept'])
    expect(at(input, locateEntry(input, 'glossary', 0, 'kept', ['definition']))).toBe('|\n      A small vesicle.')
    expect(at(input, locateEntry(input, 'glossary', 0, 'kept'))?.startsWith('id: "kept"')).toBe(true)
    // The wording rules read the kept entry at its own place.
    const unit = proseUnits(input).find((item) => item.label === 'glossary entry `kept`')
    expect(at(input, unit?.fallback)).toBe('|\n      A small vesicle.')
    // An id written nowhere: the entry at the index.
    expect(at(input, locateEntry(input, 'glossary', 0, 'nowhere', ['term']))).toBe('Exosome')
    expect(locateEntry(input, 'glossary', 5, 'nowhere')).toBeUndefined()
  })

  test('with a locator of the entries as written, an entry dropped from the draft is skipped by reading back the ids', () => {
    // Entry 0 (`bad`) is not in the draft: the draft's entry 0 is the file's entry 1 or 2.
    const source = "glossary:\n  - id: bad\n    term: B\n  - id: 'single'\n    term: S\n  - id: \"double\"\n    term: D\n"
    const range = (text: string) => {
      const start = source.indexOf(text)
      const lines = sourceIndex(source)
      return { start: lines.pointAt(start), end: lines.pointAt(start + text.length) }
    }
    const written: Record<string, string> = {
      'glossary.0': '- id: bad\n    term: B',
      'glossary.0.id': 'bad',
      'glossary.0.term': 'B',
      'glossary.1': "- id: 'single'\n    term: S",
      'glossary.1.id': "'single'",
      'glossary.1.term': 'S',
      'glossary.2': '- id: "double"\n    term: D\n',
      'glossary.2.id': '"double"',
      'glossary.2.term': 'D',
    }
    const input = { source, locate: (path: ReadonlyArray<PropertyKey>) => (written[path.join('.')] === undefined ? undefined : range(written[path.join('.')] as string)) }
    const text = (place: ReturnType<typeof locateEntry>) => (place === undefined ? undefined : source.slice(place.start.offset, place.end.offset))
    expect(text(locateEntry(input, 'glossary', 0, 'single', ['term']))).toBe('S')
    expect(text(locateEntry(input, 'glossary', 1, 'double', ['term']))).toBe('D')
    expect(text(locateEntry(input, 'glossary', 1, 'double'))).toBe('- id: "double"\n    term: D')
    // Found at its own index: no search.
    expect(text(locateEntry(input, 'glossary', 0, 'bad', ['term']))).toBe('B')
    // Not found: the entry at the index.
    expect(text(locateEntry(input, 'glossary', 1, 'nowhere', ['term']))).toBe('S')
    expect(locateEntry(input, 'glossary', 3, 'nowhere')).toBeUndefined()
  })

  test('the frontmatter counts as read only when the YAML could be read', () => {
    expect(frontmatterRead(inputOf(`${frontmatter}Text.\n`))).toBe(true)
    expect(frontmatterRead(inputOf('---\nid: [unclosed\n---\nText.\n'))).toBe(false)
    expect(frontmatterRead(inputOf('Text only.\n'))).toBe(false)
  })

  test('claim placements list claim blocks only, each with its sections from the innermost out', () => {
    const input = inputOf(`${frontmatter}## Outer\n\n### Inner\n\n:::claim{#c kind=regulatory evidence=regulatory-fact cite=fda-exosome-notification-2019}\nNo exosome product is approved.\n:::\n\n::disclaimer{ref=not-medical-advice}\n\n::claim{ref=c}\n`)
    expect(claimPlacements(input.document).map(({ block, sections }) => [block.type, sections.map((section) => section.id)])).toEqual([
      ['claim', ['inner', 'outer']],
      ['claim', ['inner', 'outer']],
    ])
  })

  test('one line index serves every rule of a run; another source gets its own', () => {
    const first = sourceIndex('a\nb\n')
    expect(sourceIndex('a\nb\n')).toBe(first)
    expect(first.pointAt(2)).toEqual({ line: 2, column: 1, offset: 2 })
    const other = sourceIndex('ab\n')
    expect(other).not.toBe(first)
    expect(other.pointAt(2)).toEqual({ line: 1, column: 3, offset: 2 })
  })
})
