/**
 * Disclaimer markdown is parsed once and reused across renders: every caller still gets its
 * own copy, so changing one can never leak into a later render.
 */
import type { Paragraph, Text } from 'mdast'
import { describe, expect, it } from 'vitest'
import { parseMarkdownBlocks } from '../../src/render/mdast.js'

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
