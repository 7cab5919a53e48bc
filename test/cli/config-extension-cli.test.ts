/**
 * The commands with a config that extends the frontmatter and has overrides: check (its
 * parser workers load the extension from the config file), the cache, schema, render, diff,
 * checkFiles. Run in-process through `main`; the workers come from `dist/` when it is built.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { main } from '../../src/cli/main.js'
import { checkFiles } from '../../src/node/check-files.js'
import { poolServes, startParserPool } from '../../src/node/check/run.js'
import { loadConfig, resolveConfig } from '../../src/node/config.js'
import { parseContentIsolated } from '../../src/node/isolated.js'
import type { Diagnostic } from '../../src/schema/diagnostic.js'
import { sink, tempDir, testNow } from './helpers.js'

const fixtures = path.join(import.meta.dirname, 'fixtures')
const valid = readFileSync(path.join(fixtures, 'valid.md'), 'utf8')
const warning = readFileSync(path.join(fixtures, 'warning.md'), 'utf8')
const zodUrl = JSON.stringify(import.meta.resolve('zod'))

/** The page with extra frontmatter lines right after the opening fence (lines 2...). */
const withKeys = (page: string, extra: string): string => page.replace('---\n', `---\n${extra}`)

const config = (tags = 'z.array(z.string()).default([])') => `import { z } from ${zodUrl}

const site = z.object({ slug: z.string(), tags: ${tags} })

export default {
  frontmatter: { extend: site },
  overrides: [
    { files: ['content/es/**'], rules: { 'reference-unused': 'error' } },
    { files: ['content/blog/**'], frontmatter: { extend: site.extend({ pubDate: z.string() }) } },
  ],
}
`

function project(files: Record<string, string>, name = 'exosome-content.config.ts', text = config()): string {
  const dir = tempDir()
  writeFileSync(path.join(dir, name), text)
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
    writeFileSync(path.join(dir, file), content)
  }
  return dir
}

async function run(argv: string[], cwd: string) {
  const stdout = sink()
  const stderr = sink()
  const code = await main(argv, { stdout, stderr, cwd, env: { EXOSOME_CONTENT_NOW: testNow } })
  return { code, stdout: stdout.text(), stderr: stderr.text() }
}

async function checkJson(argv: string[], cwd: string): Promise<{ code: number; files: Record<string, string[]>; stderr: string }> {
  const result = await run(['check', ...argv, '-f', 'json'], cwd)
  const files = Object.fromEntries(
    (JSON.parse(result.stdout) as Array<{ file: string; diagnostics: Diagnostic[] }>).map((entry) => [
      entry.file,
      entry.diagnostics.map((d) => `${d.place.start.line}:${d.place.start.column} ${d.severity} ${d.ruleId} ${d.message}`),
    ]),
  )
  return { code: result.code, files, stderr: result.stderr }
}

describe('check with frontmatter.extend and overrides', { timeout: 120_000 }, () => {
  it('accepts the extension keys and reports a wrong type and an unknown key at their line and column', async () => {
    const dir = project({
      'content/ok.md': withKeys(valid, 'slug: ok\ntags: [clinic, faq]\n'),
      'content/bad.md': withKeys(valid, 'slug: bad\ntags: 3\nauthor: someone\n'),
    })
    const result = await checkJson(['content'], dir)
    expect(result.stderr).toBe('')
    expect(result.code).toBe(1)
    expect(result.files['content/ok.md']).toEqual([])
    expect(result.files['content/bad.md']).toEqual([
      '3:7 error frontmatter-invalid Unexpected number `3` for `tags`, expected a list',
      expect.stringMatching(/^4:1 error frontmatter-unknown-key Unexpected key `author`, expected one of .*`slug`, `tags`$/),
    ])
  })

  it('applies an override only to the files it matches, and its extension replaces the base one', async () => {
    const dir = project({
      'content/en/page.md': withKeys(warning, 'slug: en\n'),
      'content/es/page.md': withKeys(warning, 'slug: es\n'),
      'content/blog/post.md': withKeys(valid, 'slug: post\npubDate: 2026-01-01\n'),
      'content/en/dated.md': withKeys(valid, 'slug: dated\npubDate: 2026-01-01\n'),
    })
    const result = await checkJson(['content'], dir)
    const rules = (file: string) => (result.files[file] ?? []).map((line) => line.split(' ').slice(0, 3).join(' '))
    expect(rules('content/en/page.md')).toEqual(['17:5 warning reference-unused'])
    expect(rules('content/es/page.md')).toEqual(['17:5 error reference-unused'])
    expect(rules('content/blog/post.md')).toEqual([])
    expect(rules('content/en/dated.md')).toEqual(['3:1 error frontmatter-unknown-key'])
  })

  it('misses the cache for every file with an extension when the extension changes', async () => {
    const dir = project({ 'content/a.md': withKeys(valid, 'slug: a\n'), 'content/b.md': withKeys(valid, 'slug: b\n') })
    const counts = async () => (await run(['check', 'content', '--cache', '--debug'], dir)).stderr.trim()
    expect(await counts()).toBe('exosome-content: 2 files, 2 parsed, 0 from cache')
    expect(await counts()).toBe('exosome-content: 2 files, 0 parsed, 2 from cache')
    writeFileSync(path.join(dir, 'exosome-content.config.ts'), config('z.array(z.string()).min(1).optional()'))
    expect(await counts()).toBe('exosome-content: 2 files, 2 parsed, 0 from cache')
    expect(await counts()).toBe('exosome-content: 2 files, 0 parsed, 2 from cache')
  })

  it('refuses a page that needs the extension when the config has none', async () => {
    const dir = project({ 'content/a.md': withKeys(valid, 'slug: a\n') }, 'exosome-content.config.json', '{}')
    expect((await checkJson(['content'], dir)).files['content/a.md']).toEqual([expect.stringMatching(/^2:1 error frontmatter-unknown-key Unexpected key `slug`/)])
  })
})

