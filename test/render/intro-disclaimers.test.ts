/**
 * A disclaimer placed in the intro (`::disclaimer{ref=…}` before the first section) covers
 * the whole document: a section or a claim rendered alone carries it too, in every format
 * and mode, and `requiredDisclaimers` lists it for any selection (docs/rendering.md, "The
 * disclaimer guarantee"). A disclaimer placed in one section stays out of the others.
 */
import { describe, expect, it } from 'vitest'
import { parseContent } from '../../src/parser/index.js'
import { disclaimerModes, renderClaim, renderDocument, renderFormats, renderSection, requiredDisclaimers } from '../../src/render/index.js'

const page = `---
id: intro-placed
title: Intro-placed disclaimers
summary: A page whose intro places a disclaimer that covers every section.
locale: en
audience: general
version: 1.0.0
lastReviewed: 2026-11-01
references:
  - id: fda-consumer-alert-2020
    kind: regulatory
    title: Consumer Alert on Regenerative Medicine Products Including Stem Cells and Exosomes
    publisher: U.S. Food and Drug Administration
    date: 2020-07-22
    url: https://www.fda.gov/vaccines-blood-biologics/consumers-biologics/consumer-alert-regenerative-medicine-products-including-stem-cells-and-exosomes
disclaimers:
  - id: document-wide
    kind: regulatory
    title: Document-wide notice
    text: Shown with any part of this page.
    placement: document
  - id: read-first
    kind: medical-advice
    title: Read this first
    text: Talk to a clinician before acting on anything on this page.
    placement: section
  - id: second-only
    kind: risk
    title: Second section notice
    text: Placed by the second section only.
    placement: section
---

# Intro-placed disclaimers

An introduction to the page.

::disclaimer{ref=read-first}

## First section

:::claim{#first-claim kind=regulatory evidence=regulatory-fact cite=fda-consumer-alert-2020}
The FDA has not approved any exosome product.
:::

## Second section

::disclaimer{ref=second-only}

Some narrative in the second section.
`

const parsed = parseContent(page, { path: 'intro-placed.md' })
const document = parsed.document
if (document === undefined) throw new Error(`the page does not parse: ${parsed.diagnostics.map((found) => found.message).join('; ')}`)
const introText = 'Talk to a clinician before acting on anything on this page.'
const secondOnlyText = 'Placed by the second section only.'
const claimText = 'The FDA has not approved any exosome product.'
const count = (haystack: string, needle: string): number => haystack.split(needle).length - 1
const ids = (list: ReadonlyArray<{ id: string }>): string[] => list.map((item) => item.id)

describe('a disclaimer placed in the intro', () => {
  it('is parsed as an intro block of a section-placed disclaimer, with no error', () => {
    expect(parsed.diagnostics.filter((found) => found.severity === 'error')).toEqual([])
    expect(document.intro.some((block) => block.type === 'disclaimer' && block.disclaimer === 'read-first')).toBe(true)
    expect(document.disclaimers.find((item) => item.id === 'read-first')?.placement).toBe('section')
  })

  describe.each(renderFormats)('%s', (format) => {
    // Markdown output places a disclaimer with its directive (its text is in the frontmatter
    // it writes); HTML and text print the text where it is placed.
    const intro = format === 'markdown' ? '::disclaimer{ref=read-first}' : introText
    const secondOnly = format === 'markdown' ? '::disclaimer{ref=second-only}' : secondOnlyText

    it.each(disclaimerModes)('follows a section rendered alone (%s), once, and before its claim when inline', (disclaimers) => {
      const output = renderSection(document, 'first-section', { format, disclaimers })
      expect(count(output, intro)).toBe(1)
      expect(count(output, claimText)).toBe(1)
      if (disclaimers === 'inline') expect(output.indexOf(intro)).toBeLessThan(output.indexOf(claimText))
      else expect(output.indexOf(intro)).toBeGreaterThan(output.indexOf(claimText))
      expect(output).not.toContain(secondOnly)
      expect(output).not.toContain(secondOnlyText)
    })

    it.each(disclaimerModes)('follows a claim rendered alone (%s), once', (disclaimers) => {
      const output = renderClaim(document, 'first-claim', { format, disclaimers })
      expect(count(output, intro)).toBe(1)
      expect(count(output, claimText)).toBe(1)
      expect(output).not.toContain(secondOnly)
      expect(output).not.toContain(secondOnlyText)
    })

    it.each(disclaimerModes)('follows a section without claims rendered alone (%s), next to its own', (disclaimers) => {
      const output = renderSection(document, 'second-section', { format, disclaimers })
      expect(count(output, intro)).toBe(1)
      expect(count(output, secondOnly)).toBe(1)
      expect(output).not.toContain(claimText)
    })

    it.each(disclaimerModes)('appears once in the whole document (%s)', (disclaimers) => {
      const output = renderDocument(document, { format, disclaimers })
      expect(count(output, intro)).toBe(1)
      expect(count(output, secondOnly)).toBe(1)
    })
  })

  it.each(disclaimerModes)('reads back from the markdown of a section rendered alone (%s) as placed, with its text', (disclaimers) => {
    const back = parseContent(renderSection(document, 'first-section', { format: 'markdown', disclaimers }))
    expect(back.diagnostics.filter((found) => found.severity === 'error')).toEqual([])
    expect(back.document?.disclaimers.find((item) => item.id === 'read-first')?.text).toBe(introText)
    const placedIn = [...(back.document?.intro ?? []), ...(back.document?.sections.flatMap((section) => section.blocks) ?? [])]
    expect(placedIn.filter((block) => block.type === 'disclaimer' && block.disclaimer === 'read-first')).toHaveLength(1)
  })

  it('is listed by requiredDisclaimers for every selection', () => {
    expect(ids(requiredDisclaimers(document, { sections: ['first-section'] }))).toEqual(['document-wide', 'read-first'])
    expect(ids(requiredDisclaimers(document, { claims: ['first-claim'] }))).toEqual(['document-wide', 'read-first'])
    expect(ids(requiredDisclaimers(document, { sections: ['second-section'] }))).toEqual(['document-wide', 'read-first', 'second-only'])
    // An empty selection still shows the document-level disclaimers and those the intro places.
    expect(ids(requiredDisclaimers(document, { sections: [], claims: [] }))).toEqual(['document-wide', 'read-first'])
    expect(ids(requiredDisclaimers(document, { sections: [] }))).toEqual(['document-wide', 'read-first'])
    expect(ids(requiredDisclaimers(document))).toEqual(['document-wide', 'read-first', 'second-only'])
  })
})

