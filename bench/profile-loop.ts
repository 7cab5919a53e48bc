/**
 * The loop profiled by bench/profile.ts: parseContent (with the recommended rules) over the
 * 1 MB generated document, a few times after one warm-up call.
 */
import { loadSource, sizedDocument } from './corpus.js'
import { parseContent } from '../src/parser/index.js'

const runs = Number(process.env.PROFILE_RUNS ?? 4)
const source = sizedDocument(loadSource(), 1024 * 1024)
// Past the default body limit for untrusted input: raise it, as for trusted content.
const options = { path: 'bench.md', limits: { maxBodyBytes: 4 * 1024 * 1024 } }
parseContent(source, options)
const start = performance.now()
for (let run = 0; run < runs; run++) parseContent(source, options)
process.stdout.write(`${runs} parses of ${Buffer.byteLength(source)} B: ${((performance.now() - start) / runs).toFixed(0)} ms each\n`)
