/**
 * The parse cost of one generated document size, measured in a fresh process that holds only
 * that document: `bench/run.ts` starts one per size (`--import tsx bench/growth.ts 100KB 15`)
 * and reads the JSON line it prints. In a process that also parses larger documents, or keeps
 * a corpus and earlier results alive, V8's garbage collector works on a bigger heap and
 * charges its major collections to whichever batch they land in, which measures the process
 * rather than the parser.
 *
 * After two seconds of warm-up, each round times our parse and the baseline back to back
 * (alternating which goes first); the result is the median time per call of each.
 */
import { remarkBaseline } from './baselines.js'
import { documentSizes, loadSource, sizedDocument } from './corpus.js'
import { median, timeBatch } from './measure.js'
import { defaultLimits, parseContent } from '../dist/parser.js'

const label = process.argv[2] as keyof typeof documentSizes
const rounds = Number(process.argv[3] ?? 9)
if (!(label in documentSizes)) throw new Error(`Expected a size (${Object.keys(documentSizes).join(', ')}), got ${label}`)
const limits = Object.fromEntries(Object.entries(defaultLimits).map(([name, value]) => [name, value * 64]))
const source = sizedDocument(loadSource(), documentSizes[label])
const parse = (): unknown => parseContent(source, { path: 'bench.md', limits })
const baseline = (): unknown => remarkBaseline(source)

const start = performance.now()
for (let calls = 0; calls < 3 || performance.now() - start < 2000; calls++) {
  parse()
  baseline()
}
// One call per batch for the 1 MB document, batches of at least 150 ms otherwise.
const minMs = source.length > 500_000 ? 0 : 150
const ours: number[] = []
const remark: number[] = []
for (let round = 0; round < rounds; round++) {
  if (round % 2 === 0) ours.push(timeBatch(parse, minMs))
  remark.push(timeBatch(baseline, minMs))
  if (round % 2 === 1) ours.push(timeBatch(parse, minMs))
}
process.stdout.write(`${JSON.stringify({ label, bytes: Buffer.byteLength(source), ours: median(ours), remark: median(remark) })}\n`)
