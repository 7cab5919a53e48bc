/**
 * The loop profiled by bench/profile.ts: parseContent (with the recommended rules) over the
 * 1 MB generated document, after one warm-up call. `PROFILE_INPUT=overview` (50x as many
 * runs), `10KB` or `100KB` profiles another input; `PROFILE_TASK=render` renders the parsed
 * document to HTML instead (`renderDocument`, 10x as many runs).
 */
import { loadSource, sizedDocument } from './corpus.js'
import { parseContent } from '../src/parser/index.js'
import { defaultLimits } from '../src/parser/limits.js'
import { renderDocument } from '../src/render/index.js'

const input = process.env.PROFILE_INPUT ?? '1MB'
const sizes: Record<string, number> = { '10KB': 10 * 1024, '100KB': 100 * 1024, '1MB': 1024 * 1024 }
const size = sizes[input]
if (input !== 'overview' && size === undefined) throw new Error(`PROFILE_INPUT: expected overview, 10KB, 100KB or 1MB, got ${input}`)
const render = process.env.PROFILE_TASK === 'render'
// About the same profiled time whatever the input.
const repeat = size === undefined ? 50 : Math.max(1, Math.round((1024 * 1024) / size / 2))
const runs = Number(process.env.PROFILE_RUNS ?? 4) * repeat * (render ? 10 : 1)
const source = size === undefined ? loadSource() : sizedDocument(loadSource(), size)
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
