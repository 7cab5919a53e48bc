/**
 * `locale-parity` through the CLI and the Node API: `check content/*.md` passes with the
 * English and Spanish overviews; over a set of pages in three locales, one run, CI shards plus
 * `--merge`, and `checkFiles` + `mergeSummaries` all give the same diagnostics.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { main } from '../../src/cli/main.js'
import { checkFiles, mergeSummaries } from '../../src/node/index.js'
import { shardOf } from '../../src/node/check/shard.js'
import type { Diagnostic } from '../../src/schema/diagnostic.js'
import { root, sink, tempDir } from './helpers.js'

const env = { EXOSOME_CONTENT_NOW: '2026-12-02' }

async function run(argv: string[], cwd: string) {
  const stdout = sink()
  const stderr = sink()
  const code = await main(argv, { stdout, stderr, cwd, env })
  return { code, stdout: stdout.text(), stderr: stderr.text() }
}

type Report = Array<{ file: string; diagnostics: Diagnostic[] }>

const crossRules = new Set(['claim-id-stable', 'locale-parity'])

const fixtures = path.join(root, 'test/rules/fixtures/locale-parity')
const english = readFileSync(path.join(fixtures, '_other.md'), 'utf8')
const spanish = readFileSync(path.join(fixtures, 'ok-translation.md'), 'utf8')

/** Pages `page-N.md` (en), `page-N.es.md`, `page-N.fr.md`; some translations with one mistake. */
function writePages(dir: string, groups: number): void {
  writeFileSync(path.join(dir, 'exosome-content.config.json'), readFileSync(path.join(fixtures, 'policy.json')))
  const mistakes: Array<[string, string]> = [
    ['cite="review-a study-a"', 'cite="review-a"'],
    ['evidence=early-clinical', 'evidence=clinical'],
    ['\n::disclaimer{ref=report-problems}\n', ''],
    ['## Regulación {#regulation}', '## Regulación'],
    ['::claim{ref=no-approved-products}\n', 'Ningún producto de exosomas está aprobado.\n'],
    ['#exosomes-are-vesicles kind=definition', '#exosomes-are-vesicles kind=mechanism'],
  ]
  for (let group = 0; group < groups; group++) {
    const id = (text: string): string => text.replace('id: fixture', `id: page-${group}`)
    writeFileSync(path.join(dir, `page-${group}.md`), id(english))
    // Groups 0-5: the Spanish page has mistake N; groups 6-11: the French page has mistake N - 6.
    const [from, to] = mistakes[group % mistakes.length] as [string, string]
    writeFileSync(path.join(dir, `page-${group}.es.md`), id(group < mistakes.length ? spanish.replace(from, to) : spanish))
    const french = spanish.replace('locale: es', 'locale: fr')
    writeFileSync(path.join(dir, `page-${group}.fr.md`), id(group >= mistakes.length && group < 2 * mistakes.length ? french.replace(from, to) : french))
  }
}

function byFile(reports: Report[]): Map<string, string[]> {
  const map = new Map<string, string[]>()
  for (const report of reports) for (const entry of report) map.set(entry.file, [...(map.get(entry.file) ?? []), ...entry.diagnostics.map((d) => JSON.stringify(d))])
  for (const [file, diagnostics] of map) map.set(file, diagnostics.sort())
  return map
}

