/** runCheck with a stand-in parser worker: failures become diagnostics and are never cached. */
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { CheckCache } from '../../src/node/check/cache.js'
import { runCheck } from '../../src/node/check/run.js'
import { resolveConfig } from '../../src/node/config.js'
import { tempDir } from './helpers.js'

// Answers like the real worker, but stalls or dies on request.
const fakeWorker = `
const { parentPort } = require('node:worker_threads')
parentPort.on('message', (message) => {
  for (const { id, request } of message.jobs) {
    if (request.source.includes('STALL')) for (;;) {}
    if (request.source.includes('CRASH')) process.exit(7)
    const place = { start: { line: 1, column: 1 }, end: { line: 1, column: 2 } }
    parentPort.postMessage({ type: 'result', id, value: { diagnostics: [{ ruleId: 'stand-in', severity: 'error', message: 'Parsed by the stand-in', place }], summary: null, window: {} } })
  }
})
parentPort.postMessage({ type: 'ready' })
`

describe('runCheck', () => {
  it('reports parse-timeout and parse-crash at 1:1, checks the other files, and caches neither', async () => {
    const dir = tempDir()
    const files = ['crash.md', 'fine.md', 'stall.md'].map((name) => path.join(dir, name))
    writeFileSync(files[0] as string, 'CRASH\n')
    writeFileSync(files[1] as string, 'fine\n')
    writeFileSync(files[2] as string, 'STALL\n')
    const cacheFile = path.join(dir, 'cache.json')
    const options = {
      cwd: dir,
      config: resolveConfig({}, undefined, dir),
      version: '0.0.0',
      now: new Date('2026-11-29T00:00:00Z'),
      timeoutMs: 300,
      crossDocument: true,
      workerScript: { script: fakeWorker, eval: true },
    }
    const cache = CheckCache.load(cacheFile)
    const first = await runCheck(files, { ...options, cache })
    cache.save()
    expect(first.results.map((result) => [result.file, result.diagnostics.map((d) => d.ruleId)])).toEqual([
      ['crash.md', ['parse-crash']],
      ['fine.md', ['stand-in']],
      ['stall.md', ['parse-timeout']],
    ])
    const [crash] = first.results[0]?.diagnostics ?? []
    expect(crash?.place).toEqual({ start: { line: 1, column: 1 }, end: { line: 1, column: 1 } })
    expect(crash?.message).toContain('Worker exited with code 7')
    // Isolation diagnostics are documented in SECURITY.md, whichever entry (CLI, ./node, LSP) reports them.
    expect(crash?.url).toBe('https://unpkg.com/exosome-content/SECURITY.md#parse-crash')
    expect(first.results[2]?.diagnostics[0]?.url).toBe('https://unpkg.com/exosome-content/SECURITY.md#parse-timeout')
    expect(first.results[2]?.diagnostics[0]?.message).toContain('over 300 ms')
    expect(first.parsed).toBe(3)

    const second = await runCheck(files, { ...options, cache: CheckCache.load(cacheFile) })
    expect([second.parsed, second.cached]).toEqual([2, 1])
  })
})
