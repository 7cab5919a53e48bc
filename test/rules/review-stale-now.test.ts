// `now` injected into parseContent and the rules: review-stale measures from it, says for
// which days its outcome holds (the check cache keeps results that long), and no test reads
// the real clock.
import fc from 'fast-check'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, test } from 'vitest'
import { parseContent } from '../../src/parser/index.js'
import { parseContentTracked } from '../../src/parser/parse.js'
import { checkConsistency } from '../../src/rules/index.js'
import { firstStaleDay, reviewCutoff } from '../../src/rules/review-stale.js'
import type { DateWindow } from '../../src/rules/types.js'

const page = readFileSync(path.join(import.meta.dirname, '..', 'cli', 'fixtures', 'valid.md'), 'utf8')
const stale = (options: Parameters<typeof parseContent>[1]): string[] =>
  parseContent(page, options).diagnostics.filter((d) => d.ruleId === 'review-stale').map((d) => d.message)

const day = (time: number): string => new Date(time).toISOString().slice(0, 10)
const dayMs = 86_400_000

describe('now', () => {
  test('parseContent measures review-stale from `now` (a day, a date-time or a Date)', () => {
    expect(stale({ now: '2027-11-01' })).toEqual([])
    const expected = ['Unexpected `lastReviewed` 2026-11-01, older than 12 months before 2027-11-02, expected a review on or after 2026-11-02']
    expect(stale({ now: '2027-11-02' })).toEqual(expected)
    expect(stale({ now: '2027-11-02T23:59:59Z' })).toEqual(expected)
    expect(stale({ now: new Date('2027-11-02T08:00:00Z') })).toEqual(expected)
  })

  test('the rule option `now` wins over the parse option', () => {
    expect(stale({ now: '2030-01-01', policy: { rules: { 'review-stale': ['warn', { now: '2026-12-01' }] } } })).toEqual([])
  })

  test.each([['tomorrow'], ['2026-02-30'], ['2026-13-01'], [''], [new Date(Number.NaN)], [20261201]])('rejects now = %s with a TypeError', (now) => {
    expect(() => parseContent(page, { now: now as never })).toThrow(TypeError)
    expect(() => checkConsistency([], undefined, { now: now as never })).toThrow(TypeError)
  })

  test('a current review holds until its first stale day; a stale one for the day only', () => {
    const windows = (options: Parameters<typeof parseContent>[1]): DateWindow[] => {
      const found: DateWindow[] = []
      parseContentTracked(page, options, (window) => found.push(window))
      return found
    }
    expect(windows({ now: '2026-11-29' })).toEqual([{ until: '2027-11-02' }])
    expect(windows({ now: '2027-11-02' })).toEqual([{ from: '2027-11-02', until: '2027-11-03' }])
    expect(windows({ now: '2026-11-29', policy: { rules: { 'review-stale': ['warn', { now: '2026-11-29' }] } } })).toEqual([])
    expect(windows({ now: '2026-11-29', policy: { rules: { 'review-stale': 'off' } } })).toEqual([])
  })

  test('firstStaleDay is the first day whose cutoff passes lastReviewed, for any day and window', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2090, 0, 1) }), fc.integer({ min: 1, max: 60 }), (time, months) => {
        const reviewed = day(time)
        const first = firstStaleDay(reviewed, months)
        const firstTime = new Date(`${first}T00:00:00Z`).getTime()
        expect(reviewCutoff(first, months) > reviewed).toBe(true)
        expect(reviewCutoff(day(firstTime - dayMs), months) <= reviewed).toBe(true)
      }),
      { numRuns: 2000 },
    )
    // Month ends: a review on 31 January, one month window.
    expect(firstStaleDay('2025-01-31', 1)).toBe('2025-03-01')
    expect(firstStaleDay('2024-02-29', 12)).toBe('2025-03-01')
  })
})
