import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { build } from 'esbuild'
import { expect } from 'vitest'
import type { ChildCase } from '../cases.js'
import type { CaseReport } from './run-case.js'

/** Wall-clock budget asserted per child process (the product target is 1.5 s per input). */
export const childBudgetMs = 10_000

/** A bundled runner, built once per test file into a temporary folder. */
export interface Runner {
  file: string
  dispose: () => void
}

/**
 * Bundle `run-case.ts` with the parser and renderers into one file, so each child process
 * starts plain Node on plain JavaScript (no loader in the measured time).
 *
 * @returns The bundle's path and a cleanup function.
 */
export async function bundleRunner(): Promise<Runner> {
  const directory = mkdtempSync(path.join(tmpdir(), 'exosome-hostile-'))
  const file = path.join(directory, 'run-case.mjs')
  await build({
    entryPoints: [path.resolve('test/hostile/child/run-case.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: file,
    logLevel: 'silent',
    // Some dependencies still `require` Node built-ins: give the ESM bundle a `require`.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  })
  return { file, dispose: () => rmSync(directory, { recursive: true, force: true }) }
}

/** One child run: the reports it printed and how it ended. */
export interface ChildRun {
  reports: CaseReport[]
  wallMs: number
  status: number | null
  signal: NodeJS.Signals | null
  stderr: string
}

/**
 * Run cases in a fresh Node process.
 *
 * @param runner The bundled runner.
 * @param args `<set> <index|all> [repeat]`.
 * @param timeoutMs When to kill the child.
 * @returns What it printed and how it ended.
 */
export function runChild(runner: Runner, args: readonly string[], timeoutMs: number): ChildRun {
  const start = performance.now()
  const child = spawnSync(process.execPath, ['--stack-size=984', runner.file, ...args], { encoding: 'utf8', timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 })
  const wallMs = performance.now() - start
  const reports = child.stdout
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as CaseReport)
  return { reports, wallMs, status: child.status, signal: child.signal, stderr: child.stderr.slice(-2000) }
}

/** One case's answer from a batch: its report and the wall time it took in the batch. */
export interface BatchEntry {
  report: CaseReport
  /**
   * Wall-clock milliseconds from the previous case's report (for the batch's first case, from
   * the spawn, so process start-up and loading are counted as in a process of its own).
   */
  wallMs: number
}

/** One batch process: the cases it answered and how it ended. */
export interface BatchRun {
  /** The batch's case indices, in the order it ran them. */
  indices: readonly number[]
  /** Answers by case index, for the cases that printed a report. */
  entries: Map<number, BatchEntry>
  /** The process as a {@link ChildRun} (its reports, status, signal, stderr). */
  run: ChildRun
  /** Killed because one case printed nothing for the hang timeout. */
  hung: boolean
  /** Whether it ended normally with a report for every case. */
  clean: boolean
  /** The first case without a report (where a crash or hang happened), if any. */
  stoppedAt: number | undefined
}

/**
 * Run several cases one after another in one fresh Node process. Each report is timed as it
 * arrives; if no case answers within `hangMs` (a hang), the process is killed. A batch that
 * does not end cleanly names the case it stopped at, and callers re-run its cases one by one
 * in fresh processes ({@link runChild}) so each failure names its input.
 *
 * @param runner The bundled runner.
 * @param set `child` or `wording`.
 * @param cases The set's cases (`childCases()` or `wordingCases()`), to check each report's name.
 * @param indices The cases, in order.
 * @param hangMs Longest wait for one case's report before the process is killed.
 * @returns The batch's answers and how it ended.
 */
export function runBatch(runner: Runner, set: 'child' | 'wording', cases: readonly ChildCase[], indices: readonly number[], hangMs: number): Promise<BatchRun> {
  return new Promise((resolve, reject) => {
    const start = performance.now()
    let last = start
    let pending = ''
    let stderr = ''
    let hung = false
    const reports: CaseReport[] = []
    const entries = new Map<number, BatchEntry>()
    const child = spawn(process.execPath, ['--stack-size=984', runner.file, set, indices.join(',')], { stdio: ['ignore', 'pipe', 'pipe'] })
    let watchdog = setTimeout(() => {}, 0)
    const arm = (): void => {
      clearTimeout(watchdog)
      watchdog = setTimeout(() => {
        hung = true
        child.kill('SIGKILL')
      }, hangMs)
    }
    arm()
    child.stdout.setEncoding('utf8')
    child.stdout.on('data', (chunk: string) => {
      pending += chunk
      for (let end = pending.indexOf('\n'); end !== -1; end = pending.indexOf('\n')) {
        const line = pending.slice(0, end)
        pending = pending.slice(end + 1)
        if (!line.startsWith('{')) continue
        const now = performance.now()
        const report = JSON.parse(line) as CaseReport
        const index = indices[reports.length]
        reports.push(report)
        if (index !== undefined) entries.set(index, { report, wallMs: now - last })
        last = now
        arm()
      }
    })
    child.stderr.setEncoding('utf8')
    child.stderr.on('data', (chunk: string) => {
      stderr = (stderr + chunk).slice(-2000)
    })
    child.on('error', (error) => {
      clearTimeout(watchdog)
      reject(error)
    })
    child.on('close', (status, signal) => {
      clearTimeout(watchdog)
      const run: ChildRun = { reports, wallMs: performance.now() - start, status, signal, stderr }
      const answeredAll = reports.length === indices.length && reports.every((report, position) => report.name === cases[indices[position] ?? -1]?.name)
      const clean = !hung && status === 0 && signal === null && answeredAll
      resolve({ indices, entries, run, hung, clean, stoppedAt: clean ? undefined : (indices[reports.length] ?? indices.at(-1)) })
    })
  })
}

/** A case's answer: from its batch, or from a process of its own when the batch failed. */
export interface CaseAnswer {
  run: ChildRun
  report: CaseReport | undefined
  wallMs: number
  /** Whether the case was re-run alone (its batch did not end cleanly). */
  alone: boolean
}

/**
 * The answer to one case: its report from its batch if the batch ended cleanly, otherwise
 * the case re-run alone in a fresh process, so an abort or a hang is pinned on its input.
 *
 * @param runner The bundled runner.
 * @param set `child` or `wording`.
 * @param batches Every batch run.
 * @param index The case.
 * @returns The run to assert on, the case's report and its wall time.
 */
export function caseAnswer(runner: Runner, set: 'child' | 'wording', batches: readonly BatchRun[], index: number): CaseAnswer {
  const batch = batches.find((candidate) => candidate.indices.includes(index))
  const entry = batch?.clean === true ? batch.entries.get(index) : undefined
  if (batch !== undefined && entry !== undefined) return { run: batch.run, report: entry.report, wallMs: entry.wallMs, alone: false }
  const run = runChild(runner, [set, String(index)], childBudgetMs * 2)
  return { run, report: run.reports[0], wallMs: run.wallMs, alone: true }
}

/**
 * Assert that every case ran in exactly one batch and that each batch ended normally, with a
 * report from every case; otherwise fail naming the case the batch stopped at.
 *
 * @param cases The set's cases.
 * @param batches Every batch run.
 */
export function expectBatchesClean(cases: readonly ChildCase[], batches: readonly BatchRun[]): void {
  expect(batches.flatMap((batch) => batch.indices).sort((a, b) => a - b)).toEqual(cases.map((_, index) => index))
  for (const batch of batches) {
    const stoppedAt = batch.stoppedAt === undefined ? 'none' : cases[batch.stoppedAt]?.name
    expect({ clean: batch.clean, hung: batch.hung, status: batch.run.status, signal: batch.run.signal, stoppedAt }, batch.run.stderr).toEqual({ clean: true, hung: false, status: 0, signal: null, stoppedAt: 'none' })
  }
}

/**
 * Split case indices into `count` batches, round robin, so each batch holds cases of every
 * kind and no batch runs only the slow ones.
 *
 * @param total Number of cases.
 * @param count Number of batches.
 * @returns The batches' indices.
 */
export function roundRobin(total: number, count: number): number[][] {
  return Array.from({ length: count }, (_, batch) => Array.from({ length: total }, (_, index) => index).filter((index) => index % count === batch))
}

/**
 * Assert a case's report: the process ended normally and the answer is the expected one.
 *
 * @param hostile The case.
 * @param run The child run.
 * @param report The case's report.
 */
export function expectAnswered(hostile: ChildCase, run: ChildRun, report: CaseReport | undefined): void {
  expect(run.signal, run.stderr).toBeNull()
  expect(run.status, run.stderr).toBe(0)
  expect(report, run.stderr).toBeDefined()
  if (report === undefined) return
  const shown = report.ruleIds.join(', ')
  if ('ruleIds' in hostile.expect) {
    expect(report.document, shown).toBe(false)
    expect(hostile.expect.ruleIds.some((id) => report.errors.includes(id)), shown).toBe(true)
  } else if ('document' in hostile.expect) {
    expect(report.errors, shown).toEqual([])
    expect(report.rendered).toBe(true)
  } else {
    // Either a document that rendered or an error diagnostic: never nothing.
    expect(report.rendered || report.errors.length > 0, shown).toBe(true)
  }
}
