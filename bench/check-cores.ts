/**
 * How `check` uses the cores, measured against what the machine itself allows, in one run:
 *
 * - ceiling: a plain parse loop (`parseContent` over the files, in a fresh `node` process)
 *   over all files in one process, against two processes at once over half the files each;
 *   `ceiling = one / two` is the most two workers could gain here (about 1.15-1.2 on these
 *   shared 2-vCPU machines, not 2);
 * - pool: `check <dir>` with the default workers against `--workers 1` on the same files;
 * - small input: the same on a few files, where the default must not lose.
 *
 * Each round measures every variant once, alternating the order; the figures are the
 * medians of the rounds, with the spread (min-max) of each ratio.
 *
 *   npm run build && npx tsx bench/check-cores.ts [--files 300] [--small 20] [--rounds 3]
 */
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { availableParallelism, cpus, tmpdir } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { loadSource, makeCorpus, root } from './corpus.js'
import { median } from './measure.js'

const bin = path.join(root, 'bin', 'exosome-content.js')
const parser = path.join(root, 'dist', 'parser.js')

// The ceiling's subject: what one check worker does with each file, without the pool.
const loopScript = `
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
const { parseContent } = await import(${JSON.stringify(parser)})
const [dir, part, parts] = process.argv.slice(1)
const names = readdirSync(dir).sort().filter((_, index) => index % Number(parts) === Number(part))
let diagnostics = 0
for (const name of names) diagnostics += parseContent(readFileSync(path.join(dir, name), 'utf8'), { path: name, now: '2026-11-29' }).diagnostics.length
process.stdout.write(String(diagnostics))
`

/** CPU seconds (user + system) of a finished child, from `/usr/bin/time`. */
let cpuTotal = 0
const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined

/** Wall milliseconds until every command has exited; their CPU time is added to `cpuTotal`. */
async function wall(commands: string[][]): Promise<number> {
  const start = process.hrtime.bigint()
  await Promise.all(
    commands.map(
      (command) =>
        new Promise<void>((resolve, reject) => {
          const timed = timeBin === undefined ? command : [timeBin, '-f', '@cpu %U %S', ...command]
          const child = spawn(timed[0] as string, timed.slice(1), { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, EXOSOME_CONTENT_NOW: '2026-11-29' } })
          let stderr = ''
          child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
          child.on('exit', (code) => {
            const cpu = /@cpu ([\d.]+) ([\d.]+)/.exec(stderr)
            if (cpu !== null) cpuTotal += Number(cpu[1]) + Number(cpu[2])
            // /usr/bin/time passes the exit code through.
            if (code === 0 || code === 1) resolve()
            else reject(new Error(`${command.join(' ')} exited ${code}: ${stderr.slice(0, 500)}`))
          })
        }),
    ),
  )
  return Number(process.hrtime.bigint() - start) / 1e6
}

/** Wall and CPU time of one variant. */
async function measure(commands: string[][]): Promise<{ wall: number; cpu: number }> {
  const before = cpuTotal
  const ms = await wall(commands)
  return { wall: ms, cpu: cpuTotal - before }
}

const loop = (dir: string, part: number, parts: number): string[] => [process.execPath, '--input-type=module', '-e', loopScript, dir, String(part), String(parts)]
const check = (dir: string, extra: string[]): string[] => [process.execPath, bin, 'check', dir, '--format', 'json', '--output', path.join(dir, '..', `report-${Math.random()}.json`), ...extra]

/** One round's wall timings (milliseconds). */
interface Round {
  loopOne: number
  loopTwo: number
  single: number
  pool: number
  smallSingle: number
  smallPool: number
}

/** What the bench found. */
export interface CoresBench {
  files: number
  smallFiles: number
  workers: number
  rounds: Round[]
  ceiling: number[]
  speedup: number[]
  /** speedup / ceiling per round. */
  ofCeiling: number[]
  /** (speedup - 1) / (ceiling - 1) per round: the share of the possible gain. */
  ofGain: number[]
  /** --workers 1 time / default time on the small input (>= 1: no loss). */
  small: number[]
  /** CPU seconds per variant per round: what running in parallel costs in work. */
  cpu: Array<Record<keyof Round, number>>
}

/**
 * Run the bench.
 *
 * @param options Files, small files, rounds.
 * @returns The figures.
 */
