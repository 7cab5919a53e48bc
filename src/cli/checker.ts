import { readFile } from 'node:fs/promises'
import { availableParallelism } from 'node:os'
import { checkConsistency, resolvePolicy } from '../rules/index.js'
import type { PolicyInput } from '../rules/policy.js'
import { compareDiagnostics, createDiagnostic, docsBase } from '../diagnostics.js'
import type { Diagnostic } from '../schema/diagnostic.js'
import type { ExosomeDocument } from '../schema/document.js'
import { cacheKey, canonicalJson, CheckCache, sha256 } from './cache.js'
import { CliIoError, errorMessage } from './errors.js'
import { displayPath } from './files.js'
import type { ParseRequest, ParseResponse } from './parse-job.js'
import { WorkerPool } from './pool.js'
import type { FileResult } from './result.js'
import { resolveWorkerScript, type WorkerScript } from './worker-script.js'

/** Options of {@link checkFiles}. */
export interface CheckFilesOptions {
  /** Absolute paths of the files to check. */
  files: readonly string[]
  /** Working directory: output paths are relative to it. */
  cwd: string
  /** Policy from the config file. */
  policy: PolicyInput
  /** Package version (part of the cache key). */
  version: string
  /**
   * Milliseconds one file may take to parse before it is reported as `parse-timeout`.
   * @default 10000
   */
  timeoutMs?: number
  /** Absolute path of the cache file; no caching when undefined. */
  cacheFile?: string | undefined
  /**
   * Number of parser workers.
   * @default 1, or min(2, available cores) when more than 8 files need parsing
   */
  workers?: number | undefined
  /** Called after each file with the number done and the total. */
  onProgress?: ((done: number, total: number) => void) | undefined
  /** Worker script override (tests); default from `resolveWorkerScript`. */
  workerScript?: WorkerScript | undefined
}

/** What a check run found, plus how much work it did. */
export interface CheckFilesResult {
  /** One entry per file, in the order given, diagnostics sorted by position. */
  results: FileResult[]
  /** Files parsed in this run. */
  parsed: number
  /** Files whose result came from the cache. */
  cached: number
}

/** Above this many files to parse, two workers are used instead of one. */
const poolThreshold = 8

/**
 * Check files: parse each in a worker (or reuse its cached result), then run the
 * cross-document checks over every document.
 *
 * @param options Files, policy, cache and timeout.
 * @returns Per-file diagnostics and work counters.
 */
export async function checkFiles(options: CheckFilesOptions): Promise<CheckFilesResult> {
  const timeoutMs = options.timeoutMs ?? 10_000
  const policyHash = sha256(canonicalJson(resolvePolicy(options.policy)))
  const cache = options.cacheFile === undefined ? undefined : CheckCache.load(options.cacheFile)
  const sources = await readSources(options.files)

  const entries = options.files.map((file, index) => {
    const source = sources[index] as string
    const key = cacheKey(source, policyHash, options.version)
    return { file, display: displayPath(file, options.cwd), source, key, hit: cache?.get(file, key) }
  })
  const misses = entries.filter((entry) => entry.hit === undefined)
  const outcomes = new Map<string, ParseResponse>()
  let done = entries.length - misses.length
  options.onProgress?.(done, entries.length)

  if (misses.length > 0) {
    const size = Math.min(options.workers ?? (misses.length > poolThreshold ? Math.min(2, availableParallelism()) : 1), misses.length)
    const pool = new WorkerPool<ParseRequest, ParseResponse>({
      ...(options.workerScript ?? resolveWorkerScript()),
      size,
      timeoutMs,
    })
    try {
      await Promise.all(
        misses.map(async (entry) => {
          const outcome = await pool.run({ path: entry.display, source: entry.source, policy: options.policy })
          if (outcome.status === 'done') {
            outcomes.set(entry.file, outcome.value)
            cache?.set(entry.file, { key: entry.key, diagnostics: outcome.value.diagnostics, summary: outcome.value.summary })
          } else {
            // Not cached: a timeout or crash depends on the machine, not on the file alone.
            outcomes.set(entry.file, { diagnostics: [failureDiagnostic(entry.display, outcome, timeoutMs)], summary: undefined })
          }
          options.onProgress?.(++done, entries.length)
        }),
      )
    } finally {
      await pool.close()
    }
  }

  const perFile = new Map<string, Diagnostic[]>()
  const documents: Array<{ file: string; document: ExosomeDocument }> = []
  for (const entry of entries) {
    const response = entry.hit ?? outcomes.get(entry.file)
    // A cached entry may come from a run in another directory: show today's path.
    perFile.set(entry.display, (response?.diagnostics ?? []).map((d) => (d.file === undefined ? d : { ...d, file: entry.display })))
    if (response?.summary !== undefined) documents.push({ file: entry.display, document: response.summary })
  }
  for (const diagnostic of checkConsistency(documents, options.policy)) {
    const target = diagnostic.file !== undefined && perFile.has(diagnostic.file) ? diagnostic.file : entries[0]?.display
    if (target !== undefined) perFile.get(target)?.push(diagnostic)
  }

  if (cache !== undefined) {
    try {
      cache.save()
    } catch (error) {
      throw new CliIoError(`Cannot write cache file ${options.cacheFile ?? ''}: ${errorMessage(error)}`)
    }
  }
  return {
    results: entries.map((entry) => ({ file: entry.display, diagnostics: (perFile.get(entry.display) ?? []).sort(compareDiagnostics) })),
    parsed: misses.length,
    cached: entries.length - misses.length,
  }
}

/** Files read at once: enough to keep the disk busy, few enough for any open-file limit. */
const readBatch = 64

async function readSources(files: readonly string[]): Promise<string[]> {
  const sources: string[] = []
  for (let start = 0; start < files.length; start += readBatch) {
    sources.push(...(await Promise.all(files.slice(start, start + readBatch).map((file) => readSource(file)))))
  }
  return sources
}

async function readSource(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8')
  } catch (error) {
    throw new CliIoError(`Cannot read ${file}: ${errorMessage(error)}`)
  }
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
