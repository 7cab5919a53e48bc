import type { Root } from 'mdast'
import { visit } from 'unist-util-visit'
import type { SourceComment } from '../rules/types.js'
import type { LineIndex } from './position.js'

/**
 * Every HTML comment of the body (`<!-- ... -->`), with its trimmed text and exact position.
 * One HTML node may hold several comments.
 *
 * @param tree The mdast of the file.
 * @param lines Line index of the file.
 * @returns Comments in source order.
 */
export function collectComments(tree: Root, lines: LineIndex): SourceComment[] {
  const comments: SourceComment[] = []
  // No `<!--` in the file, no comment in the body: no need to walk the tree.
  if (!lines.text.includes('<!--')) return comments
  visit(tree, 'html', (node) => {
    const start = node.position?.start.offset
    if (start === undefined) return
    for (const match of node.value.matchAll(/<!--([\s\S]*?)-->/g)) {
      const offset = start + (match.index ?? 0)
      comments.push({ value: (match[1] ?? '').trim(), position: lines.range(offset, offset + match[0].length) })
    }
  })
  return comments
}
