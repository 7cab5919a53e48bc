import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { contentHash } from '../../src/parser/hash.js'
import { portableSha256Hex, sha256Hex } from '../../src/util/sha256.js'

describe('sha256Hex', () => {
  it('uses Node crypto here and gives the known digests', () => {
    expect(sha256Hex).not.toBe(portableSha256Hex)
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855')
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')
  })

  it('gives the same digest as the portable implementation, lone surrogates included', () => {
    for (const text of ['Exosome', 'Théry 2018 · ≤ 1 µm', '😀', '\uD800', 'a\uDC00b', '\uDBFF\uDFFF', '\r\n\u0000']) {
      expect(sha256Hex(text)).toBe(portableSha256Hex(text))
    }
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code)), maxLength: 4 }), (text, surrogates) => {
        const mixed = `${text}${surrogates}${text}`
        expect(sha256Hex(mixed)).toBe(portableSha256Hex(mixed))
      }),
      { seed: 20261128, numRuns: 300 },
    )
  })
})

describe('contentHash', () => {
  it('hashes the text with a leading byte order mark removed and CRLF and CR turned into LF', () => {
    const lf = contentHash('a\nb\n\nc')
    expect(lf).toBe(`sha256-${portableSha256Hex('a\nb\n\nc')}`)
    expect(contentHash('a\r\nb\r\n\r\nc')).toBe(lf)
    expect(contentHash('a\rb\r\rc')).toBe(lf)
    expect(contentHash('\uFEFFa\r\nb\n\rc')).toBe(lf)
    // Only a leading mark is dropped.
    expect(contentHash('a\nb\n\uFEFF\nc')).not.toBe(lf)
  })
})
