import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { cacheKey, canonicalJson, CheckCache, resolveCacheFile } from '../../src/node/check/cache.js'
import type { FileOutcome } from '../../src/node/check/protocol.js'
import { parseContent } from '../../src/parser/index.js'
import { summarizeDocument } from '../../src/rules/document-summary.js'
import { diagnostic, tempDir } from './helpers.js'

const key1 = cacheKey('text', 'policy', '1.0.0')
const key2 = cacheKey('other', 'policy', '1.0.0')
const failed: FileOutcome = { diagnostics: [diagnostic('a-b', 'error', 'm', [1, 1], [1, 2])], summary: null, window: {} }
const valid = readFileSync(path.join(import.meta.dirname, 'fixtures', 'valid.md'), 'utf8')
const clean: FileOutcome = {
  diagnostics: [],
  summary: summarizeDocument(parseContent(valid, { now: '2026-11-29' }).document as never),
  window: { until: '2027-11-02' },
}

function saved(outcome: FileOutcome): { file: string; raw: { format: number; entries: Record<string, Record<string, unknown>> } } {
  const file = path.join(tempDir(), 'cache.json')
  const cache = CheckCache.load(file)
  cache.set('/x.md', key1, outcome)
  cache.save()
  return { file, raw: JSON.parse(readFileSync(file, 'utf8')) as never }
}

describe('cache', () => {
  it('keys by content, policy and version', () => {
    expect(cacheKey('text', 'policy', '1.0.0')).toBe(key1)
    expect(cacheKey('text!', 'policy', '1.0.0')).not.toBe(key1)
    expect(cacheKey('text', 'other', '1.0.0')).not.toBe(key1)
    expect(cacheKey('text', 'policy', '1.0.1')).not.toBe(key1)
  })

  it('hashes objects independent of key order', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { y: 1, x: 2 }], c: 2 } })).toBe('{"a":{"c":2,"d":[1,{"x":2,"y":1}]},"b":1}')
  })

  it('round-trips outcomes and returns them only for the same key', () => {
    const { file } = saved(failed)
    const reloaded = CheckCache.load(file)
    expect(reloaded.get('/x.md', key1, '2026-11-29')).toEqual(failed)
    expect(reloaded.get('/x.md', key2, '2026-11-29')).toBeUndefined()
    expect(reloaded.get('/y.md', key1, '2026-11-29')).toBeUndefined()
    expect(reloaded.rejected).toBe(0)
  })

  it('serves a date-dependent outcome only on the days it holds for', () => {
    const { file } = saved(clean)
    const reloaded = CheckCache.load(file)
    expect(reloaded.get('/x.md', key1, '2026-11-29')).toEqual(clean)
    expect(reloaded.get('/x.md', key1, '2027-11-01')).toEqual(clean)
    expect(reloaded.get('/x.md', key1, '2027-11-02')).toBeUndefined()
    expect(reloaded.get('/x.md', key1, '2028-12-01')).toBeUndefined()
    const today = saved({ ...failed, window: { from: '2028-12-01', until: '2028-12-02' } })
    const again = CheckCache.load(today.file)
    expect(again.get('/x.md', key1, '2028-11-30')).toBeUndefined()
    expect(again.get('/x.md', key1, '2028-12-01')).toBeDefined()
    expect(again.get('/x.md', key1, '2028-12-02')).toBeUndefined()
  })

  it.each<[string, (entry: Record<string, unknown>) => void]>([
    ['diagnostics emptied under a valid key', (entry) => (entry['diagnostics'] = [])],
    ['a diagnostic rewritten', (entry) => ((entry['diagnostics'] as Array<Record<string, unknown>>)[0]!['message'] = 'Nothing to see')],
    ['summary: null', (entry) => (entry['summary'] = null)],
    ['a summary that does not validate', (entry) => (entry['summary'] = { id: 1 })],
    ['a claim dropped from the summary', (entry) => ((entry['summary'] as { claims: unknown[] }).claims = [])],
    ['the expiry removed', (entry) => delete entry['until']],
    ['the digest removed', (entry) => delete entry['digest']],
    ['the key moved to other content', (entry) => (entry['key'] = key2)],
    ['an unknown field', (entry) => (entry['extra'] = true)],
  ])('ignores an entry with %s: the file is checked again', (_name, tamper) => {
    const warned: FileOutcome = { ...clean, diagnostics: [diagnostic('reference-unused', 'warning', 'Unexpected unused reference', [9, 5], [9, 20])] }
    const { file, raw } = saved(warned)
    expect(CheckCache.load(file).get('/x.md', key1, '2026-11-29')).toEqual(warned)
    tamper(raw.entries['/x.md'] as Record<string, unknown>)
    writeFileSync(file, JSON.stringify(raw))
    const reloaded = CheckCache.load(file)
    expect(reloaded.get('/x.md', key1, '2026-11-29')).toBeUndefined()
    expect(reloaded.get('/x.md', key2, '2026-11-29')).toBeUndefined()
    expect(reloaded.rejected).toBe(1)
  })

  it('a document is kept only for a file without errors, and errors only without one', () => {
    const file = path.join(tempDir(), 'cache.json')
    const cache = CheckCache.load(file)
    cache.set('/both.md', key1, { ...clean, diagnostics: failed.diagnostics })
    cache.set('/neither.md', key1, { diagnostics: [], summary: null, window: {} })
    cache.save()
    const reloaded = CheckCache.load(file)
    expect(reloaded.get('/both.md', key1, '2026-11-29')).toBeUndefined()
    expect(reloaded.get('/neither.md', key1, '2026-11-29')).toBeUndefined()
    expect(reloaded.rejected).toBe(2)
  })

  it.each([['not json {'], ['null'], ['{"format":3,"entries":{"/x.md":{"key":5}}}'], ['{"format":2,"entries":{}}'], ['{"format":1,"entries":{}}'], ['{"format":99,"entries":{}}']])(
    'ignores a corrupt or foreign cache file: %s',
    (text) => {
      const file = path.join(tempDir(), 'cache.json')
      writeFileSync(file, text)
      const cache = CheckCache.load(file)
      expect(cache.get('/x.md', key1, '2026-11-29')).toBeUndefined()
      cache.save()
      expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ format: 3, entries: {} })
    },
  )

  it('resolves --cache-location as a file or a directory', () => {
    const dir = tempDir()
    mkdirSync(path.join(dir, 'existing'))
    expect(resolveCacheFile(dir)).toBe(path.join(dir, '.exosome-content-cache'))
    expect(resolveCacheFile(dir, 'existing')).toBe(path.join(dir, 'existing', '.exosome-content-cache'))
    expect(resolveCacheFile(dir, 'new-dir/')).toBe(path.join(dir, 'new-dir', '.exosome-content-cache'))
    expect(resolveCacheFile(dir, 'file.json')).toBe(path.join(dir, 'file.json'))
    expect(existsSync(path.join(dir, 'new-dir'))).toBe(false)
  })
})
