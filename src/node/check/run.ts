import { availableParallelism } from 'node:os'
import { checkSummaries } from '../../rules/check-consistency.js'
import type { SummarizedDocument } from '../../rules/claim-id-stable.js'
import type { DocumentSummary } from '../../rules/document-summary.js'
import { resolvePolicy, type PolicyInput } from '../../rules/policy.js'
import { compareDiagnostics, createDiagnostic } from '../../diagnostics.js'
import { securityUrl } from '../../parser/limits.js'
import type { Diagnostic } from '../../schema/diagnostic.js'
import { isoDay } from '../../util/now.js'
import { displayPath } from '../files.js'
import type { FileResult } from '../format/result.js'
import { readRegularFile } from '../read-file.js'
import { fileSetup, workerReference, type ConfigReference, type FileSetup, type LoadedConfig } from '../config.js'
import { cacheKey, type CheckCache } from './cache.js'
import type { DocumentOutcome, FileOutcome, JobSettings, ParseJob, WorkerSetup } from './protocol.js'
import { WorkerPool, type JobOutcome } from './pool.js'
import { resolveWorkerScript, type WorkerScript } from './worker-script.js'

/** The pool every check, render and diff parses in. */
export type ParserPool = WorkerPool<ParseJob, FileOutcome | DocumentOutcome>

/** How one check run works. */
export interface RunSettings {
  /** Working directory: output paths are relative to it. */
  cwd: string
  /** The config: each file's policy and frontmatter extension, the cross-document policy. */
  config: LoadedConfig
  /** Package version (part of the cache key). */
  version: string
  /** The day date-dependent rules measure from. */
  now: Date
  /** Milliseconds one file may take to parse before it is reported as `parse-timeout`. */
  timeoutMs: number
  /** The cache, when caching. */
  cache?: CheckCache | undefined
  /** Number of parser workers; default from {@link defaultWorkerCount}. */
  workers?: number | undefined
  /** A pool to use (and keep open) instead of one started for this run (watch mode). */
  pool?: ParserPool | undefined
  /** Run the cross-document rules (false for a CI shard: `--merge` runs them). */
  crossDocument: boolean
  /** Called after each file with the number done and the total. */
  onProgress?: ((done: number, total: number) => void) | undefined
  /** Stops the run: workers are terminated and the run rejects with the signal's reason. */
  signal?: AbortSignal | undefined
  /** Worker script override (tests). */
  workerScript?: WorkerScript | undefined
}

/** One checked file's outcome, kept for summaries. */
export interface CheckedFile {
  /** Display path. */
  file: string
  /** Its summary, or null when no document could be built. */
  summary: DocumentSummary | null
}

/** What a check run found. */
export interface RunResult {
  /** One entry per file, in the order given, cross-document diagnostics included, sorted by position. */
  results: FileResult[]
  /** The cross-document diagnostics alone (also in `results`). */
  crossDocument: Diagnostic[]
  /** Each file's summary, in the order given. */
  files: CheckedFile[]
  /** Files parsed in this run. */
  parsed: number
  /** Files whose result came from the cache. */
  cached: number
}

/**
 * Files each worker must have to parse before one more worker pays for its start-up (about
 * 0.2 s of CPU to load the parser) on a machine whose second core adds only 15-20% (these
 * shared 2-vCPU machines): below 80 files a second worker is a loss there.
 */
export const filesPerWorker = 40

/**
 * The default number of parser workers for a number of files to parse: one per
 * {@link filesPerWorker} files, at least one, at most `os.availableParallelism()`.
 *
 * @param files Files that need parsing.
 * @returns A worker count.
 */
export function defaultWorkerCount(files: number): number {
  return Math.max(1, Math.min(availableParallelism(), Math.floor(files / filesPerWorker)))
}

/** The config each pool's workers loaded (their frontmatter extensions), by pool. */
const poolConfigs = new WeakMap<ParserPool, ConfigReference | undefined>()

/**
 * Start a parser pool.
 *
 * @param size Number of workers.
 * @param timeoutMs Per-file parse budget.
 * @param script Worker script override.
 * @param config The config the jobs come from: when it has a frontmatter extension, each
 *   worker loads the config file before its first job.
 * @returns The pool.
 * @throws {TypeError} For a frontmatter extension in a config passed in code.
 */
