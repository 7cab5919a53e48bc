/**
 * The built-in overview carries every required fact (F1–F26 of the facts review) in a claim
 * that cites a source supporting it, at the evidence grade the accuracy notes allow, with the
 * wording, disclaimers and glossary the content policy asks for.
 *
 * `fact-support.json` is a copy of the fact -> reference mapping of the facts review, so this
 * test runs from a clean clone.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { formatDiagnostic } from '../../src/diagnostics.js'
import { parseContent } from '../../src/parser/index.js'
import type { Claim, EvidenceGrade } from '../../src/schema/claim.js'
import type { ExosomeDocument } from '../../src/schema/document.js'
import type { Section } from '../../src/schema/section.js'

const root = path.resolve(import.meta.dirname, '../..')
const file = 'content/exosome-therapy.md'
const source = readFileSync(path.join(root, file), 'utf8')
const lastReviewed = /^lastReviewed: (\S+)$/m.exec(source)?.[1] ?? ''
// The review window (`review-stale`) depends on today's date; the content build and
// `exosome-content check` report it, so this test measures it from the review date itself.
const { diagnostics } = parseContent(source, {
  path: file,
  policy: { rules: { 'review-stale': ['warn', { now: lastReviewed }] } },
})
// The structure is read without the consistency rules, so that a rule error (reported by the
// first test) does not hide which fact, grade or wording check below is affected.
const { document, diagnostics: parserDiagnostics } = parseContent(source, { path: file, rules: false })

const factSupport = (
  JSON.parse(readFileSync(path.join(import.meta.dirname, 'fact-support.json'), 'utf8')) as {
    supports: Record<string, string[]>
  }
).supports

const factIds = Array.from({ length: 26 }, (_, index) => `F${index + 1}`)

/** Where each fact is stated: the claims that carry it. */
const FACT_TO_CLAIMS: Record<string, string[]> = {
  F1: ['exosomes-are-tiny-vesicles', 'ev-is-the-umbrella-term'],
  F2: ['exosomes-carry-messages'],
  F3: ['what-exosome-therapy-is'],
  F4: ['exosome-therapy-is-cell-free'],
  F5: ['most-come-from-mscs'],
  F6: ['what-exosome-therapy-is'],
  F7: ['exosome-cargo'],
  F8: ['cells-take-up-exosomes'],
  F9: ['cargo-can-change-cell-behavior'],
  F10: ['targeted-signaling-idea', 'joint-research'],
  F11: ['fewer-live-cell-risks'],
  F12: ['fewer-live-cell-risks'],
  F13: ['joint-research'],
  F14: ['skin-research'],
  F15: ['hair-research'],
  F16: ['parkinsons-research'],
  F17: ['heart-research'],
  F18: ['no-approved-products'],
  F19: ['evidence-is-early'],
  F20: ['clinics-sell-outside-oversight'],
  F21: ['clinics-are-not-clinical-trials'],
  F22: ['know-the-difference'],
  F23: ['fda-safety-warnings'],
  F24: ['contamination-and-infection-risk', 'serious-side-effects-reported'],
  F25: ['risk-of-losing-money'],
  F26: ['risk-of-delayed-care'],
}

/** Grades the accuracy notes allow, for the facts whose grade they constrain. */
const ALLOWED_GRADES: Record<string, readonly EvidenceGrade[]> = {
  F10: ['preclinical'],
  F13: ['preclinical'],
  F16: ['preclinical'],
  F17: ['preclinical'],
  F14: ['early-clinical', 'preclinical'],
  F15: ['early-clinical', 'preclinical'],
  F18: ['regulatory-fact'],
  F20: ['regulatory-fact'],
  F21: ['regulatory-fact'],
  F23: ['regulatory-fact'],
}

