/**
 * Time budgets that hold on any machine, at any load.
 *
 * A budget in milliseconds is written for the 2-core development machine when it is quiet.
 * On a slower machine, or one busy with other work (a CI runner, a parallel test run), the
 * same parse takes longer for reasons that have nothing to do with the code under test. So
 * each budget is scaled by how much slower a fixed reference workload (bare remark-parse of
 * the built-in overview, the fastest of several runs) runs in this process right now than it
 * runs on that quiet machine. A hang or a quadratic blow-up is off by 10x to 1000x; a busy
 * machine by 2x to 5x, and the scale follows it.
 *
 * Speed itself is measured in `bench/` as ratios against baselines run in the same process.
 */
import { readFileSync } from 'node:fs'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { expect } from 'vitest'

/** The reference workload's time on the quiet 2-core machine (fastest of 7, ms). */
const quietMs = 9.6

const source = readFileSync(new URL('../../content/exosome-therapy.md', import.meta.url), 'utf8')
const parser = unified().use(remarkParse)

/**
 * The fastest of `runs` calls, in ms.
 *
 * @param run The work to time.
 * @param runs How many times to run it.
 * @returns The shortest time.
 */
export function fastestMs(run: () => unknown, runs: number): number {
  let fastest = Number.POSITIVE_INFINITY
  for (let index = 0; index < runs; index++) {
    const started = performance.now()
    run()
    fastest = Math.min(fastest, performance.now() - started)
  }
  return fastest
}

/** The fastest of `runs` parses of the reference workload, in ms. */
export function referenceMs(runs = 7): number {
  return fastestMs(() => parser.parse(source), runs)
}

/**
 * How much slower than the quiet machine this process runs now: at least 1.
 *
 * @returns The factor to scale a budget by.
 */
export function slowdown(): number {
  referenceMs(2)
  return Math.max(1, referenceMs() / quietMs)
}

/**
 * A budget written for the quiet machine, scaled to this one as it runs now.
 *
 * @param ms The budget on the quiet 2-core machine.
 * @returns The budget to assert against here.
 */
export function budget(ms: number): number {
  return ms * slowdown()
}

/**
 * The budget to assert `elapsed` against: `ms` itself when the work fit in it, else `ms`
 * scaled to this machine as it runs now (measured only then, so fast runs pay nothing).
 *
 * @param elapsed The time the work took, in ms.
 * @param ms The budget on the quiet 2-core machine.
 * @returns The budget.
 */
export function budgetFor(elapsed: number, ms: number): number {
  return elapsed < ms ? ms : budget(ms)
}

/**
 * Assert that `parse` reads `sourceAt(1)` in linear time: within 25 times its time on
 * `sourceAt(0.1)` (linear is 10 times, a rescan per match 100 times), and within `budgetMs`
 * scaled by {@link budgetFor}. The tenth is timed as the fastest of three parses, the full
 * size once, and once more when the first was over either bound (one slow run is the
 * machine; the fastest of two is the parse).
 *
 * @param sourceAt The input at a scale of its full size.
 * @param parse The work to time.
 * @param budgetMs The full size's budget on the quiet 2-core machine.
 * @returns The result of parsing the full size.
 */
export function expectLinear<T>(sourceAt: (scale: number) => string, parse: (source: string) => T, budgetMs: number): T {
  const tenth = sourceAt(0.1)
  const full = sourceAt(1)
  const tenthMs = fastestMs(() => parse(tenth), 3)
  const scaling = Math.max(25 * tenthMs, 1)
  let result!: T
  let fullMs = fastestMs(() => (result = parse(full)), 1)
  if (fullMs >= scaling || fullMs >= budgetMs) fullMs = Math.min(fullMs, fastestMs(() => parse(full), 1))
  const sizes = `${full.length} characters: ${Math.round(fullMs)} ms; a tenth: ${Math.round(tenthMs)} ms`
  expect(fullMs, sizes).toBeLessThan(scaling)
  expect(fullMs, sizes).toBeLessThan(budgetFor(fullMs, budgetMs))
  return result
}
