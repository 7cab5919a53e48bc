/**
 * The phrase search compiles each phrase once and the mapped claim text is shared between
 * rules of one run: reusing them must never change a result.
 */
import { createRequire } from 'node:module'
import fc from 'fast-check'
import type { Paragraph } from 'mdast'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { findPhrases, foldForNeedles, phraseExpression, type PhraseMatch } from '../../src/rules/util/phrases.js'
import { collectMappedText, mappedText } from '../../src/rules/util/plain-text.js'

function paragraph(value: string, offset: number): Paragraph {
  const end = offset + value.length
  return {
    type: 'paragraph',
    children: [{ type: 'text', value, position: { start: { line: 1, column: offset + 1, offset }, end: { line: 1, column: end + 1, offset: end } } }],
    position: { start: { line: 1, column: offset + 1, offset }, end: { line: 1, column: end + 1, offset: end } },
  }
}

describe('findPhrases with compiled phrases reused', () => {
  it('finds the same matches on every call and on different texts', () => {
    const phrases = ['cure', 'cures', 'no side effects']
    const first = findPhrases('It cures pain with no side effects. It cures.', phrases)
    const again = findPhrases('It cures pain with no side effects. It cures.', phrases)
    expect(again).toEqual(first)
    expect(first.map((match) => [match.phrase, match.start])).toEqual([
      ['cures', 3],
      ['no side effects', 19],
      ['cures', 39],
    ])
    // A later, shorter text still matches from its start (no state left by earlier searches).
    expect(findPhrases('cure', phrases).map((match) => [match.found, match.start])).toEqual([['cure', 0]])
    expect(findPhrases('nothing here', phrases)).toEqual([])
  })

  it('prepares a frozen list once, and a mutable list again after it changes', () => {
    const frozen = Object.freeze(['cure', 'cure', ' '])
    expect(findPhrases('a cure', frozen).map((match) => match.phrase)).toEqual(['cure'])
    expect(findPhrases('a cure', frozen)).toEqual(findPhrases('a cure', ['cure']))
    const mutable = ['cure']
    expect(findPhrases('a miracle cure', mutable).map((match) => match.phrase)).toEqual(['cure'])
    mutable.push('miracle')
    expect(findPhrases('a miracle cure', mutable).map((match) => match.phrase)).toEqual(['miracle', 'cure'])
    mutable.length = 0
    expect(findPhrases('a miracle cure', mutable)).toEqual([])
  })
})

/** The search without the one-scan shortcut: each phrase on its own, fresh expressions. */
function reference(text: string, phrases: readonly string[]): PhraseMatch[] {
  const all: PhraseMatch[] = []
  for (const phrase of new Set(phrases)) {
    if (phrase.trim() === '') continue
    for (const match of text.matchAll(phraseExpression(phrase))) {
      all.push({ phrase, found: match[0], start: match.index, end: match.index + match[0].length })
    }
  }
  all.sort((a, b) => a.start - b.start || b.end - a.end)
  const kept: PhraseMatch[] = []
  for (const match of all) {
    const previous = kept.at(-1)
    if (previous === undefined || match.start >= previous.end) kept.push(match)
  }
  return kept
}

describe('foldForNeedles', () => {
  it('turns every character a phrase expression matches as an ASCII letter or digit into that character', () => {
    const ascii = [...'abcdefghijklmnopqrstuvwxyz0123456789']
    const expressions = ascii.map((character) => [character, new RegExp(`^${character}$`, 'iu')] as const)
    let checked = 0
    for (let code = 0; code <= 0x10ffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue
      const character = String.fromCodePoint(code)
      for (const [letter, expression] of expressions) {
        if (!expression.test(character)) continue
        checked++
        expect(foldForNeedles(character), `U+${code.toString(16)} matches ${letter}`).toBe(letter)
      }
    }
    // a-z, A-Z, 0-9, the long s and the Kelvin sign.
    expect(checked).toBe(26 * 2 + 10 + 2)
  })

  it('finds a phrase written with the long s', () => {
    expect(findPhrases('no \u017Fide effects', ['side effects']).map((match) => match.found)).toEqual(['\u017Fide effects'])
  })
})

