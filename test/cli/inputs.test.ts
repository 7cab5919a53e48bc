/**
 * What the CLI does with awkward inputs: FIFOs, symbolic link loops, links out of the
 * checked folder, and files that take long to parse in render and diff. Spawns the built CLI
 * with a time budget, so a hang fails the test instead of stalling it (run `npm run build`).
 */
import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Diagnostic } from '../../src/schema/diagnostic.js'
import { root, tempDir } from './helpers.js'

const bin = path.join(root, 'bin', 'exosome-content.js')
const fixtures = path.join(import.meta.dirname, 'fixtures')

function cli(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', EXOSOME_CONTENT_NOW: '2026-11-29' }, timeout: 20_000 })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, signal: result.signal }
}

function mkfifo(file: string): void {
  const made = spawnSync('mkfifo', [file])
  if (made.status !== 0) throw new Error(`mkfifo failed: ${made.stderr.toString()}`)
}

function project(): string {
  const dir = tempDir()
  for (const file of ['valid.md', 'warning.md']) copyFileSync(path.join(fixtures, file), path.join(dir, file))
  return dir
}

describe.runIf(process.platform !== 'win32')('awkward inputs', { timeout: 60_000 }, () => {
  it.each([
    ['check', (fifo: string) => ['check', fifo]],
    ['render', (fifo: string) => ['render', fifo]],
    ['diff (old)', (fifo: string) => ['diff', fifo, 'valid.md']],
    ['diff (new)', (fifo: string) => ['diff', 'valid.md', fifo]],
    ['--config', (fifo: string) => ['check', 'valid.md', '--config', fifo]],
    ['render --config', (fifo: string) => ['render', 'valid.md', '--config', fifo]],
    ['--cache-location', (fifo: string) => ['check', 'valid.md', '--cache-location', fifo]],
  ])('%s on a FIFO is refused at once with exit 2', (_name, args) => {
    const dir = project()
    mkfifo(path.join(dir, 'pipe.md'))
    const result = cli(args('pipe.md'), dir)
    expect(result.signal).toBeNull()
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/pipe\.md: a FIFO \(named pipe\), expected a (regular file|file or a directory)/)
    expect(result.stderr).not.toContain('    at ')
  })

  it('a FIFO named like a config file is refused, not waited on', () => {
    const dir = project()
    mkfifo(path.join(dir, 'exosome-content.config.json'))
    const result = cli(['check', 'valid.md'], dir)
    expect(result).toMatchObject({ code: 2, signal: null })
    expect(result.stderr).toContain('exosome-content.config.json: a FIFO (named pipe), expected a regular file')
  })

  it.each([['check'], ['render'], ['diff']])('%s on a symbolic link loop prints a clear error, no stack trace', (command) => {
    const dir = project()
    symlinkSync('loop.md', path.join(dir, 'loop.md'))
    const result = cli(command === 'diff' ? ['diff', 'loop.md', 'valid.md'] : [command, 'loop.md'], dir)
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('Cannot read loop.md: too many levels of symbolic links (a symbolic link loop)')
    expect(result.stderr).not.toContain('internal error')
    expect(result.stderr).not.toContain('    at ')
  })

  it('does not follow a link to a parent folder (or any link) while expanding a folder or glob', () => {
    const dir = tempDir()
    const pages = path.join(dir, 'site', 'pages')
    mkdirSync(path.join(pages, 'nested'), { recursive: true })
    copyFileSync(path.join(fixtures, 'valid.md'), path.join(pages, 'a.md'))
    copyFileSync(path.join(fixtures, 'warning.md'), path.join(dir, 'site', 'outside.md'))
    symlinkSync('../..', path.join(pages, 'nested', 'up'))
    symlinkSync('../outside.md', path.join(pages, 'linked.md'))
    const files = (args: string[]) => (JSON.parse(cli(['check', ...args, '-f', 'json'], dir).stdout) as Array<{ file: string }>).map((entry) => entry.file)
    expect(files(['site/pages'])).toEqual(['site/pages/a.md'])
    expect(files(['site/pages/**/*.md'])).toEqual(['site/pages/a.md'])
    // Named on the command line, a link is followed.
    expect(files(['site/pages/linked.md'])).toEqual(['site/pages/linked.md'])
  })

  it('render and diff parse in a worker with --timeout, as check does', () => {
    const dir = project()
    const paragraphs = Array.from({ length: 3000 }, (_, index) => `Paragraph ${index} of a long page that takes a while to parse.\n`).join('\n')
    writeFileSync(path.join(dir, 'long.md'), `${readFileSync(path.join(dir, 'valid.md'), 'utf8')}\n${paragraphs}`)
    const rendered = cli(['render', 'long.md', '--timeout', '1'], dir)
    expect(rendered.code).toBe(1)
    expect(rendered.stderr).toContain('Cannot render long.md: it has errors')
    expect(rendered.stderr).toMatch(/long\.md:1:1-1:1: error parse-timeout Unexpected parse time over 1 ms/)
    const diffed = cli(['diff', 'valid.md', 'long.md', '--timeout', '1'], dir)
    expect(diffed.code).toBe(2)
    expect(diffed.stderr).toContain('Cannot diff long.md: it does not parse')
    expect(diffed.stderr).toContain('parse-timeout')
    expect(cli(['render', 'long.md'], dir).code).toBe(0)
  })

  it('refuses a file larger than the read limit without reading it', () => {
    const dir = project()
    writeFileSync(path.join(dir, 'huge.md'), Buffer.alloc(17 * 1024 * 1024, 0x61))
    const result = cli(['check', 'huge.md'], dir)
    expect(result.code).toBe(2)
    expect(result.stderr).toContain(`Cannot read huge.md: ${17 * 1024 * 1024} bytes, expected at most ${16 * 1024 * 1024}`)
  })

  it('time-dependent results in the cache expire: --now, then EXOSOME_CONTENT_NOW', () => {
    const dir = project()
    const run = (now: string) => {
      const result = spawnSync(process.execPath, [bin, 'check', 'valid.md', '--cache', '--debug', '--max-warnings', '0', '-f', 'json'], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, EXOSOME_CONTENT_NOW: now },
      })
      return { code: result.status, stderr: result.stderr, rules: (JSON.parse(result.stdout) as Array<{ diagnostics: Diagnostic[] }>)[0]?.diagnostics.map((d) => d.ruleId) }
    }
    expect(run('2026-11-29')).toEqual({ code: 0, stderr: 'exosome-content: 1 files, 1 parsed, 0 from cache\n', rules: [] })
    expect(run('2027-06-01')).toEqual({ code: 0, stderr: 'exosome-content: 1 files, 0 parsed, 1 from cache\n', rules: [] })
    // A quarter after the review went stale, the cached clean result is not served.
    expect(run('2028-02-01')).toEqual({ code: 1, stderr: expect.stringContaining('1 parsed, 0 from cache'), rules: ['review-stale'] })
    expect(cli(['check', 'valid.md', '--now', 'soon'], dir)).toMatchObject({ code: 2, stderr: expect.stringContaining('Unexpected --now `soon`, expected an ISO date') })
  })
})
