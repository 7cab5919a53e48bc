import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseContent } from '../../src/parser/index.js'
import { renderClaim, renderDocument, renderSection } from '../../src/render/index.js'
import type { ExosomeDocument } from '../../src/schema/document.js'
import { metaAndClaims } from './essence.js'
import { fixtureDocument } from './fixture.js'
import { allSections, loadOverview } from './overview.js'

// A fixed day for the date rules (`review-stale`): no test reads the real clock.
const parse = (source: string, options: Parameters<typeof parseContent>[1] = {}): ReturnType<typeof parseContent> => parseContent(source, { now: '2026-12-01', ...options })

/** What the round trip must keep. */
function essence(document: ExosomeDocument): unknown {
  return {
    ...metaAndClaims(document),
    disclaimers: document.disclaimers,
    references: document.references,
    glossary: document.glossary,
    sections: allSections(document.sections).map((section) => ({
      id: section.id,
      claims: section.claims,
      disclaimers: section.disclaimers,
      // Narrative text is compared without whitespace: the fixture builds it by hand.
      blocks: section.blocks.map((block) => (block.type === 'narrative' ? block.text.replaceAll(/\s+/g, '') : block.type === 'claim' ? `claim:${block.claim}:${block.reuse}` : block.type === 'disclaimer' ? `disclaimer:${block.disclaimer}` : block.type)),
    })),
  }
}

function roundTrip(document: ExosomeDocument, expected: string[] = []): ExosomeDocument {
  const { document: back, diagnostics } = parse(renderDocument(document, { format: 'markdown' }))
  expect(diagnostics.map((diagnostic) => diagnostic.ruleId)).toEqual(expected)
  if (!back) throw new Error('no document')
  return back
}

describe('markdown renderer', () => {
  it('round-trips the built-in overview through parseContent', () => {
    const overview = loadOverview()
    expect(essence(roundTrip(overview))).toEqual(essence(overview))
  })

  it('round-trips the fixture: reuse, nested sections, claim-placed disclaimers, explicit requires', () => {
    const fixture = fixtureDocument()
    // The fixture, built by hand, holds its title line inside the intro, which no parsed
    // document does: written after the title line, it reads back as a second `#` heading.
    const back = roundTrip(fixture, ['heading-title-misplaced'])
    expect(essence(back)).toEqual(essence(fixture))
    expect(back.claims['infection-risk']?.requires).toEqual(['not-medical-advice', 'seek-care'])
  })

  it('is a fixed point: rendering the parsed output again gives the same markdown', () => {
    const overview = loadOverview()
    const once = renderDocument(overview, { format: 'markdown' })
    expect(renderDocument(roundTrip(overview), { format: 'markdown' })).toBe(once)
  })

  it('places a section disclaimer after the claim when the subset lacks its placement; claim-placed ones stay implied', () => {
    const fixture = fixtureDocument()
    const { document, diagnostics } = parse(renderSection(fixture, 'animal-work', { format: 'markdown' }))
    expect(diagnostics).toEqual([])
    // seek-care is claim-placed: implied beside the claim, declared in the frontmatter.
    expect(document?.sections[0]?.blocks.map((block) => block.type)).toEqual(['claim'])
    expect(document?.disclaimers.map((item) => item.id)).toContain('seek-care')
    const claimAlone = parse(renderClaim(fixture, 'joint-study', { format: 'markdown', disclaimers: 'end' }))
    expect(claimAlone.diagnostics).toEqual([])
    expect(claimAlone.document?.sections[0]?.blocks.map((block) => (block.type === 'disclaimer' ? block.disclaimer : block.type))).toEqual(['claim', 'investigational'])
  })

  it('keeps raw HTML as written: markdown output is source, and the HTML renderer drops it', () => {
    const output = renderDocument(fixtureDocument({ claim: 'Safe <b>bold</b> text.' }), { format: 'markdown' })
    const { document } = parse(output)
    expect(document?.claims['vesicles-defined']?.content.markdown).toBe('Safe <b>bold</b> text.')
  })
})