describe('schema, render and diff with the config', { timeout: 120_000 }, () => {
  it('schema includes the extension keys, and --for a page those of its overrides', async () => {
    const dir = project({})
    const base = JSON.parse((await run(['schema'], dir)).stdout) as { properties: Record<string, unknown>; required: string[]; $id?: string }
    expect(Object.keys(base.properties)).toEqual(expect.arrayContaining(['id', 'title', 'references', 'slug', 'tags']))
    expect(base.properties).not.toHaveProperty('pubDate')
    expect(base.required).toContain('slug')
    expect(base.required).not.toContain('tags')
    expect(base.$id).toBeUndefined()
    const blog = JSON.parse((await run(['schema', '--for', 'content/blog/post.md'], dir)).stdout) as { properties: Record<string, unknown> }
    expect(blog.properties).toHaveProperty('pubDate', { type: 'string' })
    const none = JSON.parse((await run(['schema'], tempDir())).stdout) as { $id: string }
    expect(none.$id).toBe('https://unpkg.com/exosome-content/schema/frontmatter.schema.json')
  })

  it('render --format json carries the extension data', async () => {
    const dir = project({ 'content/a.md': withKeys(valid, 'slug: a\ntags: [x]\n') })
    const result = await run(['render', 'content/a.md', '-f', 'json'], dir)
    expect(result.code).toBe(0)
    expect((JSON.parse(result.stdout) as { data: unknown }).data).toEqual({ slug: 'a', tags: ['x'] })
  })

  it('diff parses with the extension and reports changed site keys', async () => {
    const dir = project({ 'old.md': withKeys(valid, 'slug: a\ntags: [x]\n'), 'new.md': withKeys(valid, 'slug: a\ntags: [x, y]\n') })
    const text = await run(['diff', 'old.md', 'new.md'], dir)
    expect(text.stderr).toBe('')
    expect(text.code).toBe(1)
    expect(text.stdout).toContain('Document: 1 changed\n  ~ data.tags: ["x"] → ["x","y"]')
    const json = JSON.parse((await run(['diff', 'old.md', 'new.md', '-f', 'json'], dir)).stdout) as { changes: number; document: unknown }
    expect(json).toMatchObject({ changes: 1, document: { data: { tags: { old: ['x'], new: ['x', 'y'] } } } })
    expect((await run(['diff', 'old.md', 'old.md'], dir)).code).toBe(0)
  })
})

describe('checkFiles and the parser pool with an extension', { timeout: 120_000 }, () => {
  it('checks with a config file path, and refuses an extension passed in code', async () => {
    const dir = project({ 'content/bad.md': withKeys(valid, 'slug: bad\ntags: 3\n') })
    const result = await checkFiles('content', { cwd: dir, config: 'exosome-content.config.ts', now: testNow })
    expect(result.files.map((file) => [file.file, file.diagnostics.map((d) => [d.ruleId, d.place.start.line, d.place.start.column])])).toEqual([['content/bad.md', [['frontmatter-invalid', 3, 7]]]])
    await expect(checkFiles('content', { cwd: dir, config: { frontmatter: { extend: z.object({ slug: z.string() }) } } })).rejects.toThrow(/passed in code: parser workers cannot receive a zod schema/)
    await expect(parseContentIsolated(valid, { frontmatter: { extend: z.object({}) } } as never)).rejects.toThrow(/a zod schema cannot be posted to the parse worker/)
  })

  it('knows whether a pool was started for a config, so watch mode restarts it when the config changes', async () => {
    const dir = project({})
    const first = await loadConfig(dir)
    const idle = { script: "require('node:worker_threads').parentPort.postMessage({ type: 'ready' })", eval: true }
    const pool = startParserPool(1, 1000, idle, first)
    try {
      expect(poolServes(pool, first)).toBe(true)
      expect(poolServes(pool, resolveConfig({ rules: {} }, undefined, dir))).toBe(true)
      writeFileSync(path.join(dir, 'exosome-content.config.ts'), config('z.array(z.string())'))
      expect(poolServes(pool, await loadConfig(dir))).toBe(false)
    } finally {
      await pool.close()
    }
  })
})
