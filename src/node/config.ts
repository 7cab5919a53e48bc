import { existsSync } from 'node:fs'
import { dirname, extname, join, relative, resolve, sep } from 'node:path'
import picomatch from 'picomatch'
import type { z } from 'zod'
import type { ExtensionData, FrontmatterConfig } from '../parser/types.js'
import type { PolicyInput, ruleSettingSchema } from '../rules/policy.js'
import type { RuleId } from '../rules/registry.js'
import type { ExosomeDocument } from '../schema/document.js'
import type { FrontmatterExtension } from '../schema/frontmatter-extension.js'
import { toJsonSchema } from '../schema/json-schema.js'
import { canonicalJson, policyHash, sha256 } from './check/cache.js'
import { loaderFor } from './config-loaders.js'
import { mergePolicies, validateConfig, type ValidConfig, type LoadedOverride } from './config-schema.js'
import { errorMessage } from './errors.js'
import { readRegularFileSync } from './read-file.js'

export { configLoaders, type ConfigLoader } from './config-loaders.js'
export type { LoadedOverride } from './config-schema.js'

/** A rule's setting: a level, or `[level, options]` as in ESLint. */
export type RuleSetting = z.input<typeof ruleSettingSchema>

/** Rule settings by rule id (an unknown id is a type error here, and an error when loaded). */
export type RuleSettings = { [Id in RuleId]?: RuleSetting | undefined }

/**
 * Settings for the files some globs match, applied on top of the base config in order, as
 * ESLint's flat config does.
 */
export interface ConfigOverride<Extension extends FrontmatterExtension | undefined = FrontmatterExtension | undefined> {
  /**
   * Globs of the files it applies to, relative to the config file's folder (picomatch
   * syntax; dot files match).
   *
   * @example ['content/es/**']
   */
  files: string | readonly string[]
  /**
   * Globs of files it does not apply to, even when `files` match them.
   *
   * @default []
   */
  ignores?: string | readonly string[] | undefined
  /**
   * Rule settings, rule by rule on top of those before: a level alone (`'warn'`) keeps the
   * options set before it.
   */
  rules?: RuleSettings | undefined
  /** Disclaimers each kind of claim requires, kind by kind on top of those before. */
  requires?: PolicyInput['requires']
  /**
   * The frontmatter extension of these files: it replaces the one before (build on it with
   * zod's own `base.extend({ ... })`).
   */
  frontmatter?: FrontmatterConfig<Extension> | undefined
}

/**
 * What an `exosome-content.config.*` file holds: a policy (rule levels and options, the
 * disclaimers each kind of claim requires), the site's own frontmatter keys, per-glob
 * overrides, and an optional `$schema` for editors. `Extension` is the type of
 * `frontmatter.extend` (see {@link defineConfig}).
 *
 * @example
 * ```js
 * // exosome-content.config.mjs
 * // @ts-check
 * /** @type {import('exosome-content/node').ExosomeContentConfig} *\/
 * export default { rules: { 'review-stale': ['error', { months: 6 }] } }
 * ```
 */
export interface ExosomeContentConfig<Extension extends FrontmatterExtension | undefined = FrontmatterExtension | undefined> {
  /** JSON Schema reference for editors; ignored. */
  $schema?: string | undefined
  /**
   * Start from the shipped `recommended` policy or from nothing (rules off, nothing required).
   *
   * @default 'recommended'
   */
  extends?: PolicyInput['extends']
  /** Rule settings: `off`, `warn`, `error` or `[level, options]`. */
  rules?: RuleSettings | undefined
  /** Disclaimer ids every claim of a kind requires (replacing the recommended ones kind by kind). */
  requires?: PolicyInput['requires']
  /** The site's own frontmatter keys (see `FrontmatterConfig`). */
  frontmatter?: FrontmatterConfig<Extension> | undefined
  /** Settings for the files some globs match, applied in order on top of the ones above. */
  overrides?: readonly ConfigOverride[] | undefined
}