describe('markdown round trip of the intro and title', () => {
  const head = `---
id: page
title: 'Exosomes: a *plain* #1 guide & more'
summary: A page for the round trip.
locale: en
audience: general
version: 1.0.0
lastReviewed: 2026-11-01
references:
  - {id: a, kind: review, title: A review, year: 2020, doi: 10.1234/x}
---
`
  const tail = `\n## Section\n\n:::claim{#c kind=context evidence=established cite="a"}\nA claim.\n:::\n`
  const intro = (document: ExosomeDocument): unknown => document.intro.map((block) => (block.type === 'narrative' ? [block.content.markdown, block.text] : block))
  const ruleIds = (source: string): string[] => parse(source).diagnostics.map((diagnostic) => diagnostic.ruleId)

  it('keeps a second `#` heading of the intro in the intro, and the title as the title', () => {
    const source = `${head}\n# Exosomes: a \\*plain\\* #1 guide & more\n\n# A second top heading\n\nMore intro.\n${tail}`
    const { document } = parse(source)
    if (!document) throw new Error('no document')
    expect(intro(document)).toEqual([['# A second top heading\n\nMore intro.', 'A second top heading More intro.']])
    const output = renderDocument(document, { format: 'markdown' })
    const back = parse(output)
    expect(back.document?.title).toBe(document.title)
    expect(intro(back.document as ExosomeDocument)).toEqual(intro(document))
    // The same warnings as the source: only the misplaced heading, no title mismatch.
    expect(back.diagnostics.map((diagnostic) => diagnostic.ruleId)).toEqual(ruleIds(source))
  })

  it('reads comments before the title line as a block of their own, which the title line follows again', () => {
    const source = `${head.replace(/^title: .*$/m, 'title: Plain title')}\n<!-- reviewed -->\n\n# Plain title\n\n# Plain title\n\nText.\n${tail}`
    const { document } = parse(source)
    if (!document) throw new Error('no document')
    // No narrative's markdown spans the title line it does not hold.
    expect(intro(document)).toEqual([
      ['<!-- reviewed -->', ''],
      ['# Plain title\n\nText.', 'Plain title Text.'],
    ])
    const output = renderDocument(document, { format: 'markdown' })
    expect(output).toContain('<!-- reviewed -->\n\n# Plain title\n\n# Plain title\n\nText.')
    expect(intro(parse(output).document as ExosomeDocument)).toEqual(intro(document))
  })

  it('round-trips generated intros: `#` headings anywhere, titles with markup characters (property)', () => {
    const line = fc.oneof(
      fc.constantFrom('Plain words.', 'Words with *emphasis* and `code`.', 'A [link](https://example.org).', '<!-- a comment -->', '- a list\n- of two', '> a quote'),
      fc.constantFrom('# Top heading', '# Exosomes: a *plain* #1 guide & more', '#  Spaced  heading #', '# Title with \\* escape'),
    )
    const title = fc.constantFrom('Plain title', 'Exosomes: a *plain* #1 guide & more', 'Brackets [x] and <y> and {z} ~ | !', 'Back\\slash and `tick`', 'Colon:word and :directive', 'Ends with #')
    fc.assert(
      fc.property(title, fc.array(line, { minLength: 1, maxLength: 6 }), (chosen, lines) => {
        const source = `${head.replace(/^title: .*$/m, `title: ${JSON.stringify(chosen)}`)}\n${lines.join('\n\n')}\n${tail}`
        const { document } = parse(source)
        if (!document) return
        const back = parse(renderDocument(document, { format: 'markdown' }))
        expect(back.document?.title).toBe(document.title)
        expect(intro(back.document as ExosomeDocument)).toEqual(intro(document))
        expect(back.document?.claims['c']?.text).toBe('A claim.')
        // Nothing new to warn about: no title mismatch, no heading the source did not have.
        expect(back.diagnostics.filter((diagnostic) => diagnostic.ruleId === 'title-mismatch')).toEqual([])
      }),
      { seed: 20_261_202, numRuns: 300 },
    )
  })

  it('writes section titles back exactly, markup characters included', () => {
    for (const text of ['What *exosomes* are not', 'A [b] <c> {#d} e: f & g #', 'Trailing backslash \\', 'Ünïcödé — and “quotes”']) {
      const source = `${head}\n## ${text.replaceAll(/[\\`*_[\]<>!&#:{}~|]/g, '\\$&')}\n\n:::claim{#c kind=context evidence=established cite="a"}\nA claim.\n:::\n`
      const { document } = parse(source)
      if (!document) throw new Error(`no document for ${text}`)
      const back = parse(renderDocument(document, { format: 'markdown' })).document
      expect(back?.sections[0]?.title).toBe(document.sections[0]?.title)
      expect(back?.sections[0]?.id).toBe(document.sections[0]?.id)
    }
  })
})

describe('markdown of a subset that cites nothing', () => {
  it('keeps the references, so it parses back without an empty-list error', () => {
    const source = [
      '---',
      'id: t',
      'title: T',
      'summary: S.',
      'locale: en',
      'audience: general',
      'version: 1.0.0',
      'lastReviewed: 2026-11-01',
      'references:',
      '  - id: r1',
      '    kind: regulatory',
      '    title: R',
      '    publisher: P',
      '    url: https://example.org/',
      '---',
      '',
      '# T',
      '',
      '## A',
      '',
      ':::claim{#a1 kind=mechanism evidence=preclinical cite="r1"}',
      'Exosomes may carry cargo.',
      ':::',
      '',
      '## C',
      '',
      'Plain words only.',
      '',
    ].join('\n')
    const { document } = parse(source, { rules: false })
    if (document === undefined) throw new Error('the page does not parse')
    const markdown = renderSection(document, 'c', { format: 'markdown' })
    expect(markdown).not.toContain('references: []')
    const back = parse(markdown)
    expect(back.diagnostics.filter((found) => found.severity === 'error')).toEqual([])
    expect(back.document?.references.map((reference) => reference.id)).toEqual(['r1'])
  })
})
