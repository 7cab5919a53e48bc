import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { dirname, extname, join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { policySchema, resolvePolicy, type PolicyInput } from '../rules/policy.js'
import { errorMessage, InputError } from './errors.js'
import { readRegularFileSync } from './read-file.js'

/**
 * What an `exosome-content.config.*` file holds: a policy (rule levels and options, the
 * disclaimers each kind of claim requires), plus an optional `$schema` for editors.
 *
 * @example
 * ```js
 * // exosome-content.config.mjs
 * // @ts-check
 * /** @type {import('exosome-content/node').ExosomeContentConfig} *\/
 * export default { rules: { 'review-stale': ['error', { months: 6 }] } }
 * ```
 */
export type ExosomeContentConfig = PolicyInput & {
  /** JSON Schema reference for editors; ignored. */
  $schema?: string | undefined
}

/** A loaded config: everything a check takes from the config file. */
export interface LoadedConfig {
  /** The validated policy (empty: the `recommended` policy). */
  policy: PolicyInput
  /** Absolute path of the config file, or undefined when none was used. */
  path: string | undefined
}

/** Reads one kind of config file into its raw value (validated afterwards). */
export type ConfigLoader = (path: string) => Promise<unknown>

async function loadModule(path: string): Promise<unknown> {
  // Read first (a FIFO or a folder is refused), and key the import on the content: a module
  // is loaded once per URL, so an edited config (watch mode, a long-lived process) would
  // otherwise never be seen again.
  const text = readRegularFileSync(path, path, { label: 'config file' }) as string
  const version = createHash('sha256').update(text).digest('hex').slice(0, 16)
  try {
    const module = (await import(`${pathToFileURL(path).href}?content=${version}`)) as { default?: unknown }
    return module.default
  } catch (error) {
    throw new InputError(`Cannot load config file ${path}: ${errorMessage(error)}`)
  }
}

async function loadJson(path: string): Promise<unknown> {
  const text = readRegularFileSync(path, path, { label: 'config file' }) as string
  try {
    return JSON.parse(text) as unknown
  } catch (error) {
    throw new InputError(`Invalid JSON in config file ${path}: ${errorMessage(error)}`)
  }
}

/**
 * How each config file extension is read: the one place a new format plugs in (a typed
 * `.ts` config, say, is one more entry here and one more name in {@link configFileNames}).
 */
export const configLoaders: Readonly<Record<string, ConfigLoader>> = {
  '.json': loadJson,
  '.js': loadModule,
  '.mjs': loadModule,
  '.cjs': loadModule,
}

/** Config file names looked up from the working directory upward, in this order. */
export const configFileNames = [
  'exosome-content.config.json',
  'exosome-content.config.js',
  'exosome-content.config.mjs',
] as const

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
 * Load and validate the config from an explicit file, or from the nearest config file.
 *
 * @param cwd Directory to start the lookup from and to resolve `explicit` against.
 * @param explicit Path given with `--config`, if any.
 * @returns The config and its file path.
 * @throws {InputError} For a missing, unreadable or invalid file.
 */
export async function loadConfig(cwd: string, explicit?: string): Promise<LoadedConfig> {
  const path = explicit === undefined ? findConfigFile(cwd) : resolve(cwd, explicit)
  if (path === undefined) return { policy: {}, path: undefined }
  const extension = extname(path)
  const loader = Object.hasOwn(configLoaders, extension) ? configLoaders[extension] : configLoaders['.json']
  const raw = await (loader as ConfigLoader)(path)
  return resolveConfig(raw, path)
}

/**
 * Validate a config value (from a file, or passed to `checkFiles`) into a loaded config.
 *
 * @param value The raw value.
 * @param path Where it came from (for messages), or undefined for a value passed in code.
 * @returns The loaded config.
 * @throws {InputError} When the value does not validate.
 */
export function resolveConfig(value: unknown, path: string | undefined): LoadedConfig {
  return { policy: validatePolicy(value, path === undefined ? 'config passed to checkFiles' : `config file ${path}`), path }
}

/**
 * Validate a config value against the policy schema. A top-level `$schema` key (for
 * editors) is allowed and ignored.
 *
 * @param value The parsed config.
 * @param where What it is, for the message (`config file <path>`).
 * @returns The policy.
 * @throws {InputError} When the value does not validate.
 */
export function validatePolicy(value: unknown, where: string): PolicyInput {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InputError(`Invalid ${where}: expected an object with \`rules\`, \`requires\` or \`extends\``)
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
      throw new InputError(`Invalid ${where}: ${errorMessage(error)}`)
    }
    return result.data
  }
  const problems = result.error.issues.map((issue) => {
    const where = issue.path.length === 0 ? '(root)' : issue.path.map(String).join('.')
    return `  ${where}: ${issue.message}`
  })
  throw new InputError(`Invalid ${where}:\n${problems.join('\n')}`)
}
