/**
 * Claim ids are public API: a removal or rename must be recorded in content/claims.lock.json
 * (and released as a breaking change); a new id must be recorded with `npm run claims:lock`.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseContent } from '../../src/parser/index.js'

const root = path.resolve(import.meta.dirname, '../..')
const lock = JSON.parse(readFileSync(path.join(root, 'content', 'claims.lock.json'), 'utf8')) as {
  document: string
  claims: string[]
  removed: Array<{ id: string; version: string; reason: string }>
}
const { document } = parseContent(readFileSync(path.join(root, 'content', 'exosome-therapy.md'), 'utf8'))
const ids = Object.keys(document?.claims ?? {})
const removed = new Set(lock.removed.map((entry) => entry.id))

describe('content/claims.lock.json', () => {
  it('belongs to the built-in overview', () => {
    expect(document?.id).toBe(lock.document)
  })

  it('has no unrecorded removal or rename of a claim id', () => {
    const missing = lock.claims.filter((id) => !removed.has(id) && !ids.includes(id))
    expect(missing, 'these claim ids disappeared; record them under `removed` with a version and reason').toEqual([])
  })

  it('records every claim id the content defines', () => {
    const unrecorded = ids.filter((id) => !lock.claims.includes(id))
    expect(unrecorded, 'run `npm run claims:lock` to record new claim ids').toEqual([])
  })

  it('never brings back a removed id', () => {
    expect(ids.filter((id) => removed.has(id))).toEqual([])
  })

  it('gives every removal a version and a reason', () => {
    for (const entry of lock.removed) {
      expect(entry.version).toMatch(/^\d+\.\d+\.\d+$/)
      expect(entry.reason.trim()).not.toBe('')
    }
  })
})