/** Claim kinds the content policy fixes for some facts. */
const REQUIRED_KINDS: Record<string, Claim['kind']> = {
  F13: 'therapeutic-potential',
  F14: 'therapeutic-potential',
  F15: 'therapeutic-potential',
  F16: 'therapeutic-potential',
  F17: 'therapeutic-potential',
  F24: 'safety',
  F25: 'safety',
  F26: 'safety',
}

const HEDGES = [
  'may',
  'might',
  'could',
  'is being studied',
  'are being studied',
  'in animal studies',
  'early research',
  'preliminary',
  'possibly',
  'suggest',
]

const FORBIDDEN = [
  'cure',
  'cures',
  'cured',
  'proven',
  'guaranteed',
  'miracle',
  'breakthrough',
  '100%',
  'no side effects',
  'risk-free',
  'FDA-approved',
  'FDA-cleared',
  'revolutionary',
  'completely safe',
]

/** Whole-word, case-insensitive match of a phrase; any white space between its words. */
const containsPhrase = (text: string, phrase: string): boolean => {
  const body = phrase
    .split(/\s+/)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('\\s+')
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'iu').test(text)
}

const requireDocument = (): ExosomeDocument => {
  if (document === undefined) throw new Error(`${file} did not parse:\n${parserDiagnostics.map(formatDiagnostic).join('\n')}`)
  return document
}

const claimOf = (id: string): Claim => {
  const claim = requireDocument().claims[id]
  if (claim === undefined) throw new Error(`claim \`${id}\` is not defined in ${file}`)
  return claim
}

const allSections = (sections: readonly Section[]): Section[] =>
  sections.flatMap((section) => [section, ...allSections(section.sections)])

