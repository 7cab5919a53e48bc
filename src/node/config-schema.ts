import { z } from 'zod'
import { policySchema, resolvePolicy, type PolicyInput } from '../rules/policy.js'
import { extensionProblem, type FrontmatterExtension } from '../schema/frontmatter-extension.js'
import { errorMessage, InputError } from './errors.js'

const globSchema = z
  .string()
  .min(1, 'Unexpected empty glob, expected a pattern such as `content/es/**`')
  .refine((glob) => !/^(?:[\\/]|[A-Za-z]:)/.test(glob), 'Unexpected absolute path, expected a glob relative to the config file\'s folder')
  .refine((glob) => !/(?:^|[\\/])\.\.(?:[\\/]|$)/.test(glob), 'Unexpected `..` in a glob, expected files inside the config file\'s folder')

// One glob or a list of them, as a list (a lone glob's problem is reported at `[0]`).
const globsSchema = z.preprocess((value) => (typeof value === 'string' ? [value] : value), z.array(globSchema))

const extendSchema = z.custom<FrontmatterExtension>((value) => extensionProblem(value) === undefined, {
  error: (issue) => extensionProblem(issue.input) ?? 'Invalid frontmatter extension',
})

const frontmatterConfigSchema = z.strictObject({ extend: extendSchema.optional() })

const overrideSchema = z.strictObject({
  files: z.preprocess((value) => (typeof value === 'string' ? [value] : value), z.array(globSchema).min(1, 'Unexpected empty list, expected at least one glob')),
  ignores: globsSchema.optional(),
  rules: policySchema.shape.rules,
  requires: policySchema.shape.requires,
  frontmatter: frontmatterConfigSchema.optional(),
})

const configSchema = policySchema.extend({
  /** JSON Schema reference for editors; ignored. */
  $schema: z.string().optional(),
  frontmatter: frontmatterConfigSchema.optional(),
  overrides: z.array(overrideSchema).optional(),
})

/** An override as loaded: validated, its globs as lists. */
export interface LoadedOverride {
  /** Globs of the files it applies to. */
  files: string[]
  /** Globs of the files it does not apply to. */
  ignores: string[]
  /** Its rule settings. */
  rules: PolicyInput['rules']
  /** Its required disclaimers by kind of claim. */
  requires: PolicyInput['requires']
  /** Its frontmatter extension. */
  extend: FrontmatterExtension | undefined
}

/** A config value as validated. */
export interface ValidConfig {
  policy: PolicyInput
  extend: FrontmatterExtension | undefined
  overrides: LoadedOverride[]
}

function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let printed = ''
  for (const segment of path) printed += typeof segment === 'number' ? `[${segment}]` : printed === '' ? String(segment) : `.${String(segment)}`
  return printed === '' ? '(root)' : printed
}

function issueLine(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => `  ${formatPath([...issue.path, key])}: unknown key`).join('\n')
  }
  if (issue.code === 'invalid_union' && issue.path.at(-2) === 'rules') {
    return `  ${formatPath(issue.path)}: expected 'off', 'warn', 'error' or [level, options]`
  }
  return `  ${formatPath(issue.path)}: ${issue.message}`
}

/**
 * A rule setting of an override on top of the one before it, as ESLint's flat config merges
 * them: a level alone (`'warn'`, `['warn']`) keeps the options set before it.
 *
 * @param before The setting so far.
 * @param setting The override's setting.
 * @returns The merged setting.
 */
function mergeSetting(before: NonNullable<PolicyInput['rules']>[string] | undefined, setting: NonNullable<PolicyInput['rules']>[string]): NonNullable<PolicyInput['rules']>[string] {
  const level = typeof setting === 'string' ? setting : setting[0]
  const levelOnly = typeof setting === 'string' || setting.length === 1
  if (levelOnly && Array.isArray(before) && before.length === 2) return [level, before[1]]
  return setting
}

/**
 * The policy of a file: the base policy with the rules and requires of each override that
 * matches it, in order (rule by rule, and kind of claim by kind).
 *
 * @param base The config's policy.
 * @param overrides The overrides that match, in config order.
 * @returns The merged policy.
 */
export function mergePolicies(base: PolicyInput, overrides: ReadonlyArray<Pick<LoadedOverride, 'rules' | 'requires'>>): PolicyInput {
  if (overrides.length === 0) return base
  const rules: NonNullable<PolicyInput['rules']> = { ...base.rules }
  const requires: NonNullable<PolicyInput['requires']> = { ...base.requires }
  for (const override of overrides) {
    for (const [id, setting] of Object.entries(override.rules ?? {})) rules[id] = mergeSetting(rules[id], setting)
    Object.assign(requires, override.requires)
  }
  const merged: PolicyInput = { rules, requires }
  if (base.extends !== undefined) merged.extends = base.extends
  return merged
}

function checkPolicy(policy: PolicyInput, where: string, at: string): void {
  try {
    // Unknown rule ids and bad rule options are caught here, not in the middle of a run.
    resolvePolicy(policy)
    // The policy travels to parser workers: it must be plain data.
    structuredClone(policy)
  } catch (error) {
    throw new InputError(`Invalid ${where}: ${at}${errorMessage(error)}`)
  }
}

/**
 * Validate a config value: the policy (`extends`, `rules`, `requires`), `frontmatter.extend`
 * and `overrides`. A top-level `$schema` key (for editors) is allowed and ignored.
 *
 * @param value The config's default export or parsed JSON.
 * @param where What it is, for the message (`config file <path>`).
 * @returns The validated config.
 * @throws {InputError} Naming the file and each offending key.
 */
export function validateConfig(value: unknown, where: string): ValidConfig {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InputError(`Invalid ${where}: expected an object with \`rules\`, \`requires\`, \`extends\`, \`frontmatter\` or \`overrides\``)
  }
  const result = configSchema.safeParse(value)
  if (!result.success) throw new InputError(`Invalid ${where}:\n${result.error.issues.map(issueLine).join('\n')}`)
  const { $schema: _schema, frontmatter, overrides = [], ...policy } = result.data
  checkPolicy(policy, where, '')
  const valid: LoadedOverride[] = overrides.map((override) => ({
    files: override.files,
    ignores: override.ignores ?? [],
    rules: override.rules,
    requires: override.requires,
    extend: override.frontmatter?.extend,
  }))
  valid.forEach((override, index) => checkPolicy(mergePolicies(policy, [override]), where, `at \`overrides[${index}]\`: `))
  return { policy, extend: frontmatter?.extend, overrides: valid }
}