export function startParserPool(size: number, timeoutMs: number, script?: WorkerScript, config?: LoadedConfig): ParserPool {
  const reference = config === undefined ? undefined : workerReference(config)
  const pool = new WorkerPool<ParseJob, FileOutcome | DocumentOutcome>({
    ...(script ?? resolveWorkerScript()),
    workerData: { config: reference } satisfies WorkerSetup,
    size,
    timeoutMs,
    weight: (job) => job.source.length,
    // A worker holds up to 4 files ahead, and no more than 512 KB of them.
    batchJobs: 4,
    batchWeight: 512 * 1024,
  })
  poolConfigs.set(pool, reference)
  return pool
}

/**
 * Whether a pool's workers hold the frontmatter extensions of a config (a pool kept across
 * runs must be started again when the config file changes).
 *
 * @param pool The pool.
 * @param config The config.
 * @returns True when the pool can run the config's jobs.
 */
export function poolServes(pool: ParserPool, config: LoadedConfig): boolean {
  const held = poolConfigs.get(pool)
  const wanted = workerReference(config)
  return wanted === undefined || (held?.path === wanted.path && held.contentHash === wanted.contentHash)
}

/**
 * The settings a job carries for one file.
 *
 * @param setup The file's setup (see `fileSetup`).
 * @param now The run's day.
 * @returns Job settings.
 */
export function jobSettings(setup: FileSetup, now: Date): JobSettings {
  const settings: JobSettings = { policy: setup.config.policy, now: now.toISOString() }
  if (setup.extension !== undefined) settings.extension = setup.extension
  return settings
}

export { policyHash } from './cache.js'

/** Files read at once: enough to keep the disk busy, few enough for any open-file limit. */
const readBatch = 64

/**
 * Check files: parse each in a worker (or reuse its cached result), then run the
 * cross-document rules over every document's summary.
 *
 * @param files Absolute paths, in output order.
 * @param settings Policy, cache, workers, timeout.
 * @returns Per-file diagnostics and work counters.
 * @throws {InputError} When a file cannot be read.
 */
export async function runCheck(files: readonly string[], settings: RunSettings): Promise<RunResult> {
  settings.signal?.throwIfAborted()
  const day = isoDay(settings.now)
  let pool = settings.pool
  if (pool !== undefined && !poolServes(pool, settings.config)) throw new TypeError('Unexpected parser pool started for another config, expected one started with this config')
  let owned: ParserPool | undefined
  const poolFor = (count: number): ParserPool => {
    if (pool === undefined) owned = pool = startParserPool(Math.min(settings.workers ?? defaultWorkerCount(count), count), settings.timeoutMs, settings.workerScript, settings.config)
    return pool
  }
  // Without a cache every file is parsed: start the workers now, so their start-up overlaps
  // the reading of the files.
  if (settings.cache === undefined && files.length > 0) poolFor(files.length)
  try {
    return await check(files, settings, day, poolFor)
  } finally {
    await owned?.close()
  }
}

