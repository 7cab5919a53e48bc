// Parser worker for `check`: parses one file per message so the main thread can terminate
// a parse that runs past the timeout (micromark has super-linear inputs).
import { parentPort } from 'node:worker_threads'
import { parseContent } from '../parser/index.js'
import { summarizeDocument, type ParseRequest, type ParseResponse } from './parse-job.js'

const port = parentPort
if (port === null) throw new Error('cli-worker must run in a worker thread')

port.on('message', (request: ParseRequest) => {
  try {
    const { document, diagnostics } = parseContent(request.source, { path: request.path, policy: request.policy })
    const response: ParseResponse = { diagnostics, summary: document === undefined ? undefined : summarizeDocument(document) }
    port.postMessage({ type: 'result', value: response })
  } catch (error) {
    port.postMessage({ type: 'error', message: error instanceof Error ? (error.stack ?? error.message) : String(error) })
  }
})
port.postMessage({ type: 'ready' })
