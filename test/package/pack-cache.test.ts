import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { cached } from '../helpers/pack.js'

// The cache the package tests share (test/helpers/pack.ts), exercised in a directory of its
// own with a cheap entry, under a process clock moved two years ahead of the file system's.
const day = 86_400_000
let dir: string

/** A build step writing `content` as the entry. */
const writes = (content: string) => (work: string): string => {
  const file = path.join(work, 'built')
  writeFileSync(file, content)
  return file
}

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'exosome-content-cache-test-'))
})
afterEach(() => {
  vi.useRealTimers()
  rmSync(dir, { recursive: true, force: true })
})

describe('the packed-tarball cache under a clock moved two years ahead', () => {
  it('keeps the entry it has just built and reuses it, marked used on the file system clock', () => {
    writeFileSync(path.join(dir, 'sibling.tgz'), 'fresh')
    const fileSystemNow = statSync(path.join(dir, 'sibling.tgz')).mtimeMs
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 730 * day })
    const target = cached(path.join(dir, 'entry.tgz'), writes('built'))
    expect(readFileSync(target, 'utf8')).toBe('built')
    expect(readdirSync(dir).sort()).toEqual(['entry.tgz', 'sibling.tgz'])
    expect(cached(target, () => { throw new Error('built again') })).toBe(target)
    expect(Math.abs(statSync(target).mtimeMs - fileSystemNow)).toBeLessThan(day)
  })

  it('prunes entries unused for more than two days of the file system clock, and entries stamped ahead of it', () => {
    const stamp = (name: string, offsetDays: number): void => {
      const file = path.join(dir, name)
      writeFileSync(file, name)
      const at = new Date(statSync(file).mtimeMs + offsetDays * day)
      utimesSync(file, at, at)
    }
    stamp('recent.tgz', -1)
    stamp('old.tgz', -3)
    stamp('ahead.tgz', 730)
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 730 * day })
    cached(path.join(dir, 'entry.tgz'), writes('built'))
    expect(readdirSync(dir).sort()).toEqual(['entry.tgz', 'recent.tgz'])
  })

  it('waits for a live process holding the lock instead of building the entry too', async () => {
    const target = path.join(dir, 'entry.tgz')
    const lock = `${target}.lock`
    mkdirSync(lock)
    // Another test process building the entry: it takes a second, then publishes it.
    const holder = spawn(process.execPath, ['-e', `setTimeout(() => { const fs = require('node:fs'); fs.writeFileSync(${JSON.stringify(target)}, 'theirs'); fs.rmSync(${JSON.stringify(lock)}, { recursive: true }) }, 1000)`], { stdio: 'ignore' })
    const exited = new Promise((resolve) => holder.once('exit', resolve))
    writeFileSync(path.join(lock, 'pid'), String(holder.pid))
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 730 * day })
    expect(readFileSync(cached(target, writes('ours')), 'utf8')).toBe('theirs')
    await exited
  })
})
