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

// Mutation targets are chosen from the parsed overview, so the test follows content edits.
const overview = parseContent(source, { policy: recommended }).document
if (overview === undefined) throw new Error('the built-in overview does not parse')
const claims = Object.values(overview.claims)
const errorsOf = (diagnostics: Diagnostic[]): string[] =>
  [...new Set(diagnostics.filter((diagnostic) => diagnostic.severity === 'error').map((diagnostic) => diagnostic.ruleId))]

/** Offsets of a claim's `:::claim{#id ...}` container in a text: `[start, end)` (end after `:::`). */
const blockOf = (text: string, id: string): [number, number] => {
  const start = text.indexOf(`:::claim{#${id} `)
  expect(start, `claim ${id} is in the text`).toBeGreaterThanOrEqual(0)
  return [start, text.indexOf('\n:::', start + 3) + ':::'.length + 1]
}

describe('a mutated copy of the overview fails with the expected rule at the expected place', () => {
  test('a benefit asserted as fact in a preclinical claim: hedge-to-evidence at the predicate', () => {
    const target = claims.find((claim) => claim.evidence === 'preclinical')
    if (target === undefined) throw new Error('no preclinical claim')
    const [, end] = blockOf(source, target.id)
    const closing = source.lastIndexOf('\n:::', end)
    const text = `${source.slice(0, closing)}\nExosomes repair damaged cartilage.${source.slice(closing)}`
    const at = text.indexOf('repair damaged cartilage')
    const diagnostics = check(text)
    expect(places(diagnostics, 'hedge-to-evidence')).toEqual([`${pointAt(text, at)}-${pointAt(text, at + 'repair'.length)}`])
    expect(errorsOf(diagnostics)).toEqual(['hedge-to-evidence'])
  })

  test('an overclaim is placed on the same line and column whatever the line endings (LF, CRLF, CR)', () => {
    const at = source.indexOf('may help')
    expect(at, 'a "may help" phrase in the overview').toBeGreaterThan(-1)
    const text = `${source.slice(0, at)}cures${source.slice(at + 'may help'.length)}`
    const expected = [`${pointAt(text, at)}-${pointAt(text, at + 'cures'.length)}`]
    for (const ending of ['\r\n', '\r']) {
      const converted = text.replaceAll('\n', ending)
      const diagnostics = check(converted).filter((diagnostic) => diagnostic.ruleId === 'overclaim-wording')
      expect(diagnostics.map((d) => `${d.place.start.line}:${d.place.start.column}-${d.place.end.line}:${d.place.end.column}`)).toEqual(expected)
    }
  })

  test('citation removed: claim-needs-citation at the claim', () => {
    const target = claims[0]
    if (target === undefined) throw new Error('no claim')
    const text = mutate(source, new RegExp(`(:::claim\\{#${target.id} [^}]*?) cite="[^"]*"`), '$1')
    const diagnostics = check(text)
    expect(places(diagnostics, 'claim-needs-citation')).toEqual([claimSpan(text, target.id)])
    expect(errorsOf(diagnostics)).toEqual(['claim-needs-citation'])
  })

  test('"may help" turned into "cures": overclaim-wording at the exact column', () => {
    const found = /\bmay help\b/.exec(source) ?? /\b(?:may|might|could)\b/.exec(source.slice(source.indexOf(':::claim')))
    expect(found, 'a hedge phrase to turn into an overclaim').not.toBeNull()
    const at = /\bmay help\b/.test(source) ? source.indexOf('may help') : source.indexOf(':::claim') + (found?.index ?? 0)
    const text = `${source.slice(0, at)}cures${source.slice(at + (found?.[0].length ?? 0))}`
    const diagnostics = check(text)
    expect(places(diagnostics, 'overclaim-wording')).toEqual([`${pointAt(text, at)}-${pointAt(text, at + 'cures'.length)}`])
    expect(diagnostics.find((diagnostic) => diagnostic.ruleId === 'overclaim-wording')?.message).toContain('`cures`')
  })

  test('required disclaimer removed: claim-needs-disclaimer wherever a claim needs it', () => {
    const text = mutate(source, /^::disclaimer\{ref=investigational\}\r?\n/gm, '')
    const needing = new Set(claims.filter((claim) => claim.kind === 'therapeutic-potential').map((claim) => claim.id))
    expect(needing.size).toBeGreaterThan(0)
    const expected = [...needing].flatMap((id) => {
      const reuse = `::claim{ref=${id}}`
      const reuses = [...text.matchAll(new RegExp(`^${reuse.replace(/[{}]/g, '\\$&')}`, 'gm'))].map(
        (match) => `${pointAt(text, match.index)}-${pointAt(text, match.index + reuse.length)}`,
      )
      return [claimSpan(text, id), ...reuses]
    })
    const diagnostics = check(text)
    const sortKey = (place: string): number[] => place.split(/[-:]/).map(Number)
    const byPosition = (a: string, b: string): number => (sortKey(a)[0] ?? 0) - (sortKey(b)[0] ?? 0) || (sortKey(a)[1] ?? 0) - (sortKey(b)[1] ?? 0)
    expect(places(diagnostics, 'claim-needs-disclaimer')).toEqual(expected.sort(byPosition))
    expect(errorsOf(diagnostics)).toEqual(['claim-needs-disclaimer'])
  })

  test('evidence upgraded to clinical on a primary study only: evidence-matches-sources at the claim', () => {
    const study = overview.references.find((reference) => reference.kind === 'primary-study')
    const target = claims.find((claim) => claim.evidence === 'preclinical' || claim.evidence === 'early-clinical')
    if (study === undefined || target === undefined) throw new Error('no primary study or no research claim')
    const text = mutate(source, new RegExp(`(:::claim\\{#${target.id} [^}]*?)evidence=[a-z-]+ cite="[^"]*"`), `$1evidence=clinical cite="${study.id}"`)
    const diagnostics = check(text)
    expect(places(diagnostics, 'evidence-matches-sources')).toEqual([claimSpan(text, target.id)])
    expect(errorsOf(diagnostics)).toEqual(['evidence-matches-sources'])
  })

  test('old lastReviewed: review-stale warns at the date', () => {
    const text = mutate(source, /^lastReviewed: \S+$/m, 'lastReviewed: 2024-01-15')
    const diagnostics = check(text, { rules: { 'review-stale': ['warn', { now: '2026-11-28' }] } })
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      `${span(text, '2024-01-15')}: warning review-stale Unexpected \`lastReviewed\` 2024-01-15, older than 12 months before 2026-11-28, expected a review on or after 2025-11-28`,
    ])
  })
})
