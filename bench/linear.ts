/**
 * `npm run bench:linear` (part of `npm run bench`): the absolute times of the wording rules'
 * inputs of repeated matches (`test/wording/linear-cases.ts`), 250 KB and the two sizes that
 * were quadratic, against bare remark + yaml on the same bytes in the same process. Each time
 * is the fastest of five parses; PASS when a parse takes under one second.
 */
import { parseContent } from '../dist/parser.js'
import { fastestMs } from '../test/helpers/pace.js'
import { linearCases, linearLimits } from '../test/wording/linear-cases.js'
import { remarkBaseline } from './baselines.js'

const policy = { rules: { 'review-stale': 'off' } } as const
let failed = 0
console.log('| input | bytes | parse + rules | remark + yaml | ratio | under 1 s |')
console.log('|---|---|---|---|---|---|')
for (const item of linearCases) {
  const source = item.source(1)
  parseContent(source, { limits: linearLimits, policy })
  const ours = fastestMs(() => parseContent(source, { limits: linearLimits, policy }), 5)
  const bare = fastestMs(() => remarkBaseline(source), 5)
  const pass = ours < 1000
  if (!pass) failed++
  console.log(`| ${item.name} | ${Buffer.byteLength(source)} | ${ours.toFixed(0)} ms | ${bare.toFixed(0)} ms | ${(ours / bare).toFixed(2)}x | ${pass ? 'PASS' : 'FAIL'} |`)
}
if (failed > 0) process.exitCode = 1
