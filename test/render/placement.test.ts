import { describe, expect, it } from 'vitest'
import { renderClaim, renderDocument, renderSection, requiredDisclaimers } from '../../src/render/index.js'
import { planItems, planRender } from '../../src/render/placement.js'
import { fixtureDocument } from './fixture.js'
import { readHtml } from './read-back.js'

const document = fixtureDocument()
const ids = (list: ReadonlyArray<{ id: string }>): string[] => list.map((item) => item.id)

describe('placement', () => {
  it('inline: document-level disclaimers lead, the others sit where first needed, each once', () => {
    const plan = planRender(document, { type: 'document' }, { mode: 'inline', omit: false })
    expect(ids(plan.lead)).toEqual(['not-fda-approved', 'not-medical-advice'])
    expect(plan.end).toEqual([])
    const placed = planItems(plan).flatMap((item) => (item.type === 'disclaimers' ? item.disclaimers.map((d) => `${item.anchor}:${d.id}`) : []))
    // investigational is placed by its section before the claim that needs it; seek-care
    // follows the first claim that requires it; report-problems is placed by its section.
    expect(placed).toEqual(['section:investigational', 'claim:seek-care', 'section:report-problems'])
    expect(ids(plan.disclaimers)).toEqual(['not-fda-approved', 'not-medical-advice', 'investigational', 'seek-care', 'report-problems'])
  })

  it('end: every disclaimer after the content, document-level first, none inline', () => {
    const plan = planRender(document, { type: 'document' }, { mode: 'end', omit: false })
    expect(plan.lead).toEqual([])
    expect(planItems(plan).some((item) => item.type === 'disclaimers')).toBe(false)
    expect(ids(plan.end)).toEqual(['not-fda-approved', 'not-medical-advice', 'investigational', 'seek-care', 'report-problems'])
  })

  it('a claim rendered alone carries what it requires plus the document-level disclaimers', () => {
    const plan = planRender(document, { type: 'claim', id: 'joint-study' }, { mode: 'inline', omit: false })
    expect(ids(plan.disclaimers)).toEqual(['not-fda-approved', 'not-medical-advice', 'investigational'])
    expect(plan.items.map((item) => item.type)).toEqual(['claim', 'disclaimers'])
  })

  it('a section includes its subsections and the disclaimers their claims require', () => {
    const plan = planRender(document, { type: 'section', id: 'research' }, { mode: 'inline', omit: false })
    expect(ids(plan.disclaimers)).toEqual(['not-fda-approved', 'not-medical-advice', 'investigational', 'seek-care'])
    expect(plan.sections[0]?.sections[0]?.section.id).toBe('animal-work')
  })

  it('marks only the first occurrence of a reused claim as first', () => {
    const plan = planRender(document, { type: 'document' }, { mode: 'inline', omit: false })
    const occurrences = planItems(plan).flatMap((item) => (item.type === 'claim' && item.claim.id === 'vesicles-defined' ? [item.first] : []))
    expect(occurrences).toEqual([true, false])
    const alone = planRender(document, { type: 'section', id: 'questions' }, { mode: 'inline', omit: false })
    expect(planItems(alone).find((item) => item.type === 'claim')).toMatchObject({ first: true })
  })

  it('omits disclaimers only with unsafeOmitDisclaimers', () => {
    const html = readHtml(renderClaim(document, 'joint-study', { format: 'html', unsafeOmitDisclaimers: true }))
    expect(html.disclaimers).toEqual([])
    expect(html.claims).toEqual(['joint-study'])
  })

  it('throws a RangeError naming the unknown id', () => {
    expect(() => renderSection(document, 'nope', { format: 'html' })).toThrow(RangeError)
    expect(() => renderSection(document, 'nope', { format: 'html' })).toThrow(/Unknown section id "nope", expected one of: basics, research, animal-work, questions/)
    expect(() => renderClaim(document, 'nope', { format: 'text' })).toThrow(/Unknown claim id "nope"/)
    expect(() => renderClaim(document, 'toString', { format: 'text' })).toThrow(RangeError)
    expect(() => requiredDisclaimers(document, { sections: ['nope'] })).toThrow(RangeError)
  })

  it('throws when a claim requires a disclaimer the document does not define', () => {
    const broken = structuredClone(document)
    broken.claims['joint-study']?.requires.push('missing-one')
    expect(() => renderDocument(broken, { format: 'html' })).toThrow(/Unknown disclaimer id "missing-one" in claim "joint-study"/)
  })

  it('rejects bad options as programmer errors', () => {
    expect(() => renderDocument(document, { format: 'pdf' as never })).toThrow(/Unexpected `format` "pdf", expected one of 'html', 'markdown', 'text'/)
    expect(() => renderDocument(document, { format: 'html', disclaimers: 'never' as never })).toThrow(RangeError)
    expect(() => renderDocument(document, { format: 'html', headingOffset: 6 })).toThrow(/headingOffset/)
    expect(() => renderDocument(document, { format: 'html', headingOffset: 1.5 })).toThrow(RangeError)
    expect(() => renderDocument(document, { format: 'html', idPrefix: '"><script>' })).toThrow(/idPrefix/)
    expect(() => renderDocument(document, { format: 'html', omitDisclaimers: true } as never)).toThrow(/Unexpected render option `omitDisclaimers`/)
  })
})

describe('requiredDisclaimers', () => {
  it('returns document-level ones first, then what the selection needs, each once', () => {
    expect(ids(requiredDisclaimers(document, { sections: ['basics'] }))).toEqual(['not-fda-approved', 'not-medical-advice'])
    expect(ids(requiredDisclaimers(document, { claims: ['infection-risk', 'joint-study'] }))).toEqual([
      'not-fda-approved',
      'not-medical-advice',
      'seek-care',
      'investigational',
    ])
    expect(ids(requiredDisclaimers(document, { sections: ['questions', 'research'] }))).toEqual([
      'not-fda-approved',
      'not-medical-advice',
      'report-problems',
      'investigational',
      'seek-care',
    ])
  })

  it('with no selection covers the whole document; an empty selection still gives document-level ones', () => {
    expect(ids(requiredDisclaimers(document))).toEqual(['not-fda-approved', 'not-medical-advice', 'investigational', 'seek-care', 'report-problems'])
    expect(ids(requiredDisclaimers(document, { claims: [] }))).toEqual(['not-fda-approved', 'not-medical-advice'])
  })

  it('matches what renderSection and renderClaim output', () => {
    for (const section of ['basics', 'research', 'animal-work', 'questions']) {
      const html = readHtml(renderSection(document, section, { format: 'html' }))
      expect([...html.disclaimers].sort()).toEqual(ids(requiredDisclaimers(document, { sections: [section] })).sort())
    }
    for (const claim of Object.keys(document.claims)) {
      const html = readHtml(renderClaim(document, claim, { format: 'html', disclaimers: 'end' }))
      expect([...html.disclaimers].sort()).toEqual(ids(requiredDisclaimers(document, { claims: [claim] })).sort())
    }
  })
})
