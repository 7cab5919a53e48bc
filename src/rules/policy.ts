import { z } from 'zod'
import { claimKinds, type ClaimKind } from '../schema/claim.js'
import { idSchema } from '../schema/primitives.js'
import { deepFreeze } from '../util/deep-freeze.js'
import { getRule, ruleList } from './registry.js'
import type { Rule } from './rule.js'

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

const formatPath = (path: ReadonlyArray<PropertyKey>): string =>
  path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out === '' ? String(key) : `${out}.${String(key)}`),
    '',
  ) || '(root)'

const firstIssue = (error: z.ZodError): { path: string; message: string } => {
  const issue = error.issues[0]
  if (issue === undefined) return { path: '(root)', message: 'invalid' }
  if (issue.code === 'unrecognized_keys') {
    return { path: formatPath([...issue.path, issue.keys[0] ?? '']), message: 'unknown key' }
  }
  if (issue.path[0] === 'rules' && issue.path.length === 2 && issue.code === 'invalid_union') {
    return { path: formatPath(issue.path), message: "expected 'off', 'warn', 'error' or [level, options]" }
  }
  return { path: formatPath(issue.path), message: issue.message }
}

const parseOptions = (rule: Rule, options: unknown, path: string): unknown => {
  if (rule.optionsSchema === undefined) {
    if (options !== undefined) throw new TypeError(`Invalid policy at \`${path}\`: rule \`${rule.id}\` takes no options`)
    return undefined
  }
  const parsed = rule.optionsSchema.safeParse(options)
  if (parsed.success) return parsed.data
  const issue = firstIssue(parsed.error)
  const where = issue.path === '(root)' ? path : `${path}.${issue.path}`
  throw new TypeError(`Invalid policy at \`${where}\`: ${issue.message}`)
}

/**
 * Whether a value has the shape of a resolved policy (rule settings are `{ level, options }`
 * objects, which a written policy never uses).
 *
 * @param input A written or resolved policy.
 * @returns `true` for a resolved policy.
 */
export function isResolvedPolicy(input: PolicyInput | ResolvedPolicy | undefined): input is ResolvedPolicy {
  if (typeof input !== 'object' || input === null || typeof input.rules !== 'object' || input.rules === null) return false
  const settings = Object.values(input.rules)
  return settings.length > 0 && settings.every((setting) => typeof setting === 'object' && setting !== null && !Array.isArray(setting))
}

const asPolicyInput = (policy: ResolvedPolicy): PolicyInput => ({
  extends: 'none',
  rules: Object.fromEntries(Object.entries(policy.rules).map(([id, setting]) => [id, [setting?.level, setting?.options] as const])),
  requires: policy.requires,
})

/**
 * Validate a policy and apply its defaults: every rule gets a level and parsed options, every
 * claim kind its required disclaimers. Without `extends: 'none'` the policy starts from
 * `recommended` (each rule at its default level) and `requires` replaces `recommendedRequires`
 * kind by kind; with it, rules not listed are off and kinds not listed require nothing.
 *
 * @param input A policy as written in a config file (or one already resolved, validated
 *   again); `undefined` means `recommended`.
 * @returns The resolved policy.
 * @throws {TypeError} When the policy is invalid (names the bad key) or names an unknown rule.
 * @example
 * ```ts
 * resolvePolicy({ rules: { 'review-stale': ['error', { months: 6 }] } })
 * ```
 */
export function resolvePolicy(input?: PolicyInput | ResolvedPolicy | undefined): ResolvedPolicy {
  const parsed = policySchema.safeParse(isResolvedPolicy(input) ? asPolicyInput(input) : (input ?? {}))
  if (!parsed.success) {
    const issue = firstIssue(parsed.error)
    throw new TypeError(`Invalid policy at \`${issue.path}\`: ${issue.message}`)
  }
  const none = parsed.data.extends === 'none'
  const resolved: ResolvedPolicy = { rules: {}, requires: { ...recommendedRequires } }
  for (const rule of ruleList) {
    resolved.rules[rule.id] = { level: none ? 'off' : rule.defaultLevel, options: parseOptions(rule, undefined, `rules.${rule.id}`) }
  }
  for (const [id, setting] of Object.entries(parsed.data.rules ?? {})) {
    const rule = getRule(id)
    if (rule === undefined) {
      throw new TypeError(
        `Invalid policy at \`rules.${id}\`: unknown rule \`${id}\`, expected one of ${ruleList.map((known) => known.id).join(', ')}`,
      )
    }
    const [level, options] = typeof setting === 'string' ? [setting, undefined] : setting
    resolved.rules[id] = { level, options: parseOptions(rule, options, `rules.${id}[1]`) }
  }
  for (const kind of claimKinds) {
    resolved.requires[kind] = [...(parsed.data.requires?.[kind] ?? (none ? [] : recommendedRequires[kind]))]
  }
  return resolved
}

/** The shipped `recommended` policy, resolved: every rule at its default level and options. */
export const recommendedPolicy: ResolvedPolicy = /* @__PURE__ */ deepFreeze(resolvePolicy())
