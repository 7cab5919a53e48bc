import { expectTypeOf, test } from 'vitest'
import type { PolicyInput, ResolvedPolicy, Rule, RuleContext, RuleLevel } from '../../src/rules/index.js'
import { resolvePolicy, rules } from '../../src/rules/index.js'
import type { OverclaimWordingOptions, ReviewStaleOptions } from '../../src/rules/index.js'

test('rules are typed by their options', () => {
  expectTypeOf(rules['overclaim-wording']).toEqualTypeOf<Rule<OverclaimWordingOptions>>()
  expectTypeOf(rules['review-stale'].check).parameter(0).toEqualTypeOf<RuleContext<ReviewStaleOptions>>()
  expectTypeOf<RuleContext<ReviewStaleOptions>['options']['months']>().toEqualTypeOf<number>()
  expectTypeOf(rules['claim-needs-citation'].defaultLevel).toEqualTypeOf<RuleLevel>()
})

test('policies', () => {
  expectTypeOf(resolvePolicy).returns.toEqualTypeOf<ResolvedPolicy>()
  expectTypeOf<{ rules: { 'review-stale': ['warn', { months: 6 }] } }>().toExtend<PolicyInput>()
  expectTypeOf<{ rules: { 'review-stale': 'loud' } }>().not.toExtend<PolicyInput>()
  expectTypeOf<ResolvedPolicy['requires']['safety']>().toEqualTypeOf<string[]>()
})
