/**
 * Disclaimer markdown is parsed once and reused across renders: every caller still gets its
 * own copy, so changing one can never leak into a later render. Copies are made by
 * cleanMdast, which must give exactly what a JSON round trip without hints gives.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { Paragraph, RootContent, Text } from 'mdast'
import { describe, expect, it } from 'vitest'
import { parseContent } from '../../src/parser/index.js'
import { cleanMdast, parseMarkdownBlocks } from '../../src/render/mdast.js'

describe('parseMarkdownBlocks reuse', () => {
  it('returns equal, separate, position-free copies for the same text', () => {
    const first = parseMarkdownBlocks('Not **medical** advice.')
    const second = parseMarkdownBlocks('Not **medical** advice.')
    expect(second).toEqual(first)
    expect(second).not.toBe(first)
    expect(second[0]).not.toBe(first[0])
    expect(JSON.stringify(first)).not.toContain('position')
    expect(first[0]?.type).toBe('paragraph')
  })

  it('is not affected by a caller changing its copy', () => {
    const mutated = parseMarkdownBlocks('Ask your doctor.')
    const text = (mutated[0] as Paragraph).children[0] as Text
    text.value = 'changed'
    ;(mutated[0] as Paragraph).children.push({ type: 'text', value: 'extra' })
    const fresh = parseMarkdownBlocks('Ask your doctor.')
    expect(((fresh[0] as Paragraph).children[0] as Text).value).toBe('Ask your doctor.')
    expect((fresh[0] as Paragraph).children).toHaveLength(1)
  })

  it('parses different texts separately', () => {
    expect(parseMarkdownBlocks('- a\n- b')[0]?.type).toBe('list')
    expect(parseMarkdownBlocks('# Title')[0]?.type).toBe('heading')
  })
})

describe('cleanMdast', () => {
  /** The JSON round trip cleanMdast replaces. */
  const viaJson = (nodes: readonly RootContent[]): unknown =>
    JSON.parse(JSON.stringify(nodes, (key, value: unknown) => (key === 'position' || key === 'data' ? undefined : value)))

  it('gives what the JSON round trip gives on parsed content, without position or data', () => {
    const source = readFileSync(path.resolve(import.meta.dirname, '../../content/exosome-therapy.md'), 'utf8')
    const { document } = parseContent(source)
    expect(document).toBeDefined()
    const lists: Array<readonly RootContent[]> = [
      ...Object.values(document?.claims ?? {}).map((claim) => claim.content.mdast),
      ...(document?.intro ?? []).flatMap((block) => (block.type === 'narrative' ? [block.content.mdast] : [])),
    ]
    expect(lists.length).toBeGreaterThan(20)
    for (const nodes of lists) {
      const copy = cleanMdast(nodes)
      expect(copy).toEqual(viaJson(nodes))
      expect(JSON.stringify(copy)).not.toMatch(/"(position|data)":/)
    }
  })

  it('drops hast hints and undefined fields, keeps null, and copies deeply', () => {
    const nodes = [
      {
        type: 'paragraph',
        data: { hName: 'script' },
        children: [{ type: 'text', value: 'x', data: { hProperties: { onclick: 'x' } }, extra: undefined, note: null }],
      },
    ] as unknown as RootContent[]
    const copy = cleanMdast(nodes)
    expect(copy).toEqual(viaJson(nodes))
    expect(copy).toEqual([{ type: 'paragraph', children: [{ type: 'text', value: 'x', note: null }] }])
    expect((copy[0] as Paragraph).children).not.toBe((nodes[0] as Paragraph).children)
  })
})
