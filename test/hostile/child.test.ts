import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { childCases } from './cases.js'
import { bundleRunner, caseAnswer, childBudgetMs, expectAnswered, expectBatchesClean, roundRobin, runBatch, runChild, type BatchRun, type Runner } from './child/harness.js'
import { budgetFor } from '../helpers/pace.js'

// Every hostile case in a real Node process: a V8 abort (yaml's `RegExpCompiler Allocation
// failed`) cannot be caught in-process, and shows here as an exit code or a signal. The cases
// run in a row in one fresh process (a batch), which prints each case's answer as it ends:
// starting one process per case cost more than parsing the cases, and the batch is also the
// check that many hostile parses in one process leave it sound. A batch that aborts or hangs fails its own test, naming the case it stopped at,
// and its cases are then re-run one by one, each in a fresh process, so the case that aborts
// or hangs on its own fails under its own name. Each case's wall time in its batch (for the
// first, from the spawn) is held to the per-process budget; the budget is generous for a
// loaded machine; the measured times are printed at the end.
const cases = childCases()
const batchCount = 1
const timings: string[] = []
let runner: Runner
const batches: BatchRun[] = []

beforeAll(async () => {
  runner = await bundleRunner()
  // One batch at a time: a case's time is its own, not shared with another batch's.
  for (const indices of roundRobin(cases.length, batchCount)) batches.push(await runBatch(runner, 'child', cases, indices, childBudgetMs * 2))
}, 60_000 + childBudgetMs * 2 * cases.length)

afterAll(() => {
  runner?.dispose()
  console.info(`hostile cases (in ${batchCount} fresh processes): wall time in the batch, parse time per run, render time:\n${timings.join('\n')}`)
})

describe('hostile inputs, in fresh processes, each within the budget', () => {
  it(`runs every case in one of ${batchCount} batches, each ending normally`, () => {
    expectBatchesClean(cases, batches)
  })

  cases.forEach((hostile, index) => {
    it(`answers ${hostile.name} (item ${hostile.item})`, () => {
      const { run, report, wallMs, alone } = caseAnswer(runner, 'child', batches, index)
      expectAnswered(hostile, run, report)
      expect(wallMs).toBeLessThan(budgetFor(wallMs, childBudgetMs))
      timings.push(
        `${wallMs.toFixed(0).padStart(6)} ms ${alone ? 'alone   ' : 'in batch'} | parse ${report?.parseMs.map((ms) => ms.toFixed(0)).join(', ')} ms (cpu ${report?.parseCpuMs.map((ms) => ms.toFixed(0)).join(', ')}) | render ${report?.renderMs.toFixed(0)} ms | ${hostile.name}`,
      )
    }, childBudgetMs * 3)
  })
})

describe('after many parses in one process', () => {
  it('answers the YAML abort cases 40 times each in one process', () => {
    const yamlCases = cases.flatMap((hostile, index) => ('ruleIds' in hostile.expect && hostile.expect.ruleIds.includes('limit-yaml-depth') ? [index] : []))
    expect(yamlCases.length).toBeGreaterThan(10)
    for (const index of yamlCases.slice(0, 6)) {
      const run = runChild(runner, ['child', String(index), '40'], childBudgetMs * 2)
      const hostile = cases[index]
      if (hostile === undefined) throw new Error('missing case')
      expectAnswered(hostile, run, run.reports[0])
      expect(run.reports[0]?.parseMs).toHaveLength(40)
    }
  }, childBudgetMs * 12)

  it('answers every case in a row in one process, each parse within the budget', () => {
    expect(batches).toHaveLength(1)
    const [batch] = batches
    if (batch === undefined) throw new Error('no batch')
    expect(batch.indices).toEqual(cases.map((_, index) => index))
    cases.forEach((hostile, index) => {
      const report = batch.entries.get(index)?.report
      expect(report?.name).toBe(hostile.name)
      expectAnswered(hostile, batch.run, report)
      for (const ms of report?.parseMs ?? []) expect(ms, hostile.name).toBeLessThan(budgetFor(ms, childBudgetMs))
    })
  })
})
