/**
 * `check --watch` as a user runs it: a real child process (the built CLI), files edited on
 * disk, Ctrl-C (SIGINT) to stop. Run `npm run build` first.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { root, tempDir } from './helpers.js'

const bin = path.join(root, 'bin', 'exosome-content.js')
const fixtures = path.join(import.meta.dirname, 'fixtures')
const children: ChildProcess[] = []

afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL')
})

/** A running `check --watch` whose output can be awaited. */
function watch(args: string[], cwd: string) {
  const child = spawn(process.execPath, [bin, 'check', '--watch', ...args], { cwd, env: { ...process.env, NO_COLOR: '1', EXOSOME_CONTENT_NOW: '2026-11-29' } })
  children.push(child)
  let out = ''
  let err = ''
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()))
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  return {
    /** Wait until the output holds `count` status lines; return the text of the last run. */
    async runs(count: number): Promise<string> {
      const deadline = Date.now() + 30_000
      for (;;) {
        const parts = out.split('[watch] ')
        if (parts.length - 1 >= count && /Waiting for changes/.test(parts[count] ?? '')) return `${parts[count - 1]?.split('\n').slice(1).join('\n') ?? ''}[watch] ${parts[count] ?? ''}`
        if (Date.now() > deadline) throw new Error(`no run ${count} in 30 s; stdout:\n${out}\nstderr:\n${err}`)
        await new Promise((resolve) => setTimeout(resolve, 50))
      }
    },
    stop: async () => {
      child.kill('SIGINT')
      return { code: await exited, out, err }
    },
  }
}

describe('check --watch', { timeout: 90_000 }, () => {
  it('checks again on save, re-checks the documents sharing claim ids, and stops on Ctrl-C with exit 0', async () => {
    const dir = tempDir()
    for (const file of ['valid.md', 'warning.md']) copyFileSync(path.join(fixtures, file), path.join(dir, file))
    copyFileSync(path.join(fixtures, 'valid.md'), path.join(dir, 'other.md'))
    writeFileSync(path.join(dir, 'other.md'), readFileSync(path.join(dir, 'other.md'), 'utf8').replace('none-approved', 'other-claim'))
    const session = watch(['.'], dir)

    const first = await session.runs(1)
    expect(first).toContain('16:5  warning  Unexpected unused reference')
    expect(first).toContain('[watch] 3 files checked: 3 parsed, 0 from cache, passing')

    // Reword the claim that warning.md shares with valid.md: claim-id-stable fires in both.
    writeFileSync(path.join(dir, 'valid.md'), readFileSync(path.join(dir, 'valid.md'), 'utf8').replace('any exosome product', 'a single exosome product'))
    const second = await session.runs(2)
    expect(second).toContain('claim-id-stable')
    expect(second).toContain('after a change to valid.md (also re-checked for shared claim ids: warning.md)')
    expect(second).toContain('1 parsed, 2 from cache, failing')

    // A new file is picked up.
    copyFileSync(path.join(dir, 'other.md'), path.join(dir, 'new.md'))
    writeFileSync(path.join(dir, 'new.md'), readFileSync(path.join(dir, 'new.md'), 'utf8').replace('other-claim', 'new-claim'))
    const third = await session.runs(3)
    expect(third).toContain('[watch] 4 files checked after a change to new.md: 1 parsed, 3 from cache')

    const stopped = await session.stop()
    expect(stopped.code).toBe(0)
    expect(stopped.out.trimEnd().endsWith('[watch] Stopped.')).toBe(true)
    expect(stopped.err).toBe('')
  })

  it('keeps watching after an error in the config, and uses the fixed config', async () => {
    const dir = tempDir()
    copyFileSync(path.join(fixtures, 'warning.md'), path.join(dir, 'warning.md'))
    writeFileSync(path.join(dir, 'exosome-content.config.json'), JSON.stringify({ rules: { 'reference-unused': 'error' } }))
    const session = watch(['warning.md', '--cache'], dir)
    expect(await session.runs(1)).toContain('16:5  error')
    writeFileSync(path.join(dir, 'exosome-content.config.json'), '{ "rules": ')
    expect(await session.runs(2)).toContain('Invalid JSON in config file')
    writeFileSync(path.join(dir, 'exosome-content.config.json'), JSON.stringify({ rules: { 'reference-unused': 'off' } }))
    const third = await session.runs(3)
    expect(third).toContain('✔ 1 file checked, no problems')
    expect(third).toContain('after a change to the config file')
    expect((await session.stop()).code).toBe(0)
  })
})
