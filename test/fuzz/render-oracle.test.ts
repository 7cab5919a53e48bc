/**
 * Renders hold every claim and the disclaimers it requires (test/fuzz/oracle.ts): the
 * built-in overview and the valid fixtures in every scope, generated pages and mutated
 * fixtures in every scope, and the oracle itself rejects renders that drop a claim or a
 * disclaimer.
 */
import { readdirSync, readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { exosomeOverview } from '../../src/index.js'
import { parseContent } from '../../src/parser/index.js'
import { renderDocument, renderFormats, renderSection } from '../../src/render/index.js'
import type { EmbeddedDocument as ExosomeDocument } from '../../src/schema/document.js'
import type { EmbeddedSection as Section } from '../../src/schema/section.js'
import { frontmatter } from '../hostile/support.js'
import { mutate, mutation } from './arbitraries.js'
import { expectRenderHolds, expectRendersHold, type OracleScope } from './oracle.js'
import { fuzzRuns } from '../helpers/fuzz-runs.js'

const fixtures = readdirSync('test/fixtures', { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && readdirSync(`test/fixtures/${entry.name}`).includes('output.json'))
  .map((entry) => readFileSync(`test/fixtures/${entry.name}/input.md`, 'utf8'))

const sectionsOf = (sections: readonly Section[]): Section[] => sections.flatMap((section) => [section, ...sectionsOf(section.sections)])

/** The document, each section and each claim. */
function scopes(document: ExosomeDocument): OracleScope[] {
  return [
    { type: 'document' },
    ...sectionsOf(document.sections).map((section): OracleScope => ({ type: 'section', id: section.id })),
    ...Object.keys(document.claims).map((id): OracleScope => ({ type: 'claim', id })),
  ]
}

function checkSource(source: string): void {
  const { document } = parseContent(source, { path: 'oracle.md' })
  if (document === undefined) return
  for (const scope of scopes(document)) expectRendersHold(document, scope)
}

/** Disclaimers that generated pages can place and require. */
const disclaimers = `disclaimers:
  - id: not-fda-approved
    kind: regulatory
    title: Not FDA-approved
    text: No exosome product is approved by the FDA.
    placement: document
  - id: investigational
    kind: investigational
    title: Investigational
    text: These uses are still being studied.
    placement: section
  - id: not-medical-advice
    kind: medical-advice
    title: Not medical advice
    text: Ask a clinician about your own care.
    placement: claim
---
`
const head = frontmatter.replace(/disclaimers:[\s\S]*?---\n$/, disclaimers)

/** Prose without directives or raw HTML, so generated pages are mostly valid documents. */
const word = fc.constantFrom('exosome', 'vesicle', 'cell', 'FDA', 'study', 'a', 'the', 'is', 'é', '中', '😀', '&amp;', '1.', '*', '_', '[', ']')
const prose = fc
  .array(fc.oneof({ weight: 5, arbitrary: word }, word.map((text) => `*${text}*`), word.map((text) => `\`${text}\``), word.map((text) => `[${text}](https://example.org/${text.length})`)), { minLength: 1, maxLength: 8 })
  .map((parts) => parts.join(' '))
const kinds = ['definition', 'safety', 'regulatory', 'therapeutic-potential'] as const
/** A claim: kind, extra `requires`, and text; rendered by the page, which knows what its section places. */
const claimSpec = fc.tuple(fc.constantFrom(...kinds), fc.constantFrom('', 'not-medical-advice', 'investigational'), prose)
const sectionSpec = fc.tuple(prose, fc.boolean(), fc.array(fc.oneof(claimSpec, prose), { maxLength: 3 }), fc.array(fc.tuple(prose, fc.boolean(), claimSpec), { maxLength: 2 }))

/**
 * Write a claim; `investigational` is placed by section placement only, so a claim needing it
 * (therapeutic-potential by the policy, or by `requires`) becomes a definition where it is not placed.
 */
function claimSource([kind, requires, text]: [string, string, string], id: string, placed: boolean): string {
  const needs = kind === 'therapeutic-potential' || requires === 'investigational'
  const final = needs && !placed ? 'definition' : kind
  const extra = needs && !placed ? '' : requires
  const evidence = final === 'regulatory' ? 'regulatory-fact' : final === 'therapeutic-potential' ? 'preclinical' : 'established'
  const hedge = final === 'therapeutic-potential' ? 'In animal studies, it may help: ' : ''
  return `:::claim{#${id} kind=${final} evidence=${evidence} cite=fda-exosome-notification-2019${extra === '' ? '' : ` requires=${extra}`}}\n${hedge}${text}\n:::\n\n`
}

const page = fc.tuple(fc.boolean(), fc.array(sectionSpec, { minLength: 1, maxLength: 3 })).map(([introPlaces, sections]) => {
  let claims = 0
  const place = '::disclaimer{ref=investigational}\n\n'
  const out = [`${head}\n# Generated page\n\n`, introPlaces ? place : '']
  sections.forEach(([heading, places, blocks, children], index) => {
    out.push(`## ${heading} ${index}\n\n`, places ? place : '')
    for (const item of blocks) out.push(typeof item === 'string' ? `${item}\n\n` : claimSource(item, `claim-${claims++}`, places))
    children.forEach(([sub, childPlaces, claim], child) => {
      out.push(`### ${sub} ${index}-${child}\n\n`, childPlaces ? place : '', claimSource(claim, `claim-${claims++}`, places || childPlaces))
    })
  })
  return out.join('')
})

describe('every render holds its claims and required disclaimers', () => {
  it('for the built-in overview, in every scope and format', () => {
    for (const scope of scopes(exosomeOverview)) expectRendersHold(exosomeOverview, scope)
  })

  it('for every valid parser fixture, in every scope and format', () => {
    expect(fixtures.length).toBeGreaterThan(5)
    for (const source of fixtures) checkSource(source)
  })

  it(`for generated pages with intro, section and claim disclaimers (${fuzzRuns(100)} inputs)`, () => {
    let documents = 0
    fc.assert(
      fc.property(page, (source) => {
        const { document } = parseContent(source, { path: 'oracle.md' })
        if (document === undefined) return
        documents++
        for (const scope of scopes(document)) expectRendersHold(document, scope)
      }),
      { seed: 20_261_202, numRuns: fuzzRuns(100) },
    )
    // Most generated pages are valid documents: the property is not vacuous.
    expect(documents).toBeGreaterThan(fuzzRuns(100) * 0.6)
  }, 300_000)

  it(`for mutated valid fixtures (${fuzzRuns(100)} inputs)`, () => {
    const input = fc.tuple(fc.constantFrom(...fixtures), fc.array(mutation, { minLength: 1, maxLength: 4 })).map(([source, changes]) => mutate(source, changes))
    fc.assert(fc.property(input, checkSource), { seed: 20_261_203, numRuns: fuzzRuns(100) })
  }, 300_000)
})

describe('the oracle', () => {
  const section = exosomeOverview.sections.find((candidate) => candidate.claims.length > 0)
  if (section === undefined) throw new Error('the overview has no section with claims')
  const scope: OracleScope = { type: 'section', id: section.id }

  it.each(renderFormats)('rejects a %s render without its disclaimers', (format) => {
    const output = renderSection(exosomeOverview, section.id, { format, unsafeOmitDisclaimers: true })
    expect(() => expectRenderHolds(exosomeOverview, scope, format, output)).toThrow()
  })

  it.each(renderFormats)('rejects a %s render of the wrong section', (format) => {
    const other = exosomeOverview.sections.find((candidate) => candidate.id !== section.id && candidate.claims.length > 0)
    if (other === undefined) throw new Error('the overview has one section with claims')
    expect(() => expectRenderHolds(exosomeOverview, scope, format, renderSection(exosomeOverview, other.id, { format }))).toThrow()
  })

  it('rejects a render with a disclaimer twice', () => {
    const html = renderDocument(exosomeOverview, { format: 'html' })
    const first = /<aside[^>]*data-disclaimer-id="[^"]+"[\s\S]*?<\/aside>/.exec(html)?.[0]
    if (first === undefined) throw new Error('no disclaimer element in the HTML')
    expect(() => expectRenderHolds(exosomeOverview, { type: 'document' }, 'html', html.replace(first, first + first))).toThrow()
  })
})
