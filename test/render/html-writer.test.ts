/**
 * The HTML renderer sanitizes and serializes each content block on its own (keeping the HTML
 * for a frozen document) and writes its own structure around it with exactly what the
 * sanitize schema allows. That must give, byte for byte, what sanitizing and serializing the
 * whole tree as one hast tree gives (`renderWholeTree`, the reference): on the overview, the
 * fixtures, hostile content, every option, every scope, first renders and later ones.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseContent } from '../../src/parser/index.js'
import { renderWholeTree } from '../../src/render/html.js'
import { renderClaim, renderDocument, renderEvidenceSummary, renderSection } from '../../src/render/index.js'
import { citationStyles, disclaimerModes, resolveRenderOptions, type RenderOptions } from '../../src/render/options.js'
import { planRender, type RenderScope } from '../../src/render/placement.js'
import type { ExosomeDocument } from '../../src/schema/document.js'
import { deepFreeze } from '../../src/util/deep-freeze.js'
import { body, inline } from '../fuzz/arbitraries.js'
import { frontmatter } from '../hostile/support.js'
import { documentWith, naughtyStrings, placements, xssVectors } from '../security/payloads.js'
import { fixtureDocument } from './fixture.js'
import { readHtml } from './read-back.js'
import { allSections, loadOverview } from './overview.js'

type Options = Omit<RenderOptions, 'format'>

function wholeTree(document: ExosomeDocument, scope: RenderScope, options: Options): string {
  const resolved = resolveRenderOptions({ ...options, format: 'html' }, document.locale)
  return renderWholeTree(planRender(document, scope, { mode: resolved.disclaimers, omit: resolved.unsafeOmitDisclaimers }), resolved)
}

function rendered(document: ExosomeDocument, scope: RenderScope, options: Options): string {
  const all = { ...options, format: 'html' } as const
  if (scope.type === 'document') return renderDocument(document, all)
  if (scope.type === 'evidence-summary') return renderEvidenceSummary(document, all)
  return scope.type === 'section' ? renderSection(document, scope.id, all) : renderClaim(document, scope.id, all)
}

/** Render twice (the first render keeps the blocks' HTML, the second reuses it) and compare both with the whole tree. */
function expectSame(document: ExosomeDocument, scope: RenderScope, options: Options = {}, message?: string): string {
  const expected = wholeTree(document, scope, options)
  expect(rendered(document, scope, options), message).toBe(expected)
  expect(rendered(document, scope, options), message).toBe(expected)
  return expected
}

const idPrefixes = ['exo-', '', 'faq_', 'A-b_1']

/** Every combination of the options (headingOffset sampled). */
const everyOption: Options[] = citationStyles.flatMap((citations) =>
  disclaimerModes.flatMap((disclaimers) =>
    idPrefixes.flatMap((idPrefix) =>
      [0, 3].flatMap((headingOffset) => [false, true].map((unsafeOmitDisclaimers) => ({ citations, disclaimers, idPrefix, headingOffset, unsafeOmitDisclaimers }))),
    ),
  ),
)
const someOptions: Options[] = citationStyles.flatMap((citations) => [
  { citations, idPrefix: 'exo-' },
  { citations, idPrefix: '', disclaimers: 'end' as const, headingOffset: 1 },
])

function scopes(document: ExosomeDocument): RenderScope[] {
  return [
    { type: 'document' },
    ...allSections(document.sections).map((section): RenderScope => ({ type: 'section', id: section.id })),
    ...Object.keys(document.claims).map((id): RenderScope => ({ type: 'claim', id })),
  ]
}

/** The document in every option (document scope) and in every scope (some options). */
function expectSameEverywhere(document: ExosomeDocument): void {
  for (const options of everyOption) expectSame(document, { type: 'document' }, options, JSON.stringify(options))
  for (const scope of scopes(document)) for (const options of someOptions) expectSame(document, scope, options, `${JSON.stringify(scope)} ${JSON.stringify(options)}`)
}

const fixturesDirectory = path.resolve(import.meta.dirname, '../fixtures')

