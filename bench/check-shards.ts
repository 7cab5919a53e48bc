/**
 * A CI matrix on one machine: `check --shard i/n --summary-out` for each shard in turn, then
 * `check --merge` over the summaries, on a generated corpus of overview-shaped files. Prints
 * each shard's time, the merge's time and the summary sizes, checks that the shards and the
 * merge report what one whole run reports (with --verify), and projects the times for more
 * pages on a matrix of runners.
 *
 *   npm run build && npx tsx bench/check-shards.ts [--files 10000] [--shards 4] [--verify]
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { loadSource, makeCorpus, root } from './corpus.js'

const bin = path.join(root, 'bin', 'exosome-content.js')

function timed(args: string[], cwd: string): { ms: number; status: number | null; stdout: string; stderr: string } {
  const start = process.hrtime.bigint()
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024, env: { ...process.env, EXOSOME_CONTENT_NOW: '2026-11-29' } })
  const ms = Number(process.hrtime.bigint() - start) / 1e6
  if (result.status !== 0 && result.status !== 1) throw new Error(`check ${args.join(' ')} exited ${result.status}: ${result.stderr.slice(0, 1000)}`)
  return { ms, status: result.status, stdout: result.stdout, stderr: result.stderr }
}

const { values } = parseArgs({ options: { files: { type: 'string' }, shards: { type: 'string' }, verify: { type: 'boolean' } } })
const files = Number(values.files ?? 10_000)
const shards = Number(values.shards ?? 4)
const dir = mkdtempSync(path.join(tmpdir(), 'exosome-bench-shards-'))
try {
  const content = path.join(dir, 'content')
  mkdirSync(content)
  let bytes = 0
  for (const file of makeCorpus(loadSource(), files)) {
    writeFileSync(path.join(content, file.name), file.source)
    bytes += Buffer.byteLength(file.source)
  }
  console.log(`${files} files, ${(bytes / 1e6).toFixed(1)} MB, ${shards} shards, ${availableParallelism()} cores`)
  const shardMs: number[] = []
  const summaries: string[] = []
  const reports: Array<Array<{ file: string; diagnostics: unknown[] }>> = []
  for (let index = 1; index <= shards; index++) {
    const summary = path.join(dir, `summary-${index}.json`)
    const report = path.join(dir, `report-${index}.json`)
    const run = timed(['check', 'content', '--shard', `${index}/${shards}`, '--summary-out', summary, '-f', 'json', '-o', report], dir)
    shardMs.push(run.ms)
    summaries.push(summary)
    const parsed = JSON.parse(readFileSync(report, 'utf8')) as Array<{ file: string; diagnostics: unknown[] }>
    reports.push(parsed)
    console.log(`shard ${index}/${shards}: ${parsed.length} files in ${(run.ms / 1000).toFixed(1)} s, summary ${(statSync(summary).size / 1e6).toFixed(2)} MB`)
  }
  const merge = timed(['check', '--merge', ...summaries, '-f', 'json', '-o', path.join(dir, 'merge.json')], dir)
  const summaryBytes = summaries.reduce((sum, file) => sum + statSync(file).size, 0)
  console.log(`merge: ${(merge.ms / 1000).toFixed(2)} s over ${(summaryBytes / 1e6).toFixed(2)} MB of summaries`)
  const slowest = Math.max(...shardMs)
  const perFile = shardMs.reduce((sum, ms) => sum + ms, 0) / files
  console.log(`per file (sum of shards / files): ${perFile.toFixed(1)} ms; slowest shard ${(slowest / 1000).toFixed(1)} s`)
  for (const pages of [100_000]) {
    const shardProjected = (slowest / (files / shards)) * (pages / shards)
    const mergeProjected = merge.ms * (pages / files)
    console.log(
      `projection, ${pages} pages on ${shards} runners like this one: each shard about ${(shardProjected / 60_000).toFixed(1)} min, then the merge about ${(mergeProjected / 1000).toFixed(0)} s (summaries about ${((summaryBytes * pages) / files / 1e6).toFixed(0)} MB)`,
    )
  }
  if (values.verify === true) {
    const whole = timed(['check', 'content', '-f', 'json', '-o', path.join(dir, 'whole.json')], dir)
    const key = (entries: Array<{ file: string; diagnostics: unknown[] }>) => {
      const map = new Map<string, string[]>()
      for (const entry of entries) map.set(entry.file, [...(map.get(entry.file) ?? []), ...entry.diagnostics.map((d) => JSON.stringify(d))])
      return JSON.stringify([...map].map(([file, list]) => [file, list.sort()]).sort())
    }
    const split = key([...reports.flat(), ...(JSON.parse(readFileSync(path.join(dir, 'merge.json'), 'utf8')) as never[])])
    const one = key(JSON.parse(readFileSync(path.join(dir, 'whole.json'), 'utf8')) as never)
    console.log(`one run: ${(whole.ms / 1000).toFixed(1)} s; shards + merge report the same diagnostics: ${split === one ? 'yes' : 'NO'}`)
  }
} finally {
  rmSync(dir, { recursive: true, force: true })
}
