import { resolve } from 'node:path'
import type { Diagnostic } from '../schema/diagnostic.js'
import { normaliseNow } from '../util/now.js'
import { CheckCache, resolveCacheFile } from './check/cache.js'
import { crossDocumentDiagnostics, runCheck, type CheckedFile, type ParserPool } from './check/run.js'
import { parseShard, shardOf, type Shard } from './check/shard.js'
import { buildClaimsSummary, validateClaimsSummary, type ClaimsSummary } from './check/summary-file.js'
import type { WorkerScript } from './check/worker-script.js'
import { configFingerprint, loadConfig, resolveConfig, type ExosomeContentConfig, type LoadedConfig } from './config.js'
import { InputError } from './errors.js'
import { displayPath, expandPaths } from './files.js'
import { countSeverities, type CheckSummary, type FileResult } from './format/result.js'
import { packageVersion } from './package-root.js'

/** Options of {@link checkFiles}. */
export interface CheckFilesOptions {
  /**
   * Directory that patterns, the config lookup and the cache location are relative to;
   * output paths are shown relative to it.
   * @default process.cwd()
   */
  cwd?: string | undefined
  /**
   * The config: a path to a config file, the config value itself, or `false` for none
   * (the `recommended` policy). A config with `frontmatter.extend` must be a file: each
   * parser worker loads it (a zod schema cannot be posted to a worker).
   * @default the nearest `exosome-content.config.{json,js,mjs,cjs,ts,mts,cts}` from `cwd` upward
   */
  config?: string | ExosomeContentConfig | false | undefined
  /**
   * Reuse results of unchanged files: `true` for `.exosome-content-cache` in `cwd`, or a
   * cache file or directory path.
   * @default false
   */
  cache?: boolean | string | undefined
  /**
   * Number of parser worker threads.
   * @default one per 40 files to parse, at most `os.availableParallelism()`
   */
  workers?: number | undefined
  /** Stops the check: its workers are terminated and the promise rejects with the reason. */
  signal?: AbortSignal | undefined
  /**
   * Milliseconds a file may take to parse before it gets a `parse-timeout` diagnostic.
   * @default 10000
   */
  timeoutMs?: number | undefined
  /**
   * The day date-dependent rules (`review-stale`) measure from.
   * @default the current date
   */
  now?: Date | string | undefined
  /**
   * Check only one part of the files (`{ index: 2, count: 4 }` or `'2/4'`), chosen by a hash
   * of each display path. The cross-document rules are then left to {@link mergeSummaries}.
   */
  shard?: Shard | string | undefined
  /** Called after each file with the number done and the total. */
  onProgress?: ((done: number, total: number) => void) | undefined
}

/** What the CLI adds to {@link CheckFilesOptions}. */
export interface CliCheckOptions extends CheckFilesOptions {
  /** Worker script override (tests). */
  workerScript?: WorkerScript | undefined
  /** A pool to reuse (watch mode). */
  pool?: ParserPool | undefined
  /** The loaded config, when the caller already has it. */
  loadedConfig?: LoadedConfig | undefined
}

/** What {@link checkFiles} found: what `exosome-content check` prints, as data. */
export interface CheckFilesResult {
  /** One entry per file, sorted by path, cross-document diagnostics included, by position. */
  files: FileResult[]
  /** The cross-document diagnostics alone (`claim-id-stable`, `locale-parity`), also in `files`. */
  crossDocument: Diagnostic[]
  /** Counts: files, errors, warnings, infos, parsed and cached. */
  summary: CheckSummary
  /** The claims summary of this run, as `--summary-out` writes it (for {@link mergeSummaries}). */
  claims: ClaimsSummary
}

/**
 * Check content files the way `exosome-content check` does: expand the patterns, parse each
 * file in a worker thread (with the same limits and timeout), run the rules under the
 * config's policy, reuse cached results, and run the cross-document rules over every file.
 *
 * @param patterns Files, directories (their `**\/*.md`) and globs, relative to `cwd`.
 * @param options Working directory, config, cache, workers, signal, timeout, now, shard.
 * @returns Per-file diagnostics, the cross-document diagnostics and a summary.
 * @throws {InputError} For a pattern matching nothing, an unreadable file or a bad config.
 * @throws {TypeError} For invalid options, or a config passed in code with `frontmatter.extend`.
 * @example
 * ```ts
 * import { checkFiles, formatStylish } from 'exosome-content/node'
 * const { files, summary } = await checkFiles(['content/'], { cache: true })
 * if (summary.errors > 0) throw new Error(formatStylish(files))
 * ```
 */
