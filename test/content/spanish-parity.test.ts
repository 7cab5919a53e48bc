/**
 * The Spanish overview (`content/exosome-therapy.es.md`) is the English overview in Spanish,
 * claim for claim: both files are parsed and their structures compared. What must be equal
 * (claim ids, kinds, grades, citations, `requires`, section ids and tree, where claims are
 * defined and reused, where disclaimers and the evidence summary are placed, disclaimer and
 * glossary ids, the references) is compared as data; what is translated (titles, texts,
 * terms, definitions) must differ from the English.
 *
 * The `locale-parity` rule makes most of this comparison for any pair of files that share an
 * `id` (`test/content/locale-parity.test.ts` runs it on this pair); this test also holds the
 * built-in pair to what the rule leaves out (glossary, references, dates, translated texts).
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { formatDiagnostic } from '../../src/diagnostics.js'
import { parseContent } from '../../src/parser/index.js'
import { evidenceSummary, renderDocument, requiredDisclaimers } from '../../src/render/index.js'
import type { ExosomeDocument } from '../../src/schema/document.js'
import type { Block, Section } from '../../src/schema/section.js'

const root = path.resolve(import.meta.dirname, '../..')
const englishFile = 'content/exosome-therapy.md'
const spanishFile = 'content/exosome-therapy.es.md'
const spanishSource = readFileSync(path.join(root, spanishFile), 'utf8')

function load(file: string): ExosomeDocument {
  const { document, diagnostics } = parseContent(readFileSync(path.join(root, file), 'utf8'), { path: file, rules: false })
  if (document === undefined) throw new Error(`${file} did not parse:\n${diagnostics.map(formatDiagnostic).join('\n')}`)
  return document
}

const english = load(englishFile)
const spanish = load(spanishFile)

/**
 * Rules that read prose as English until the Spanish wording analysis lands: on a Spanish
 * file they report a hedged Spanish claim as unhedged. With the statement-analysis layer they
 * are skipped for a locale they cannot read (one `info` note, `wording-locale`).
 */
const ENGLISH_WORDING_RULES = new Set(['hedge-to-evidence', 'overclaim-wording'])

const allSections = (sections: readonly Section[]): Section[] => sections.flatMap((section) => [section, ...allSections(section.sections)])

/** A block as the structure sees it: narrative runs are one step, whatever their text. */
function step(block: Block): string {
  switch (block.type) {
    case 'narrative':
      return 'narrative'
    case 'claim':
      return `${block.reuse ? 'reuse' : 'claim'}:${block.claim}`
    case 'disclaimer':
      return `disclaimer:${block.disclaimer}`
    case 'evidence-summary':
      return 'evidence-summary'
  }
}

const steps = (blocks: readonly Block[]): string[] => blocks.map(step).filter((value, index, list) => value !== 'narrative' || list[index - 1] !== 'narrative')

/** Everything about a document that a translation keeps. */
function structure(document: ExosomeDocument): unknown {
  const tree = (sections: readonly Section[]): unknown[] =>
    sections.map((section) => ({ id: section.id, depth: section.depth, claims: section.claims, disclaimers: section.disclaimers, steps: steps(section.blocks), sections: tree(section.sections) }))
  return {
    id: document.id,
    audience: document.audience,
    version: document.version,
    lastReviewed: document.lastReviewed,
    intro: steps(document.intro),
    sections: tree(document.sections),
    claims: Object.values(document.claims).map(({ id, kind, evidence, cites, requires, section }) => ({ id, kind, evidence, cites, requires, section })),
    disclaimers: document.disclaimers.map(({ id, kind, placement }) => ({ id, kind, placement })),
    glossary: document.glossary.map(({ id, cites }) => ({ id, cites })),
    references: document.references,
  }
}

