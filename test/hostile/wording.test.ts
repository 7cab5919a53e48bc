import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { wordingCases } from './cases.js'
import { bundleRunner, caseAnswer, childBudgetMs, expectAnswered, expectBatchesClean, runBatch, type BatchRun, type Runner } from './child/harness.js'
import { budgetFor } from '../helpers/pace.js'

// The wording rules' inputs from the reliability round (a regulatory claim of
// 'not FDA-approved ' x 10,000, 'may treat ' x 3,000): run in a fresh process against
// whatever wording rules the package has, with the same budget as every hostile input. The
// four cases share one process (a batch, as in `child.test.ts`); if it aborts or hangs, each
// case is re-run alone in a fresh process, so the failure names its input.
const cases = wordingCases()
const timings: string[] = []
let runner: Runner
const batches: BatchRun[] = []

beforeAll(async () => {
  runner = await bundleRunner()
  batches.push(await runBatch(runner, 'wording', cases, cases.map((_, index) => index), childBudgetMs * 2))
}, 60_000 + childBudgetMs * 2 * cases.length)

afterAll(() => {
  runner?.dispose()
  console.info(`wording cases (in one fresh process):\n${timings.join('\n')}`)
})

describe('wording rules on long claims, in a fresh process, each within the budget', () => {
  it('runs the cases in one process that ends normally', () => {
    expectBatchesClean(cases, batches)
  })

  cases.forEach((hostile, index) => {
    it(`answers ${hostile.name}`, () => {
      const { run, report, wallMs, alone } = caseAnswer(runner, 'wording', batches, index)
      timings.push(`${wallMs.toFixed(0).padStart(6)} ms ${alone ? 'alone   ' : 'in batch'} | parse ${report?.parseMs.map((ms) => ms.toFixed(0)).join(', ') ?? 'none'} ms | ${hostile.name}`)
      expectAnswered(hostile, run, report)
      expect(wallMs).toBeLessThan(budgetFor(wallMs, childBudgetMs))
    }, childBudgetMs * 3)
  })
})
