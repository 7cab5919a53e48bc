/**
 * The placement step's less travelled paths: `unsafeOmitDisclaimers` removes every disclaimer
 * (nested sections included) and nothing else; where the whole document places an intro
 * disclaimer; and the errors for ids a document does not define name where they were met.
 */
import { describe, expect, it } from 'vitest'
import { disclaimerModes, renderClaim, renderDocument, renderFormats, renderSection } from '../../src/render/index.js'
import { planItems, planRender } from '../../src/render/placement.js'
import type { ExosomeDocument } from '../../src/schema/document.js'
import type { Block } from '../../src/schema/section.js'
import { fixtureDocument } from './fixture.js'
import { readHtml, readTextDisclaimers } from './read-back.js'

const document = fixtureDocument()
const position = { start: { line: 1, column: 1 }, end: { line: 1, column: 2 } }
const claimIds = Object.keys(document.claims).sort()

describe('unsafeOmitDisclaimers', () => {
  it.each(disclaimerModes)('leaves no disclaimer in the plan, at any depth (%s)', (mode) => {
    for (const scope of [{ type: 'document' }, { type: 'section', id: 'research' }, { type: 'claim', id: 'joint-study' }] as const) {
      const plan = planRender(document, scope, { mode, omit: true })
      expect(plan.lead).toEqual([])
      expect(plan.end).toEqual([])
      expect(plan.disclaimers).toEqual([])
      expect(planItems(plan).filter((item) => item.type === 'disclaimers')).toEqual([])
    }
    // The nested section is still there, with its claim.
    const research = planRender(document, { type: 'section', id: 'research' }, { mode, omit: true }).sections[0]
    expect(research?.sections.map((child) => child.section.id)).toEqual(['animal-work'])
    expect(research?.sections[0]?.items.map((item) => item.type)).toEqual(['claim'])
  })

  it.each(disclaimerModes)('renders every claim and no disclaimer, in HTML and text (%s)', (disclaimers) => {
    const html = readHtml(renderDocument(document, { format: 'html', disclaimers, unsafeOmitDisclaimers: true }))
    expect(html.disclaimers).toEqual([])
    expect([...new Set(html.claims)].sort()).toEqual(claimIds)
    const text = renderDocument(document, { format: 'text', disclaimers, unsafeOmitDisclaimers: true })
    expect(readTextDisclaimers(text, document)).toEqual([])
    expect(text).toContain('Contaminated products can cause infections.')
    const section = readHtml(renderSection(document, 'research', { format: 'html', disclaimers, unsafeOmitDisclaimers: true }))
    expect(section.disclaimers).toEqual([])
    expect(section.claims).toEqual(['joint-study', 'infection-risk'])
  })

  it('places no disclaimer directive in markdown', () => {
    const markdown = renderDocument(document, { format: 'markdown', unsafeOmitDisclaimers: true })
    expect(markdown).not.toContain('::disclaimer')
    expect(markdown).toContain(':::claim{#infection-risk')
  })
})

describe('a disclaimer the intro places, in the whole document', () => {
  const withIntro: ExosomeDocument = { ...document, intro: [...document.intro, { type: 'disclaimer', disclaimer: 'report-problems', position }] }

  it('sits where the intro places it, not in the lead', () => {
    const plan = planRender(withIntro, { type: 'document' }, { mode: 'inline', omit: false })
    expect(plan.lead.map((item) => item.id)).toEqual(['not-fda-approved', 'not-medical-advice'])
    expect(plan.items.flatMap((item) => (item.type === 'disclaimers' ? item.disclaimers.map((found) => `${item.anchor}:${found.id}`) : []))).toEqual(['section:report-problems'])
    // ...and only there: the section that places it again does not repeat it.
    expect(plan.disclaimers.filter((item) => item.id === 'report-problems')).toHaveLength(1)
  })

  it('leads a section rendered alone', () => {
    const plan = planRender(withIntro, { type: 'section', id: 'basics' }, { mode: 'inline', omit: false })
    expect(plan.lead.map((item) => item.id)).toEqual(['not-fda-approved', 'not-medical-advice', 'report-problems'])
  })
})

describe('ids the document does not define', () => {
  const broken = (change: Partial<ExosomeDocument>): ExosomeDocument => ({ ...document, ...change })
  const placing = (id: string): Block => ({ type: 'disclaimer', disclaimer: id, position })

  it('a claim id: a RangeError listing every claim id', () => {
    expect(() => renderClaim(document, 'nope', { format: 'html' })).toThrow(`Unknown claim id "nope", expected one of: ${Object.keys(document.claims).join(', ')}`)
  })

  it.each(renderFormats)('a disclaimer placed in the intro: "in the intro" for the document, "in the document" for a part (%s)', (format) => {
    const doc = broken({ intro: [...document.intro, placing('no-such-disclaimer')] })
    expect(() => renderDocument(doc, { format })).toThrow('Unknown disclaimer id "no-such-disclaimer" in the intro, expected one defined in the document')
    expect(() => renderSection(doc, 'basics', { format })).toThrow('Unknown disclaimer id "no-such-disclaimer" in the document, expected one defined in the document')
  })

  it('a disclaimer placed in a section: names the section', () => {
    const [basics, ...rest] = document.sections
    if (basics === undefined) throw new Error('the fixture has no sections')
    const doc = broken({ sections: [{ ...basics, blocks: [...basics.blocks, placing('no-such-disclaimer')] }, ...rest] })
    expect(() => renderSection(doc, 'basics', { format: 'html' })).toThrow('Unknown disclaimer id "no-such-disclaimer" in section "basics", expected one defined in the document')
  })
})