/**
 * Type a config file's default export: the same object back, with `frontmatter.extend`'s
 * type kept, so the documents the config parses can be typed with {@link ConfigDocument}.
 *
 * @param config The config.
 * @returns `config` itself.
 * @example
 * ```ts
 * // exosome-content.config.ts
 * import { defineConfig } from 'exosome-content/node'
 * import { z } from 'zod'
 *
 * export default defineConfig({
 *   rules: { 'review-stale': ['error', { months: 6 }] },
 *   frontmatter: { extend: z.object({ slug: z.string(), tags: z.array(z.string()).default([]) }) },
 *   overrides: [{ files: ['content/es/**'], rules: { 'overclaim-wording': 'off' } }],
 * })
 * ```
 */
export function defineConfig<Extension extends FrontmatterExtension | undefined = undefined>(config: ExosomeContentConfig<Extension>): ExosomeContentConfig<Extension> {
  return config
}

/**
 * The document type of a config: `ExosomeDocument` with `data` typed by the config's
 * `frontmatter.extend` (an override's own extension is typed by its schema:
 * `ExosomeDocument<z.output<typeof blogExtension>>`).
 *
 * @example
 * ```ts
 * import type { ConfigDocument } from 'exosome-content/node'
 * import type config from './exosome-content.config.js'
 * type Page = ConfigDocument<typeof config> // Page['data']['tags']: string[]
 * ```
 */
export type ConfigDocument<Config> = Config extends ExosomeContentConfig<infer Extension> ? ExosomeDocument<ExtensionData<Extension>> : never

/** What one file is checked with: the options `parseContent` takes for it. */
export interface FileConfig {
  /** The base policy with the rules and requires of every matching override. */
  policy: PolicyInput
  /** The frontmatter extension: the last matching override's, else the base one. */
  frontmatter: FrontmatterConfig
}

/** A loaded, validated config. */
export interface LoadedConfig {
  /** Absolute path of the config file, or undefined when none was used. */
  path: string | undefined
  /** The folder override globs are relative to: the config file's, or the working directory. */
  directory: string
  /** The base policy (empty: the `recommended` policy), before any override. */
  policy: PolicyInput
  /** The base frontmatter extension. */
  frontmatter: FrontmatterConfig
  /** The overrides, validated, in order (globs as lists). */
  overrides: ReadonlyArray<Readonly<LoadedOverride>>
  /**
   * What a file is checked with: the base config with each override whose globs match it
   * (its path relative to {@link LoadedConfig.directory}) applied in order.
   *
   * @param file The file's path, absolute or relative to `process.cwd()`.
   * @returns Options to spread into `parseContent(source, { path, ...config.forFile(path) })`.
   */
  forFile(file: string): FileConfig
}

/** What a run needs beyond {@link FileConfig}: which extension, and a key for the cache. */
export interface FileSetup {
  config: FileConfig
  /** Index of the file's extension for parser workers (see `extensionAt`), if it has one. */
  extension: number | undefined
  /** Hash of everything in the config that changes this file's result. */
  fingerprint: string
}

interface Details {
  /** sha256 of the config file's text, when the config came from a file. */
  contentHash: string | undefined
  setupFor: (file: string) => FileSetup
  /** The extensions by index: 0 the base one, `i + 1` that of override `i`. */
  extensions: ReadonlyMap<number, FrontmatterExtension>
  fingerprint: string
}

const details = new WeakMap<LoadedConfig, Details>()

