/**
 * `npm run bench:render`: the HTML render ratios alone, in one process, against the bare
 * remark-rehype-sanitize-stringify pipeline on the same content (see BENCHMARKS.md): first
 * and second renders of fresh frozen documents (against the pipeline on fresh copies of its
 * input), repeated renders of one frozen document, renders of a document that is not frozen.
 * `-- --rounds N` sets the rounds (default 41).
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { bodyTree, contentMarkdown, htmlBaseline } from './baselines.js'
import { root } from './corpus.js'
import { paired, pairedFresh } from './measure.js'
import { parseContent } from '../dist/parser.js'
import { renderDocument } from '../dist/render.js'
import { deepFreeze } from '../src/util/deep-freeze.js'

const at = process.argv.indexOf('--rounds')
const rounds = at > -1 ? Number(process.argv[at + 1]) : 41
const source = readFileSync(path.join(root, 'content', 'exosome-therapy.md'), 'utf8')
const document = parseContent(source).document
if (!document) throw new Error('the overview does not parse')
const tree = bodyTree(contentMarkdown(source, document))
const baseline = (): string => htmlBaseline(tree)

// First renders: fresh frozen copies of the parsed document, each rendered once, against the
// baseline on fresh copies of its mdast.
const first = pairedFresh(
  { make: () => deepFreeze(structuredClone(document)), run: (fresh) => renderDocument(fresh, { format: 'html' }) },
  { make: () => structuredClone(tree), run: (fresh) => htmlBaseline(fresh) },
  { rounds, perRound: 20 },
)
// Second renders of frozen documents: from the second render on, a frozen document keeps the
// sanitized HTML of its blocks and elements; this is the render that keeps them.
const second = pairedFresh(
  {
    make: () => {
      const fresh = deepFreeze(structuredClone(document))
      renderDocument(fresh, { format: 'html' })
      return fresh
    },
    run: (fresh) => renderDocument(fresh, { format: 'html' }),
  },
  { make: () => structuredClone(tree), run: (fresh) => htmlBaseline(fresh) },
  { rounds, perRound: 20 },
)
const repeated = paired(() => renderDocument(document, { format: 'html' }), baseline, { rounds, minMs: 25 })
const mutable = structuredClone(document)
const notFrozen = paired(() => renderDocument(mutable, { format: 'html' }), baseline, { rounds, minMs: 25 })
const spread = (ratios: readonly number[]): string => {
  const sorted = [...ratios].sort((a, b) => a - b)
  const quartile = (q: number): number => sorted[Math.floor(q * (sorted.length - 1))] ?? Number.NaN
  return `${quartile(0.25).toFixed(2)}-${quartile(0.75).toFixed(2)}`
}
for (const [name, result] of [
  ['first render (fresh frozen copies)', first],
  ['second render (it keeps the HTML)', second],
  ['repeated render (one frozen document)', repeated],
  ['document not frozen', notFrozen],
] as const) {
  console.log(`${name.padEnd(40)} ${result.ratio.toFixed(2)}x (interquartile ${spread(result.ratios)}), ${result.aMs.toFixed(3)} ms vs ${result.bMs.toFixed(3)} ms`)
}
