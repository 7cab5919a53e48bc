/**
 * The loop profiled by bench/profile.ts: parseContent (with the recommended rules) over the
 * 1 MB generated document (or, with `PROFILE_INPUT=overview`, over the overview itself, 50x
 * as many times), after one warm-up call. With `PROFILE_TASK=render`, the loop renders the
 * parsed document to HTML instead (`renderDocument`, 500x as many times on the overview).
 */
import { loadSource, sizedDocument } from './corpus.js'
import { parseContent } from '../src/parser/index.js'
import { defaultLimits } from '../src/parser/limits.js'
import { renderDocument } from '../src/render/index.js'

const overview = process.env.PROFILE_INPUT === 'overview'
const render = process.env.PROFILE_TASK === 'render'
const runs = Number(process.env.PROFILE_RUNS ?? 4) * (overview ? 50 : 1) * (render ? 10 : 1)
const source = overview ? loadSource() : sizedDocument(loadSource(), 1024 * 1024)
// Past the default input limits for untrusted input: raise them, as for trusted content.
const limits = Object.fromEntries(Object.entries(defaultLimits).map(([name, value]) => [name, value * 64]))
const options = { path: 'bench.md', limits }
const parsed = parseContent(source, options)
const document = parsed.document
if (render && !document) throw new Error('the input does not parse to a document')
const task = render && document ? () => renderDocument(document, { format: 'html' }) : () => parseContent(source, options)
task()
const start = performance.now()
for (let run = 0; run < runs; run++) task()
process.stdout.write(`${runs} ${render ? 'HTML renders' : 'parses'} of ${Buffer.byteLength(source)} B: ${((performance.now() - start) / runs).toFixed(render ? 2 : 0)} ms each\n`)
