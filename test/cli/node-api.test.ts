/**
 * The programmatic API of `exosome-content/node`: checkFiles gives what `check --format json`
 * prints, the formatters are exported, and the entry's exports are pinned.
 * Reads `dist/` (run `npm run build` first).
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import type * as NodeEntry from '../../src/node/index.js'
import type { Diagnostic } from '../../src/schema/diagnostic.js'
import { writeCorpus } from './corpus.js'
import { root, tempDir } from './helpers.js'

const bin = path.join(root, 'bin', 'exosome-content.js')
const now = '2026-11-29'
let api: typeof NodeEntry

beforeAll(async () => {
  const file = path.join(root, 'dist', 'node.js')
  if (!existsSync(file)) throw new Error('dist/node.js is missing: run npm run build first')
  api = (await import(pathToFileURL(file).href)) as typeof NodeEntry
})

function cliJson(args: string[], cwd: string): Array<{ file: string; diagnostics: Diagnostic[] }> {
  const result = spawnSync(process.execPath, [bin, 'check', ...args, '-f', 'json'], { cwd, encoding: 'utf8', env: { ...process.env, EXOSOME_CONTENT_NOW: now }, timeout: 120_000 })
  if (result.status !== 0 && result.status !== 1) throw new Error(result.stderr)
  return JSON.parse(result.stdout) as never
}

describe('exosome-content/node', { timeout: 120_000 }, () => {
  it('exports exactly the parser worker, checkFiles, mergeSummaries, defineConfig, loadConfig, InputError and the formatters (ESM and CJS)', () => {
    const names = ['InputError', 'checkFiles', 'defineConfig', 'formatGithub', 'formatJson', 'formatSarif', 'formatStylish', 'loadConfig', 'mergeSummaries', 'parseContentIsolated']
    expect(Object.keys(api).sort()).toEqual(names)
    const cjs = createRequire(import.meta.url)(path.join(root, 'dist', 'node.cjs')) as object
    expect(Object.keys(cjs).sort()).toEqual(names)
  })

  it('checkFiles on 100 files gives the same diagnostics as check --format json', async () => {
    const dir = tempDir()
    writeCorpus(dir, 100)
    const printed = cliJson(['.'], dir)
    const result = await api.checkFiles('.', { cwd: dir, now })
    expect(result.files).toEqual(printed)
    expect(result.files).toHaveLength(100)
    const ids = new Set(result.files.flatMap((file) => file.diagnostics.map((d) => d.ruleId)))
    expect([...ids].sort()).toEqual(expect.arrayContaining(['claim-id-stable', 'frontmatter-invalid', 'overclaim-wording', 'reference-unused']))
    expect(result.crossDocument.length).toBeGreaterThan(0)
    expect(result.crossDocument.every((d) => d.ruleId === 'claim-id-stable')).toBe(true)
    const flat = result.files.flatMap((file) => file.diagnostics)
    expect(result.summary).toEqual({
      files: 100,
      errors: flat.filter((d) => d.severity === 'error').length,
      warnings: flat.filter((d) => d.severity === 'warning').length,
      infos: 0,
      parsed: 100,
      cached: 0,
    })
    // The formatters print what the CLI prints.
    expect(api.formatJson(result.files)).toBe(`${JSON.stringify(printed, null, 2)}\n`)
    expect(api.formatStylish(result.files)).toContain('✖')
    expect(api.formatGithub(result.files).split('\n').filter(Boolean)).toHaveLength(flat.length)
    expect(JSON.parse(api.formatSarif(result.files)).runs[0].results).toHaveLength(flat.length)
  })

  it('takes a config path, a config value or none, a cache, a worker count and now', async () => {
    const dir = tempDir()
    writeCorpus(dir, 12)
    writeFileSync(path.join(dir, 'strict.json'), JSON.stringify({ rules: { 'reference-unused': 'error' } }))
    const unused = (result: NodeEntry.CheckFilesResult) => result.files.flatMap((file) => file.diagnostics).filter((d) => d.ruleId === 'reference-unused').map((d) => d.severity)
    expect(unused(await api.checkFiles(['.'], { cwd: dir, now, config: 'strict.json' }))).toEqual(['error'])
    expect(unused(await api.checkFiles(['.'], { cwd: dir, now, config: { rules: { 'reference-unused': 'off' } } }))).toEqual([])
    expect(unused(await api.checkFiles(['.'], { cwd: dir, now, config: false, workers: 2 }))).toEqual(['warning'])
    const cold = await api.checkFiles(['.'], { cwd: dir, now, cache: 'cache/' })
    const warm = await api.checkFiles(['.'], { cwd: dir, now, cache: 'cache/' })
    expect([cold.summary.parsed, warm.summary.cached]).toEqual([12, 12])
    expect(warm.files).toEqual(cold.files)
    const later = await api.checkFiles(['.'], { cwd: dir, now: '2028-12-01', cache: 'cache/' })
    expect(later.summary.parsed).toBe(12)
    expect(later.files.flatMap((file) => file.diagnostics).some((d) => d.ruleId === 'review-stale')).toBe(true)
  })

  it('rejects bad input with InputError and bad options with TypeError', async () => {
    const dir = tempDir()
    mkdirSync(path.join(dir, 'empty'))
    await expect(api.checkFiles('empty', { cwd: dir })).rejects.toBeInstanceOf(api.InputError)
    await expect(api.checkFiles('missing.md', { cwd: dir })).rejects.toThrow('Cannot read missing.md: no such file or directory')
    await expect(api.checkFiles([], { cwd: dir })).rejects.toBeInstanceOf(TypeError)
    await expect(api.checkFiles('.', { cwd: dir, workers: 0 })).rejects.toBeInstanceOf(TypeError)
    await expect(api.checkFiles('.', { cwd: dir, now: 'tomorrow' })).rejects.toBeInstanceOf(TypeError)
    await expect(api.checkFiles('.', { cwd: dir, shard: '5/4' })).rejects.toBeInstanceOf(TypeError)
    await expect(api.checkFiles('.', { cwd: dir, config: { rulez: {} } as never })).rejects.toThrow(/Invalid config passed to checkFiles/)
  })

  it('works from require() and from `node --input-type=module -e` (whose flag workers must not inherit)', () => {
    const dir = tempDir()
    writeCorpus(dir, 6)
    const script = (load: string) => `${load}.then((m) => m.checkFiles('.', { now: '${now}' })).then((r) => process.stdout.write(JSON.stringify(r.summary)))`
    const esm = spawnSync(process.execPath, ['--input-type=module', '-e', script(`import(${JSON.stringify(pathToFileURL(path.join(root, 'dist', 'node.js')).href)})`)], { cwd: dir, encoding: 'utf8' })
    const cjs = spawnSync(process.execPath, ['-e', script(`Promise.resolve(require(${JSON.stringify(path.join(root, 'dist', 'node.cjs'))}))`)], { cwd: dir, encoding: 'utf8' })
    const expected = { files: 6, parsed: 6, cached: 0, infos: 0 }
    expect(JSON.parse(esm.stdout || '{}')).toMatchObject(expected)
    expect(JSON.parse(cjs.stdout || '{}')).toEqual(JSON.parse(esm.stdout || '{}'))
    expect((JSON.parse(esm.stdout) as { errors: number }).errors).toBeLessThan(6)
  })

  it('stops when its signal aborts', async () => {
    const dir = tempDir()
    writeCorpus(dir, 40)
    const controller = new AbortController()
    const running = api.checkFiles('.', { cwd: dir, now, signal: controller.signal, onProgress: (done) => done === 3 && controller.abort(new Error('stopped by the test')) })
    await expect(running).rejects.toThrow('stopped by the test')
  })
})
