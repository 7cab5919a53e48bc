import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { WorkerPool } from '../../src/cli/pool.js'
import { tempDir } from './helpers.js'

const script = `import { parentPort } from 'node:worker_threads'
parentPort.on('message', (message) => {
  if (message === 'stall') for (;;) {}
  if (message === 'exit') process.exit(3)
  if (message === 'throw') parentPort.postMessage({ type: 'error', message: 'boom' })
  else parentPort.postMessage({ type: 'result', value: message.toUpperCase() + ':' + process.pid })
})
parentPort.postMessage({ type: 'ready' })
`

function workerFile(source = script): string {
  const file = path.join(tempDir(), 'worker.mjs')
  writeFileSync(file, source)
  return file
}

describe('WorkerPool', () => {
  it('runs jobs and returns their results', async () => {
    const pool = new WorkerPool<string, string>({ script: workerFile(), size: 2 })
    const outcomes = await Promise.all(['a', 'b', 'c'].map((job) => pool.run(job)))
    await pool.close()
    expect(outcomes.map((outcome) => (outcome.status === 'done' ? outcome.value.split(':')[0] : outcome.status))).toEqual(['A', 'B', 'C'])
  })

  it('terminates a stalled worker at the timeout and carries on with a fresh one', async () => {
    const pool = new WorkerPool<string, string>({ script: workerFile(), size: 1, timeoutMs: 300 })
    const started = Date.now()
    const [stalled, next] = await Promise.all([pool.run('stall'), pool.run('after')])
    await pool.close()
    expect(stalled.status).toBe('timeout')
    expect(next).toMatchObject({ status: 'done' })
    expect(Date.now() - started).toBeLessThan(10_000)
  })

  it('reports a worker that exits or fails as a crash, without failing other jobs', async () => {
    const pool = new WorkerPool<string, string>({ script: workerFile(), size: 1 })
    const [exited, thrown, fine] = await Promise.all([pool.run('exit'), pool.run('throw'), pool.run('ok')])
    await pool.close()
    expect(exited).toEqual({ status: 'crash', message: 'Worker exited with code 3' })
    expect(thrown).toEqual({ status: 'crash', message: 'boom' })
    expect(fine).toMatchObject({ status: 'done' })
  })

  it('fails every job when the script cannot load', async () => {
    const pool = new WorkerPool<string, string>({ script: workerFile('import "./does-not-exist.mjs"\n'), size: 2 })
    const outcomes = await Promise.all([pool.run('a'), pool.run('b')])
    await pool.close()
    for (const outcome of outcomes) {
      expect(outcome.status).toBe('crash')
      if (outcome.status === 'crash') expect(outcome.message).toMatch(/Cannot start the parser worker/)
    }
  })
})
