/** check --shard i/n, --summary-out and --merge: the shards and the merge give one run's diagnostics. */
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { shardOf } from '../../src/node/check/shard.js'
import { main } from '../../src/cli/main.js'
import type { Diagnostic } from '../../src/schema/diagnostic.js'
import { writeCorpus } from './corpus.js'
import { sink, tempDir } from './helpers.js'

const env = { EXOSOME_CONTENT_NOW: '2026-11-29' }

async function run(argv: string[], cwd: string) {
  const stdout = sink()
  const stderr = sink()
  const code = await main(argv, { stdout, stderr, cwd, env })
  return { code, stdout: stdout.text(), stderr: stderr.text() }
}

type Report = Array<{ file: string; diagnostics: Diagnostic[] }>

function byFile(reports: Report[]): Map<string, Diagnostic[]> {
  const map = new Map<string, Diagnostic[]>()
  for (const report of reports) for (const entry of report) map.set(entry.file, [...(map.get(entry.file) ?? []), ...entry.diagnostics])
  for (const [file, diagnostics] of map) map.set(file, diagnostics.map((d) => JSON.stringify(d)).sort().map((d) => JSON.parse(d) as Diagnostic))
  return map
}

describe('shards', { timeout: 120_000 }, () => {
  it('assigns files by a hash of their path: adding a file moves no other file', () => {
    const names = Array.from({ length: 400 }, (_, index) => `content/page-${index}.md`)
    const before = names.map((name) => shardOf(name, 4))
    expect(new Set(before)).toEqual(new Set([1, 2, 3, 4]))
    for (const shard of [1, 2, 3, 4]) expect(before.filter((value) => value === shard).length).toBeGreaterThan(60)
    // The shard of a file depends on nothing else.
    expect(names.map((name) => shardOf(name, 4))).toEqual(before)
    expect(shardOf('content/page-0.md', 4)).toBe(before[0])
  })

  it('shards 1/4..4/4 plus --merge give exactly the diagnostics of one run', async () => {
    const dir = tempDir()
    writeCorpus(dir, 60)
    const whole = await run(['check', '.', '-f', 'json'], dir)
    const reports: Report[] = []
    const summaries: string[] = []
    let files = 0
    for (const index of [1, 2, 3, 4]) {
      const shard = await run(['check', '.', '-f', 'json', '--shard', `${index}/4`, '--summary-out', `summary-${index}.json`], dir)
      expect(shard.code === 0 || shard.code === 1).toBe(true)
      const report = JSON.parse(shard.stdout) as Report
      files += report.length
      expect(report.flatMap((entry) => entry.diagnostics).some((d) => d.ruleId === 'claim-id-stable')).toBe(false)
      reports.push(report)
      summaries.push(`summary-${index}.json`)
    }
    expect(files).toBe(60)
    const merged = await run(['check', '--merge', '-f', 'json', ...summaries], dir)
    const mergeReport = JSON.parse(merged.stdout) as Report
    expect(mergeReport.flatMap((entry) => entry.diagnostics).every((d) => d.ruleId === 'claim-id-stable')).toBe(true)
    const expected = byFile([JSON.parse(whole.stdout) as Report])
    const actual = byFile([...reports, mergeReport])
    expect(actual).toEqual(expected)
    expect([...expected.values()].flat().filter((d) => d.ruleId === 'claim-id-stable').length).toBeGreaterThan(3)
    expect(merged.code).toBe(1)
    // The summary carries what the cross-document rules (and a later locale-parity) read.
    const summary = JSON.parse(readFileSync(path.join(dir, 'summary-1.json'), 'utf8')) as { format: string; version: number; shard: unknown; files: Array<{ file: string; summary: Record<string, unknown> | null }> }
    expect(summary).toMatchObject({ format: 'exosome-content/claims-summary', version: 1, shard: { index: 1, count: 4 } })
    const document = summary.files.find((file) => file.summary !== null)?.summary
    expect(Object.keys(document ?? {}).sort()).toEqual(['claims', 'disclaimers', 'hash', 'id', 'locale', 'sections', 'version'])
    expect(Object.keys((document?.['claims'] as Array<Record<string, unknown>>)[0] ?? {}).sort()).toEqual(['cites', 'evidence', 'id', 'kind', 'position', 'requires', 'section', 'textHash'])
  })

  it('refuses summaries that are missing, repeated, foreign, corrupt or from another policy', async () => {
    const dir = tempDir()
    writeCorpus(dir, 12)
    for (const index of [1, 2]) await run(['check', '.', '--shard', `${index}/2`, '--summary-out', `s${index}.json`], dir)
    const merge = (...args: string[]) => run(['check', '--merge', ...args], dir)
    expect(await merge('s1.json')).toMatchObject({ code: 2, stderr: expect.stringContaining('Missing shard 2/2') })
    expect(await merge('s1.json', 's1.json')).toMatchObject({ code: 2, stderr: expect.stringContaining('shard 1/2 twice') })
    writeFileSync(path.join(dir, 'bad.json'), '{"format":"something-else"}')
    expect(await merge('s1.json', 'bad.json')).toMatchObject({ code: 2, stderr: expect.stringContaining('Invalid claims summary bad.json: expected a file written by check --summary-out') })
    const tampered = JSON.parse(readFileSync(path.join(dir, 's2.json'), 'utf8')) as { files: Array<{ summary: { claims: Array<{ textHash: string }> } | null }> }
    const withClaims = tampered.files.find((file) => file.summary !== null)
    if (withClaims?.summary?.claims[0] !== undefined) withClaims.summary.claims[0].textHash = 'not a hash'
    writeFileSync(path.join(dir, 'tampered.json'), JSON.stringify(tampered))
    expect(await merge('s1.json', 'tampered.json')).toMatchObject({ code: 2, stderr: expect.stringMatching(/Invalid claims summary tampered\.json: files\.\d+\.summary\.claims\.0\.textHash/) })
    writeFileSync(path.join(dir, 'exosome-content.config.json'), JSON.stringify({ rules: { 'reference-unused': 'off' } }))
    expect(await merge('s1.json', 's2.json')).toMatchObject({ code: 2, stderr: expect.stringContaining('checked with another policy') })
    expect(await run(['check', '--merge'], dir)).toMatchObject({ code: 2 })
    // Gzipped when the name ends with .gz, and read either way.
    rmSync(path.join(dir, 'exosome-content.config.json'))
    await run(['check', '.', '--shard', '1/2', '--summary-out', 's1.json.gz'], dir)
    const gz = readFileSync(path.join(dir, 's1.json.gz'))
    expect([gz[0], gz[1]]).toEqual([0x1f, 0x8b])
    expect(gz.length).toBeLessThan(readFileSync(path.join(dir, 's1.json')).length / 3)
    const mixed = await run(['check', '--merge', 's1.json.gz', 's2.json', '-f', 'json'], dir)
    expect(mixed.stdout).toBe((await run(['check', '--merge', 's1.json', 's2.json', '-f', 'json'], dir)).stdout)
    expect(await run(['check', '.', '--shard', '0/4'], dir)).toMatchObject({ code: 2, stderr: expect.stringContaining('Unexpected --shard `0/4`') })
  })

  it('says that a shard leaves the cross-document checks to --merge', async () => {
    const dir = tempDir()
    writeCorpus(dir, 6)
    const result = await run(['check', '.', '--shard', '1/2'], dir)
    expect(result.stderr).toContain('the cross-document checks (claim-id-stable) need every shard')
  })
})
