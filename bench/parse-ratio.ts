/**
 * `parseContent` with the recommended rules against the remark + yaml baseline on one input,
 * measured in a fresh process that holds only that input: `bench/run.ts` starts one per input
 * (`--import tsx bench/parse-ratio.ts <input> <rounds> <batch ms>`) and reads the JSON line
 * it prints. In a process that also keeps larger documents, a corpus and earlier results
 * alive, V8's garbage collector works on a bigger heap and charges its major collections to
 * whichever batch they land in: that measures the process rather than the parser, and most
 * for the inputs that allocate the most.
 *
 * After five seconds of warm-up (JIT tiers and background compilation settled), interleaved
 * rounds as everywhere in the bench (`bench/measure.ts`); the result is the median per-round
 * ratio and the median times per call.
 */
import { remarkBaseline } from './baselines.js'
import { documentSizes, loadSource, sizedDocument } from './corpus.js'
import { paired } from './measure.js'
import { defaultLimits, parseContent } from '../dist/parser.js'

const label = process.argv[2] ?? 'overview'
const rounds = Number(process.argv[3] ?? 9)
const sizes: Record<string, number> = documentSizes
if (label !== 'overview' && !(label in sizes)) throw new Error(`Expected overview or a size (${Object.keys(sizes).join(', ')}), got ${label}`)
const limits = Object.fromEntries(Object.entries(defaultLimits).map(([name, value]) => [name, value * 64]))
const source = label === 'overview' ? loadSource() : sizedDocument(loadSource(), sizes[label] ?? 0)
const parse = (): unknown => parseContent(source, { path: 'bench.md', limits })
const baseline = (): unknown => remarkBaseline(source)

const start = performance.now()
for (let calls = 0; calls < 3 || performance.now() - start < 5000; calls++) {
  parse()
  baseline()
}
// Many short batches: on a shared machine a burst from a neighbour spoils a few rounds,
// which the median ignores. One call per batch from 100 KB up.
const minMs = source.length > 50_000 ? 0 : Number(process.argv[4] ?? 25)
const result = paired(parse, baseline, { rounds, minMs })
process.stdout.write(`${JSON.stringify({ label, bytes: Buffer.byteLength(source), ours: result.aMs, remark: result.bMs, ratio: result.ratio, ratios: result.ratios })}\n`)
