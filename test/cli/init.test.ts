/** `exosome-content init`: a starter project that passes check, and no file ever overwritten without --force. */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { main } from '../../src/cli/main.js'
import { sink, tempDir } from './helpers.js'

async function run(argv: string[], cwd: string, now = '2026-11-29') {
  const stdout = sink()
  const stderr = sink()
  const code = await main(argv, { stdout, stderr, cwd, env: { EXOSOME_CONTENT_NOW: now } })
  return { code, stdout: stdout.text(), stderr: stderr.text() }
}

const written = ['exosome-content.config.mjs', 'content/sample-page.md', '.github/workflows/exosome-content.yml']

describe('init', { timeout: 60_000 }, () => {
  it('writes a config, a sample page that passes check, and a workflow that runs check', async () => {
    const dir = tempDir()
    const result = await run(['init'], dir)
    expect(result.code).toBe(0)
    expect(result.stdout).toBe(`${written.map((file) => `wrote ${file}\n`).join('')}\nNext: npx exosome-content check content\n`)
    for (const file of written) expect(existsSync(path.join(dir, file))).toBe(true)
    expect(readFileSync(path.join(dir, 'content/sample-page.md'), 'utf8')).toContain('lastReviewed: 2026-11-29')
    expect(readFileSync(path.join(dir, '.github/workflows/exosome-content.yml'), 'utf8')).toContain('npx exosome-content check content --format github --max-warnings 0')
    // The page passes with the written config, without a single warning.
    const checked = await run(['check', 'content', '--max-warnings', '0', '-f', 'json'], dir)
    expect(checked.code).toBe(0)
    expect(JSON.parse(checked.stdout)).toEqual([{ file: 'content/sample-page.md', diagnostics: [] }])
    // The config is the one check found, and it is read: a broken edit of it is an error.
    writeFileSync(path.join(dir, 'exosome-content.config.mjs'), readFileSync(path.join(dir, 'exosome-content.config.mjs'), 'utf8').replace("'warn'", "'loud'"))
    expect((await run(['check', 'content'], dir)).stderr).toContain('rules.review-stale')
  })

  it('refuses to overwrite existing files, writes nothing, and exits 1; --force overwrites', async () => {
    const dir = tempDir()
    mkdirSync(path.join(dir, 'content'))
    writeFileSync(path.join(dir, 'content', 'sample-page.md'), 'mine\n')
    const refused = await run(['init'], dir)
    expect(refused.code).toBe(1)
    expect(refused.stdout).toBe('')
    expect(refused.stderr).toBe('exosome-content: not writing anything: content/sample-page.md already exists (use --force to overwrite)\n')
    expect(readFileSync(path.join(dir, 'content', 'sample-page.md'), 'utf8')).toBe('mine\n')
    expect(existsSync(path.join(dir, 'exosome-content.config.mjs'))).toBe(false)
    const forced = await run(['init', '--force'], dir)
    expect(forced.code).toBe(0)
    expect(readFileSync(path.join(dir, 'content', 'sample-page.md'), 'utf8')).toContain('id: sample-page')
  })

  it('writes into a given folder and --content folder', async () => {
    const dir = tempDir()
    expect((await run(['init', 'site', '--content', 'pages'], dir)).code).toBe(0)
    expect(existsSync(path.join(dir, 'site', 'pages', 'sample-page.md'))).toBe(true)
    expect(readFileSync(path.join(dir, 'site/.github/workflows/exosome-content.yml'), 'utf8')).toContain('check pages ')
    expect((await run(['check', 'site/pages'], dir)).code).toBe(0)
    expect((await run(['init', '--content', '../out'], dir)).code).toBe(2)
    expect((await run(['init', 'a', 'b'], dir)).code).toBe(2)
  })
})
