import type { ParseOptions, ParseResult } from '../parser/types.js'

/** What the main thread hands the parse worker (as `workerData`). */
export interface WorkerRequest {
  source: string
  options: ParseOptions | undefined
}

/** What the parse worker posts back: the result, or the error `parseContent` threw. */
export type WorkerResponse =
  | { ok: true; result: ParseResult }
  | { ok: false; error: { name: string; message: string } }
