import { Worker } from 'node:worker_threads'
import { createDiagnostic } from '../diagnostics.js'
import { securityUrl } from '../parser/limits.js'
import type { ParseOptions, ParseResult } from '../parser/types.js'
import type { Diagnostic } from '../schema/diagnostic.js'
import { deepFreeze } from '../util/deep-freeze.js'
import type { WorkerRequest, WorkerResponse } from './protocol.js'
import { workerUrl } from './worker-path.js'

/**
 * Options of `parseContentIsolated`: those of `parseContent` but `frontmatter` (a zod schema
 * cannot be posted to the worker), plus the worker's budget.
 */
export interface IsolatedParseOptions extends Omit<ParseOptions, 'frontmatter'> {
  /**
   * Wall-clock milliseconds the parse may take, counted from when the worker has loaded the
   * parser (start-up has its own budget of at least 30 s); the worker is then terminated and
   * the result is a `parse-timeout` diagnostic.
   *
   * @default 5000
   * @example 1000
   */
  timeoutMs?: number | undefined
  /**
   * Heap size of the worker in MiB; a parse that needs more ends with a `parse-crash`
   * diagnostic instead of exhausting the process.
   *
   * @default 512
   */
  maxMemoryMb?: number | undefined
}

const whole = { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } }

/** Milliseconds a parse worker may take to load before its parse budget starts. */
const startupBudgetMs = 30_000

function failure(ruleId: 'parse-timeout' | 'parse-crash', message: string, file: string | undefined): ParseResult {
  const diagnostic: Diagnostic = createDiagnostic({ ruleId, message, place: whole, file, url: securityUrl(ruleId) })
  return { document: undefined, diagnostics: [diagnostic] }
}

function positive(name: string, value: unknown, fallback: number): number {
  if (value === undefined) return fallback
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    throw new TypeError(`Expected \`${name}\` to be a positive number, got ${String(value)}`)
  }
  return value
}

/**
 * Parse a content file in a `worker_threads` worker so a slow or crashing parse cannot stall
 * or take down the calling thread: for servers that parse text submitted by users.
 *
 * @param source The file's text.
 * @param options `parseContent` options, `timeoutMs` (default 5000) and `maxMemoryMb` (default 512).
 * @returns A promise of `parseContent`'s result; on timeout `{ document: undefined, diagnostics:
 *   [parse-timeout at 1:1] }`, and a worker that dies gives a `parse-crash` diagnostic.
 * @throws {TypeError} (as a rejected promise) for programmer errors: a non-string source or bad options.
 * @example
 * ```ts
 * import { parseContentIsolated } from 'exosome-content/node'
 * const { document, diagnostics } = await parseContentIsolated(body, { timeoutMs: 1000 })
 * ```
 */
export async function parseContentIsolated(source: string, options?: IsolatedParseOptions): Promise<ParseResult> {
  if (typeof source !== 'string') throw new TypeError(`Expected \`source\` to be a string, got ${source === null ? 'null' : typeof source}`)
  if (options !== undefined && (typeof options !== 'object' || options === null)) {
    throw new TypeError(`Expected options to be an object, got ${options === null ? 'null' : typeof options}`)
  }
  if (options !== undefined && (options as ParseOptions).frontmatter?.extend !== undefined) {
    throw new TypeError('Unexpected `frontmatter.extend` for parseContentIsolated: a zod schema cannot be posted to the parse worker, expected parseContent for pages with a frontmatter extension (or `check`/`checkFiles`, whose workers load it from the config file)')
  }
  const { timeoutMs, maxMemoryMb, ...parseOptions } = options ?? {}
  const timeout = positive('timeoutMs', timeoutMs, 5000)
  const memory = positive('maxMemoryMb', maxMemoryMb, 512)
  const startupMs = Math.max(startupBudgetMs, timeout)
  const file = typeof parseOptions.path === 'string' ? parseOptions.path : undefined
  const request: WorkerRequest = { source, options: parseOptions }

  return new Promise<ParseResult>((resolve, reject) => {
    let settled = false
    const worker = new Worker(workerUrl(), {
      workerData: request,
      resourceLimits: { maxOldGenerationSizeMb: memory },
      stdout: true,
      stderr: true,
    })
    const finish = (outcome: () => void): void => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      void worker.terminate()
      outcome()
    }
    const overTime = (): void => {
      finish(() =>
        resolve(failure('parse-timeout', `Unexpected parse time over ${timeout} ms, expected the parse to finish in time (the worker was stopped; raise \`timeoutMs\` for large trusted files)`, file)),
      )
    }
    // Start-up (loading the parser in the worker) has its own budget; the parse budget starts
    // when the worker reports it is ready, so a loaded machine does not turn a slow start-up
    // into a parse-timeout, and a limit the input hits is reported as that limit.
    let timer = setTimeout(() => {
      finish(() => resolve(failure('parse-crash', `Unexpected parse worker start-up over ${startupMs} ms, expected the worker to load the parser in time`, file)))
    }, startupMs)
    worker.on('message', (response: WorkerResponse) => {
      if ('ready' in response) {
        clearTimeout(timer)
        if (!settled) timer = setTimeout(overTime, timeout)
        return
      }
      finish(() => {
        if (response.ok) {
          resolve({ document: response.result.document === undefined ? undefined : deepFreeze(response.result.document), diagnostics: response.result.diagnostics })
        } else if (response.error.name === 'TypeError') {
          reject(new TypeError(response.error.message))
        } else {
          resolve(failure('parse-crash', `Unexpected parser failure (${response.error.name}: ${response.error.message}), expected a document or diagnostics`, file))
        }
      })
    })
    worker.on('error', (error: Error) => {
      finish(() => resolve(failure('parse-crash', `Unexpected parse worker failure (${error.message}), expected a document or diagnostics`, file)))
    })
    worker.on('exit', (code) => {
      finish(() => resolve(failure('parse-crash', `Unexpected parse worker exit with code ${code}, expected a document or diagnostics`, file)))
    })
  })
}
