import type { BlockContent, DefinitionContent, RootContent } from 'mdast'
import type { Content } from '../schema/claim.js'
import type { NarrativeBlock } from '../schema/section.js'
import { copyPosition, type LineIndex } from './position.js'
import { plainTextOf } from './plain-text.js'

/**
 * The authored content of consecutive nodes: the exact source slice and the nodes themselves.
 *
 * @param nodes Consecutive nodes (at least one).
 * @param lines Line index of the file.
 * @returns Markdown slice and mdast.
 */
export function contentOf(nodes: readonly RootContent[], lines: LineIndex): Content {
  const start = nodes[0]?.position?.start.offset
  const end = nodes[nodes.length - 1]?.position?.end.offset
  const markdown = start === undefined || end === undefined ? '' : lines.text.slice(start, end)
  return { markdown, mdast: nodes as Array<BlockContent | DefinitionContent> }
}

/**
 * Turn a run of consecutive non-directive nodes into one narrative block.
 *
 * @param nodes The nodes, in source order (at least one).
 * @param lines Line index of the file.
 * @returns The block.
 */
export function narrativeBlock(nodes: readonly RootContent[], lines: LineIndex): NarrativeBlock {
  const first = nodes[0]?.position
  const last = nodes[nodes.length - 1]?.position
  const fallback = lines.range(0, 0)
  const start = copyPosition(first, fallback).start
  const end = copyPosition(last, fallback).end
  return {
    type: 'narrative',
    content: contentOf(nodes, lines),
    text: plainTextOf(nodes, lines.text),
    position: { start, end },
  }
}