export async function benchCores(options: { files: number; small: number; rounds: number }): Promise<CoresBench> {
  const dir = mkdtempSync(path.join(tmpdir(), 'exosome-bench-cores-'))
  try {
    const big = path.join(dir, 'big')
    const small = path.join(dir, 'small')
    mkdirSync(big)
    mkdirSync(small)
    const corpus = makeCorpus(loadSource(), options.files)
    corpus.forEach((file, index) => {
      writeFileSync(path.join(big, file.name), file.source)
      if (index < options.small) writeFileSync(path.join(small, file.name), file.source)
    })
    const help = spawnSync(process.execPath, [bin, 'check', '--help'], { encoding: 'utf8' })
    if (!help.stdout.includes('--workers')) throw new Error('the built CLI has no --workers flag: run npm run build')
    // Warm the disk cache and the module cache of node itself.
    await wall([loop(big, 0, 1)])
    const rounds: Round[] = []
    const cpu: Array<Record<keyof Round, number>> = []
    for (let round = 0; round < options.rounds; round++) {
      const variants: Array<[keyof Round, () => Promise<{ wall: number; cpu: number }>]> = [
        ['loopOne', () => measure([loop(big, 0, 1)])],
        ['loopTwo', () => measure([loop(big, 0, 2), loop(big, 1, 2)])],
        ['single', () => measure([check(big, ['--workers', '1'])])],
        ['pool', () => measure([check(big, [])])],
        ['smallSingle', () => measure([check(small, ['--workers', '1'])])],
        ['smallPool', () => measure([check(small, [])])],
      ]
      if (round % 2 === 1) variants.reverse()
      const timings: Partial<Round> = {}
      const seconds: Partial<Record<keyof Round, number>> = {}
      for (const [name, run] of variants) {
        const result = await run()
        timings[name] = result.wall
        seconds[name] = result.cpu
      }
      rounds.push(timings as Round)
      cpu.push(seconds as Record<keyof Round, number>)
      const last = timings as Round
      process.stderr.write(
        `round ${round + 1}: ceiling ${(last.loopOne / last.loopTwo).toFixed(3)}x, pool ${(last.single / last.pool).toFixed(3)}x, small ${(last.smallSingle / last.smallPool).toFixed(3)}x\n`,
      )
    }
    const ceiling = rounds.map((round) => round.loopOne / round.loopTwo)
    const speedup = rounds.map((round) => round.single / round.pool)
    return {
      files: options.files,
      smallFiles: options.small,
      workers: Math.max(1, Math.min(availableParallelism(), Math.floor(options.files / 40))),
      rounds,
      ceiling,
      speedup,
      ofCeiling: speedup.map((value, index) => value / (ceiling[index] as number)),
      ofGain: speedup.map((value, index) => (value - 1) / ((ceiling[index] as number) - 1)),
      small: rounds.map((round) => round.smallSingle / round.smallPool),
      cpu,
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

const spread = (values: readonly number[], digits = 3): string => `${median(values).toFixed(digits)} (${Math.min(...values).toFixed(digits)}-${Math.max(...values).toFixed(digits)})`

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  const { values } = parseArgs({ options: { files: { type: 'string' }, small: { type: 'string' }, rounds: { type: 'string' } } })
  const result = await benchCores({ files: Number(values.files ?? 300), small: Number(values.small ?? 20), rounds: Number(values.rounds ?? 3) })
  const ms = (key: keyof Round): string => `${Math.round(median(result.rounds.map((round) => round[key])))} ms`
  console.log(`machine: ${availableParallelism()} cores (${cpus()[0]?.model ?? 'unknown'}), Node ${process.version}; default workers for ${result.files} files: ${result.workers}`)
  console.log(`parse loop, ${result.files} files: one process ${ms('loopOne')}, two processes at once ${ms('loopTwo')}`)
  console.log(`check, ${result.files} files: --workers 1 ${ms('single')}, default ${ms('pool')}`)
  console.log(`check, ${result.smallFiles} files: --workers 1 ${ms('smallSingle')}, default ${ms('smallPool')}`)
  console.log(`ceiling (one loop / two loops):      ${spread(result.ceiling)}`)
  console.log(`pool speedup (--workers 1 / default): ${spread(result.speedup)}`)
  console.log(`pool / ceiling:                      ${spread(result.ofCeiling)}  target >= 0.90`)
  console.log(`share of the possible gain:          ${spread(result.ofGain, 2)}`)
  console.log(`small input (--workers 1 / default): ${spread(result.small)}  target >= 1 (no loss)`)
  if (timeBin !== undefined) {
    const cpuRatio = (a: keyof Round, b: keyof Round): number[] => result.cpu.map((round) => round[a] / round[b])
    console.log(`CPU time, two loops / one loop:      ${spread(cpuRatio('loopTwo', 'loopOne'))}`)
    console.log(`CPU time, pool / --workers 1:        ${spread(cpuRatio('pool', 'single'))}`)
    console.log(`CPU s per round (median): loop one ${median(result.cpu.map((r) => r.loopOne)).toFixed(1)}, loop two ${median(result.cpu.map((r) => r.loopTwo)).toFixed(1)}, --workers 1 ${median(result.cpu.map((r) => r.single)).toFixed(1)}, pool ${median(result.cpu.map((r) => r.pool)).toFixed(1)}`)
  }
}
