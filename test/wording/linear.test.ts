// Every wording rule is linear in the text (the old rules rescanned the sentence per match).
// Two checks per input, both free of the machine's speed and load: a parse of the full size
// takes no more than 25 times a parse of a tenth of it (linear is 10 times, a quadratic
// rescan 100 times), and it stays within its budget for the quiet 2-core machine, scaled by
// how much slower this process runs a reference parse now (`test/helpers/pace.ts`). The
// absolute times are measured in `bench/linear.ts` (`npm run bench`).
import { describe, expect, test } from 'vitest'
import { parseContent } from '../../src/parser/index.js'
import { budget } from '../helpers/pace.js'
import { linearCases, linearLimits } from './linear-cases.js'

const policy = { rules: { 'review-stale': 'off' } } as const

/** The fastest of `runs` parses, in ms, and whether any reported an internal error. */
const timed = (source: string, runs: number): { elapsed: number; internal: boolean } => {
  let elapsed = Number.POSITIVE_INFINITY
  let internal = false
  for (let run = 0; run < runs; run++) {
    const started = performance.now()
    const result = parseContent(source, { limits: linearLimits, policy })
    elapsed = Math.min(elapsed, performance.now() - started)
    internal ||= result.diagnostics.some((diagnostic) => diagnostic.ruleId === 'internal-error')
  }
  return { elapsed, internal }
}

describe('wording rules stay linear on inputs of repeated matches', () => {
  test.each(linearCases.map((item) => [item.name, item] as const))('%s', (_name, item) => {
    parseContent(item.source(0.02), { limits: linearLimits, policy })
    const small = timed(item.source(0.1), 3)
    let full = timed(item.source(1), 1)
    const within = (): boolean => full.elapsed < Math.max(25 * small.elapsed, 1) && full.elapsed < budget(item.budgetMs)
    // One slow run is the machine; the fastest of two is the parse.
    if (!within()) full = timed(item.source(1), 2)
    expect(full.internal).toBe(false)
    const sizes = `${item.source(1).length} B: ${Math.round(full.elapsed)} ms; a tenth: ${Math.round(small.elapsed)} ms`
    expect(full.elapsed, sizes).toBeLessThan(Math.max(25 * small.elapsed, 1))
    expect(full.elapsed, sizes).toBeLessThan(budget(item.budgetMs))
  })
})
