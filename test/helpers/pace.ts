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

/** CPU time this process has used (every thread: the main one and V8's collectors), in ms. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage()
  return (user + system) / 1000
}

/**
 * One timed call: the wall time it took, and the CPU time this process spent meanwhile. Other
 * processes on the machine lengthen the first and not the second.
 *
 * @param run The work to time.
 * @returns Both times, in ms.
 */
function timed(run: () => unknown): { wallMs: number; cpuMs: number } {
  const cpu = cpuMs()
  const started = performance.now()
  run()
  return { wallMs: performance.now() - started, cpuMs: cpuMs() - cpu }
}

/** Rounds {@link expectLinear} may time before it reports a parse as not linear. */
const linearRounds = 3

/**
 * Assert that `parse` reads `sourceAt(1)` in linear time: within 25 times its time on
 * `sourceAt(0.1)` (linear is 10 times, a rescan per match 100 times), and within `budgetMs`
 * scaled by {@link budgetFor}.
 *
 * The ratio is one of CPU time, which work elsewhere on the machine does not inflate (wall
 * time under a loaded machine varied from one moment to the next by more than the margin
 * between linear and the bound). A round times the tenth (the fastest of three) and the full
 * size once, after it; up to {@link linearRounds} rounds run until one is within the bound,
 * so one collection of garbage in the wrong place is not read as the parse's cost. The budget
 * is asserted on the fastest wall time of the full size in those rounds.
 *
 * @param sourceAt The input at a scale of its full size.
 * @param parse The work to time.
 * @param budgetMs The full size's budget on the quiet 2-core machine.
 * @returns The result of parsing the full size.
 */
export function expectLinear<T>(sourceAt: (scale: number) => string, parse: (source: string) => T, budgetMs: number): T {
  const tenth = sourceAt(0.1)
  const full = sourceAt(1)
  let result!: T
  let fullWallMs = Number.POSITIVE_INFINITY
  let tenthCpuMs = 0
  let fullCpuMs = Number.POSITIVE_INFINITY
  for (let round = 0; round < linearRounds; round++) {
    tenthCpuMs = Number.POSITIVE_INFINITY
    for (let index = 0; index < 3; index++) tenthCpuMs = Math.min(tenthCpuMs, timed(() => parse(tenth)).cpuMs)
    const time = timed(() => (result = parse(full)))
    fullCpuMs = time.cpuMs
    fullWallMs = Math.min(fullWallMs, time.wallMs)
    if (fullCpuMs < Math.max(25 * tenthCpuMs, 1)) break
  }
  const sizes = `${full.length} characters: ${Math.round(fullCpuMs)} ms of CPU (${Math.round(fullWallMs)} ms); a tenth: ${Math.round(tenthCpuMs)} ms of CPU`
  expect(fullCpuMs, sizes).toBeLessThan(Math.max(25 * tenthCpuMs, 1))
  expect(fullWallMs, sizes).toBeLessThan(budgetFor(fullWallMs, budgetMs))
  return result
}
