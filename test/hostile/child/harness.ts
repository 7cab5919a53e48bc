import { spawnSync } from 'node:child_process'
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