export async function checkFiles(patterns: string | readonly string[], options: CheckFilesOptions = {}): Promise<CheckFilesResult> {
  return checkFilesWith(patterns, options)
}

/**
 * {@link checkFiles} with the CLI's extra options.
 *
 * @param patterns As for `checkFiles`.
 * @param options As for `checkFiles`, plus a loaded config, a pool and a worker script.
 * @returns As `checkFiles`.
 */
export async function checkFilesWith(patterns: string | readonly string[], options: CliCheckOptions): Promise<CheckFilesResult> {
  const list = typeof patterns === 'string' ? [patterns] : patterns
  if (!Array.isArray(list) || list.length === 0 || list.some((pattern) => typeof pattern !== 'string')) {
    throw new TypeError('Expected `patterns` to be a path or glob, or a non-empty array of them')
  }
  const cwd = resolve(options.cwd ?? process.cwd())
  const now = normaliseNow(options.now) ?? new Date()
  const shard = readShard(options.shard)
  const timeoutMs = options.timeoutMs ?? 10_000
  if (!Number.isFinite(timeoutMs) || timeoutMs < 1) throw new TypeError(`Expected \`timeoutMs\` to be at least 1, got ${timeoutMs}`)
  if (options.workers !== undefined && (!Number.isInteger(options.workers) || options.workers < 1)) {
    throw new TypeError(`Expected \`workers\` to be a positive integer, got ${options.workers}`)
  }
  const config = options.loadedConfig ?? (await readConfig(cwd, options.config))
  const version = packageVersion()
  let files = await expandPaths(list, cwd)
  if (shard !== undefined) files = files.filter((file) => shardOf(displayPath(file, cwd), shard.count) === shard.index)
  const cacheFile = options.cache === undefined || options.cache === false ? undefined : resolveCacheFile(cwd, options.cache === true ? undefined : options.cache)
  const cache = cacheFile === undefined ? undefined : CheckCache.load(cacheFile)
  const run = await runCheck(files, {
    cwd,
    config,
    version,
    now,
    timeoutMs,
    cache,
    workers: options.workers,
    pool: options.pool,
    crossDocument: shard === undefined,
    onProgress: options.onProgress,
    signal: options.signal,
    workerScript: options.workerScript,
  })
  cache?.save()
  return {
    files: run.results,
    crossDocument: run.crossDocument,
    summary: { files: run.results.length, ...countSeverities(run.results), parsed: run.parsed, cached: run.cached },
    claims: buildClaimsSummary(run.files, { version, policyHash: configFingerprint(config), shard }),
  }
}

/** Options of {@link mergeSummaries}. */
export interface MergeOptions {
  /** As for {@link checkFiles}: the config must be the one the shards checked with. */
  cwd?: string | undefined
  config?: string | ExosomeContentConfig | false | undefined
}

/**
 * Run the cross-document rules over the claims summaries of CI shards (what each
 * `check --shard i/n --summary-out <file>` wrote): the same diagnostics a single run over
 * every file gives. Every summary must come from this package version and the same policy,
 * each shard `i/n` must be there exactly once, and no file may appear twice.
 *
 * @param summaries Parsed summary files (validated here).
 * @param options Working directory and config.
 * @returns Every file of the shards, with the cross-document diagnostics.
 * @throws {InputError} For an invalid, foreign, duplicated or missing summary.
 */
export async function mergeSummaries(summaries: readonly unknown[], options: MergeOptions = {}): Promise<CheckFilesResult> {
  return mergeSummariesWith(summaries, options)
}

/**
 * {@link mergeSummaries} with a config the CLI already loaded.
 *
 * @param summaries As for `mergeSummaries`.
 * @param options As for `mergeSummaries`, plus the loaded config.
 * @returns As `mergeSummaries`.
 */
