/**
 * The built-in overview carries every required fact (F1–F31 of the facts review) in a claim
 * that cites a source supporting it, at the evidence grade the accuracy notes allow, with the
 * wording, disclaimers, dates, scope and glossary the content policy asks for, and cites each
 * reference with the metadata the facts review checked.
 *
 * `references.yaml` is a copy of the facts review's reference list and `fact-support.json` its
 * fact -> reference mapping, so this test runs from a clean clone.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse as parseYaml } from 'yaml'
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

/** A reference as the facts review lists it. */
interface ReviewedReference {
  id: string
  seen: 'publisher' | 'secondary'
  supports: string[]
  [field: string]: unknown
}
const reviewed = parseYaml(readFileSync(path.join(import.meta.dirname, 'references.yaml'), 'utf8')) as ReviewedReference[]

const factIds = Array.from({ length: 31 }, (_, index) => `F${index + 1}`)

/** Facts that the `supports` lists of references.yaml leave out, mapped from FACTS.md's own source note. */
const MAPPED_FROM_FACTS_NOTES: Record<string, string[]> = { F31: ['fda-regen-med-info-2021'] }

/** Reference fields a document carries, compared with the facts review (`accessed` is checked apart). */
const METADATA = ['kind', 'title', 'authors', 'journal', 'publisher', 'year', 'date', 'volume', 'pages', 'doi', 'url'] as const

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
  F27: ['listing-is-not-approval'],
  F28: ['charged-is-a-warning-sign'],
  F29: ['ask-about-fda-review'],
  F30: ['contact-the-fda', 'report-problems-to-medwatch'],
  F31: ['fda-2021-unapproved-uses'],
}

/** Claims a reader is told how to protect themselves with, in the section that says so. */
const PROTECTING_YOURSELF = ['listing-is-not-approval', 'charged-is-a-warning-sign', 'ask-about-fda-review', 'contact-the-fda', 'report-problems-to-medwatch', 'fda-2021-unapproved-uses']

/** Grades the accuracy notes allow, for the facts whose grade they constrain. */
const ALLOWED_GRADES: Record<string, readonly EvidenceGrade[]> = {
  F10: ['preclinical'],
  F13: ['preclinical'],
  F16: ['preclinical'],
  F17: ['preclinical'],
  F14: ['early-clinical', 'preclinical'],
  F15: ['early-clinical', 'preclinical'],
  // The safety advantage of a cell-free product has not been shown in people.
  F11: ['preclinical'],
  F12: ['preclinical'],
  F18: ['regulatory-fact'],
  F20: ['regulatory-fact'],
  F21: ['regulatory-fact'],
  F23: ['regulatory-fact'],
  F27: ['regulatory-fact'],
  F28: ['regulatory-fact'],
  F29: ['regulatory-fact'],
  F30: ['regulatory-fact'],
  F31: ['regulatory-fact'],
}

/** Grades of single claims the facts review fixed (one review of a few small studies is not settled science). */
const CLAIM_GRADES: Record<string, EvidenceGrade> = {
  'serious-side-effects-reported': 'early-clinical',
}

/** References a claim must not cite: they do not cover what it says. */
const NOT_COVERING: Record<string, string[]> = {
  // A review of hair-loss studies says nothing about skin.
  'skin-research': ['queen-2025-dermatology'],
  // A study of RNA transfer between cells does not describe how cells take vesicles up.
  'cells-take-up-exosomes': ['valadi-2007'],
}

