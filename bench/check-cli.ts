/**
 * `exosome-content check` on a generated corpus, through the built binary: cold versus warm
 * cache, and the worker pool versus one core.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { makeCorpus, root } from './corpus.js'
import { median } from './measure.js'

/** The built CLI. */
export const binPath = path.join(root, 'bin', 'exosome-content.js')

/** One timed `check` run. */
export interface CheckRun {
  ms: number
  status: number | null
  /** stderr of the run (with `--debug`: how many files were parsed and read from the cache). */
  stderr: string
}

/** What the check benchmark measured. */
export interface CheckBench {
  files: number
  bytes: number
  /** Cold run (no cache file) with `--cache`: parses everything and writes the cache. */
  coldMs: number
  /** Median warm run with `--cache`, nothing changed. */
  warmMs: number
  /** Files of the pool comparison (the first ones of the corpus). */
  poolFiles: number
  poolBytes: number
  /** Cold run, no cache, default worker pool. */
  poolMs: number
  /** Cold run, no cache, limited to one worker (or one core, see `singleHow`). */
  singleMs: number
  /** How the one-worker run was limited. */
  singleHow: string
  /** `--debug` lines of the warm run. */
  warmDebug: string
  /** Exit codes seen (0 or 1 are normal; 2 means the run failed). */
  statuses: Array<number | null>
}

/** Run the CLI in a fresh process and time it. */
function runCheck(args: string[], prefix: string[] = []): CheckRun {
  const command = prefix.length > 0 ? (prefix[0] as string) : process.execPath
  const commandArgs = prefix.length > 0 ? [...prefix.slice(1), process.execPath, binPath, 'check', ...args] : [binPath, 'check', ...args]
  const start = process.hrtime.bigint()
  const result = spawnSync(command, commandArgs, { encoding: 'utf8', cwd: root, maxBuffer: 256 * 1024 * 1024 })
  const ms = Number(process.hrtime.bigint() - start) / 1e6
  if (result.status === 2 || result.status === null) {
    throw new Error(`check failed (exit ${result.status}): ${result.stderr.slice(0, 2000)}`)
  }
  return { ms, status: result.status, stderr: result.stderr }
}

/** The flag that sets the number of workers, if this CLI has one. */
function workersFlag(): string | undefined {
  const help = spawnSync(process.execPath, [binPath, 'check', '--help'], { encoding: 'utf8' }).stdout
  return ['--workers', '--concurrency', '--jobs'].find((flag) => help.includes(flag))
}

/**
 * Benchmark `check` on `count` overview-shaped files.
 *
 * @param source The overview source.
 * @param count Number of files.
 * @param options `warmRuns` (default 3); `poolFiles`, files of the pool comparison (default: all).
 * @returns Timings, or undefined when the CLI is not built.
 */
export function benchCheck(source: string, count: number, options: { warmRuns?: number; poolFiles?: number } = {}): CheckBench | undefined {
  if (!existsSync(binPath) || !existsSync(path.join(root, 'dist', 'cli.js'))) return undefined
  const { warmRuns = 3, poolFiles = count } = options
  const dir = mkdtempSync(path.join(tmpdir(), 'exosome-bench-check-'))
  try {
    const corpusDir = path.join(dir, 'corpus')
    const poolDir = path.join(dir, 'pool')
    mkdirSync(corpusDir)
    mkdirSync(poolDir)
    let bytes = 0
    let poolBytes = 0
    for (const [index, file] of makeCorpus(source, count).entries()) {
      writeFileSync(path.join(corpusDir, file.name), file.source)
      bytes += Buffer.byteLength(file.source)
      if (index < poolFiles) {
        writeFileSync(path.join(poolDir, file.name), file.source)
        poolBytes += Buffer.byteLength(file.source)
      }
    }
    const cache = path.join(dir, 'cache.json')
    const report = ['--format', 'json', '--output', path.join(dir, 'report.json')]
    const common = [corpusDir, ...report]
    const pool = [poolDir, ...report]
    const statuses: Array<number | null> = []
    const record = (run: CheckRun): number => {
      statuses.push(run.status)
      return run.ms
    }

    const coldMs = record(runCheck([...common, '--cache', '--cache-location', cache]))
    const warm: number[] = []
    let warmDebug = ''
    for (let run = 0; run < warmRuns; run++) {
      const result = runCheck([...common, '--cache', '--cache-location', cache, '--debug'])
      warm.push(record(result))
      warmDebug = result.stderr.trim().split('\n').slice(-3).join(' | ')
    }

    const flag = workersFlag()
    const poolMs = record(runCheck(pool))
    let singleMs: number
    let singleHow: string
    if (flag !== undefined) {
      singleMs = record(runCheck([...pool, flag, '1']))
      singleHow = `${flag} 1`
    } else {
      // No worker-count flag: pin the whole process to one core instead.
      singleMs = record(runCheck(pool, ['taskset', '-c', '0']))
      singleHow = 'taskset -c 0 (one core; the CLI has no worker-count flag)'
    }
    return { files: count, bytes, coldMs, warmMs: median(warm), poolFiles, poolBytes, poolMs, singleMs, singleHow, warmDebug, statuses }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
