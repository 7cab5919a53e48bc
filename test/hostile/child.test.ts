import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { childCases } from './cases.js'
import { bundleRunner, childBudgetMs, expectAnswered, runChild, type Runner } from './child/harness.js'

// Each hostile case in a fresh Node process: a V8 abort (yaml's `RegExpCompiler Allocation
// failed`) cannot be caught in-process, and shows here as an exit code or a signal. The
// budget is generous for a loaded machine; the measured times are printed at the end.
const cases = childCases()
const timings: string[] = []
let runner: Runner

beforeAll(async () => {
  runner = await bundleRunner()
}, 60_000)

afterAll(() => {
  runner?.dispose()
  console.info(`hostile cases (each in a fresh process): process wall time, parse time per run, render time:\n${timings.join('\n')}`)
})

describe('hostile inputs, each in a fresh process, within the budget', () => {
  cases.forEach((hostile, index) => {
    it(`answers ${hostile.name} (item ${hostile.item})`, () => {
      const run = runChild(runner, ['child', String(index)], childBudgetMs * 2)
      const [report] = run.reports
      expectAnswered(hostile, run, report)
      expect(run.wallMs).toBeLessThan(childBudgetMs)
      timings.push(
        `${run.wallMs.toFixed(0).padStart(6)} ms process | parse ${report?.parseMs.map((ms) => ms.toFixed(0)).join(', ')} ms (cpu ${report?.parseCpuMs.map((ms) => ms.toFixed(0)).join(', ')}) | render ${report?.renderMs.toFixed(0)} ms | ${hostile.name}`,
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
    const run = runChild(runner, ['child', 'all'], childBudgetMs * 12)
    expect(run.reports.map((report) => report.name)).toEqual(cases.map((hostile) => hostile.name))
    cases.forEach((hostile, index) => {
      const report = run.reports[index]
      expectAnswered(hostile, run, report)
      for (const ms of report?.parseMs ?? []) expect(ms, hostile.name).toBeLessThan(childBudgetMs)
    })
  }, childBudgetMs * 14)
})
