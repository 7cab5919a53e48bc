/**
 * Evaluate the wording rules on the labelled corpora (`test/wording/corpus.jsonl`, English,
 * and `test/wording/corpus.es.jsonl`, Spanish): each sentence is checked twice with the full
 * parser, in a document of its corpus's locale, once as a claim with the kind and evidence
 * grade an honest author would give it, once as a narrative paragraph. A sentence counts as
 * flagged when any wording rule reports it (error or warning).
 *
 *   npm run eval:wording                       # both of the repo's corpora
 *   npm run eval:wording -- --locale es        # the Spanish corpus only
 *   npm run eval:wording -- --split            # also the even-id and odd-id halves apart
 *   npm run eval:wording -- --corpus other.jsonl --errors   # another corpus, list the misses
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { parseContent } from '../src/parser/index.js'
import { wordingRuleIds } from '../src/rules/util/wording.js'

/** One line of the corpus (see CORPUS-FORMAT in the docs). */
export interface CorpusRow {
  id: string
  text: string
  source: string
  label: 'overclaim' | 'sound'
  tactic?: string
  form?: string
  kind: string
  evidence: string
}

/** Counts for one group of sentences. */
export interface Tally {
  overclaims: number
  caught: number
  sound: number
  flagged: number
}

/** The result of one way of running the corpus (as claims or as narrative). */
export interface ModeResult {
  total: Tally
  byTactic: Record<string, Tally>
  byForm: Record<string, Tally>
  /** Ids of overclaims not flagged and of sound sentences flagged, with the rule ids. */
  errors: Array<{ id: string; label: string; group: string; text: string; rules: string[] }>
}

const wording = new Set<string>(wordingRuleIds)

const head = (grade: string, locale: string): string => `---
id: eval
title: Eval
summary: One sentence under evaluation.
locale: ${locale}
audience: general
version: 1.0.0
lastReviewed: 2026-11-28
references:
  - id: rev
    kind: review
    title: A review
    journal: Journal
    year: 2024
    doi: 10.1000/rev
  - id: reg
    kind: regulatory
    title: A notice
    publisher: Regulator
    date: 2024-01-01
    url: https://example.org/notice
disclaimers:
  - id: investigational
    kind: investigational
    title: Investigational
    text: These uses are investigational.
    placement: section
  - id: not-fda-approved
    kind: regulatory
    title: Not approved
    text: This product is not approved.
    placement: document
  - id: not-medical-advice
    kind: medical-advice
    title: Not advice
    text: This page is not medical advice.
    placement: document
---

## Section${grade}

::disclaimer{ref=investigational}

`

/** Escape a sentence so markdown reads it as the plain text it is. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_{}[\]<>#+!|~:&^-]/g, '\\$&')
    .replace(/^(\d+)([.)])/, '$1\\$2')
    .replace(/\s+/g, ' ')
    .trim()
}

/**
 * The locale of a corpus row: the language prefix of its id (`en-0001`, `es-0001`).
 *
 * @param row A corpus row.
 * @returns The locale (`en` when the id has no prefix).
 */
export function localeOf(row: Pick<CorpusRow, 'id'>): string {
  return /^([a-z]{2,3})-/.exec(row.id)?.[1] ?? 'en'
}

/**
 * The wording rules' diagnostics for a sentence checked as a claim and as narrative, in a
 * document of the row's locale.
 *
 * @param row A corpus row.
 * @param locale The document's locale (default: from the row's id).
 * @returns Rule ids reported, per mode.
 */
export function checkSentence(row: CorpusRow, locale = localeOf(row)): { claim: string[]; narrative: string[] } {
  const text = escapeMarkdown(row.text)
  const claim = `${head('', locale)}:::claim{#sentence kind=${row.kind} evidence=${row.evidence} cite="rev reg"}\n${text}\n:::\n`
  const narrative = `${head('', locale)}${text}\n`
  const ids = (source: string): string[] =>
    parseContent(source, { path: `${row.id}.md`, policy: { rules: { 'review-stale': 'off' } } })
      .diagnostics.filter((diagnostic) => wording.has(diagnostic.ruleId) && diagnostic.severity !== 'info')
      .map((diagnostic) => diagnostic.ruleId)
  return { claim: ids(claim), narrative: ids(narrative) }
}

const empty = (): Tally => ({ overclaims: 0, caught: 0, sound: 0, flagged: 0 })

/**
 * Run the corpus in both modes.
 *
 * @param rows The corpus.
 * @param locale The documents' locale (default: each row's, from its id).
 * @returns Tallies per mode.
 */
export function evaluateCorpus(rows: readonly CorpusRow[], locale?: string): { claim: ModeResult; narrative: ModeResult } {
  const results = { claim: newMode(), narrative: newMode() }
  for (const row of rows) {
    const found = checkSentence(row, locale ?? localeOf(row))
    for (const mode of ['claim', 'narrative'] as const) {
      const result = results[mode]
      const rules = found[mode]
      const flagged = rules.length > 0
      const group = row.label === 'overclaim' ? (row.tactic ?? 'unknown') : (row.form ?? 'unknown')
      const table = row.label === 'overclaim' ? result.byTactic : result.byForm
      const tally = (table[group] ??= empty())
      for (const target of [result.total, tally]) {
        if (row.label === 'overclaim') {
          target.overclaims++
          if (flagged) target.caught++
        } else {
          target.sound++
          if (flagged) target.flagged++
        }
      }
      if ((row.label === 'overclaim') !== flagged) result.errors.push({ id: row.id, label: row.label, group, text: row.text, rules: [...new Set(rules)] })
    }
  }
  return results
}