export async function mergeSummariesWith(summaries: readonly unknown[], options: MergeOptions & { loadedConfig?: LoadedConfig | undefined }): Promise<CheckFilesResult> {
  const cwd = resolve(options.cwd ?? process.cwd())
  const config = options.loadedConfig ?? (await readConfig(cwd, options.config))
  const version = packageVersion()
  const hash = configFingerprint(config)
  const valid = summaries.map((summary, index) => validateClaimsSummary(summary, `#${index + 1}`))
  if (valid.length === 0) throw new InputError('Unexpected --merge without summaries, expected the files written by check --summary-out')
  const seenShards = new Set<number>()
  const counts = new Set(valid.map((summary) => summary.shard?.count ?? 0))
  valid.forEach((summary, index) => {
    if (summary.tool.version !== version) {
      throw new InputError(`Unexpected claims summary #${index + 1} from exosome-content ${summary.tool.version}, expected ${version} (every shard and the merge must run the same version)`)
    }
    if (summary.policyHash !== hash) {
      throw new InputError(`Unexpected claims summary #${index + 1} checked with another policy, expected the policy of this merge (same config file for every shard and the merge)`)
    }
    if (summary.shard !== null) {
      if (seenShards.has(summary.shard.index)) throw new InputError(`Unexpected shard ${summary.shard.index}/${summary.shard.count} twice, expected each shard once`)
      seenShards.add(summary.shard.index)
    }
  })
  if (counts.size > 1) throw new InputError(`Unexpected summaries of different shard counts (${[...counts].map((count) => (count === 0 ? 'unsharded' : `/${count}`)).join(', ')}), expected one run split into shards`)
  const count = [...counts][0] ?? 0
  const missing = Array.from({ length: count }, (_, index) => index + 1).filter((index) => !seenShards.has(index))
  if (missing.length > 0) throw new InputError(`Missing shard ${missing.map((index) => `${index}/${count}`).join(', ')}, expected every shard's summary`)

  const files: CheckedFile[] = []
  const seenFiles = new Set<string>()
  for (const summary of valid) {
    for (const file of summary.files) {
      if (seenFiles.has(file.file)) throw new InputError(`Unexpected file ${file.file} in two summaries, expected each file in one shard`)
      seenFiles.add(file.file)
      files.push(file)
    }
  }
  files.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
  const crossDocument = crossDocumentDiagnostics(files, config.policy)
  const byFile = new Map<string, Diagnostic[]>(files.map((file) => [file.file, []]))
  for (const diagnostic of crossDocument) byFile.get(diagnostic.file ?? '')?.push(diagnostic)
  const results = files.map((file) => ({ file: file.file, diagnostics: byFile.get(file.file) ?? [] }))
  return {
    files: results,
    crossDocument,
    summary: { files: results.length, ...countSeverities(results), parsed: 0, cached: 0 },
    claims: buildClaimsSummary(files, { version, policyHash: hash, shard: undefined }),
  }
}

function readShard(shard: Shard | string | undefined): Shard | undefined {
  if (shard === undefined) return undefined
  const parsed = typeof shard === 'string' ? parseShard(shard) : Number.isInteger(shard.index) && Number.isInteger(shard.count) && shard.index >= 1 && shard.index <= shard.count ? shard : undefined
  if (parsed === undefined) throw new TypeError(`Expected \`shard\` as i/n with 1 <= i <= n, got ${typeof shard === 'string' ? shard : JSON.stringify(shard)}`)
  return parsed
}

/**
 * The config for a run from the `config` option.
 *
 * @param cwd Working directory.
 * @param config Path, value, false, or undefined for the lookup.
 * @returns The loaded config.
 */
export async function readConfig(cwd: string, config: string | ExosomeContentConfig | false | undefined): Promise<LoadedConfig> {
  if (config === false) return resolveConfig({}, undefined, cwd)
  if (typeof config === 'string') return loadConfig(cwd, config)
  if (config === undefined) return loadConfig(cwd)
  return resolveConfig(config, undefined, cwd)
}