async function check(files: readonly string[], settings: RunSettings, day: string, poolFor: (count: number) => ParserPool): Promise<RunResult> {
  const entries: Array<{ file: string; display: string; source: string; key: string; job: JobSettings; outcome: FileOutcome | undefined }> = []
  // One settings object per distinct setup: files that match the same overrides share it.
  const jobs = new Map<FileSetup, JobSettings>()
  for (let start = 0; start < files.length; start += readBatch) {
    const batch = files.slice(start, start + readBatch)
    const sources = await Promise.all(batch.map((file) => readRegularFile(file, displayPath(file, settings.cwd))))
    batch.forEach((file, index) => {
      const source = sources[index] as string
      const setup = fileSetup(settings.config, file)
      let job = jobs.get(setup)
      if (job === undefined) jobs.set(setup, (job = jobSettings(setup, settings.now)))
      const key = cacheKey(source, setup.fingerprint, settings.version)
      entries.push({ file, display: displayPath(file, settings.cwd), source, key, job, outcome: settings.cache?.get(file, key, day) })
    })
  }
  settings.signal?.throwIfAborted()
  const misses = entries.filter((entry) => entry.outcome === undefined)
  let done = entries.length - misses.length
  settings.onProgress?.(done, entries.length)

  if (misses.length > 0) {
    const pool = poolFor(misses.length)
    const abort = (): void => void pool.close()
    settings.signal?.addEventListener('abort', abort, { once: true })
    try {
      await Promise.all(
        misses.map(async (entry) => {
          const outcome = (await pool.run({ kind: 'check', path: entry.display, source: entry.source, settings: entry.job })) as JobOutcome<FileOutcome>
          if (outcome.status === 'done') {
            entry.outcome = outcome.value
            settings.cache?.set(entry.file, entry.key, outcome.value)
          } else {
            // Not cached: a timeout or crash depends on the machine, not on the file alone.
            entry.outcome = { diagnostics: [failureDiagnostic(entry.display, outcome, settings.timeoutMs)], summary: null, window: {} }
            settings.cache?.delete(entry.file)
          }
          settings.onProgress?.(++done, entries.length)
        }),
      )
    } finally {
      settings.signal?.removeEventListener('abort', abort)
    }
    settings.signal?.throwIfAborted()
  }

  const perFile = new Map<string, Diagnostic[]>()
  for (const entry of entries) {
    // Stamp the path shown today (a cached entry may come from another working directory).
    perFile.set(entry.display, (entry.outcome?.diagnostics ?? []).map((d) => ({ ...d, file: entry.display })))
  }
  const checked = entries.map((entry) => ({ file: entry.display, summary: entry.outcome?.summary ?? null }))
  const crossDocument = settings.crossDocument ? crossDocumentDiagnostics(checked, settings.config.policy) : []
  for (const diagnostic of crossDocument) {
    const target = diagnostic.file !== undefined && perFile.has(diagnostic.file) ? diagnostic.file : entries[0]?.display
    if (target !== undefined) perFile.get(target)?.push(diagnostic)
  }
  return {
    results: entries.map((entry) => ({ file: entry.display, diagnostics: (perFile.get(entry.display) ?? []).sort(compareDiagnostics) })),
    crossDocument,
    files: checked,
    parsed: misses.length,
    cached: entries.length - misses.length,
  }
}

/**
 * The cross-document rules over checked files, in display-path order (the order does not
 * depend on how files were split across workers or CI shards).
 *
 * @param files Display paths and summaries.
 * @param policy Policy.
 * @returns Diagnostics with their files.
 */
export function crossDocumentDiagnostics(files: readonly CheckedFile[], policy: PolicyInput): Diagnostic[] {
  const documents: SummarizedDocument[] = files
    .filter((file): file is CheckedFile & { summary: DocumentSummary } => file.summary !== null)
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
    .map((file) => ({ file: file.file, summary: file.summary }))
  return checkSummaries(documents, resolvePolicy(policy))
}

function failureDiagnostic(file: string, outcome: { status: 'timeout'; elapsedMs: number } | { status: 'crash'; message: string }, timeoutMs: number): Diagnostic {
  const place = { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } }
  if (outcome.status === 'timeout') {
    return createDiagnostic({
      ruleId: 'parse-timeout',
      message: `Unexpected parse time over ${timeoutMs} ms, expected the file to parse within --timeout (the parse was stopped)`,
      place,
      file,
      url: securityUrl('parse-timeout'),
    })
  }
  return createDiagnostic({
    ruleId: 'parse-crash',
    message: `Unexpected end of the parser worker (${outcome.message.split('\n')[0] ?? ''}), expected a parse result`,
    place,
    file,
    url: securityUrl('parse-crash'),
  })
}

/**
 * Parse one file in the pool for `render` or `diff`, with the same worker and timeout as
 * `check`: a parse that times out or crashes becomes a diagnostic.
 *
 * @param pool The pool.
 * @param job Path, source, settings and whether to run the rules.
 * @param timeoutMs The budget (for the message).
 * @returns Diagnostics and the document (undefined when it has errors).
 */
export async function parseInPool(pool: ParserPool, job: Extract<ParseJob, { kind: 'document' }>, timeoutMs: number): Promise<DocumentOutcome> {
  const outcome = (await pool.run(job)) as JobOutcome<DocumentOutcome>
  if (outcome.status === 'done') return outcome.value
  return { diagnostics: [failureDiagnostic(job.path, outcome, timeoutMs)], document: null }
}
