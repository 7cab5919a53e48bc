import { z } from 'zod'
import { claimKinds, type ClaimKind } from '../schema/claim.js'
import { idSchema } from '../schema/primitives.js'

/** A rule's level under a policy. */
export const ruleLevels = ['off', 'warn', 'error'] as const

/** A rule setting: a level, or `[level, options]` as in ESLint. */
export const ruleSettingSchema = z.union([
  z.enum(ruleLevels),
  z.tuple([z.enum(ruleLevels)]),
  z.tuple([z.enum(ruleLevels), z.unknown()]),
])

/** A policy: rule levels and options, and which disclaimers each kind of claim requires. */
export const policySchema = z.strictObject({
  /** Start from the shipped `recommended` policy (default) or from nothing. */
  extends: z.enum(['recommended', 'none']).optional(),
  rules: z.record(z.string(), ruleSettingSchema).optional(),
  /** Disclaimer ids every claim of a kind requires. */
  requires: z.partialRecord(z.enum(claimKinds), z.array(idSchema)).optional(),
})

/** A policy as written in a config file or passed to `parseContent`. */
export type PolicyInput = z.input<typeof policySchema>
/** Level of a rule. */
export type RuleLevel = (typeof ruleLevels)[number]

/** A policy with every default applied. */
export interface ResolvedPolicy {
  rules: Record<string, { level: RuleLevel; options: unknown }>
  requires: Record<ClaimKind, string[]>
}

/** Disclaimer ids required by kind of claim in the `recommended` policy. */
export const recommendedRequires: Record<ClaimKind, string[]> = {
  definition: [],
  mechanism: [],
  'therapeutic-potential': ['investigational', 'not-fda-approved'],
  regulatory: [],
  safety: ['not-medical-advice'],
  context: [],
}
