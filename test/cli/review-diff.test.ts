import { describe, expect, it } from 'vitest'
import { formatReviewText } from '../../src/cli/formatters/review-text.js'
import { painterFor } from '../../src/cli/io.js'
import { countChanges, diffDocuments, wordDiff } from '../../src/cli/review-diff.js'
import { claim, disclaimer, document, narrative, reference, section, sink } from './helpers.js'

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

describe('diffDocuments: metadata, headings and narrative', () => {
  const v1 = document({
    title: 'Exosome treatments',
    summary: 'What they are.',
    audience: 'patient',
    intro: [narrative('An overview for\npatients.')],
    sections: [
      section({ id: 'basics', title: 'Basics', blocks: [narrative('Exosomes are small.'), narrative('They carry\nmessages between cells.')] }),
      section({ id: 'treatments-today', title: 'Treatments today', claims: ['status'], blocks: [narrative('Clinics sell them.')] }),
      section({ id: 'old-news', title: 'Old news', blocks: [narrative('Gone with the section.')] }),
    ],
  })
  const v2 = document({
    title: 'Exosome treatments explained',
    summary: 'What they are.',
    audience: 'clinician',
    version: '2.0.0',
    intro: [narrative('An overview for clinicians.')],
    sections: [
      section({ id: 'basics', title: 'Basics', blocks: [narrative('Exosomes are small.'), narrative('Book now, exosomes are a miracle!'), narrative('They carry messages between nearby cells.')] }),
      section({ id: 'treatments-in-2026', title: 'Treatments in 2026', claims: ['status'], blocks: [narrative('Clinics sell them.')] }),
      section({ id: 'new-topic', title: 'New topic', blocks: [narrative('A new section brings its text.')] }),
    ],
  })
  const diff = diffDocuments(v1, v2)

  it('reports title, summary, audience, locale and version changes', () => {
    expect(diff.document).toEqual({
      title: { old: 'Exosome treatments', new: 'Exosome treatments explained', words: 'Exosome treatments {+explained+}' },
      audience: { old: 'patient', new: 'clinician' },
      version: { old: '1.0.0', new: '2.0.0' },
    })
  })

  it('reports headings added, removed and renamed (matched by place and claims)', () => {
    expect(diff.headings.added).toEqual([{ id: 'new-topic', title: 'New topic', depth: 2 }])
    expect(diff.headings.removed).toEqual([{ id: 'old-news', title: 'Old news', depth: 2 }])
    expect(diff.headings.renamed).toEqual([
      {
        old: { id: 'treatments-today', title: 'Treatments today', depth: 2 },
        new: { id: 'treatments-in-2026', title: 'Treatments in 2026', depth: 2 },
        words: 'Treatments [-today-]{+in 2026+}',
      },
    ])
  })

  it('reports narrative paragraphs added, removed and reworded, with one-line word diffs', () => {
    expect(diff.narrative.added).toEqual([
      { section: 'basics', text: 'Book now, exosomes are a miracle!' },
      { section: 'new-topic', text: 'A new section brings its text.' },
    ])
    expect(diff.narrative.removed).toEqual([{ section: 'old-news', text: 'Gone with the section.' }])
    expect(diff.narrative.reworded).toEqual([
      { section: null, old: 'An overview for patients.', new: 'An overview for clinicians.', words: 'An overview for [-patients-]{+clinicians+}.' },
      { section: 'basics', old: 'They carry messages between cells.', new: 'They carry messages between nearby cells.', words: 'They carry messages between {+nearby +}cells.' },
    ])
    for (const change of diff.narrative.reworded) expect(change.words).not.toMatch(/\n/)
    expect(countChanges(diff)).toBe(3 + 3 + 5)
  })

  it('shows a paragraph that changed beyond recognition as removed and added', () => {
    const a = document({ sections: [section({ id: 'basics', blocks: [narrative('Exosomes are small vesicles.')] })] })
    const b = document({ sections: [section({ id: 'basics', blocks: [narrative('Completely different prose here.')] })] })
    const change = diffDocuments(a, b).narrative
    expect(change.reworded).toEqual([])
    expect(change.removed.map((item) => item.text)).toEqual(['Exosomes are small vesicles.'])
    expect(change.added.map((item) => item.text)).toEqual(['Completely different prose here.'])
  })

  it('does not report a claim or paragraph whose only change is a line break', () => {
    const a = document({ claims: [claim({ id: 'c', text: 'Exosomes are\nsmall.' })], sections: [section({ id: 'basics', blocks: [narrative('One\ntwo.')] })] })
    const b = document({ claims: [claim({ id: 'c', text: 'Exosomes are small.' })], sections: [section({ id: 'basics', blocks: [narrative('One two.')] })] })
    expect(countChanges(diffDocuments(a, b))).toBe(0)
  })

  it('lays the text report out one change per line, without raw line breaks in word diffs', () => {
    const reworded = diffDocuments(
      document({ claims: [claim({ id: 'c', text: 'Exosomes may help\nrepair tissue.' })] }),
      document({ claims: [claim({ id: 'c', text: 'Exosomes help\nrepair tissue.' })] }),
    )
    expect(formatReviewText(reworded, { old: 'a', new: 'b' }, plain)).toContain('      text: Exosomes [-may -]help repair tissue.\n')
    const text = formatReviewText(diff, { old: 'v1.md', new: 'v2.md' }, plain)
    expect(text).toContain('Document: 3 changed\n  ~ title: Exosome treatments {+explained+}\n  ~ audience: patient → clinician\n  ~ version: 1.0.0 → 2.0.0\n')
    expect(text).toContain('  + heading ## New topic (new-topic)\n')
    expect(text).toContain('  - heading ## Old news (old-news)\n')
    expect(text).toContain('  ~ heading treatments-today → treatments-in-2026: Treatments [-today-]{+in 2026+}\n')
    expect(text).toContain('  + paragraph in section basics: Book now, exosomes are a miracle!\n')
    expect(text).toContain('  ~ paragraph in the introduction: An overview for [-patients-]{+clinicians+}.\n')
    expect(text).toContain('  - paragraph in section old-news: Gone with the section.\n')
  })
})
