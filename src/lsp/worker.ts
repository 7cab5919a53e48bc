// Analysis worker of the language server: one text per message, so the server can stop a
// parse that runs past its time budget and stay responsive (see `WorkerPool`).
import { parentPort } from 'node:worker_threads'
import { format } from 'node:util'
import { analyzeText } from './analyze.js'
import type { AnalysisRequest } from './types.js'

const port = parentPort
if (port === null) throw new Error('lsp-worker must run in a worker thread')

// A worker's stdout is the server's, which carries the protocol: nothing may print there.
for (const method of ['log', 'info', 'debug'] as const) console[method] = (...args: unknown[]) => process.stderr.write(`${format(...args)}\n`)

port.on('message', (request: AnalysisRequest) => {
  try {
    port.postMessage({ type: 'result', value: analyzeText(request) })
  } catch (error) {
    port.postMessage({ type: 'error', message: error instanceof Error ? (error.stack ?? error.message) : String(error) })
  }
})
port.postMessage({ type: 'ready' })
