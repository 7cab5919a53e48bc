/** checkFiles with a stand-in parser worker: failures become diagnostics and are never cached. */
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkFiles } from '../../src/cli/checker.js'
import { tempDir } from './helpers.js'

// Answers like the real worker, but stalls or dies on request.
const fakeWorker = `
const { parentPort } = require('node:worker_threads')
parentPort.on('message', (request) => {
  if (request.source.includes('STALL')) for (;;) {}
  if (request.source.includes('CRASH')) process.exit(7)
  parentPort.postMessage({ type: 'result', value: { diagnostics: [], summary: undefined } })
})
parentPort.postMessage({ type: 'ready' })
`

describe('checkFiles', () => {
  it('reports parse-timeout and parse-crash at 1:1, checks the other files, and caches neither', async () => {
    const dir = tempDir()
    const files = ['crash.md', 'fine.md', 'stall.md'].map((name) => path.join(dir, name))
    writeFileSync(files[0] as string, 'CRASH\n')
    writeFileSync(files[1] as string, 'fine\n')
    writeFileSync(files[2] as string, 'STALL\n')
    const options = {
      files,
      cwd: dir,
      policy: {},
      version: '0.0.0',
      timeoutMs: 300,
      cacheFile: path.join(dir, 'cache.json'),
      workerScript: { script: fakeWorker, eval: true },
    }
    const first = await checkFiles(options)
    expect(first.results.map((result) => [result.file, result.diagnostics.map((d) => d.ruleId)])).toEqual([
      ['crash.md', ['parse-crash']],
      ['fine.md', []],
      ['stall.md', ['parse-timeout']],
    ])
    const [crash] = first.results[0]?.diagnostics ?? []
    expect(crash?.place).toEqual({ start: { line: 1, column: 1 }, end: { line: 1, column: 1 } })
    expect(crash?.message).toContain('Worker exited with code 7')
    expect(first.results[2]?.diagnostics[0]?.message).toContain('over 300 ms')
    expect(first.parsed).toBe(3)

    const second = await checkFiles(options)
    expect([second.parsed, second.cached]).toEqual([2, 1])
  })
})
