/**
 * Renderers never throw on a document `parseContent` accepted, and do bounded work: markdown
 * inside the frontmatter (disclaimer texts) is parsed once, at parse time, under the parser's
 * limits; renderers render that tree; their own walks do not recurse; and content the
 * libraries cannot convert (nesting past their recursion, with limits raised) falls back to
 * its plain text instead of throwing.
 */
import fc from 'fast-check'
import type { BlockContent, RootContent } from 'mdast'
import { describe, expect, it } from 'vitest'
import { parseContent } from '../../src/parser/index.js'
import { renderClaim, renderDocument, renderSection, requiredDisclaimers, toJsonLd } from '../../src/render/index.js'
import { renderFormats } from '../../src/render/options.js'
import type { ExosomeDocument } from '../../src/schema/document.js'
import { body } from '../fuzz/arbitraries.js'
import { budgetFor } from '../helpers/pace.js'
import { fixtureDocument } from './fixture.js'
import { allSections } from './overview.js'
import { readHtml, readTextDisclaimers } from './read-back.js'

const page = (disclaimerText: string, content = ''): string => `---
id: page
title: Page
summary: A page.
locale: en
audience: general
version: 1.0.0
lastReviewed: 2026-11-01
references:
  - {id: fda-exosome-notification-2019, kind: regulatory, title: Notice, publisher: FDA, date: 2019-12-06, url: https://www.fda.gov/x}
disclaimers:
  - id: not-fda-approved
    kind: regulatory
    title: Not approved
    text: ${JSON.stringify(disclaimerText)}
    placement: document
---

${content}

## Section

:::claim{#claim-0 kind=regulatory evidence=regulatory-fact cite="fda-exosome-notification-2019"}
A claim about exosome products.
:::
`

/** Every render of a document: each format, scope and disclaimer mode. */
function renderEverything(document: ExosomeDocument): void {
  const scopes = [
    (options: Parameters<typeof renderDocument>[1]) => renderDocument(document, options),
    ...allSections(document.sections).map((section) => (options: Parameters<typeof renderDocument>[1]) => renderSection(document, section.id, options)),
    ...Object.keys(document.claims).map((id) => (options: Parameters<typeof renderDocument>[1]) => renderClaim(document, id, options)),
  ]
  for (const render of scopes) for (const format of renderFormats) for (const disclaimers of ['inline', 'end'] as const) render({ format, disclaimers })
  toJsonLd(document)
  requiredDisclaimers(document)
}

describe('renderers never throw', () => {
  it('a disclaimer text of 4,000 nested list markers is refused at parse time, at its place, in bounded time', () => {
    const source = page(`${'- '.repeat(4000)}x`)
    const started = performance.now()
    const { document, diagnostics } = parseContent(source)
    const elapsed = performance.now() - started
    expect(elapsed).toBeLessThan(budgetFor(elapsed, 1500))
    expect(document).toBeUndefined()
    const limit = diagnostics.find((diagnostic) => diagnostic.ruleId === 'limit-nesting')
    expect(limit?.message).toContain('in the `text` of disclaimer `not-fda-approved`')
    // The place of the `text` value in the frontmatter.
    expect(limit?.place.start.line).toBe(source.split('\n').findIndex((line) => line.includes('    text: ')) + 1)
  })

  it('a disclaimer text within the limits is parsed once, into the document, and rendered from there', () => {
    const { document } = parseContent(page('See **your doctor**:\n\n- one\n  - two\n\n> quoted'))
    if (!document) throw new Error('no document')
    const disclaimer = document.disclaimers[0]
    expect(disclaimer?.content.mdast.map((node) => node.type)).toEqual(['paragraph', 'list', 'blockquote'])
    expect(JSON.stringify(disclaimer?.content)).not.toContain('"position"')
    const html = renderDocument(document, { format: 'html' })
    expect(html).toContain('<strong>your doctor</strong>')
    expect(renderDocument(document, { format: 'text' })).toContain('Important: Not approved. See your doctor: • one • two quoted')
  })

  it('content nested past what the HTML libraries recurse through (3,000 block quotes) falls back to its text', () => {
    const deep = (): RootContent[] => {
      let node: BlockContent = { type: 'paragraph', children: [{ type: 'text', value: 'deepest words' }] }
      for (let level = 0; level < 3000; level++) node = { type: 'blockquote', children: [node] }
      return [node]
    }
    const document = fixtureDocument()
    document.claims['vesicles-defined']?.content.mdast.push(...(deep() as BlockContent[]))
    const intro = document.intro[0]
    if (intro?.type === 'narrative') intro.content.mdast.push(...(deep() as BlockContent[]))
    const disclaimer = document.disclaimers[0]
    if (disclaimer) disclaimer.content.mdast = deep() as BlockContent[]
    // The same content kept as for a frozen document (the caches key on frozen mdast arrays;
    // a deep freeze of 3,000 levels would itself recurse).
    const kept = fixtureDocument()
    const claim = kept.claims['vesicles-defined']
    if (claim) {
      claim.content.mdast.push(...(deep() as BlockContent[]))
      Object.freeze(claim.content.mdast)
    }
    for (const target of [document, kept]) {
      for (const format of renderFormats) {
        const output = renderDocument(target, { format })
        // In the claim (shown twice) and, in the first document, the intro and a disclaimer.
        expect(output.split('deepest words').length - 1, format).toBeGreaterThanOrEqual(format === 'markdown' ? 0 : target === document ? 4 : 2)
      }
      const html = readHtml(renderDocument(target, { format: 'html' }))
      expect([...html.disclaimers].sort()).toEqual(requiredDisclaimers(target).map((item) => item.id).sort())
    }
  })

  it('renders every generated document the parser accepts, in every format and scope, with every claim and required disclaimer (property)', () => {
    let accepted = 0
    fc.assert(
      fc.property(body, body, (disclaimerText, content) => {
        const { document } = parseContent(page(disclaimerText, content), { rules: false })
        if (!document) return
        accepted++
        renderEverything(document)
        const required = requiredDisclaimers(document).map((item) => item.id).sort()
        const html = readHtml(renderDocument(document, { format: 'html' }))
        expect([...html.disclaimers].sort()).toEqual(required)
        expect(new Set(html.claims)).toEqual(new Set(Object.keys(document.claims)))
        expect(readTextDisclaimers(renderDocument(document, { format: 'text' }), document).sort()).toEqual(required)
        const back = parseContent(renderDocument(document, { format: 'markdown' }), { rules: false }).document
        expect(Object.keys(back?.claims ?? {})).toEqual(Object.keys(document.claims))
        expect(back?.disclaimers.map((item) => item.content.mdast)).toEqual(document.disclaimers.map((item) => item.content.mdast))
      }),
      { seed: 20_261_203, numRuns: 250 },
    )
    expect(accepted).toBeGreaterThan(50)
  }, 120_000)
})
