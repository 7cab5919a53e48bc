import type { BlockContent, DefinitionContent, Root, RootContent } from 'mdast'
import { toString } from 'mdast-util-to-string'
import remarkParse from 'remark-parse'
import { unified } from 'unified'

// One processor for the whole module: disclaimer text is short CommonMark.
const parser = unified().use(remarkParse)

/**
 * Parse short markdown (disclaimer text) into mdast block nodes, without positions.
 *
 * @param markdown CommonMark text.
 * @returns Block nodes.
 */
export function parseMarkdownBlocks(markdown: string): RootContent[] {
  return cleanMdast(parser.parse(markdown).children)
}

/**
 * Copy mdast nodes without `position` and `data`, so content can never carry hast hints
 * (`data.hName`, `data.hProperties`) that would impersonate the renderer's own structure.
 *
 * @param nodes mdast nodes (may be frozen).
 * @returns Fresh, mutable copies.
 */
export function cleanMdast<T extends RootContent | BlockContent | DefinitionContent>(nodes: readonly T[]): T[] {
  return JSON.parse(JSON.stringify(nodes, (key, value: unknown) => (key === 'position' || key === 'data' ? undefined : value))) as T[]
}

/**
 * Wrap block nodes in a root.
 *
 * @param children Nodes.
 * @returns An mdast root.
 */
export function mdastRoot(children: readonly RootContent[]): Root {
  return { type: 'root', children: [...children] }
}

/**
 * Drop a `#` heading that repeats the document title (the intro's own title line), which the
 * HTML and text renderers already print from `document.title`.
 *
 * @param nodes Narrative nodes.
 * @param title The document title.
 * @returns The nodes without that heading.
 */
export function withoutTitleHeading<T extends RootContent | BlockContent | DefinitionContent>(nodes: readonly T[], title: string): T[] {
  return nodes.filter((node) => !(node.type === 'heading' && node.depth === 1 && toString(node).trim() === title.trim()))
}
