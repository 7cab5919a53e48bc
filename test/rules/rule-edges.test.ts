// Edges of single rules that mutation testing found unchecked: month arithmetic at month
// ends, the singular month, a draft's invalid date, disclaimer pins (trimmed text, the pin
// format), and every rule's metadata.
import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { docsBase } from '../../src/diagnostics.js'
import { disclaimerPin } from '../../src/rules/disclaimer-text-pinned.js'
import { resolvePolicy } from '../../src/rules/policy.js'
import { ruleList } from '../../src/rules/registry.js'
import { reviewCutoff } from '../../src/rules/review-stale.js'
import { runRules } from '../../src/rules/run.js'
import { buildInput } from './helpers/build-input.js'
import { lines } from './helpers/lines.js'

const stale = (lastReviewed: string, now: string, months: number): string[] =>
  lines(runRules(buildInput('', { lastReviewed }, { policy: resolvePolicy({ rules: { 'review-stale': ['warn', { now, months }] } }) })), 'review-stale')

describe('review-stale', () => {
  it('clamps the cutoff to the length of its own month', () => {
    expect(reviewCutoff('2024-03-31', 1)).toBe('2024-02-29')
    expect(reviewCutoff('2025-03-31', 1)).toBe('2025-02-28')
    expect(reviewCutoff('2024-05-31', 1)).toBe('2024-04-30')
    expect(reviewCutoff('2024-07-31', 1)).toBe('2024-06-30')
    expect(reviewCutoff('2024-01-31', 2)).toBe('2023-11-30')
    expect(reviewCutoff('2024-03-15', 1)).toBe('2024-02-15')
  })

  it('names one month in the singular', () => {
    expect(stale('2026-01-01', '2026-03-01', 1).map((line) => line.replace(/^[^ ]+ /, ''))).toEqual([
      'warning review-stale Unexpected `lastReviewed` 2026-01-01, older than 1 month before 2026-03-01, expected a review on or after 2026-02-01',
    ])
    expect(stale('2026-01-01', '2026-04-01', 2)[0]).toContain('older than 2 months before')
  })

  it('leaves a draft with an invalid date to the parser', () => {
    for (const lastReviewed of ['soon', '2026-02-30', '']) expect(stale(lastReviewed, '2030-01-01', 12), lastReviewed).toEqual([])
  })
})

describe('disclaimer-text-pinned', () => {
  it('pins the trimmed text by its SHA-256', () => {
    const hex = createHash('sha256').update('Not medical advice.').digest('hex')
    expect(disclaimerPin('Not medical advice.')).toBe(`sha256-${hex}`)
    expect(disclaimerPin('  Not medical advice.\n')).toBe(`sha256-${hex}`)
  })

  it('accepts only `sha256-` and 64 lowercase hex digits as a pin', () => {
    const pin = disclaimerPin('x')
    expect(() => resolvePolicy({ rules: { 'disclaimer-text-pinned': ['error', { pins: { a: pin } }] } })).not.toThrow()
    for (const bad of [`x${pin}`, `${pin}0`, pin.toUpperCase(), pin.slice(0, -1)]) {
      expect(() => resolvePolicy({ rules: { 'disclaimer-text-pinned': ['error', { pins: { a: bad } }] } }), bad).toThrow('Expected `sha256-` and 64 lowercase hex digits')
    }
  })
})

describe('rule metadata', () => {
  it('gives every rule a description, a level and its section of docs/rules.md', () => {
    for (const rule of ruleList) {
      expect(rule.url, rule.id).toBe(`${docsBase}rules.md#${rule.id}`)
      expect(rule.description.length, rule.id).toBeGreaterThan(20)
      expect(['off', 'warn', 'error'], rule.id).toContain(rule.defaultLevel)
    }
    expect(ruleList.find((rule) => rule.id === 'review-stale')?.defaultLevel).toBe('warn')
    expect(ruleList.find((rule) => rule.id === 'disclaimer-text-pinned')?.defaultLevel).toBe('off')
  })
})
