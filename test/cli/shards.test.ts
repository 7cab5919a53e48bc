/** check --shard i/n, --summary-out and --merge: the shards and the merge give one run's diagnostics. */
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { shardOf } from '../../src/node/check/shard.js'
import { main } from '../../src/cli/main.js'
import type { Diagnostic } from '../../src/schema/diagnostic.js'
import { writeCorpus } from './corpus.js'
import { root, sink, tempDir } from './helpers.js'

const env = { EXOSOME_CONTENT_NOW: '2026-11-29' }

async function run(argv: string[], cwd: string, environment: Record<string, string> = env) {
  const stdout = sink()
  const stderr = sink()
  const code = await main(argv, { stdout, stderr, cwd, env: environment })
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
    // The summary carries what the cross-document rules (claim-id-stable, locale-parity) read.
    const summary = JSON.parse(readFileSync(path.join(dir, 'summary-1.json'), 'utf8')) as { format: string; version: number; shard: unknown; files: Array<{ file: string; summary: Record<string, unknown> | null }> }
    expect(summary).toMatchObject({ format: 'exosome-content/claims-summary', version: 2, shard: { index: 1, count: 4 } })
    const document = summary.files.find((file) => file.summary !== null)?.summary
    expect(Object.keys(document ?? {}).sort()).toEqual(['claims', 'disclaimers', 'hash', 'id', 'intro', 'locale', 'sections', 'version'])
    expect(Object.keys((document?.['sections'] as Array<Record<string, unknown>>)[0] ?? {}).sort()).toEqual(['depth', 'id', 'position', 'steps'])
    expect(Object.keys((document?.['claims'] as Array<Record<string, unknown>>)[0] ?? {}).sort()).toEqual(['cites', 'evidence', 'id', 'kind', 'position', 'requires', 'section', 'textHash'])
  })

  it('a translation and its original in different shards: --merge, with the cache cold or warm, reports what one run does', async () => {
    const dir = tempDir()
    writeCorpus(dir, 12)
    // The overview and its Spanish translation, as three pages; each translation has one mistake.
    const english = readFileSync(path.join(root, 'content/exosome-therapy.md'), 'utf8')
    const spanish = readFileSync(path.join(root, 'content/exosome-therapy.es.md'), 'utf8')
    const mistakes: Array<[string, string]> = [
      ['#hair-research kind=therapeutic-potential evidence=early-clinical', '#hair-research kind=therapeutic-potential evidence=clinical'],
      ['cite="olumesi-goldberg-2023-skin flores-2026-skin-review"}', 'cite="olumesi-goldberg-2023-skin"}'],
      ['::disclaimer{ref=report-problems}\n', '\n'],
    ]
    mistakes.forEach(([from, to], group) => {
      expect(spanish).toContain(from)
      const id = (text: string): string => text.replace('id: exosome-therapy', `id: overview-${group}`)
      writeFileSync(path.join(dir, `overview-${group}.md`), id(english))
      writeFileSync(path.join(dir, `overview-${group}.es.md`), id(spanish.replace(from, to)))
    })
    const count = 4
    expect(mistakes.some((_, group) => shardOf(`overview-${group}.md`, count) !== shardOf(`overview-${group}.es.md`, count))).toBe(true)
    const later = { EXOSOME_CONTENT_NOW: '2026-12-02' }
    const parityOf = (reports: Report[]): string[] =>
      reports.flatMap((report) => report.flatMap((entry) => entry.diagnostics.filter((d) => d.ruleId === 'locale-parity').map((d) => `${entry.file} ${d.place.start.line}:${d.place.start.column} ${d.message}`))).sort()

    const whole = JSON.parse((await run(['check', '.', '-f', 'json'], dir, later)).stdout) as Report
    const found = parityOf([whole])
    expect(found).toHaveLength(3)
    const lineIn = (group: number, needle: string): number => spanish.replace(...(mistakes[group] as [string, string])).split(needle)[0]?.split('\n').length ?? 0
    expect(found).toEqual(
      [
        `overview-0.es.md ${lineIn(0, ':::claim{#hair-research')}:1 Unexpected grade \`clinical\` for claim \`hair-research\` in es, expected \`early-clinical\` as in en (overview-0.md)`,
        `overview-1.es.md ${lineIn(1, ':::claim{#skin-research')}:1 Unexpected citations \`olumesi-goldberg-2023-skin\` for claim \`skin-research\` in es, expected \`olumesi-goldberg-2023-skin flores-2026-skin-review\` as in en (overview-1.md): missing \`flores-2026-skin-review\``,
        `overview-2.es.md ${lineIn(2, '## Cómo protegerse')}:1 Missing \`::disclaimer{ref=report-problems}\` in section \`protecting-yourself\` of es, expected it after claim \`report-problems-to-medwatch\` as in en (overview-2.md)`,
      ].sort(),
    )
    for (const entry of whole) {
      for (const d of entry.diagnostics.filter((item) => item.ruleId === 'locale-parity')) expect(d.related?.message).toContain(`in en (${entry.file.replace('.es.md', '.md')})`)
    }

    // Shards and --merge, with the cache cold and then warm: the same diagnostics, file by file.
    for (const pass of ['cold', 'warm']) {
      const reports: Report[] = []
      const summaries: string[] = []
      for (let index = 1; index <= count; index++) {
        const shard = await run(['check', '.', '-f', 'json', '--shard', `${index}/${count}`, '--cache-location', `cache-${index}`, '--summary-out', `parity-${index}.json.gz`, '--debug'], dir, later)
        if (pass === 'warm') expect(shard.stderr).toMatch(/ 0 parsed, \d+ from cache/)
        reports.push(JSON.parse(shard.stdout) as Report)
        summaries.push(`parity-${index}.json.gz`)
      }
      expect(parityOf(reports), pass).toEqual([])
      const merged = await run(['check', '--merge', '-f', 'json', ...summaries], dir, later)
      expect(merged.code).toBe(1)
      expect(parityOf([JSON.parse(merged.stdout) as Report]), pass).toEqual(found)
      expect(byFile([...reports, JSON.parse(merged.stdout) as Report]), pass).toEqual(byFile([whole]))
    }
    // One run with the cache warm.
    await run(['check', '.', '-f', 'json', '--cache'], dir, later)
    const warm = await run(['check', '.', '-f', 'json', '--cache', '--debug'], dir, later)
    expect(warm.stderr).toMatch(/ 0 parsed, \d+ from cache/)
    expect(byFile([JSON.parse(warm.stdout) as Report])).toEqual(byFile([whole]))
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
    expect(result.stderr).toContain('the cross-document checks (claim-id-stable, locale-parity) need every shard')
  })
})
