import { describe, expect, test } from 'vitest'
import { policySchema, recommendedPolicy, recommendedRequires, resolvePolicy, rules } from '../../src/rules/index.js'

describe('resolvePolicy', () => {
  test('no policy is the recommended policy: every rule at its default level', () => {
    const resolved = resolvePolicy()
    expect(Object.keys(resolved.rules).sort()).toEqual(Object.keys(rules).sort())
    for (const rule of Object.values(rules)) expect(resolved.rules[rule.id]?.level).toBe(rule.defaultLevel)
    expect(resolved.requires).toEqual(recommendedRequires)
    expect(resolved).toEqual(recommendedPolicy)
  })

  test('recommendedPolicy is frozen', () => {
    expect(Object.isFrozen(recommendedPolicy)).toBe(true)
    expect(Object.isFrozen(recommendedPolicy.rules['review-stale'])).toBe(true)
  })

  test('levels and options override the defaults; options get their defaults applied', () => {
    const resolved = resolvePolicy({
      rules: { 'review-stale': ['error', { months: 6 }], 'reference-unused': 'off', 'overclaim-wording': ['warn'] },
    })
    expect(resolved.rules['review-stale']).toEqual({ level: 'error', options: { months: 6 } })
    expect(resolved.rules['reference-unused']?.level).toBe('off')
    expect(resolved.rules['overclaim-wording']).toEqual({ level: 'warn', options: { phrases: [], allow: [] } })
    expect(resolved.rules['claim-needs-citation']?.level).toBe('error')
  })

  test('requires replaces the recommended list kind by kind', () => {
    const resolved = resolvePolicy({ requires: { safety: [], definition: ['not-medical-advice'] } })
    expect(resolved.requires.safety).toEqual([])
    expect(resolved.requires.definition).toEqual(['not-medical-advice'])
    expect(resolved.requires['therapeutic-potential']).toEqual(['investigational', 'not-fda-approved'])
  })

  test("extends: 'none' starts with every rule off and nothing required", () => {
    const resolved = resolvePolicy({ extends: 'none', rules: { 'claim-needs-citation': 'error' } })
    expect(resolved.rules['claim-needs-citation']?.level).toBe('error')
    expect(resolved.rules['hedge-to-evidence']?.level).toBe('off')
    expect(Object.values(resolved.requires).flat()).toEqual([])
  })

  test.each([
    [{ rules: { 'no-such-rule': 'error' } }, /`rules\.no-such-rule`: unknown rule `no-such-rule`/],
    [{ rules: { 'review-stale': 'loud' } }, /`rules\.review-stale`: expected 'off', 'warn', 'error'/],
    [{ rules: { 'review-stale': ['warn', { months: -1 }] } }, /`rules\.review-stale\[1\]\.months`/],
    [{ rules: { 'review-stale': ['warn', { weeks: 3 }] } }, /`rules\.review-stale\[1\]\.weeks`: unknown key/],
    [{ rules: { 'claim-needs-citation': ['warn', { strict: true }] } }, /`rules\.claim-needs-citation\[1\]`: rule `claim-needs-citation` takes no options/],
    [{ rules: { 'disclaimer-text-pinned': ['error', { pins: { x: 'md5-1' } }] } }, /`rules\.disclaimer-text-pinned\[1\]\.pins\.x`/],
    [{ extend: 'recommended' }, /`extend`: unknown key/],
    [{ extends: 'strict' }, /`extends`/],
    [{ requires: { safety: ['Not An Id'] } }, /`requires\.safety\[0\]`/],
  ])('throws a TypeError naming the bad key: %j', (policy, message) => {
    expect(() => resolvePolicy(policy as never)).toThrow(TypeError)
    expect(() => resolvePolicy(policy as never)).toThrow(message)
  })

  test('a resolved policy is accepted again (validated), so `recommendedPolicy` can be passed anywhere', () => {
    expect(resolvePolicy(recommendedPolicy)).toEqual(recommendedPolicy)
    const custom = resolvePolicy({ rules: { 'review-stale': ['error', { months: 3 }] }, requires: { safety: [] } })
    expect(resolvePolicy(custom)).toEqual(custom)
    const broken = { ...custom, rules: { ...custom.rules, 'review-stale': { level: 'loud', options: undefined } } }
    expect(() => resolvePolicy(broken as never)).toThrow(/`rules\.review-stale`/)
  })

  test('policySchema accepts what resolvePolicy accepts', () => {
    expect(policySchema.safeParse({ rules: { 'review-stale': ['warn', { months: 3 }] } }).success).toBe(true)
  })
})
