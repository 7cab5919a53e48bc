import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { wordingCases } from './cases.js'
import { bundleRunner, childBudgetMs, expectAnswered, runChild, type Runner } from './child/harness.js'

// The wording rules' inputs from the reliability round (a regulatory claim of
// 'not FDA-approved ' x 10,000, 'may treat ' x 3,000): run in a fresh process against
// whatever wording rules the package has, with the same budget as every hostile input.
const cases = wordingCases()
const timings: string[] = []
let runner: Runner

beforeAll(async () => {
  runner = await bundleRunner()
}, 60_000)

afterAll(() => {
  runner?.dispose()
  console.info(`wording cases (each in a fresh process):\n${timings.join('\n')}`)
})

describe('wording rules on long claims, each in a fresh process, within the budget', () => {
  cases.forEach((hostile, index) => {
    it(`answers ${hostile.name}`, () => {
      const run = runChild(runner, ['wording', String(index)], childBudgetMs * 2)
      const [report] = run.reports
      timings.push(`${run.wallMs.toFixed(0).padStart(6)} ms process | parse ${report?.parseMs.map((ms) => ms.toFixed(0)).join(', ') ?? 'none'} ms | ${hostile.name}`)
      expectAnswered(hostile, run, report)
      expect(run.wallMs).toBeLessThan(childBudgetMs)
    }, childBudgetMs * 3)
  })
})