/** References a claim must cite, because only they support part of what it says. */
const MUST_CITE: Record<string, string[]> = {
  'skin-research': ['flores-2026-skin-review'],
  // Two thirds of registered trials used MSC-derived vesicles.
  'most-come-from-mscs': ['duong-2023-trials'],
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
  'not yet known',
  'small studies',
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

  it('maps every fact F1–F31, and only those, to at least one claim', () => {
    expect(Object.keys(FACT_TO_CLAIMS).sort()).toEqual([...factIds].sort())
    expect(Object.keys(factSupport).sort()).toEqual([...factIds].sort())
    for (const fact of factIds) expect(FACT_TO_CLAIMS[fact], fact).not.toHaveLength(0)
  })

  it('has the fact -> reference mapping of the facts review', () => {
    const inverted: Record<string, string[]> = { ...MAPPED_FROM_FACTS_NOTES }
    for (const reference of reviewed) for (const fact of reference.supports) inverted[fact] = [...(inverted[fact] ?? []), reference.id]
    expect(factSupport).toEqual(inverted)
  })

  it.each(factIds)('states %s in claims that exist and cite a source supporting it', (fact) => {
    const supporting = factSupport[fact] ?? []
    for (const id of FACT_TO_CLAIMS[fact] ?? []) {
      const claim = claimOf(id)
      const supported = claim.cites.filter((reference) => supporting.includes(reference))
      expect(supported, `claim \`${id}\` (${fact}) cites ${claim.cites.join(', ')}; supporting: ${supporting.join(', ')}`).not.toEqual([])
    }
  })

  it('cites, for the claims the facts review names, only what covers them and what they need', () => {
    for (const [id, excluded] of Object.entries(NOT_COVERING)) expect(claimOf(id).cites.filter((cite) => excluded.includes(cite)), id).toEqual([])
    for (const [id, needed] of Object.entries(MUST_CITE)) expect(claimOf(id).cites, id).toEqual(expect.arrayContaining(needed))
  })

  it('grades each constrained fact as the accuracy notes allow', () => {
    for (const [fact, grades] of Object.entries(ALLOWED_GRADES)) {
      for (const id of FACT_TO_CLAIMS[fact] ?? []) {
        expect(grades, `claim \`${id}\` (${fact})`).toContain(claimOf(id).evidence)
      }
    }
    for (const [id, grade] of Object.entries(CLAIM_GRADES)) expect(claimOf(id).evidence, id).toBe(grade)
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
    const known = new Set(reviewed.map((reference) => reference.id))
    const cited = new Set([
      ...Object.values(doc.claims).flatMap((claim) => claim.cites),
      ...doc.glossary.flatMap((term) => term.cites ?? []),
    ])
    for (const reference of doc.references) {
      expect(known.has(reference.id), `reference \`${reference.id}\` is not in the facts review`).toBe(true)
      expect(cited.has(reference.id), `reference \`${reference.id}\` is never cited`).toBe(true)
    }
  })

  it('gives every reference the metadata the facts review checked, and no `accessed` date to a page never read on its publisher\'s site', () => {
    const byId = new Map(reviewed.map((reference) => [reference.id, reference]))
    for (const reference of requireDocument().references) {
      const source = byId.get(reference.id)
      if (source === undefined) throw new Error(`reference \`${reference.id}\` is not in the facts review`)
      const pick = (entry: Record<string, unknown>): Record<string, unknown> =>
        Object.fromEntries(METADATA.filter((field) => entry[field] !== undefined).map((field) => [field, entry[field] instanceof Date ? (entry[field] as Date).toISOString().slice(0, 10) : entry[field]]))
      expect(pick(reference as Record<string, unknown>), reference.id).toEqual(pick(source))
      if (source.seen === 'secondary') expect(reference.accessed, `${reference.id} was seen only in a secondary copy`).toBeUndefined()
    }
  })

  it('dates every "has not approved" statement with the review date, in claims, disclaimers and the summary', () => {
    const doc = requireDocument()
    const asOf = `As of ${new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${doc.lastReviewed}T00:00:00Z`))}`
    const statements = [
      ...Object.values(doc.claims).map((claim) => [`claim ${claim.id}`, claim.text] as const),
      ...doc.disclaimers.map((disclaimer) => [`disclaimer ${disclaimer.id}`, disclaimer.text] as const),
      ['summary', doc.summary] as const,
    ].filter(([, text]) => /\b(?:has|have) not (?:been )?approved\b/i.test(text))
    expect(statements.map(([where]) => where)).toEqual(expect.arrayContaining(['claim no-approved-products', 'disclaimer not-fda-approved']))
    for (const [where, text] of statements) expect(text.replaceAll(/\s+/g, ' '), where).toContain(asOf)
    // The FDA's list of unapproved uses is its own dated statement, not a timeless fact.
    expect(claimOf('fda-2021-unapproved-uses').text).toMatch(/\b2021\b/)
  })

  it('scopes FDA oversight and legality to the United States, and dates its counts', () => {
    expect(claimOf('clinics-sell-outside-oversight').text).toMatch(/United States|U\.S\./)
    expect(claimOf('charged-is-a-warning-sign').text).toMatch(/United States/)
    // Trial and market counts say when they were made.
    expect(claimOf('evidence-is-early').text).toMatch(/\b2022\b[^.]*\.[^.]*\b73\b/)
    expect(claimOf('most-come-from-mscs').text).toMatch(/\b2022\b/)
    expect(claimOf('clinics-sell-outside-oversight').text).toMatch(/\b2023\b[^.]*114\s+companies\s+in\s+28\s+countries/)
  })

  it('does not pin harms of regenerative products in general on exosomes, nor overstate animal or uptake evidence', () => {
    expect(claimOf('contamination-and-infection-risk').text).toMatch(/stem cell/i)
    expect(claimOf('joint-research').text).toMatch(/mainly\s+from\s+animal\s+studies/)
    expect(claimOf('cells-take-up-exosomes').text).not.toMatch(/the cargo ends up inside/i)
    expect(claimOf('most-come-from-mscs').text).not.toMatch(/known for/i)
    // The cell-free advantage is not shown in people, and exosome products have risks of their own.
    expect(claimOf('fewer-live-cell-risks').text).toMatch(/not\s+yet\s+been\s+shown\s+in\s+studies\s+in\s+people/)
    expect(claimOf('fewer-live-cell-risks').text).toMatch(/risks\s+of\s+their\s+own/)
    expect(claimOf('heart-research').text).toMatch(/pumped/)
  })

  it('tells readers how to protect themselves in one section, as the FDA\'s advice for the United States', () => {
    const doc = requireDocument()
    const section = allSections(doc.sections).find((candidate) => candidate.id === 'protecting-yourself')
    if (section === undefined) throw new Error('no "Protecting yourself" section')
    const claims = [section, ...allSections(section.sections)].flatMap((part) => part.claims)
    expect(claims).toEqual(expect.arrayContaining(PROTECTING_YOURSELF))
    for (const id of PROTECTING_YOURSELF) expect(claimOf(id).cites.every((cite) => cite.startsWith('fda-')), id).toBe(true)
    const narrative = section.blocks.flatMap((block) => (block.type === 'narrative' ? [block.text] : [])).join(' ')
    expect(narrative).toMatch(/United States/)
    expect(claimOf('contact-the-fda').text).toContain('ocod@fda.hhs.gov')
    expect(claimOf('listing-is-not-approval').text).toMatch(/ClinicalTrials\.gov/)
  })

  it('says in "About this overview" how it is written, sourced and kept current, with dates that match its data', () => {
    const doc = requireDocument()
    const about = doc.sections.find((section) => section.id === 'about-this-overview')
    if (about === undefined) throw new Error('no "About this overview" section')
    // It defines no claim of its own: it shows an existing one as an example.
    expect(about.blocks.filter((block) => block.type === 'claim' && !block.reuse)).toEqual([])
    const text = about.blocks.flatMap((block) => (block.type === 'narrative' ? [block.text] : [])).join(' ').replaceAll(/\s+/g, ' ')
    const day = new Date(`${doc.lastReviewed}T00:00:00Z`)
    const long = (date: Date): string => new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' }).format(date)
    const due = new Date(Date.UTC(day.getUTCFullYear() + 1, day.getUTCMonth(), day.getUTCDate()))
    expect(text).toContain(`last reviewed on ${long(day)}`)
    expect(text).toContain(`due by ${long(due)}`)
    expect(text).toContain('CHANGELOG.md')
    expect(text).toMatch(/keeps its id/)
    expect(text).toContain('12 months')
  })

  it('shows the evidence summary at the top, with a row for each area of research', () => {
    const doc = requireDocument()
    const first = doc.sections[0]
    expect(first?.id).toBe('at-a-glance')
    expect(first?.blocks.some((block) => block.type === 'evidence-summary')).toBe(true)
    const areas = allSections(doc.sections).filter((section) => section.blocks.some((block) => block.type === 'claim' && !block.reuse && claimOf(block.claim).kind === 'therapeutic-potential'))
    expect(areas.map((section) => section.id)).toEqual(['joints-and-arthritis', 'skin', 'hair-loss', 'parkinsons-disease', 'the-heart'])
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
    expect(doc).toMatchObject({ id: 'exosome-therapy', locale: 'en', audience: 'general', version: '2.0.0' })
    expect(doc.summary.length).toBeLessThanOrEqual(300)
    expect(doc.intro.some((block) => block.type === 'claim')).toBe(false)
  })
})