describe(file, () => {
  it('parses without errors or warnings', () => {
    expect(lastReviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    const problems = diagnostics.filter((diagnostic) => diagnostic.severity !== 'info').map(formatDiagnostic)
    expect(problems).toEqual([])
  })

  it('maps every fact F1–F26, and only those, to at least one claim', () => {
    expect(Object.keys(FACT_TO_CLAIMS).sort()).toEqual([...factIds].sort())
    expect(Object.keys(factSupport).sort()).toEqual([...factIds].sort())
    for (const fact of factIds) expect(FACT_TO_CLAIMS[fact], fact).not.toHaveLength(0)
  })

  it.each(factIds)('states %s in claims that exist and cite a source supporting it', (fact) => {
    const supporting = factSupport[fact] ?? []
    for (const id of FACT_TO_CLAIMS[fact] ?? []) {
      const claim = claimOf(id)
      const supported = claim.cites.filter((reference) => supporting.includes(reference))
      expect(supported, `claim \`${id}\` (${fact}) cites ${claim.cites.join(', ')}; supporting: ${supporting.join(', ')}`).not.toEqual([])
    }
  })

  it('grades each constrained fact as the accuracy notes allow', () => {
    for (const [fact, grades] of Object.entries(ALLOWED_GRADES)) {
      for (const id of FACT_TO_CLAIMS[fact] ?? []) {
        expect(grades, `claim \`${id}\` (${fact})`).toContain(claimOf(id).evidence)
      }
    }
  })

  it('gives benefit facts the kind therapeutic-potential and risk facts the kind safety', () => {
    for (const [fact, kind] of Object.entries(REQUIRED_KINDS)) {
      for (const id of FACT_TO_CLAIMS[fact] ?? []) expect(claimOf(id).kind, `claim \`${id}\` (${fact})`).toBe(kind)
    }
  })

  it('hedges every claim graded preclinical or early-clinical', () => {
    const hedged = Object.values(requireDocument().claims).filter(
      (claim) => claim.evidence === 'preclinical' || claim.evidence === 'early-clinical',
    )
    expect(hedged.length).toBeGreaterThan(0)
    for (const claim of hedged) {
      expect(
        HEDGES.some((hedge) => containsPhrase(claim.text, hedge)),
        `claim \`${claim.id}\` needs one of: ${HEDGES.join(', ')}`,
      ).toBe(true)
    }
  })

  it('uses no overclaiming word in any claim', () => {
    for (const claim of Object.values(requireDocument().claims)) {
      const found = FORBIDDEN.filter((phrase) => containsPhrase(claim.text, phrase))
      expect(found, `claim \`${claim.id}\``).toEqual([])
    }
  })

  it('describes uptake by endocytosis as well as fusion, and prints no nanometer range as fact', () => {
    const uptake = claimOf('cells-take-up-exosomes').text
    expect(uptake).toMatch(/endocytosis/i)
    expect(uptake).toMatch(/fusion/i)
    for (const claim of Object.values(requireDocument().claims)) {
      expect(claim.text, `claim \`${claim.id}\``).not.toMatch(/\d+\s*(?:-|–|to)\s*\d+\s*(?:nm|nanomet)/i)
    }
  })

  it('cites only reviewed references, and cites every reference it declares', () => {
    const doc = requireDocument()
    const reviewed = new Set(Object.values(factSupport).flat())
    const cited = new Set([
      ...Object.values(doc.claims).flatMap((claim) => claim.cites),
      ...doc.glossary.flatMap((term) => term.cites ?? []),
    ])
    for (const reference of doc.references) {
      expect(reviewed.has(reference.id), `reference \`${reference.id}\` is not in the facts review`).toBe(true)
      expect(cited.has(reference.id), `reference \`${reference.id}\` is never cited`).toBe(true)
    }
  })

  it('declares the four required disclaimers with their kinds', () => {
    const kinds = Object.fromEntries(requireDocument().disclaimers.map((disclaimer) => [disclaimer.id, disclaimer.kind]))
    expect(kinds).toMatchObject({
      'not-fda-approved': 'regulatory',
      'not-medical-advice': 'medical-advice',
      investigational: 'investigational',
      'report-problems': 'regulatory',
    })
    const reportProblems = requireDocument().disclaimers.find((disclaimer) => disclaimer.id === 'report-problems')
    expect(reportProblems?.text).toMatch(/MedWatch/)
  })

  it('places every section-level disclaimer it declares somewhere', () => {
    const doc = requireDocument()
    const placed = new Set(
      [...doc.intro, ...allSections(doc.sections).flatMap((section) => section.blocks)].flatMap((block) =>
        block.type === 'disclaimer' ? [block.disclaimer] : [],
      ),
    )
    for (const disclaimer of doc.disclaimers) {
      if (disclaimer.placement === 'section') expect(placed.has(disclaimer.id), disclaimer.id).toBe(true)
    }
  })

  it('reuses the no-approved-products claim in a later section', () => {
    const sections = allSections(requireDocument().sections)
    const reuse = sections.find((section) =>
      section.blocks.some((block) => block.type === 'claim' && block.reuse && block.claim === 'no-approved-products'),
    )
    expect(reuse).toBeDefined()
    expect(reuse?.id).not.toBe(claimOf('no-approved-products').section)
  })

  it('has a cited glossary explaining EV vs exosome, MSC, mRNA, miRNA and IND', () => {
    const glossary = new Map(requireDocument().glossary.map((term) => [term.id, term]))
    const required = [
      'extracellular-vesicle',
      'mesenchymal-stem-cell',
      'mrna',
      'mirna',
      'investigational-new-drug-application',
    ]
    for (const id of required) {
      expect(glossary.get(id)?.cites ?? [], `glossary term \`${id}\``).not.toEqual([])
    }
    expect(glossary.get('extracellular-vesicle')?.definition).toMatch(/exosome/i)
    expect(glossary.get('investigational-new-drug-application')?.term).toMatch(/\bIND\b/)
  })

  it('keeps the document metadata the overview ships with', () => {
    const doc = requireDocument()
    expect(doc).toMatchObject({ id: 'exosome-therapy', locale: 'en', audience: 'general', version: '1.0.0' })
    expect(doc.summary.length).toBeLessThanOrEqual(300)
    expect(doc.intro.some((block) => block.type === 'claim')).toBe(false)
  })
})
