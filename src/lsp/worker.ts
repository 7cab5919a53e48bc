// Analysis worker of the language server: the pool's protocol (see `serveJobs`), one text per
// job, so the server can stop a parse that runs past its time budget and stay responsive.
import { format } from 'node:util'
import { serveJobs } from '../node/check/serve-jobs.js'
import { analyzeText } from './analyze.js'

// A worker's stdout is the server's, which carries the protocol: nothing may print there.
for (const method of ['log', 'info', 'debug'] as const) console[method] = (...args: unknown[]) => process.stderr.write(`${format(...args)}\n`)

serveJobs(analyzeText, 'lsp-worker')
