import { existsSync, readFileSync } from 'node:fs'
import { dirname, extname, join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { policySchema, resolvePolicy, type PolicyInput } from '../rules/policy.js'
import { CliIoError, errorMessage } from './errors.js'

/** Config file names looked up from the working directory upward, in this order. */
export const configFileNames = [
  'exosome-content.config.json',
  'exosome-content.config.js',
  'exosome-content.config.mjs',
] as const

/** A loaded config: the policy to check with and where it came from. */
export interface LoadedConfig {
  /** The validated policy (empty: the `recommended` policy). */
  policy: PolicyInput
  /** Absolute path of the config file, or undefined when none was found. */
  path: string | undefined
}

/**
 * Find the nearest config file from a directory upward.
 *
 * @param cwd Directory to start from.
 * @returns Absolute path of the config file, or undefined.
 */
export function findConfigFile(cwd: string): string | undefined {
  let directory = resolve(cwd)
  for (;;) {
    for (const name of configFileNames) {
      const candidate = join(directory, name)
      if (existsSync(candidate)) return candidate
    }
    const parent = dirname(directory)
    if (parent === directory) return undefined
    directory = parent
  }
}

/**
 * Load and validate the policy from `--config`, or from the nearest config file.
 * A missing, unreadable or invalid file throws a {@link CliIoError} (exit code 2).
 *
 * @param cwd Directory to start the lookup from and to resolve `explicit` against.
 * @param explicit Path given with `--config`, if any.
 * @returns The policy and its file path.
 */
export async function loadConfig(cwd: string, explicit?: string): Promise<LoadedConfig> {
  const path = explicit === undefined ? findConfigFile(cwd) : resolve(cwd, explicit)
  if (path === undefined) return { policy: {}, path: undefined }
  if (!existsSync(path)) throw new CliIoError(`Cannot read config file ${path}: no such file`)
  const raw = await readConfigValue(path)
  return { policy: validatePolicy(raw, path), path }
}

async function readConfigValue(path: string): Promise<unknown> {
  const extension = extname(path)
  if (extension === '.js' || extension === '.mjs' || extension === '.cjs') {
    try {
      const module = (await import(pathToFileURL(path).href)) as { default?: unknown }
      return module.default
    } catch (error) {
      throw new CliIoError(`Cannot load config file ${path}: ${errorMessage(error)}`)
    }
  }
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    throw new CliIoError(`Cannot read config file ${path}: ${errorMessage(error)}`)
  }
  try {
    return JSON.parse(text) as unknown
  } catch (error) {
    throw new CliIoError(`Invalid JSON in config file ${path}: ${errorMessage(error)}`)
  }
}

/**
 * Validate a config value against the policy schema. A top-level `$schema` key (for
 * editors) is allowed and ignored.
 *
 * @param value The parsed config.
 * @param path Config file path, for the message.
 * @returns The policy.
 */
export function validatePolicy(value: unknown, path: string): PolicyInput {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new CliIoError(`Invalid config file ${path}: expected an object with \`rules\`, \`requires\` or \`extends\``)
  }
  const { $schema: _schema, ...rest } = value as Record<string, unknown>
  const result = policySchema.safeParse(rest)
  if (result.success) {
    try {
      // Unknown rule ids and bad rule options are caught here, not in the middle of a run.
      resolvePolicy(result.data)
      // The policy travels to parser workers: it must be plain data.
      structuredClone(result.data)
    } catch (error) {
      throw new CliIoError(`Invalid config file ${path}: ${errorMessage(error)}`)
    }
    return result.data
  }
  const problems = result.error.issues.map((issue) => {
    const where = issue.path.length === 0 ? '(root)' : issue.path.map(String).join('.')
    return `  ${where}: ${issue.message}`
  })
  throw new CliIoError(`Invalid config file ${path}:\n${problems.join('\n')}`)
}
