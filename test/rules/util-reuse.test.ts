/**
 * The mapped claim text is shared between rules of one run: reusing it must never change a
 * result.
 */
import { createRequire } from 'node:module'
import type { Paragraph } from 'mdast'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { collectMappedText, mappedText, spanPosition } from '../../src/rules/util/plain-text.js'

function paragraph(value: string, offset: number): Paragraph {
  const end = offset + value.length
  return {
    type: 'paragraph',
    children: [{ type: 'text', value, position: { start: { line: 1, column: offset + 1, offset }, end: { line: 1, column: end + 1, offset: end } } }],
    position: { start: { line: 1, column: offset + 1, offset }, end: { line: 1, column: end + 1, offset: end } },
  }
}

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

describe('mappedText of parsed markdown', () => {
  const markdown = 'aa &copy; aa\\\nnext 🧴 &amp; 🧴 end'
  const nodes = unified().use(remarkParse).parse(markdown).children
  const mapped = collectMappedText(nodes, markdown)
  const span = (needle: string, from = 0) => {
    const at = mapped.text.indexOf(needle, from)
    const place = spanPosition(mapped, at, at + needle.length, markdown)
    return place === undefined ? undefined : markdown.slice(place.start.offset, place.end.offset)
  }

  it('maps every character found in the source to it, in order; an entity\'s character and the separators map nowhere', () => {
    expect(mapped.text).toBe('aa © aa\nnext 🧴 & 🧴 end\n')
    expect(mapped.offsets).toHaveLength(mapped.text.length)
    const unmapped = mapped.offsets.flatMap((offset, index) => (offset < 0 ? [mapped.text[index]] : []))
    expect(unmapped).toEqual(['©', '\n', '\n'])
    const found = mapped.offsets.filter((offset) => offset >= 0)
    for (const [index, offset] of mapped.offsets.entries()) if (offset >= 0) expect(markdown[offset], `${index}`).toBe(mapped.text[index])
    expect(found).toEqual([...found].sort((a, b) => a - b))
    expect(new Set(found).size).toBe(found.length)
    // The lazy text is the eager one.
    expect(mappedText(nodes, markdown).text).toBe(mapped.text)
  })

  it('maps spans of found characters back to the file, and not a span that starts or ends where nothing is', () => {
    expect(span('aa', 1)).toBe('aa')
    expect(span('next 🧴 & 🧴')).toBe('next 🧴 &amp; 🧴')
    expect(span('n')).toBe('n')
    expect(span('©')).toBeUndefined()
    expect(span('© aa')).toBeUndefined()
    expect(span('aa\n', 1)).toBeUndefined()
  })
})
