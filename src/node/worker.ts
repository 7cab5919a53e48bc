import { parentPort, workerData } from 'node:worker_threads'
import { parseContent } from '../parser/parse.js'
import type { WorkerRequest, WorkerResponse } from './protocol.js'

// Runs one parse for `parseContentIsolated` and posts the result; the main thread terminates
// this worker when it takes too long.
const request = workerData as WorkerRequest
// Modules are loaded by now: the main thread starts the parse budget on this message, so a
// slow start-up on a loaded machine is not counted as parse time.
parentPort?.postMessage({ ready: true } satisfies WorkerResponse)
let response: WorkerResponse
try {
  response = { ok: true, result: parseContent(request.source, request.options) }
} catch (error) {
  response = {
    ok: false,
    error: error instanceof Error ? { name: error.name, message: error.message } : { name: 'Error', message: String(error) },
  }
}
parentPort?.postMessage(response)
