import { claimIdStable } from './claim-id-stable.js'
import { claimNeedsCitation } from './claim-needs-citation.js'
import { claimNeedsDisclaimer } from './claim-needs-disclaimer.js'
import { disclaimerTextPinned } from './disclaimer-text-pinned.js'
import { evidenceMatchesSources } from './evidence-matches-sources.js'
import { hedgeToEvidence } from './hedge-to-evidence.js'
import { localeParity } from './locale-parity.js'
import { numericPromise } from './numeric-promise.js'
import { overclaimWording } from './overclaim-wording.js'
import { referenceUnused } from './reference-unused.js'
import { regulatoryMisdirection } from './regulatory-misdirection.js'
import { reviewStale } from './review-stale.js'
import type { Rule } from './rule.js'
import { testimonial } from './testimonial.js'
import { wordingLocale } from './wording-locale.js'

/** Every consistency rule by id (the id equals the rule's file name). */
export const rules = {
  'claim-needs-citation': claimNeedsCitation,
  'reference-unused': referenceUnused,
  'claim-needs-disclaimer': claimNeedsDisclaimer,
  'overclaim-wording': overclaimWording,
  'hedge-to-evidence': hedgeToEvidence,
  'regulatory-misdirection': regulatoryMisdirection,
  'numeric-promise': numericPromise,
  testimonial,
  'wording-locale': wordingLocale,
  'evidence-matches-sources': evidenceMatchesSources,
  'review-stale': reviewStale,
  'claim-id-stable': claimIdStable,
  'locale-parity': localeParity,
  'disclaimer-text-pinned': disclaimerTextPinned,
} satisfies Record<string, Rule>

/** Id of a built-in rule. */
export type RuleId = keyof typeof rules

/** The registry typed for lookup by any string. */
export const ruleList: ReadonlyArray<Rule> = Object.values(rules)

/**
 * Find a rule by id.
 *
 * @param id A rule id.
 * @returns The rule, or `undefined` for an unknown id.
 */
export function getRule(id: string): Rule | undefined {
  return Object.hasOwn(rules, id) ? (rules as Record<string, Rule>)[id] : undefined
}
