import { availableParallelism } from 'node:os'
import { checkSummaries } from '../../rules/check-consistency.js'
import type { SummarizedDocument } from '../../rules/claim-id-stable.js'
import type { DocumentSummary } from '../../rules/document-summary.js'
import { resolvePolicy, type PolicyInput } from '../../rules/policy.js'
import { compareDiagnostics, createDiagnostic, docsBase } from '../../diagnostics.js'
import type { Diagnostic } from '../../schema/diagnostic.js'
import { isoDay } from '../../util/now.js'
import { displayPath } from '../files.js'
import type { FileResult } from '../format/result.js'
import { readRegularFile } from '../read-file.js'
import { cacheKey, canonicalJson, type CheckCache, sha256 } from './cache.js'
import type { DocumentOutcome, FileOutcome, JobSettings, ParseJob } from './protocol.js'
import { WorkerPool, type JobOutcome } from './pool.js'
import { resolveWorkerScript, type WorkerScript } from './worker-script.js'

/** The pool every check, render and diff parses in. */
export type ParserPool = WorkerPool<ParseJob, FileOutcome | DocumentOutcome>

/** How one check run works. */
export interface RunSettings {
  /** Working directory: output paths are relative to it. */
  cwd: string
  /** Policy from the config. */
  policy: PolicyInput
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

/**
 * Start a parser pool.
 *
 * @param size Number of workers.
 * @param timeoutMs Per-file parse budget.
 * @param script Worker script override.
 * @returns The pool.
 */
export function startParserPool(size: number, timeoutMs: number, script?: WorkerScript): ParserPool {
  return new WorkerPool<ParseJob, FileOutcome | DocumentOutcome>({
    ...(script ?? resolveWorkerScript()),
    size,
    timeoutMs,
    weight: (job) => job.source.length,
    // A worker holds up to 4 files ahead, and no more than 512 KB of them.
    batchJobs: 4,
    batchWeight: 512 * 1024,
  })
}

/**
 * The settings every job of a run carries.
 *
 * @param policy Policy.
 * @param now The run's day.
 * @returns Job settings.
 */
export function jobSettings(policy: PolicyInput, now: Date): JobSettings {
  return { policy, now: now.toISOString() }
}

/**
 * Hash of a resolved policy, for cache keys and shard summaries.
 *
 * @param policy Policy as written.
 * @returns Hex hash.
 */
export function policyHash(policy: PolicyInput): string {
  return sha256(canonicalJson(resolvePolicy(policy)))
}

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
  const hash = policyHash(settings.policy)
  const day = isoDay(settings.now)
  let pool = settings.pool
  let owned: ParserPool | undefined
  const poolFor = (count: number): ParserPool => {
    if (pool === undefined) owned = pool = startParserPool(Math.min(settings.workers ?? defaultWorkerCount(count), count), settings.timeoutMs, settings.workerScript)
    return pool
  }
  // Without a cache every file is parsed: start the workers now, so their start-up overlaps
  // the reading of the files.
  if (settings.cache === undefined && files.length > 0) poolFor(files.length)
  try {
    return await check(files, settings, hash, day, poolFor)
  } finally {
    await owned?.close()
  }
}

async function check(files: readonly string[], settings: RunSettings, hash: string, day: string, poolFor: (count: number) => ParserPool): Promise<RunResult> {
  const entries: Array<{ file: string; display: string; source: string; key: string; outcome: FileOutcome | undefined }> = []
  for (let start = 0; start < files.length; start += readBatch) {
    const batch = files.slice(start, start + readBatch)
    const sources = await Promise.all(batch.map((file) => readRegularFile(file, displayPath(file, settings.cwd))))
    batch.forEach((file, index) => {
      const source = sources[index] as string
      const key = cacheKey(source, hash, settings.version)
      entries.push({ file, display: displayPath(file, settings.cwd), source, key, outcome: settings.cache?.get(file, key, day) })
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
    const job = jobSettings(settings.policy, settings.now)
    try {
      await Promise.all(
        misses.map(async (entry) => {
          const outcome = (await pool.run({ kind: 'check', path: entry.display, source: entry.source, settings: job })) as JobOutcome<FileOutcome>
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
  const crossDocument = settings.crossDocument ? crossDocumentDiagnostics(checked, settings.policy) : []
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
      url: `${docsBase}cli.md#parse-timeout`,
    })
  }
  return createDiagnostic({
    ruleId: 'parse-crash',
    message: `Unexpected end of the parser worker (${outcome.message.split('\n')[0] ?? ''}), expected a parse result`,
    place,
    file,
    url: `${docsBase}cli.md#parse-crash`,
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