describe('locale-parity in check', { timeout: 120_000 }, () => {
  it('check content/*.md passes: the English and Spanish overviews are in parity', async () => {
    const result = await run(['check', 'content/*.md', '-f', 'json'], root)
    const report = JSON.parse(result.stdout) as Report
    expect(report.map((entry) => entry.file)).toEqual(['content/exosome-therapy.es.md', 'content/exosome-therapy.md'])
    const diagnostics = report.flatMap((entry) => entry.diagnostics)
    expect(diagnostics.filter((d) => crossRules.has(d.ruleId))).toEqual([])
    expect(diagnostics.filter((d) => d.severity !== 'info')).toEqual([])
    expect(result.code).toBe(0)
  })

  it('one run, shards plus --merge, and the Node API report the same locale-parity diagnostics', async () => {
    const dir = tempDir()
    writePages(dir, 12)
    const whole = await run(['check', '.', '-f', 'json'], dir)
    expect(whole.code).toBe(1)
    const wholeReport = JSON.parse(whole.stdout) as Report
    const parity = wholeReport.flatMap((entry) => entry.diagnostics.filter((d) => d.ruleId === 'locale-parity').map((d) => `${entry.file}:${d.place.start.line} ${d.message}`))
    // Only translations with a mistake are reported, each in its own file.
    expect(new Set(parity.map((line) => line.split(':')[0]))).toEqual(new Set([0, 1, 2, 3, 4, 5].map((group) => `page-${group}.es.md`).concat([6, 7, 8, 9, 10, 11].map((group) => `page-${group}.fr.md`))))
    expect(parity).toContain('page-1.es.md:63 Unexpected grade `clinical` for claim `skin-research` in es, expected `early-clinical` as in en (page-1.md)')
    expect(parity).toContain('page-7.fr.md:63 Unexpected grade `clinical` for claim `skin-research` in fr, expected `early-clinical` as in en (page-7.md)')
    // No other cross-document diagnostic: the translated texts are not claim-id-stable errors.
    expect(wholeReport.flatMap((entry) => entry.diagnostics).filter((d) => d.ruleId !== 'locale-parity' && d.severity === 'error')).toEqual([])

    // A translation and its original in different shards.
    const count = 3
    expect(Array.from({ length: 12 }, (_, group) => shardOf(`page-${group}.md`, count) !== shardOf(`page-${group}.es.md`, count)).some(Boolean)).toBe(true)
    const reports: Report[] = []
    const summaries: string[] = []
    for (let index = 1; index <= count; index++) {
      const shard = await run(['check', '.', '-f', 'json', '--shard', `${index}/${count}`, '--summary-out', `s${index}.json`], dir)
      const report = JSON.parse(shard.stdout) as Report
      expect(report.flatMap((entry) => entry.diagnostics).some((d) => crossRules.has(d.ruleId))).toBe(false)
      reports.push(report)
      summaries.push(`s${index}.json`)
    }
    const merged = await run(['check', '--merge', '-f', 'json', ...summaries], dir)
    expect(merged.code).toBe(1)
    const mergeReport = JSON.parse(merged.stdout) as Report
    expect(byFile([...reports, mergeReport])).toEqual(byFile([wholeReport]))

    // The Node API: checkFiles over everything, and mergeSummaries over the shards' claims.
    const api = await checkFiles(['.'], { cwd: dir, now: env.EXOSOME_CONTENT_NOW })
    expect(byFile([api.files])).toEqual(byFile([wholeReport]))
    expect(api.crossDocument.every((d) => d.ruleId === 'locale-parity')).toBe(true)
    const shards = await Promise.all([1, 2, 3].map(async (index) => (await checkFiles(['.'], { cwd: dir, now: env.EXOSOME_CONTENT_NOW, shard: `${index}/3` })).claims))
    const mergedApi = await mergeSummaries(shards, { cwd: dir })
    expect(mergedApi.crossDocument).toEqual(api.crossDocument)
  })

  it('--merge refuses a summary of the previous layout', async () => {
    const dir = tempDir()
    writePages(dir, 2)
    await run(['check', '.', '--shard', '1/1', '--summary-out', 's.json'], dir)
    const summary = JSON.parse(readFileSync(path.join(dir, 's.json'), 'utf8')) as { version: number }
    expect(summary.version).toBe(2)
    writeFileSync(path.join(dir, 'old.json'), JSON.stringify({ ...summary, version: 1 }))
    expect(await run(['check', '--merge', 'old.json'], dir)).toMatchObject({ code: 2, stderr: expect.stringContaining('Invalid claims summary old.json: layout version 1, expected 2') })
    // A summary of this version without the placements is refused too.
    const stripped = JSON.parse(readFileSync(path.join(dir, 's.json'), 'utf8')) as { files: Array<{ summary: Record<string, unknown> | null }> }
    for (const file of stripped.files) if (file.summary !== null) delete file.summary['intro']
    writeFileSync(path.join(dir, 'stripped.json'), JSON.stringify(stripped))
    expect(await run(['check', '--merge', 'stripped.json'], dir)).toMatchObject({ code: 2, stderr: expect.stringMatching(/Invalid claims summary stripped\.json: files\.\d+\.summary\.intro/) })
  })
})