describe('HTML writer', () => {
  it('render the overview as the whole tree does, in every option and scope', () => {
    const document = loadOverview()
    expect(Object.isFrozen(document.claims[Object.keys(document.claims)[0] ?? '']?.content.mdast)).toBe(true)
    expectSameEverywhere(document)
  })

  it('render the test fixture, frozen, not frozen, and partly frozen, as the whole tree does', () => {
    expectSameEverywhere(deepFreeze(fixtureDocument()))
    expectSameEverywhere(fixtureDocument())
    const partly = fixtureDocument()
    Object.values(partly.claims).forEach((claim, index) => index % 2 === 0 && deepFreeze(claim.content.mdast))
    deepFreeze(partly.intro)
    expectSameEverywhere(partly)
  })

  it('render every fixture file that parses as the whole tree does', () => {
    let documents = 0
    for (const entry of readdirSync(fixturesDirectory, { withFileTypes: true })) {
      if (!entry.isDirectory()) continue
      const name = entry.name
      const { document } = parseContent(readFileSync(path.join(fixturesDirectory, name, 'input.md'), 'utf8'), { rules: false })
      if (document === undefined) continue
      documents++
      for (const scope of scopes(document)) for (const options of someOptions) expectSame(document, scope, options, `${name} ${JSON.stringify(scope)}`)
    }
    expect(documents).toBeGreaterThanOrEqual(10)
  })

  it('render XSS vectors and naughty strings in every position as the whole tree does', () => {
    let documents = 0
    for (const [payloads, batch] of [
      [xssVectors, 24],
      [naughtyStrings, 80],
    ] as const) {
      for (const placement of placements) {
        const attempt = (group: readonly string[]): void => {
          const { document } = parseContent(documentWith(placement, group), { rules: false })
          if (document !== undefined) {
            documents++
            expectSame(document, { type: 'document' }, {}, `${placement}: ${group.join(' | ').slice(0, 300)}`)
            expectSame(document, { type: 'document' }, { disclaimers: 'end', citations: 'author-year', idPrefix: '' }, placement)
          } else if (group.length > 1) {
            attempt(group.slice(0, Math.ceil(group.length / 2)))
            attempt(group.slice(Math.ceil(group.length / 2)))
          }
        }
        for (let start = 0; start < payloads.length; start += batch) attempt(payloads.slice(start, start + batch))
      }
    }
    expect(documents).toBeGreaterThan(50)
  }, 120_000)

  it('render hostile mdast (directive attributes, hast hints, raw HTML) as the whole tree does', () => {
    for (const freeze of [true, false]) {
      const document = structuredClone(fixtureDocument())
      const attributes = { onclick: 'alert(1)', id: 'exo-ref-review-2020', href: 'javascript:alert(1)', class: 'exo-claim', style: 'position:fixed', dataEvidence: 'x' }
      document.claims['vesicles-defined']?.content.mdast.push(
        { type: 'paragraph', children: [{ type: 'textDirective', name: 'abbr', attributes, children: [{ type: 'text', value: 'inline' }] }] },
        { type: 'containerDirective', name: 'aside', attributes, children: [{ type: 'paragraph', children: [{ type: 'text', value: 'block' }] }] },
        { type: 'leafDirective', name: 'video', attributes: { src: 'javascript:alert(1)' }, children: [] },
        { type: 'html', value: '<script>alert(1)</script><table><tr><td>cell</td></tr></table>' },
      )
      document.claims['joint-study']?.content.mdast.push({
        type: 'paragraph',
        data: { hName: 'td', hProperties: { id: 'exo-claim-joint-study', className: ['exo-claim'], dataClaimId: 'x' } },
        children: [{ type: 'text', value: 'a hinted cell' }],
      })
      document.claims['infection-risk']?.content.mdast.unshift({ type: 'code', lang: 'js onclick=x', meta: 'data-x', value: '<b>code</b>' })
      const intro = document.intro[0]
      if (intro?.type === 'narrative') intro.content.mdast.push({ type: 'html', value: '<div id="exo-section-basics">clobber</div>' })
      expectSameEverywhere(freeze ? deepFreeze(document) : document)
      const whole = renderDocument(document, { format: 'html' })
      expect(whole).not.toContain('<script')
      expect(whole).not.toContain('onclick')
      expect(whole).toContain('a hinted cell')
    }
  })

  it('render claim bodies whose last element is not a paragraph, or that hold one paragraph only, as the whole tree does', () => {
    for (const markdown of ['- Exosomes are small.\n- Cells release them.', '> Exosomes are quoted.', 'Exosomes.\n\n```\ncode\n```', 'Exosomes.\n\n# Heading', 'Only *one* paragraph.', 'One.\n\nTwo.\n\n- three']) {
      const document = deepFreeze(fixtureDocument({ claim: markdown }))
      for (const options of someOptions) {
        expectSame(document, { type: 'document' }, options, markdown)
        expectSame(document, { type: 'claim', id: 'vesicles-defined' }, options, markdown)
      }
    }
  })

  it('render hostile structure values (ids, data attributes, hrefs, locale, title) as the whole tree does', () => {
    for (const freeze of [true, false]) {
      const document = structuredClone(fixtureDocument({ title: 'A "title" & <b>markup</b> \u0000 `tick` \'quote\'' }))
      const mutable = document as unknown as {
        locale: string
        references: Array<{ id: string; url?: string; doi?: string; title: string }>
        disclaimers: Array<{ id: string; title: string }>
        glossary: Array<{ id: string; term: string }>
        sections: Array<{ id: string; title: string }>
        claims: Record<string, { id: string; evidence: string; cites: string[] }>
      }
      mutable.locale = 'en" onload="x'
      const [first, second, third] = mutable.references
      if (first) first.id = 'Bad Id"><script>'
      for (const item of Object.values(mutable.claims)) item.cites = item.cites.map((id) => (id === 'review-2020' ? 'Bad Id"><script>' : id))
      if (second) second.url = 'javascript:alert(1)'
      if (third) third.url = 'HTTPS://upper.example/'
      for (const disclaimer of mutable.disclaimers) disclaimer.title = `<img src=x onerror=alert(1)> ${disclaimer.title}`
      const [term] = mutable.glossary
      if (term) term.id = 'UPPER case'
      const [section] = mutable.sections
      if (section) {
        section.id = 'sec"x'
        section.title = '</section><script>alert(1)</script>'
      }
      const claim = mutable.claims['joint-study']
      if (claim) claim.evidence = 'Not Kebab'
      const target = freeze ? deepFreeze(document) : document
      for (const options of someOptions) expectSame(target, { type: 'document' }, options, JSON.stringify(options))
      const html = readHtml(renderDocument(target, { format: 'html' }))
      expect(html.elements.map((element) => element.tagName)).not.toContain('script')
      expect(html.elements.map((element) => element.tagName)).not.toContain('img')
      expect(html.hrefs.filter((href) => !/^(?:#|https?:)/.test(href))).toEqual([])
      expect(html.elements.flatMap((element) => Object.keys(element.properties)).filter((name) => /^on/i.test(name))).toEqual([])
      for (const id of html.ids) expect(id).toMatch(/^exo-(?:section|claim|ref|disclaimer|glossary)-[a-z0-9-]+$/)
      expect(html.text).toContain('</section><script>alert(1)</script>')
    }
  })

  it('render generated documents as the whole tree does (property)', () => {
    const page = fc.tuple(inline, fc.array(fc.tuple(inline, body), { maxLength: 3 })).map(
      ([title, sections]) => `${frontmatter}\n# ${title}\n\n${sections.map(([heading, text]) => `## ${heading}\n\n${text}`).join('\n')}`,
    )
    const options = fc.record({
      citations: fc.constantFrom(...citationStyles),
      disclaimers: fc.constantFrom(...disclaimerModes),
      idPrefix: fc.constantFrom(...idPrefixes),
      headingOffset: fc.integer({ min: 0, max: 5 }),
      unsafeOmitDisclaimers: fc.boolean(),
    })
    let documents = 0
    fc.assert(
      fc.property(fc.oneof(page, body.map((text) => `${frontmatter}\n${text}`)), options, (source, chosen) => {
        const { document } = parseContent(source, { rules: false })
        if (document === undefined) return
        documents++
        for (const scope of scopes(document).slice(0, 4)) expectSame(document, scope, chosen)
      }),
      { seed: 20_261_201, numRuns: 400 },
    )
    expect(documents).toBeGreaterThan(100)
  }, 120_000)
})