function newMode(): ModeResult {
  return { total: empty(), byTactic: {}, byForm: {}, errors: [] }
}

/** Recall of overclaims (caught / overclaims). */
export const recall = (tally: Tally): number => (tally.overclaims === 0 ? 1 : tally.caught / tally.overclaims)
/** False-positive rate on sound sentences (flagged / sound). */
export const falsePositiveRate = (tally: Tally): number => (tally.sound === 0 ? 0 : tally.flagged / tally.sound)
/** Precision of the flags (caught / all flagged). */
export const precision = (tally: Tally): number => (tally.caught + tally.flagged === 0 ? 1 : tally.caught / (tally.caught + tally.flagged))

/**
 * Read a corpus file (one JSON object per line).
 *
 * @param file Path of the `.jsonl` file.
 * @returns The rows.
 */
export function readCorpus(file: string): CorpusRow[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as CorpusRow)
}

const percent = (value: number): string => `${(value * 100).toFixed(1)}%`

function table(result: ModeResult): string {
  const lines = ['group | n | recall | FPR | precision', '--- | ---: | ---: | ---: | ---:']
  const row = (name: string, tally: Tally): string =>
    `${name} | ${tally.overclaims + tally.sound} | ${tally.overclaims === 0 ? '-' : percent(recall(tally))} | ${tally.sound === 0 ? '-' : percent(falsePositiveRate(tally))} | ${tally.overclaims === 0 || tally.caught + tally.flagged === 0 ? '-' : percent(precision(tally))}`
  lines.push(row('**all**', result.total))
  for (const [name, tally] of Object.entries(result.byTactic).sort()) lines.push(row(`overclaim: ${name}`, tally))
  for (const [name, tally] of Object.entries(result.byForm).sort()) lines.push(row(`sound: ${name}`, tally))
  return lines.join('\n')
}

/**
 * The two halves of a corpus by the number of each id: even ids (the development half) and
 * odd ids (the check half).
 *
 * @param rows The corpus.
 * @returns The halves.
 */
export function splitCorpus(rows: readonly CorpusRow[]): { development: CorpusRow[]; check: CorpusRow[] } {
  const even = (row: CorpusRow): boolean => Number(/(\d+)$/.exec(row.id)?.[1] ?? 0) % 2 === 0
  return { development: rows.filter(even), check: rows.filter((row) => !even(row)) }
}

const corpora: Record<string, string> = {
  en: path.join(import.meta.dirname, '..', 'test', 'wording', 'corpus.jsonl'),
  es: path.join(import.meta.dirname, '..', 'test', 'wording', 'corpus.es.jsonl'),
}

function report(name: string, rows: readonly CorpusRow[], locale: string | undefined, errors: boolean): void {
  const results = evaluateCorpus(rows, locale)
  const overclaims = rows.filter((row) => row.label === 'overclaim').length
  console.log(`${name}: ${rows.length} sentences, ${overclaims} overclaims, ${rows.length - overclaims} sound\n`)
  for (const mode of ['claim', 'narrative'] as const) {
    console.log(`### As ${mode === 'claim' ? 'claims (with kind and grade)' : 'narrative'}\n\n${table(results[mode])}\n`)
    if (errors) {
      for (const error of results[mode].errors) console.log(`${error.label === 'overclaim' ? 'MISS' : 'FP  '} ${error.id} [${error.group}] ${error.rules.join(',')} ${error.text}`)
      console.log('')
    }
  }
}

if (import.meta.url === `file://${process.argv[1] ?? ''}` || process.argv[1]?.endsWith('eval-wording.ts')) {
  const { values } = parseArgs({ options: { corpus: { type: 'string' }, locale: { type: 'string' }, errors: { type: 'boolean' }, json: { type: 'boolean' }, split: { type: 'boolean' } } })
  const files: Array<[string, string | undefined]> =
    values.corpus !== undefined
      ? [[values.corpus, values.locale]]
      : values.locale !== undefined
        ? [[corpora[values.locale.split('-')[0] ?? ''] ?? '', values.locale]]
        : Object.values(corpora).map((file) => [file, undefined])
  const json: Record<string, unknown> = {}
  for (const [file, locale] of files) {
    if (file === '') throw new Error(`no corpus for locale \`${values.locale ?? ''}\`: give one with --corpus`)
    const rows = readCorpus(file)
    if (values.json === true) {
      json[path.relative(process.cwd(), file)] = evaluateCorpus(rows, locale)
      continue
    }
    const name = path.relative(process.cwd(), file)
    report(name, rows, locale, values.errors === true)
    if (values.split === true) {
      const { development, check } = splitCorpus(rows)
      report(`${name}, even ids (development half)`, development, locale, values.errors === true)
      report(`${name}, odd ids (check half)`, check, locale, values.errors === true)
    }
  }
  // One corpus given: its result as it is; otherwise each corpus's by its path.
  if (values.json === true) process.stdout.write(`${JSON.stringify(files.length === 1 ? Object.values(json)[0] : json, null, 2)}\n`)
}
