/**
 * The loop profiled by bench/profile.ts: parseContent (with the recommended rules) over the
 * 1 MB generated document (or, with `PROFILE_INPUT=overview`, over the overview itself, 50x
 * as many times), after one warm-up call.
 */
import { loadSource, sizedDocument } from './corpus.js'
import { parseContent } from '../src/parser/index.js'
import { defaultLimits } from '../src/parser/limits.js'

const overview = process.env.PROFILE_INPUT === 'overview'
const runs = Number(process.env.PROFILE_RUNS ?? 4) * (overview ? 50 : 1)
const source = overview ? loadSource() : sizedDocument(loadSource(), 1024 * 1024)
// Past the default input limits for untrusted input: raise them, as for trusted content.
const limits = Object.fromEntries(Object.entries(defaultLimits).map(([name, value]) => [name, value * 64]))
const options = { path: 'bench.md', limits }
parseContent(source, options)
const start = performance.now()
for (let run = 0; run < runs; run++) parseContent(source, options)
process.stdout.write(`${runs} parses of ${Buffer.byteLength(source)} B: ${((performance.now() - start) / runs).toFixed(0)} ms each\n`)
