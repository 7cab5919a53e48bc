import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { cacheKey, canonicalJson, CheckCache, resolveCacheFile } from '../../src/cli/cache.js'
import { diagnostic, tempDir } from './helpers.js'

describe('cache', () => {
  it('keys by content, policy and version', () => {
    const key = cacheKey('text', 'policy', '1.0.0')
    expect(cacheKey('text', 'policy', '1.0.0')).toBe(key)
    expect(cacheKey('text!', 'policy', '1.0.0')).not.toBe(key)
    expect(cacheKey('text', 'other', '1.0.0')).not.toBe(key)
    expect(cacheKey('text', 'policy', '1.0.1')).not.toBe(key)
  })

  it('hashes objects independent of key order', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { y: 1, x: 2 }], c: 2 } })).toBe('{"a":{"c":2,"d":[1,{"x":2,"y":1}]},"b":1}')
  })

  it('round-trips entries and returns them only for the same key', () => {
    const file = path.join(tempDir(), 'sub', 'cache.json')
    const cache = CheckCache.load(file)
    const entry = { key: 'k1', diagnostics: [diagnostic('a-b', 'error', 'm', [1, 1], [1, 2])], summary: undefined }
    cache.set('/x.md', entry)
    cache.save()
    const reloaded = CheckCache.load(file)
    expect(reloaded.get('/x.md', 'k1')).toEqual({ key: 'k1', diagnostics: entry.diagnostics })
    expect(reloaded.get('/x.md', 'k2')).toBeUndefined()
    expect(reloaded.get('/y.md', 'k1')).toBeUndefined()
  })

  it.each([['not json {'], ['null'], ['{"format":1,"entries":{"/x.md":{"key":5}}}'], ['{"format":99,"entries":{}}']])(
    'ignores a corrupt or foreign cache file: %s',
    (text) => {
      const file = path.join(tempDir(), 'cache.json')
      writeFileSync(file, text)
      const cache = CheckCache.load(file)
      expect(cache.get('/x.md', 'k1')).toBeUndefined()
      cache.save()
      expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ format: 1, entries: {} })
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
