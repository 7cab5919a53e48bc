import { describe, expect, it } from 'vitest'
import { parseContent } from '../../src/parser/index.js'
import { renderClaim, renderDocument, renderSection, requiredDisclaimers } from '../../src/render/index.js'
import type { ExosomeDocument } from '../../src/schema/document.js'
import { allSections, claimBlocks, loadOverview } from './overview.js'
import { occurrences, readHtml, readTextDisclaimers, squash } from './read-back.js'

const overview = loadOverview()
const sections = allSections(overview.sections)
const sorted = (list: readonly string[]): string[] => [...list].sort()
const ids = (list: ReadonlyArray<{ id: string }>): string[] => list.map((item) => item.id)
const text = (id: string): string => squash(overview.claims[id]?.text ?? `missing claim ${id}`)

/** Section ids and disclaimer placements in a parsed-back document. */
function placedDisclaimers(document: ExosomeDocument): string[] {
  return allSections(document.sections).flatMap((section) => section.blocks.flatMap((block) => (block.type === 'disclaimer' ? [block.disclaimer] : [])))
}

describe('every section of the built-in overview, in every format', () => {
  it('has sections and claims to check', () => {
    expect(sections.length).toBeGreaterThanOrEqual(5)
    expect(Object.keys(overview.claims).length).toBeGreaterThanOrEqual(20)
  })

  describe.each(sections.map((section) => [section.id, section] as const))('section %s', (sectionId, section) => {
    const required = ids(requiredDisclaimers(overview, { sections: [sectionId] }))
    const claims = claimBlocks(section)

    it('requires the document-level disclaimers and what its claims require', () => {
      for (const id of overview.disclaimers.filter((item) => item.placement === 'document').map((item) => item.id)) expect(required).toContain(id)
      for (const claim of claims) for (const id of overview.claims[claim]?.requires ?? []) expect(required).toContain(id)
    })

    it('html: every required disclaimer once, every claim text once, every citation resolves', () => {
      for (const mode of ['inline', 'end'] as const) {
        const html = readHtml(renderSection(overview, sectionId, { format: 'html', disclaimers: mode }))
        expect(sorted(html.disclaimers)).toEqual(sorted(required))
        expect(html.claims).toEqual(claims)
        for (const claim of new Set(claims)) expect(occurrences(html.text, text(claim))).toBe(1)
        expect(html.fragments.length).toBeGreaterThan(0)
        for (const fragment of html.fragments) expect(html.referenceIds).toContain(fragment)
        const cited = new Set(claims.flatMap((claim) => overview.claims[claim]?.cites ?? []))
        expect(sorted(html.referenceIds)).toEqual(sorted([...cited].map((id) => `exo-ref-${id}`)))
      }
    })

    it('text: every required disclaimer spelled out once, every claim text once, every [n] listed', () => {
      for (const mode of ['inline', 'end'] as const) {
        const output = renderSection(overview, sectionId, { format: 'text', disclaimers: mode })
        expect(sorted(readTextDisclaimers(output, overview))).toEqual(sorted(required))
        for (const claim of new Set(claims)) expect(occurrences(squash(output), text(claim))).toBe(1)
        const [body = '', list = ''] = output.split('\n\nReferences\n\n')
        const markers = new Set([...body.matchAll(/\[(\d+)\]/g)].map((match) => match[1]))
        expect(markers.size).toBeGreaterThan(0)
        for (const marker of markers) expect(list).toMatch(new RegExp(`^\\[${marker}\\] `, 'm'))
        expect(output).not.toMatch(/[*_`#]|:::|::disclaimer|\]\(/)
      }
    })

    it('markdown: parses back cleanly with the same claims, their disclaimers and references', () => {
      const output = renderSection(overview, sectionId, { format: 'markdown' })
      const { document, diagnostics } = parseContent(output)
      expect(diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([])
      if (!document) throw new Error('no document')
      expect(allSections(document.sections).map((item) => item.id)).toEqual(allSections([section]).map((item) => item.id))
      for (const claim of new Set(claims)) {
        expect(squash(document.claims[claim]?.text ?? '')).toBe(text(claim))
        expect(document.claims[claim]?.cites).toEqual(overview.claims[claim]?.cites)
      }
      expect(sorted(Object.keys(document.claims))).toEqual(sorted([...new Set(claims)]))
      expect(sorted(ids(document.disclaimers))).toEqual(sorted(required))
      for (const id of required) {
        const placement = overview.disclaimers.find((item) => item.id === id)?.placement
        if (placement !== 'document') expect(placedDisclaimers(document)).toContain(id)
      }
      const cited = new Set(claims.flatMap((claim) => overview.claims[claim]?.cites ?? []))
      expect(sorted(ids(document.references))).toEqual(sorted([...cited]))
    })
  })
})

describe('every claim of the built-in overview rendered alone', () => {
  it.each(Object.keys(overview.claims))('%s carries its required disclaimers in every format', (claimId) => {
    const required = ids(requiredDisclaimers(overview, { claims: [claimId] }))
    for (const id of overview.claims[claimId]?.requires ?? []) expect(required).toContain(id)
    const html = readHtml(renderClaim(overview, claimId, { format: 'html' }))
    expect(sorted(html.disclaimers)).toEqual(sorted(required))
    expect(html.claims).toEqual([claimId])
    const output = renderClaim(overview, claimId, { format: 'text' })
    expect(sorted(readTextDisclaimers(output, overview))).toEqual(sorted(required))
    expect(occurrences(squash(output), text(claimId))).toBe(1)
    const parsed = parseContent(renderClaim(overview, claimId, { format: 'markdown' }))
    expect(parsed.diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([])
    expect(sorted(ids(parsed.document?.disclaimers ?? []))).toEqual(sorted(required))
    expect(Object.keys(parsed.document?.claims ?? {})).toEqual([claimId])
  })
})

describe('the whole overview', () => {
  it('renders every claim block and every disclaimer once in html and text', () => {
    const all = overview.sections.flatMap((section) => claimBlocks(section))
    const html = readHtml(renderDocument(overview, { format: 'html' }))
    expect(html.claims).toEqual(all)
    expect(sorted(html.disclaimers)).toEqual(sorted(ids(overview.disclaimers)))
    // Citations link to the reference list; the evidence summary's areas to their sections.
    for (const fragment of html.fragments) expect(fragment.startsWith('exo-section-') ? html.ids : html.referenceIds).toContain(fragment)
    const output = renderDocument(overview, { format: 'text' })
    expect(sorted(readTextDisclaimers(output, overview))).toEqual(sorted(ids(overview.disclaimers)))
    for (const claim of new Set(all)) expect(occurrences(squash(output), text(claim))).toBe(all.filter((id) => id === claim).length)
  })
})
