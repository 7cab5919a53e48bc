import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { WorkerPool } from '../../src/node/check/pool.js'
import { tempDir } from './helpers.js'
import { budgetFor } from '../helpers/pace.js'

const script = `import { parentPort, threadId } from 'node:worker_threads'
parentPort.on('message', ({ jobs }) => {
  const batch = jobs.map((job) => job.request).join(',')
  for (const { id, request } of jobs) {
    if (request === 'stall') for (;;) {}
    if (request === 'exit') process.exit(3)
    if (request.startsWith('sleep')) { const until = Date.now() + Number(request.slice(5)); while (Date.now() < until) {} }
    if (request === 'throw') parentPort.postMessage({ type: 'error', id, message: 'boom' })
    else parentPort.postMessage({ type: 'result', id, value: request.toUpperCase() + ':' + threadId + ':' + batch })
  }
})
parentPort.postMessage({ type: 'ready' })
`

function workerFile(source = script): string {
  const file = path.join(tempDir(), 'worker.mjs')
  writeFileSync(file, source)
  return file
}

const name = (outcome: { status: string; value?: unknown }): string => (outcome.status === 'done' ? (String(outcome.value).split(':')[0] ?? '') : outcome.status)

describe('WorkerPool', () => {
  it('runs jobs and returns their results, spread over the workers', async () => {
    const pool = new WorkerPool<string, string>({ script: workerFile(), size: 2, batchJobs: 2 })
    const jobs = Array.from({ length: 12 }, (_, index) => `sleep${index === 0 ? 200 : 5}`)
    const outcomes = await Promise.all(jobs.map((job) => pool.run(job)))
    await pool.close()
    expect(outcomes.map(name)).toEqual(jobs.map((job) => job.toUpperCase()))
    const threads = new Set(outcomes.map((outcome) => (outcome.status === 'done' ? outcome.value.split(':')[1] : '')))
    expect(threads.size).toBe(2)
  })

  it('terminates a stalled worker at the timeout, and the jobs queued behind it still run', async () => {
    const pool = new WorkerPool<string, string>({ script: workerFile(), size: 1, timeoutMs: 300, batchJobs: 4 })
    const started = Date.now()
    const outcomes = await Promise.all(['before', 'stall', 'after', 'last'].map((job) => pool.run(job)))
    await pool.close()
    expect(outcomes.map(name)).toEqual(['BEFORE', 'timeout', 'AFTER', 'LAST'])
    const elapsed = Date.now() - started
    expect(elapsed).toBeLessThan(budgetFor(elapsed, 10_000))
  })

  it('times each job from its own start, not from when it was queued', async () => {
    const pool = new WorkerPool<string, string>({ script: workerFile(), size: 1, timeoutMs: 400, batchJobs: 4 })
    // Each job takes 250 ms: the batch takes 1 s, but no job is over 400 ms.
    const outcomes = await Promise.all(['sleep250', 'sleep250', 'sleep250', 'sleep250'].map((job) => pool.run(job)))
    await pool.close()
    expect(outcomes.map(name)).toEqual(['SLEEP250', 'SLEEP250', 'SLEEP250', 'SLEEP250'])
  })

  it('reports a worker that exits or fails as a crash, without failing other jobs', async () => {
    const pool = new WorkerPool<string, string>({ script: workerFile(), size: 1 })
    const [exited, thrown, fine] = await Promise.all([pool.run('exit'), pool.run('throw'), pool.run('ok')])
    await pool.close()
    expect(exited).toEqual({ status: 'crash', message: 'Worker exited with code 3' })
    expect(thrown).toEqual({ status: 'crash', message: 'boom' })
    expect(fine).toMatchObject({ status: 'done' })
  })

  it('hands out jobs in batches bounded by count and weight', async () => {
    const pool = new WorkerPool<string, string>({ script: workerFile(), size: 1, batchJobs: 3, weight: (job) => job.length, batchWeight: 12 })
    const outcomes = await Promise.all(['aaaa', 'bbbb', 'cccc', 'dddd', 'eeeeeeeeeeeeeeee', 'f'].map((job) => pool.run(job)))
    await pool.close()
    expect(outcomes.map(name)).toEqual(['AAAA', 'BBBB', 'CCCC', 'DDDD', 'EEEEEEEEEEEEEEEE', 'F'])
    const batches = outcomes.map((outcome) => (outcome.status === 'done' ? (outcome.value.split(':')[2] ?? '').split(',') : []))
    // Queued before the worker was ready, the first three go in one message.
    expect(batches[0]).toEqual(['aaaa', 'bbbb', 'cccc'])
    for (const batch of batches) {
      expect(batch.length).toBeLessThanOrEqual(3)
      if (batch.length > 1) expect(batch.join('').length).toBeLessThanOrEqual(12)
    }
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
