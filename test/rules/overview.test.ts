// The built-in overview passes every rule, and each rule is live on it: a mutated copy fails
// with the expected rule id at the expected line:column (computed from the mutated text).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { formatDiagnostic } from '../../src/diagnostics.js'
import { parseContent } from '../../src/parser/index.js'
import type { PolicyInput } from '../../src/rules/index.js'
import type { Diagnostic } from '../../src/schema/diagnostic.js'

const source = readFileSync(join(import.meta.dirname, '../../content/exosome-therapy.md'), 'utf8')
const lastReviewed = /^lastReviewed: (\S+)$/m.exec(source)?.[1] ?? ''
// `recommended`, with the review window measured from the review date itself so the test does
// not depend on the calendar; the `review-stale` mutation below proves that rule is live.
const recommended: PolicyInput = { rules: { 'review-stale': ['warn', { now: lastReviewed }] } }

const check = (text: string, policy: PolicyInput = recommended): Diagnostic[] =>
  parseContent(text, { path: 'content/exosome-therapy.md', policy }).diagnostics

/** Replace the first occurrence of `from` (which must exist) with `to`. */
const mutate = (text: string, from: string | RegExp, to: string): string => {
  const next = text.replace(from, to)
  expect(next, `mutation anchor ${String(from)} is in the overview`).not.toBe(text)
  return next
}

/** `line:column` of an offset. */
const pointAt = (text: string, offset: number): string => {
  const before = text.slice(0, offset).split('\n')
  return `${before.length}:${(before.at(-1) ?? '').length + 1}`
}

/** `line:col-line:col` of the first occurrence of `needle` at or after `from`. */
const span = (text: string, needle: string, from = 0): string => {
  const at = text.indexOf(needle, from)
  expect(at, `${needle} is in the mutated text`).toBeGreaterThanOrEqual(0)
  return `${pointAt(text, at)}-${pointAt(text, at + needle.length)}`
}

/** Range of a `:::claim{#id ...}` container, from its fence to after the closing `:::`. */
const claimSpan = (text: string, id: string): string => {
  const start = text.indexOf(`:::claim{#${id} `)
  expect(start, `claim ${id} is in the text`).toBeGreaterThanOrEqual(0)
  const end = text.indexOf('\n:::', start + 3) + ':::'.length + 1
  return `${pointAt(text, start)}-${pointAt(text, end)}`
}

const places = (diagnostics: Diagnostic[], ruleId: string): string[] =>
  diagnostics.filter((diagnostic) => diagnostic.ruleId === ruleId).map((diagnostic) => formatDiagnostic(diagnostic).split(': ')[0] ?? '')

test('the built-in overview has zero errors and zero warnings under the recommended policy', () => {
  expect(lastReviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  expect(check(source).map(formatDiagnostic)).toEqual([])
})

describe('a mutated copy of the overview fails with the expected rule at the expected place', () => {
  test('hedge removed from a preclinical claim: hedge-to-evidence at the assertive verb', () => {
    const text = mutate(source, /Exosomes are being studied as a way to repair heart/, 'Exosomes repair heart')
    const diagnostics = check(text)
    expect(places(diagnostics, 'hedge-to-evidence')).toEqual([span(text, 'repair', text.indexOf('Exosomes repair heart'))])
    expect(diagnostics.every((diagnostic) => diagnostic.ruleId === 'hedge-to-evidence')).toBe(true)
  })

  test('every hedge removed from a preclinical claim: hedge-to-evidence at the claim', () => {
    const start = source.indexOf(':::claim{#targeted-signaling-idea ')
    const end = source.indexOf('\n:::', start + 3)
    const block = source.slice(start, end)
    const unhedged = block
      .replace('could be aimed', 'is aimed')
      .replace('exosomes might signal', 'exosomes signal')
      .replace(/ So\s+far this idea has been tested mainly in animal studies\./, '')
    expect(unhedged).not.toBe(block)
    const text = source.slice(0, start) + unhedged + source.slice(end)
    const diagnostics = check(text)
    expect(places(diagnostics, 'hedge-to-evidence')).toEqual([claimSpan(text, 'targeted-signaling-idea')])
  })

  test('citation removed: claim-needs-citation at the claim', () => {
    const text = mutate(source, /(:::claim\{#exosomes-carry-messages [^}]*?) cite="[^"]*"/, '$1')
    const diagnostics = check(text)
    expect(places(diagnostics, 'claim-needs-citation')).toEqual([claimSpan(text, 'exosomes-carry-messages')])
    expect(diagnostics.filter((diagnostic) => diagnostic.severity === 'error').every((diagnostic) => diagnostic.ruleId === 'claim-needs-citation')).toBe(true)
  })

  test('"may help" turned into "cures": overclaim-wording at the exact column', () => {
    const text = mutate(source, 'may help', 'cures')
    const at = source.indexOf('may help')
    const diagnostics = check(text)
    expect(places(diagnostics, 'overclaim-wording')).toEqual([`${pointAt(text, at)}-${pointAt(text, at + 'cures'.length)}`])
    expect(diagnostics.map((diagnostic) => diagnostic.ruleId)).toEqual(['overclaim-wording'])
  })

  test('required disclaimer removed: claim-needs-disclaimer at each claim that needs it', () => {
    const text = mutate(source, '::disclaimer{ref=investigational}\n', '')
    const diagnostics = check(text)
    const potential = [...text.matchAll(/:::claim\{#([a-z0-9-]+) kind=therapeutic-potential /g)].map((match) => match[1] ?? '')
    expect(potential.length).toBeGreaterThan(0)
    expect(places(diagnostics, 'claim-needs-disclaimer')).toEqual(potential.map((id) => claimSpan(text, id)))
    expect(diagnostics.filter((diagnostic) => diagnostic.ruleId === 'claim-needs-disclaimer')[0]?.message).toContain('`investigational`')
  })

  test('evidence upgraded to clinical on a primary study only: evidence-matches-sources at the claim', () => {
    const text = mutate(source, /(:::claim\{#heart-research kind=therapeutic-potential) evidence=preclinical/, '$1 evidence=clinical')
    const diagnostics = check(text)
    expect(places(diagnostics, 'evidence-matches-sources')).toEqual([claimSpan(text, 'heart-research')])
    expect(diagnostics.map((diagnostic) => diagnostic.ruleId)).toEqual(['evidence-matches-sources'])
  })

  test('old lastReviewed: review-stale warns at the date', () => {
    const text = mutate(source, /^lastReviewed: \S+$/m, 'lastReviewed: 2024-01-15')
    const diagnostics = check(text, { rules: { 'review-stale': ['warn', { now: '2026-11-28' }] } })
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      `${span(text, '2024-01-15')}: warning review-stale Unexpected \`lastReviewed\` 2024-01-15, older than 12 months before 2026-11-28, expected a review on or after 2025-11-28`,
    ])
  })
})
