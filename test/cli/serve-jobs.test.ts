/**
 * `serveJobs`, the worker side of the pool's protocol, with a run that returns a promise for
 * some jobs (the language server's analysis of a page whose config must load first): every
 * job is answered, in order, and a job never starts before the one before it is answered.
 */
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { WorkerPool } from '../../src/node/check/pool.js'
import { tempDir } from './helpers.js'

const source = path.resolve(import.meta.dirname, '../../src/node/check/serve-jobs.ts')

// The worker compiles serve-jobs.ts with jiti (the package's TypeScript config loader).
const script = `import { createJiti } from ${JSON.stringify(import.meta.resolve('jiti'))}
const jiti = createJiti(import.meta.url)
const { serveJobs } = await jiti.import(${JSON.stringify(source)})
const log = []
serveJobs((request) => {
  log.push('start ' + request)
  if (request === 'throw') throw new Error('thrown')
  if (!request.startsWith('later')) return log.join(',')
  return new Promise((resolve, reject) => setTimeout(() => {
    log.push('end ' + request)
    if (request === 'later-reject') reject(new Error('rejected'))
    else resolve(log.join(','))
  }, 60))
}, 'the test worker')
`

describe('serveJobs', () => {
  it('answers every job in order, holding the jobs after one whose result is a promise', async () => {
    const file = path.join(tempDir(), 'worker.mjs')
    writeFileSync(file, script)
    const pool = new WorkerPool<string, string>({ script: pathToFileURL(file), size: 1, batchJobs: 2, timeoutMs: 20_000 })
    try {
      const jobs = ['a', 'later', 'b', 'throw', 'later-reject', 'c']
      const outcomes = await Promise.all(jobs.map((job) => pool.run(job)))
      expect(outcomes.map((outcome) => outcome.status)).toEqual(['done', 'done', 'done', 'crash', 'crash', 'done'])
      expect(outcomes.map((outcome) => (outcome.status === 'crash' ? outcome.message.split('\n')[0] : ''))).toEqual(['', '', '', 'Error: thrown', 'Error: rejected', ''])
      const last = outcomes.at(-1)
      expect(last?.status === 'done' ? last.value : '').toBe('start a,start later,end later,start b,start throw,start later-reject,end later-reject,start c')
    } finally {
      await pool.close()
    }
  })
})