describe(`${spanishFile} against ${englishFile}`, () => {
  it('parses with no error or warning other than the English wording rules reading Spanish', () => {
    const lastReviewed = /^lastReviewed: (\S+)$/m.exec(spanishSource)?.[1] ?? ''
    const { diagnostics } = parseContent(spanishSource, { path: spanishFile, policy: { rules: { 'review-stale': ['warn', { now: lastReviewed }] } } })
    const problems = diagnostics.filter((diagnostic) => diagnostic.severity !== 'info')
    expect(problems.filter((diagnostic) => !ENGLISH_WORDING_RULES.has(diagnostic.ruleId)).map(formatDiagnostic)).toEqual([])
    // With those rules off, nothing at all is reported.
    const off = parseContent(spanishSource, {
      path: spanishFile,
      policy: { rules: { 'review-stale': ['warn', { now: lastReviewed }], 'hedge-to-evidence': 'off', 'overclaim-wording': 'off' } },
    })
    expect(off.diagnostics.filter((diagnostic) => diagnostic.severity !== 'info').map(formatDiagnostic)).toEqual([])
  })

  it('is the same document in another locale', () => {
    expect(spanish.id).toBe(english.id)
    expect(english.locale).toBe('en')
    expect(spanish.locale).toBe('es')
  })

  it('has the same structure: claims, sections, reuses, placements, disclaimer and glossary ids, references', () => {
    expect(structure(spanish)).toEqual(structure(english))
  })

  it('defines each claim in the same section and reuses the same claims in the same places', () => {
    const where = (document: ExosomeDocument): string[] =>
      allSections(document.sections).flatMap((section) => section.blocks.flatMap((block) => (block.type === 'claim' ? [`${section.id}:${step(block)}`] : [])))
    expect(where(spanish)).toEqual(where(english))
    expect(where(spanish).filter((entry) => entry.includes(':reuse:'))).toEqual(['regulation-and-the-state-of-the-evidence:reuse:no-approved-products', 'about-this-overview:reuse:no-approved-products'])
  })

  it('requires the same disclaimers for every claim and section, and sums up the same areas', () => {
    for (const id of Object.keys(english.claims)) {
      expect(requiredDisclaimers(spanish, { claims: [id] }).map((item) => item.id), id).toEqual(requiredDisclaimers(english, { claims: [id] }).map((item) => item.id))
    }
    for (const section of allSections(english.sections)) {
      expect(requiredDisclaimers(spanish, { sections: [section.id] }).map((item) => item.id), section.id).toEqual(requiredDisclaimers(english, { sections: [section.id] }).map((item) => item.id))
    }
    const rows = (document: ExosomeDocument): unknown[] => evidenceSummary(document).map(({ section, evidence, claims, disclaimers }) => ({ section, evidence, claims, disclaimers }))
    expect(rows(spanish)).toEqual(rows(english))
  })

  it('translates every title, text, term and definition', () => {
    expect(spanish.title).not.toBe(english.title)
    expect(spanish.summary).not.toBe(english.summary)
    for (const [index, section] of allSections(spanish.sections).entries()) expect(section.title, section.id).not.toBe(allSections(english.sections)[index]?.title)
    for (const claim of Object.values(spanish.claims)) expect(claim.text, claim.id).not.toBe(english.claims[claim.id]?.text)
    for (const [index, disclaimer] of spanish.disclaimers.entries()) {
      expect(disclaimer.title, disclaimer.id).not.toBe(english.disclaimers[index]?.title)
      expect(disclaimer.text, disclaimer.id).not.toBe(english.disclaimers[index]?.text)
    }
    for (const [index, term] of spanish.glossary.entries()) {
      expect(term.term, term.id).not.toBe(english.glossary[index]?.term)
      expect(term.definition, term.id).not.toBe(english.glossary[index]?.definition)
    }
  })

  it('writes every section id on its heading, so no id depends on the Spanish wording', () => {
    const headings = [...spanishSource.matchAll(/^#{2,6} .*$/gm)].map((match) => match[0])
    expect(headings).toHaveLength(allSections(spanish.sections).length)
    for (const heading of headings) expect(heading).toMatch(/ \{#[a-z0-9-]+\}$/)
    for (const section of allSections(spanish.sections)) expect(section.title).not.toMatch(/[{}#]/)
  })

  it('keeps its section ids and structure through the markdown renderer', () => {
    const markdown = renderDocument(spanish, { format: 'markdown' })
    const { document: back, diagnostics } = parseContent(markdown, { rules: false })
    expect(diagnostics.map(formatDiagnostic)).toEqual([])
    if (back === undefined) throw new Error('the rendered markdown did not parse')
    expect(structure(back)).toEqual(structure(english))
    expect(allSections(back.sections).map((section) => section.title)).toEqual(allSections(spanish.sections).map((section) => section.title))
  })

  it('catches a dropped citation, a changed grade, a missing placement and a missing claim', () => {
    const variants: Array<[string, string]> = [
      ['cite="to-2020-cartilage"}\nLos exosomas se están estudiando', 'cite="lener-2015"}\nLos exosomas se están estudiando'],
      ['#heart-research kind=therapeutic-potential evidence=preclinical', '#heart-research kind=therapeutic-potential evidence=early-clinical'],
      ['::disclaimer{ref=report-problems}\n', '\n'],
      ['::claim{ref=no-approved-products}\n\n:::claim{#evidence-is-early', ':::claim{#evidence-is-early'],
      ['## Piel {#skin}', '## Piel'],
    ]
    for (const [from, to] of variants) {
      expect(spanishSource, from).toContain(from)
      const { document } = parseContent(spanishSource.replace(from, to), { rules: false })
      expect(document, from).toBeDefined()
      if (document !== undefined) expect(structure(document), from).not.toEqual(structure(english))
    }
  })
})
