import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseContent } from '../../src/parser/index.js'
import { renderDocument, renderSection } from '../../src/render/index.js'
import type { ExosomeDocument } from '../../src/schema/document.js'
import { allSections } from './overview.js'

const frontmatter = `---
id: heading-ids
title: Heading ids
summary: Sections with and without written ids.
locale: es
audience: general
version: 0.1.0
lastReviewed: 2026-01-15
references:
  - id: misev2018
    kind: guideline
    title: Minimal information for studies of extracellular vesicles 2018 (MISEV2018)
    journal: Journal of Extracellular Vesicles
    year: 2018
    doi: 10.1080/20013078.2018.1535750
---
`

const claim = ':::claim{#vesicles kind=definition evidence=established cite=misev2018}\nLos exosomas son vesículas extracelulares.\n:::\n'

/** The section tree as ids, titles and depths, in document order. */
function outline(document: ExosomeDocument): Array<[string, string, number]> {
  return allSections(document.sections).map((section) => [section.id, section.title, section.depth])
}

function parse(source: string): ExosomeDocument {
  const { document, diagnostics } = parseContent(source, { rules: false })
  expect(diagnostics).toEqual([])
  if (document === undefined) throw new Error('no document')
  return document
}

function markdown(document: ExosomeDocument): string {
  return renderDocument(document, { format: 'markdown' })
}

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/${name}/input.md`, import.meta.url), 'utf8')

describe('markdown renderer: section ids written on headings', () => {
  it.each(['valid-heading-ids', 'valid-heading-id-escaped', 'valid-duplicate-headings', 'valid-nested-sections'])('%s reads back with the same ids and titles, and renders to a fixed point', (name) => {
    const document = parse(fixture(name))
    const once = markdown(document)
    const back = parse(once)
    expect(outline(back)).toEqual(outline(document))
    expect(Object.values(back.claims).map((item) => [item.id, item.section])).toEqual(Object.values(document.claims).map((item) => [item.id, item.section]))
    expect(markdown(back)).toBe(once)
  })

  it('writes `{#id}` only where the id is not the slug of the title, and never in a title', () => {
    const document = parse(fixture('valid-heading-ids'))
    const headings = markdown(document)
      .split('\n')
      .filter((line) => /^#{2,6} /.test(line))
    expect(headings).toContain('## Qué son los exosomas {#what-exosomes-are}')
    expect(headings).toContain('#### Cuatro {#depth-four}')
    // The same id as its slug, and a heading without an id: nothing written.
    expect(headings).toContain('## Same as its slug')
    expect(headings).toContain('## Qué son los exosomas')
    for (const section of allSections(document.sections)) expect(section.title).not.toMatch(/\{#/)
  })

  it('escapes a title that ends in `{#...}` as text, and writes the id of a repeated heading', () => {
    const escaped = markdown(parse(fixture('valid-heading-id-escaped')))
    expect(escaped).toContain('## Literal \\{\\#not-an-id\\}')
    expect(escaped).toContain('## Backslash then id \\\\ {#after-backslash}')
    const repeated = markdown(parse(fixture('valid-duplicate-headings')))
    expect(repeated).toContain('## Overview\n')
    expect(repeated).toContain('## Overview {#overview-1}')
  })

  it('keeps a section id when the section is rendered alone', () => {
    const document = parse(fixture('valid-heading-ids'))
    const alone = parse(renderSection(document, 'what-exosomes-are', { format: 'markdown' }))
    expect(outline(alone).map(([id]) => id)).toEqual(['what-exosomes-are', 'size-and-shape', 'depth-four', 'depth-five', 'depth-six'])
  })

  it('round-trips any mix of written ids, repeated titles and brace text (property)', () => {
    const title = fc.oneof(
      fc.constantFrom('Overview', 'Qué son', 'Risks & safety', 'Überblick', 'x'),
      fc.constantFrom('Overview {#x}', 'a \\{#b}', 'c\\\\', '{#', 'd }', 'e {#f} g', '#7', '1'),
    )
    const heading = fc.record({
      depth: fc.integer({ min: 2, max: 4 }),
      title,
      id: fc.option(fc.constantFrom('overview', 'overview-1', 'a', 'qué-son', 'x-1', 'section'), { nil: undefined }),
    })
    fc.assert(
      fc.property(fc.array(heading, { minLength: 1, maxLength: 7 }), (headings) => {
        const body = headings.map(({ depth, title: text, id }) => `${'#'.repeat(depth)} ${text}${id === undefined ? '' : ` {#${id}}`}\n\nText.\n`).join('\n')
        const source = `${frontmatter}\n## Start\n\n${claim}\n${body}`
        const first = parseContent(source, { rules: false })
        // Inputs with a duplicate or invalid written id are diagnosed, not rendered.
        if (first.document === undefined) {
          expect(first.diagnostics.every((diagnostic) => diagnostic.ruleId === 'heading-id-duplicate' || diagnostic.ruleId === 'heading-id-invalid')).toBe(true)
          return
        }
        const once = markdown(first.document)
        const back = parse(once)
        expect(outline(back)).toEqual(outline(first.document))
        expect(markdown(back)).toBe(once)
      }),
      { seed: 1717, numRuns: 300 },
    )
  })
})

describe('the markdown renderer’s slug of a title (no slug table of every script)', () => {
  it('is the parser’s section slug for every code point of Basic Latin to Latin Extended-B, alone and among others', async () => {
    const { latinSectionSlug } = await import('../../src/util/latin-slug.js')
    const { sectionSlug } = await import('../../src/util/section-slug.js')
    let compared = 0
    for (let codePoint = 0; codePoint <= 0x24f; codePoint++) {
      const character = String.fromCodePoint(codePoint)
      for (const title of [character, `Word${character}word`, `${character} and ${character}`]) {
        const slug = latinSectionSlug(title)
        if (slug === undefined) continue
        compared++
        expect(slug, `U+${codePoint.toString(16)}`).toBe(sectionSlug(title))
      }
    }
    // Only the few whose lower case is past U+024F (İ gives i and a combining dot, Ⱥ gives ⱥ) are left out.
    expect(compared).toBeGreaterThan(0.95 * 3 * 0x250)
    fc.assert(
      fc.property(fc.string({ unit: fc.integer({ min: 0, max: 0x24f }).map((code) => String.fromCodePoint(code)) }), (title) => {
        const slug = latinSectionSlug(title)
        if (slug !== undefined) expect(slug).toBe(sectionSlug(title))
      }),
      { seed: 20_261_202, numRuns: 2000 },
    )
  })

  it('is undefined past Latin Extended-B, so such a heading writes its id and reads back the same', async () => {
    const { latinSectionSlug } = await import('../../src/util/latin-slug.js')
    expect(latinSectionSlug('Экзосомы')).toBeUndefined()
    expect(latinSectionSlug('İ')).toBeUndefined()
    const document = parse(`${frontmatter}\n# Heading ids\n\n## Экзосомы и здоровье\n\nTexto.\n\n## Qué son\n\n${claim}`)
    const output = markdown(document)
    expect(output).toMatch(/^## Экзосомы и здоровье \{#[a-z0-9-]+\}$/m)
    expect(output).toContain('## Qué son\n')
    expect(outline(parse(output))).toEqual(outline(document))
  })
})