describe('findPhrases shortcut', () => {
  const phrases = ['cure', 'cures', 'no side effects', 'risk-free', 'may', 'in animal studies', 'FDA-approved', '']
  // Case variants the needle shortcut must not miss: the long s (matches `s` under the `iu`
  // flags), the Kelvin sign, dotted capital I.
  const words = ['cure', 'cures', 'Cures', 'secure', 'no', 'side', '\u017Fide', 'effects', 'risk-free', 'risk\u2011free', 'risk', 'free', 'may', 'mayor', 'in', 'animal', 'studies', '\u017Ftudies', 'FDA-approved', 'fda-APPROVED', 'É', '3cure', 'x', 'ris\u212A', '\u0130n']
  const separators = [' ', '  ', '\n', '-', ', ', '. ', '']

  it('finds exactly what a search phrase by phrase finds', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(...separators)), { maxLength: 14 }), (parts) => {
        const text = parts.map(([word, separator]) => word + separator).join('')
        expect(findPhrases(text, phrases)).toEqual(reference(text, phrases))
      }),
      { seed: 20261128, numRuns: 500 },
    )
  })
})

describe('mappedText shared between rules', () => {
  it('returns the same text for the same nodes and source, and a new one for another source', () => {
    const source = 'xx Exosomes may help.'
    const nodes = [paragraph('Exosomes may help.', 3)]
    const first = mappedText(nodes, source)
    expect(first.text).toBe('Exosomes may help.\n')
    expect(first.offsets[0]).toBe(3)
    expect(mappedText(nodes, source)).toBe(first)
    const other = mappedText(nodes, 'yy Exosomes may help.')
    expect(other).not.toBe(first)
    expect(other.text).toBe(first.text)
    // Equal nodes in another list are computed on their own.
    expect(mappedText([paragraph('Exosomes may help.', 3)], source)).not.toBe(first)
  })
})

describe('mappedText without offsets until they are read', () => {
  it('gives the text the eager computation gives, and its offsets once read, on every CommonMark example', () => {
    const { tests } = createRequire(import.meta.url)('commonmark-spec') as { tests: Array<{ markdown: string }> }
    const processor = unified().use(remarkParse)
    expect(tests.length).toBeGreaterThan(600)
    for (const { markdown } of tests) {
      const nodes = processor.parse(markdown).children
      const eager = collectMappedText(nodes, markdown)
      const lazy = mappedText(nodes, markdown)
      expect(lazy.text).toBe(eager.text)
      expect(lazy.offsets).toEqual(eager.offsets)
      expect(lazy.offsets).toBe(lazy.offsets)
    }
  })
})

describe('mappedText offsets', () => {
  it('maps text written as is unit by unit, with soft line breaks as spaces', () => {
    const value = 'May help\nskin 🧴 heal.'
    const source = `:::claim\n${value}\n:::`
    const mapped = mappedText([paragraph(value, 9)], source)
    expect(mapped.text).toBe('May help skin 🧴 heal.\n')
    expect(mapped.offsets.slice(0, value.length)).toEqual(Array.from({ length: value.length }, (_unit, index) => 9 + index))
    for (let index = 0; index < value.length; index++) {
      if (value[index] !== '\n') expect(source[mapped.offsets[index] ?? -1]).toBe(mapped.text[index])
    }
  })

  it('aligns a value that differs from its source (escapes) by searching forward', () => {
    const source = 'a \\*b'
    const nodes = [paragraph('a *b', 0)]
    // The text node spans the whole source `a \*b` but its value has no backslash.
    const node = nodes[0]?.children[0]
    if (node?.position) node.position.end = { line: 1, column: source.length + 1, offset: source.length }
    const mapped = mappedText(nodes, source)
    expect(mapped.text).toBe('a *b\n')
    expect(mapped.offsets.slice(0, 4)).toEqual([0, 1, 3, 4])
  })
})
