import { describe, expect, it } from 'vitest'
import { formatReviewText } from '../../src/cli/formatters/review-text.js'
import { painterFor } from '../../src/cli/io.js'
import { countChanges, diffDocuments, wordDiff } from '../../src/cli/review-diff.js'
import { claim, disclaimer, document, reference, section, sink } from './helpers.js'

const plain = painterFor(sink(false), {})

const before = document({
  claims: [
    claim({ id: 'stays', text: 'Exosomes are small vesicles.' }),
    claim({ id: 'reworded', text: 'Exosomes may help repair tissue in animal studies.', evidence: 'preclinical', cites: ['ref-a'] }),
    claim({ id: 'dropped', text: 'A claim that goes away.' }),
  ],
  references: [reference({ id: 'ref-a' }), reference({ id: 'ref-b', doi: '10.1000/old' })],
  disclaimers: [disclaimer({ id: 'not-fda-approved', text: 'Not approved by the FDA.' }), disclaimer({ id: 'old-one' })],
  sections: [section({ id: 'basics', disclaimers: ['not-fda-approved'] })],
})

const after = document({
  claims: [
    claim({ id: 'stays', text: 'Exosomes are small vesicles.' }),
    claim({
      id: 'reworded',
      text: 'Exosomes help repair tissue in early clinical studies.',
      evidence: 'early-clinical',
      cites: ['ref-b'],
      requires: ['investigational'],
    }),
    claim({ id: 'new-claim', text: 'A new statement.', kind: 'safety' }),
  ],
  references: [reference({ id: 'ref-a' }), reference({ id: 'ref-b', doi: '10.1000/new' }), reference({ id: 'ref-c' })],
  disclaimers: [disclaimer({ id: 'not-fda-approved', text: 'Not evaluated or approved by the FDA.' }), disclaimer({ id: 'investigational' })],
  sections: [section({ id: 'basics', disclaimers: ['investigational'] })],
})

describe('diffDocuments', () => {
  const diff = diffDocuments(before, after)

  it('finds added, removed and changed claims with the fields that changed', () => {
    expect(diff.claims.added.map((item) => item.id)).toEqual(['new-claim'])
    expect(diff.claims.removed.map((item) => item.id)).toEqual(['dropped'])
    expect(diff.claims.changed).toEqual([
      {
        id: 'reworded',
        text: {
          old: 'Exosomes may help repair tissue in animal studies.',
          new: 'Exosomes help repair tissue in early clinical studies.',
          words: 'Exosomes [-may -]help repair tissue in [-animal-]{+early clinical+} studies.',
        },
        evidence: { old: 'preclinical', new: 'early-clinical' },
        cites: { added: ['ref-b'], removed: ['ref-a'] },
        requires: { added: ['investigational'], removed: [] },
      },
    ])
  })

  it('finds disclaimer definitions and placements that changed', () => {
    expect(diff.disclaimers.added.map((item) => item.id)).toEqual(['investigational'])
    expect(diff.disclaimers.removed.map((item) => item.id)).toEqual(['old-one'])
    expect(diff.disclaimers.changed[0]?.id).toBe('not-fda-approved')
    expect(diff.disclaimers.changed[0]?.text?.words).toBe('Not {+evaluated or +}approved by the FDA.')
    expect(diff.disclaimers.placed).toEqual([{ disclaimer: 'investigational', section: 'basics' }])
    expect(diff.disclaimers.unplaced).toEqual([{ disclaimer: 'not-fda-approved', section: 'basics' }])
  })

  it('finds reference changes field by field', () => {
    expect(diff.references.added.map((item) => item.id)).toEqual(['ref-c'])
    expect(diff.references.removed).toEqual([])
    expect(diff.references.changed).toEqual([{ id: 'ref-b', fields: { doi: { old: '10.1000/old', new: '10.1000/new' } } }])
    expect(countChanges(diff)).toBe(10)
  })

  it('finds nothing between a document and itself', () => {
    expect(countChanges(diffDocuments(before, before))).toBe(0)
  })

  it('prints a reviewer-readable text with word diffs', () => {
    const text = formatReviewText(diff, { old: 'v1.md', new: 'v2.md' }, plain)
    expect(text).toContain('Review diff: v1.md → v2.md')
    expect(text).toContain('  + claim new-claim (safety, preclinical, cites ref-a): A new statement.')
    expect(text).toContain('  - claim dropped: A claim that goes away.')
    expect(text).toContain('  ~ claim reworded\n      text: Exosomes [-may -]help repair tissue in [-animal-]{+early clinical+} studies.')
    expect(text).toContain('      evidence: preclinical → early-clinical')
    expect(text).toContain('      cites: +ref-b -ref-a')
    expect(text).toContain('  - placed not-fda-approved in section basics')
    expect(text).toContain('      doi: "10.1000/old" → "10.1000/new"')
    expect(text.trimEnd().endsWith('10 changes need review.')).toBe(true)
  })

  it('marks word changes for the terminal', () => {
    expect(wordDiff('a b c', 'a x c')).toBe('a [-b-]{+x+} c')
  })
})
