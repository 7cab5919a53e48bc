import { describe, expect, it } from 'vitest'
import { parseContent } from '../../src/parser/index.js'
import { renderClaim, renderDocument, renderSection } from '../../src/render/index.js'
import type { ExosomeDocument } from '../../src/schema/document.js'
import { fixtureDocument } from './fixture.js'
import { allSections, loadOverview } from './overview.js'

/** What the round trip must keep. */
function essence(document: ExosomeDocument): unknown {
  return {
    meta: [document.id, document.title, document.summary, document.locale, document.audience, document.version, document.lastReviewed],
    claims: Object.values(document.claims).map((claim) => ({
      id: claim.id,
      kind: claim.kind,
      evidence: claim.evidence,
      cites: claim.cites,
      requires: claim.requires,
      text: claim.text.replaceAll(/\s+/g, ' '),
    })),
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

function roundTrip(document: ExosomeDocument): ExosomeDocument {
  const { document: back, diagnostics } = parseContent(renderDocument(document, { format: 'markdown' }))
  expect(diagnostics).toEqual([])
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
    const back = roundTrip(fixture)
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
    const { document, diagnostics } = parseContent(renderSection(fixture, 'animal-work', { format: 'markdown' }))
    expect(diagnostics).toEqual([])
    // seek-care is claim-placed: implied beside the claim, declared in the frontmatter.
    expect(document?.sections[0]?.blocks.map((block) => block.type)).toEqual(['claim'])
    expect(document?.disclaimers.map((item) => item.id)).toContain('seek-care')
    const claimAlone = parseContent(renderClaim(fixture, 'joint-study', { format: 'markdown', disclaimers: 'end' }))
    expect(claimAlone.diagnostics).toEqual([])
    expect(claimAlone.document?.sections[0]?.blocks.map((block) => (block.type === 'disclaimer' ? block.disclaimer : block.type))).toEqual(['claim', 'investigational'])
  })

  it('keeps raw HTML as written: markdown output is source, and the HTML renderer drops it', () => {
    const output = renderDocument(fixtureDocument({ claim: 'Safe <b>bold</b> text.' }), { format: 'markdown' })
    const { document } = parseContent(output)
    expect(document?.claims['vesicles-defined']?.content.markdown).toBe('Safe <b>bold</b> text.')
  })
})
