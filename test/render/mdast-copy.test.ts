/**
 * What the renderers do with mdast, without recursion and without parsing: cleanMdast copies
 * content without hast hints (exactly what a JSON round trip without them gives), the plain
 * text of any nesting depth is computed without overflowing the stack, and no render module
 * imports a markdown parser, serializer or the YAML library.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { BlockContent, Paragraph, RootContent } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { describe, expect, it } from 'vitest'
import { parseContent } from '../../src/parser/index.js'
import { cleanMdast, nodeText } from '../../src/render/mdast.js'
import { mdastToPlainText } from '../../src/render/plain-text.js'

/** A list nested `depth` levels deep, a block quote in each item, built without recursion. */
function deepList(depth: number): RootContent {
  let node: BlockContent = { type: 'paragraph', children: [{ type: 'text', value: 'deepest' }] }
  for (let level = 0; level < depth; level++) {
    const quote: BlockContent = { type: 'blockquote', children: [node] }
    node = { type: 'list', ordered: false, spread: false, children: [{ type: 'listItem', spread: false, children: [quote] }] }
  }
  return node
}

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
      ...(document?.disclaimers ?? []).map((disclaimer) => disclaimer.content.mdast),
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
        children: [{ type: 'text', value: 'x', data: { hProperties: { onclick: 'x' } }, extra: undefined, note: null, big: Infinity }],
      },
    ] as unknown as RootContent[]
    const copy = cleanMdast(nodes)
    expect(copy).toEqual(viaJson(nodes))
    expect(copy).toEqual([{ type: 'paragraph', children: [{ type: 'text', value: 'x', note: null, big: null }] }])
    expect((copy[0] as Paragraph).children).not.toBe((nodes[0] as Paragraph).children)
  })

  it('copies, measures and flattens content nested 10,000 levels deep without overflowing the stack', () => {
    const deep = deepList(10_000)
    // A recursive walk overflows on it.
    expect(() => toString(deep)).toThrow(RangeError)
    const copy = cleanMdast([deep])
    expect(copy).toHaveLength(1)
    expect(nodeText(deep)).toBe('deepest')
    const text = mdastToPlainText([deepList(3)])
    expect(text).toBe('• • • deepest')
    expect(mdastToPlainText([deep]).trimStart().endsWith('deepest')).toBe(true)
  })
})

describe('render modules', () => {
  it('import no markdown parser, markdown serializer, unified or YAML library', () => {
    const folder = path.resolve(import.meta.dirname, '../../src/render')
    for (const file of readdirSync(folder)) {
      const source = readFileSync(path.join(folder, file), 'utf8')
      expect(source, file).not.toMatch(/from '(?:remark-[^']*|unified|yaml|micromark[^']*|mdast-util-from-markdown|mdast-util-to-markdown)'/)
    }
  })
})