describe('requiredDisclaimers with disclaimers the intro places', () => {
  // The intro places `second-only` before `read-first`, the reverse of their declaration order.
  const reversed = page.replace('::disclaimer{ref=read-first}', '::disclaimer{ref=second-only}\n\n::disclaimer{ref=read-first}').replace('## Second section\n\n::disclaimer{ref=second-only}\n', '## Second section\n')
  const doc = parseContent(reversed, { path: 'reversed.md' }).document
  const ids = (list: ReadonlyArray<{ id: string }>): string[] => list.map((item) => item.id)

  it('lists them after the document-level ones, in the order the intro places them, for every selection', () => {
    if (doc === undefined) throw new Error('the page did not parse')
    const lead = ['document-wide', 'second-only', 'read-first']
    expect(ids(requiredDisclaimers(doc))).toEqual(lead)
    expect(ids(requiredDisclaimers(doc, { sections: [] }))).toEqual(lead)
    expect(ids(requiredDisclaimers(doc, { sections: [], claims: [] }))).toEqual(lead)
    expect(ids(requiredDisclaimers(doc, { sections: ['first-section'] }))).toEqual(lead)
    expect(ids(requiredDisclaimers(doc, { claims: ['first-claim'] }))).toEqual(lead)
    // The same as a render of that section shows, in its order.
    const html = renderSection(doc, 'first-section', { format: 'html' })
    const shown = [...html.matchAll(/data-disclaimer-id="([^"]+)"/g)].map((match) => match[1])
    expect(shown).toEqual(lead)
  })

  it('returns disclaimer objects of the document, not ids or placeholders', () => {
    if (doc === undefined) throw new Error('the page did not parse')
    for (const selection of [{}, { sections: [] }, { sections: ['second-section'] }]) {
      for (const item of requiredDisclaimers(doc, selection)) expect(doc.disclaimers).toContain(item)
    }
  })
})

describe('requiredDisclaimers in document order', () => {
  const summaryFirst = `---
id: summary-first
title: Summary first
summary: An intro whose evidence summary comes before the disclaimer it places.
locale: en
audience: general
version: 1.0.0
lastReviewed: 2026-11-01
references:
  - {id: a, kind: review, title: A review, year: 2020, doi: 10.1234/x}
disclaimers:
  - {id: not-fda-approved, kind: regulatory, title: Not approved, text: No such product is approved., placement: document}
  - {id: read-first, kind: medical-advice, title: Read first, text: Talk with a clinician., placement: section}
  - {id: investigational, kind: investigational, title: Research, text: Still being studied., placement: section}
  - {id: care, kind: risk, title: Care, text: Get care for a bad reaction., placement: claim}
---

# Summary first

::evidence-summary

::disclaimer{ref=read-first}

## Research

::disclaimer{ref=investigational}

:::claim{#joints kind=therapeutic-potential evidence=preclinical cite="a" requires="care"}
Exosomes might help joints in animal studies.
:::
`
  const doc = parseContent(summaryFirst, { now: '2026-12-01' }).document
  const ids = (list: ReadonlyArray<{ id: string }>): string[] => list.map((item) => item.id)

  it('with no selection, lists them in the order the whole page shows them', () => {
    if (doc === undefined) throw new Error('the page did not parse')
    // The summary in the intro needs `care` before the intro places `read-first`.
    expect(ids(requiredDisclaimers(doc))).toEqual(['not-fda-approved', 'care', 'read-first', 'investigational'])
    const html = renderDocument(doc, { format: 'html' })
    expect([...html.matchAll(/data-disclaimer-id="([^"]+)"/g)].map((match) => match[1])).toEqual(['not-fda-approved', 'care', 'read-first', 'investigational'])
    // An empty selection: what any selection leads with.
    expect(ids(requiredDisclaimers(doc, { sections: [] }))).toEqual(['not-fda-approved', 'read-first'])
  })

  it('throws a RangeError for an intro placement of an undeclared id, as the renderers do', () => {
    if (doc === undefined) throw new Error('the page did not parse')
    const broken = { ...doc, intro: [...doc.intro, { type: 'disclaimer' as const, disclaimer: 'nope', position: { start: { line: 1, column: 1 }, end: { line: 1, column: 2 } } }] }
    expect(() => requiredDisclaimers(broken, { sections: [] })).toThrow(new RangeError('Unknown disclaimer id "nope" in the intro, expected one defined in the document'))
    expect(() => renderSection(broken, 'research', { format: 'html' })).toThrow(RangeError)
  })
})