/** Config file names looked up from the working directory upward, in this order. */
export const configFileNames = [
  'exosome-content.config.json',
  'exosome-content.config.js',
  'exosome-content.config.mjs',
  'exosome-content.config.cjs',
  'exosome-content.config.ts',
  'exosome-content.config.mts',
  'exosome-content.config.cts',
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
 * Load and validate the config from an explicit file, or from the nearest config file
 * (`exosome-content.config.{json,js,mjs,cjs,ts,mts,cts}`). A TypeScript config is compiled
 * by jiti, which is loaded only then.
 *
 * @param cwd Directory to start the lookup from and to resolve `explicit` against.
 * @param explicit Path given with `--config`, if any.
 * @returns The config: its base policy and extension, its overrides, and `forFile`.
 * @throws {InputError} For a missing, unreadable, failing or invalid file (naming the key).
 * @example
 * ```ts
 * import { loadConfig } from 'exosome-content/node'
 * import { parseContent } from 'exosome-content/parser'
 * const config = await loadConfig(process.cwd())
 * const result = parseContent(text, { path, ...config.forFile(path) })
 * ```
 */
export async function loadConfig(cwd: string, explicit?: string): Promise<LoadedConfig> {
  const path = explicit === undefined ? findConfigFile(cwd) : resolve(cwd, explicit)
  if (path === undefined) return createConfig({ policy: {}, extend: undefined, overrides: [] }, undefined, resolve(cwd), undefined)
  // Read first: a FIFO or a folder is refused before any loader runs.
  const text = readRegularFileSync(path, path, { label: 'config file' }) as string
  const raw = await loaderFor(extname(path))(path, text)
  return createConfig(validateConfig(raw, `config file ${path}`), path, dirname(path), sha256(text))
}

/**
 * Validate a config value (from a file, or passed to `checkFiles`) into a loaded config.
 *
 * @param value The raw value.
 * @param path Where it came from (for messages), or undefined for a value passed in code.
 * @param directory The folder override globs are relative to.
 * @returns The loaded config.
 * @throws {InputError} When the value does not validate.
 */
export function resolveConfig(value: unknown, path: string | undefined, directory: string = process.cwd()): LoadedConfig {
  return createConfig(validateConfig(value, path === undefined ? 'config passed to checkFiles' : `config file ${path}`), path, resolve(directory), undefined)
}

function matcher(globs: readonly string[]): (path: string) => boolean {
  if (globs.length === 0) return () => false
  return picomatch([...globs], { dot: true })
}

function createConfig(valid: ValidConfig, path: string | undefined, directory: string, contentHash: string | undefined): LoadedConfig {
  const overrides = valid.overrides.map((override) => {
    const files = matcher(override.files)
    const ignores = matcher(override.ignores)
    return { override, matches: (file: string) => files(file) && !ignores(file) }
  })
  const extensions = new Map<number, FrontmatterExtension>()
  if (valid.extend !== undefined) extensions.set(0, valid.extend)
  valid.overrides.forEach((override, index) => override.extend !== undefined && extensions.set(index + 1, override.extend))
  const extensionHashes = new Map<number, string>()
  const extensionHash = (index: number): string => {
    let hash = extensionHashes.get(index)
    if (hash === undefined) {
      // The config file's text covers what the JSON Schema cannot say (refinements, transforms).
      hash = sha256(`${contentHash ?? ''}\0${canonicalJson(toJsonSchema({ extend: extensions.get(index) }))}`)
      extensionHashes.set(index, hash)
    }
    return hash
  }
  const setups = new Map<string, FileSetup>()
  const setupFor = (file: string): FileSetup => {
    const at = relative(directory, resolve(file)).split(sep).join('/')
    const inside = at !== '' && !at.startsWith('../') && at !== '..'
    const matched = inside ? overrides.flatMap((entry, index) => (entry.matches(at) ? [index] : [])) : []
    const key = matched.join(',')
    let setup = setups.get(key)
    if (setup === undefined) {
      const policy = mergePolicies(valid.policy, matched.map((index) => valid.overrides[index] as LoadedOverride))
      const last = matched.filter((index) => valid.overrides[index]?.extend !== undefined).at(-1)
      const extension = last !== undefined ? last + 1 : extensions.has(0) ? 0 : undefined
      const extend = extension === undefined ? undefined : extensions.get(extension)
      const hash = policyHash(policy)
      setup = {
        config: { policy, frontmatter: extend === undefined ? {} : { extend } },
        extension,
        fingerprint: extension === undefined ? hash : sha256(`${hash}\0${extensionHash(extension)}`),
      }
      setups.set(key, setup)
    }
    return setup
  }
  const base = policyHash(valid.policy)
  const fingerprint =
    valid.overrides.length === 0 && extensions.size === 0
      ? base
      : sha256(
          canonicalJson({
            base,
            overrides: valid.overrides.map((override) => ({ files: override.files, ignores: override.ignores, rules: override.rules ?? null, requires: override.requires ?? null })),
            extensions: [...extensions.keys()].sort((a, b) => a - b).map((index) => [index, extensionHash(index)]),
          }),
        )
  const config: LoadedConfig = {
    path,
    directory,
    policy: valid.policy,
    frontmatter: valid.extend === undefined ? {} : { extend: valid.extend },
    overrides: valid.overrides,
    forFile: (file) => setupFor(file).config,
  }
  details.set(config, { contentHash, setupFor, extensions, fingerprint })
  return config
}

function detailsOf(config: LoadedConfig): Details {
  const found = details.get(config)
  if (found === undefined) throw new TypeError('Expected a config from loadConfig or resolveConfig')
  return found
}

/**
 * What a run checks one file with.
 *
 * @param config A loaded config.
 * @param file The file's absolute path.
 * @returns Its config, extension index and fingerprint.
 */
export function fileSetup(config: LoadedConfig, file: string): FileSetup {
  return detailsOf(config).setupFor(file)
}

/**
 * A frontmatter extension of the config by index (as {@link FileSetup.extension} gives).
 *
 * @param config A loaded config.
 * @param index The index.
 * @returns The extension.
 */
export function extensionAt(config: LoadedConfig, index: number | undefined): FrontmatterExtension | undefined {
  return index === undefined ? undefined : detailsOf(config).extensions.get(index)
}

/**
 * Hash of everything in a config that changes results (shard summaries record it).
 *
 * @param config A loaded config.
 * @returns A hex hash; the policy's hash when the config has no overrides and no extension.
 */
export function configFingerprint(config: LoadedConfig): string {
  return detailsOf(config).fingerprint
}

/** What a parser worker needs to load the same config: its file and the hash of its text. */
export interface ConfigReference {
  path: string
  contentHash: string
}

/**
 * What parser workers need to rebuild a config's frontmatter extensions (a zod schema cannot
 * be posted to a worker: each worker loads the config file itself).
 *
 * @param config A loaded config.
 * @returns The reference, or undefined when the config has no extension (the policy, plain
 *   data, travels with each job).
 * @throws {TypeError} For an extension in a config passed in code: there is no file to load.
 */
export function workerReference(config: LoadedConfig): ConfigReference | undefined {
  const found = detailsOf(config)
  if (found.extensions.size === 0) return undefined
  if (config.path === undefined || found.contentHash === undefined) {
    throw new TypeError('Unexpected `frontmatter.extend` in a config passed in code: parser workers cannot receive a zod schema, expected the config in a file (pass its path as `config`)')
  }
  return { path: config.path, contentHash: found.contentHash }
}

/**
 * Load the config a {@link ConfigReference} names, in a parser worker.
 *
 * @param reference The reference.
 * @returns The config.
 * @throws {Error} When the file no longer loads, or changed since the run read it.
 */
export async function loadReferencedConfig(reference: ConfigReference): Promise<LoadedConfig> {
  let config: LoadedConfig
  try {
    config = await loadConfig(dirname(reference.path), reference.path)
  } catch (error) {
    throw new Error(`Cannot load the config file in the parser worker: ${errorMessage(error)}`)
  }
  if (detailsOf(config).contentHash !== reference.contentHash) {
    throw new Error(`The config file ${reference.path} changed during the run, expected the text the run read (run it again)`)
  }
  return config
}
