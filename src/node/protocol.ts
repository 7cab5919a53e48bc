import type { ParseOptions, ParseResult } from '../parser/types.js'

/** What the main thread hands the parse worker (as `workerData`). */
export interface WorkerRequest {
  source: string
  options: ParseOptions | undefined
}

/**
 * What the parse worker posts back: `ready` once its modules are loaded (the parse budget
 * starts then), then the result, or the error `parseContent` threw.
 */
export type WorkerResponse =
  | { ready: true }
  | { ok: true; result: ParseResult }
  | { ok: false; error: { name: string; message: string } }
