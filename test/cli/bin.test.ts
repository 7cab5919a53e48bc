/**
 * The built executable (`bin/exosome-content.js` → `dist/cli.js`), spawned as a user runs it.
 * `npm test` builds first; run `npm run build` before running this file alone.
 */
import { spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Log } from 'sarif'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Diagnostic } from '../../src/schema/diagnostic.js'
import { root, tempDir, testNow } from './helpers.js'

const bin = path.join(root, 'bin', 'exosome-content.js')
const fixtures = path.join(import.meta.dirname, 'fixtures')

beforeAll(() => {
  for (const file of ['cli.js', 'check-worker.js']) {
    if (!existsSync(path.join(root, 'dist', file))) throw new Error(`dist/${file} is missing: run npm run build first`)
  }
})

function cli(args: string[], cwd: string, env: Record<string, string> = {}, entry = bin) {
  const result = spawnSync(process.execPath, [entry, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '', EXOSOME_CONTENT_NOW: testNow, ...env },
    timeout: 60_000,
  })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

function project(files: string[]): string {
  const dir = tempDir()
  for (const file of files) copyFileSync(path.join(fixtures, file), path.join(dir, file))
  return dir
}

describe('exosome-content (built)', { timeout: 90_000 }, () => {
  it('is a one-line shim over dist/cli.js', () => {
    expect(readFileSync(bin, 'utf8')).toBe("#!/usr/bin/env node\nimport '../dist/cli.js'\n")
  })

  it('exits 0 clean, 1 on errors, 2 on usage and I/O errors', () => {
    const dir = project(['valid.md', 'invalid.md'])
    expect(cli(['check', 'valid.md'], dir)).toMatchObject({ code: 0, stdout: '✔ 1 file checked, no problems\n' })
    const bad = cli(['check', 'invalid.md'], dir)
    expect(bad.code).toBe(1)
    expect(bad.stdout).toContain('  14:11  error')
    const usage = cli(['check', '--formt', 'json'], dir)
    expect(usage.code).toBe(2)
    expect(usage.stderr).toContain("Unknown option '--formt'")
    expect(usage.stderr).toContain('Usage: exosome-content check')
    expect(cli(['check', 'absent.md'], dir)).toMatchObject({ code: 2, stdout: '' })
  })

  it('checks the built-in overview with no path', () => {
    const dir = tempDir()
    expect(cli(['check'], dir)).toMatchObject({ code: 0, stdout: '✔ 1 file checked, no problems\n' })
  })

  it.each(['check', 'diff', 'render', 'schema', 'init'])('%s --help', (command) => {
    const result = cli([command, '--help'], root)
    expect(result.code).toBe(0)
    expect(result.stdout.startsWith(`Usage: exosome-content ${command}`)).toBe(true)
    expect(result.stdout).toContain('-h, --help')
  })

  describe('formats', () => {
    let dir = ''
    beforeAll(() => {
      dir = mkdtempSync(path.join(tmpdir(), 'exosome-cli-formats-'))
      for (const file of ['invalid.md', 'warning.md']) copyFileSync(path.join(fixtures, file), path.join(dir, file))
    })
    afterAll(() => rmSync(dir, { recursive: true, force: true }))
    const json = () => JSON.parse(cli(['check', '.', '-f', 'json'], dir).stdout) as Array<{ file: string; diagnostics: Diagnostic[] }>

    it('json: one entry per file with every diagnostic', () => {
      const report = json()
      expect(report.map((entry) => entry.file)).toEqual(['invalid.md', 'warning.md'])
      expect(report[0]?.diagnostics.some((d) => d.ruleId === 'overclaim-wording' && d.place.start.line === 27 && d.place.start.column === 10)).toBe(true)
      expect(report[1]?.diagnostics.map((d) => [d.ruleId, d.severity])).toEqual([['reference-unused', 'warning']])
    })

    it('stylish: grouped by file with a summary', () => {
      const result = cli(['check', '.'], dir)
      expect(result.code).toBe(1)
      expect(result.stdout).toMatch(/^invalid\.md\n {2}14:11 +error/)
      expect(result.stdout).toMatch(/\nwarning\.md\n {2}16:5 +warning +Unexpected unused reference .* +reference-unused\n/)
      expect(result.stdout).toMatch(/✖ \d+ problems \(\d+ errors, 1 warning\)\n$/)
    })

    it('github: one workflow command per diagnostic', () => {
      const result = cli(['check', '.', '-f', 'github'], dir)
      expect(result.code).toBe(1)
      const lines = result.stdout.trimEnd().split('\n')
      const expected = json().flatMap((entry) => entry.diagnostics.map((d) => ({ file: entry.file, d })))
      expect(lines).toHaveLength(expected.length)
      const unused = expected.find((item) => item.d.ruleId === 'reference-unused')?.d
      const { start, end } = unused?.place ?? { start: { line: 0, column: 0 }, end: { line: 0, column: 0 } }
      expect(lines).toContain(
        `::warning file=warning.md,line=${start.line},col=${start.column},endLine=${end.line},endColumn=${end.column},title=reference-unused::${unused?.message ?? ''}`,
      )
      expect(start).toMatchObject({ line: 16, column: 5 })
      for (const line of lines) expect(line).toMatch(/^::(error|warning|notice) file=[^,]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[a-z0-9-]+::.+$/)
    })

    it('sarif: a 2.1.0 log whose results match the diagnostics', () => {
      const result = cli(['check', '.', '-f', 'sarif'], dir)
      expect(result.code).toBe(1)
      const log = JSON.parse(result.stdout) as Log
      expect(log.version).toBe('2.1.0')
      const run = log.runs[0]
      expect(run?.tool.driver.name).toBe('exosome-content')
      expect(run?.tool.driver.version).toMatch(/^\d+\.\d+\.\d+/)
      const rules = run?.tool.driver.rules ?? []
      expect(new Set(rules.map((rule) => rule.id)).size).toBe(rules.length)
      const unused = rules.find((rule) => rule.id === 'reference-unused')
      expect(unused?.defaultConfiguration?.level).toBe('warning')
      expect(unused?.helpUri).toMatch(/rules\.md#reference-unused$/)
      expect(unused?.shortDescription?.text.length).toBeGreaterThan(10)

      const expected = json().flatMap((entry) =>
        entry.diagnostics.map((d) => ({
          ruleId: d.ruleId,
          uri: entry.file,
          region: { startLine: d.place.start.line, startColumn: d.place.start.column, endLine: d.place.end.line, endColumn: d.place.end.column },
          level: d.severity === 'info' ? 'note' : d.severity,
        })),
      )
      const actual = (run?.results ?? []).map((item) => {
        expect(rules[item.ruleIndex ?? -1]?.id).toBe(item.ruleId)
        const location = item.locations?.[0]?.physicalLocation
        return { ruleId: item.ruleId, uri: location?.artifactLocation?.uri, region: location?.region, level: item.level }
      })
      expect(actual).toEqual(expected)
    })
  })

  it('loads an exosome-content.config.mjs from a parent directory', () => {
    const dir = project(['warning.md'])
    writeFileSync(path.join(dir, 'exosome-content.config.mjs'), "export default { rules: { 'reference-unused': 'error' } }\n")
    const nested = path.join(dir, 'nested')
    mkdirSync(nested)
    const result = cli(['check', '../warning.md'], nested)
    expect(result.code).toBe(1)
    expect(result.stdout).toContain('16:5  error  Unexpected unused reference')
  })

  it('reuses the cache for unchanged files', () => {
    const dir = project(['valid.md', 'warning.md'])
    expect(cli(['check', '.', '--cache', '--debug'], dir).stderr).toBe('exosome-content: 2 files, 2 parsed, 0 from cache\n')
    expect(existsSync(path.join(dir, '.exosome-content-cache'))).toBe(true)
    const warm = cli(['check', '.', '--cache', '--debug'], dir)
    expect(warm.stderr).toBe('exosome-content: 2 files, 0 parsed, 2 from cache\n')
    expect(warm.stdout).toContain('16:5  warning')
  })

  it('reports parse-timeout at 1:1 for a file that parses too long, and finishes', () => {
    const dir = project(['valid.md'])
    const paragraphs = Array.from({ length: 3000 }, (_, index) => `Paragraph ${index} of a long page that takes a while to parse.\n`).join('\n')
    writeFileSync(path.join(dir, 'long.md'), `${readFileSync(path.join(dir, 'valid.md'), 'utf8')}\n${paragraphs}`)
    const result = cli(['check', 'long.md', 'valid.md', '--timeout', '1', '-f', 'json'], dir)
    expect(result.code).toBe(1)
    const report = JSON.parse(result.stdout) as Array<{ file: string; diagnostics: Diagnostic[] }>
    expect(report.map((entry) => entry.file)).toEqual(['long.md', 'valid.md'])
    expect(report[0]?.diagnostics).toEqual([
      expect.objectContaining({
        ruleId: 'parse-timeout',
        severity: 'error',
        place: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } },
        message: expect.stringContaining('over 1 ms'),
      }),
    ])
  })
})
