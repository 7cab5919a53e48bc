import type { BlockContent, DefinitionContent, Root, RootContent } from 'mdast'
import { toString } from 'mdast-util-to-string'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { memoizeBounded } from '../util/memo.js'

// One processor for the whole module: disclaimer text is short CommonMark.
const parser = unified().use(remarkParse)

// The same disclaimer texts come back in every render: parse each once. Entries are kept
// position-free and never handed out (callers get a copy), so nothing can change them.
const parsedBlocks = memoizeBounded(512, (markdown) => cleanMdast(parser.parse(markdown).children))

/**
 * Parse short markdown (disclaimer text) into mdast block nodes, without positions.
 *
 * @param markdown CommonMark text.
 * @returns Block nodes (a fresh copy on every call).
 */
export function parseMarkdownBlocks(markdown: string): RootContent[] {
  return cleanMdast(parsedBlocks(markdown))
}

/**
 * Copy mdast nodes without `position` and `data`, so content can never carry hast hints
 * (`data.hName`, `data.hProperties`) that would impersonate the renderer's own structure.
 *
 * @param nodes mdast nodes (may be frozen).
 * @returns Fresh, mutable copies.
 */
export function cleanMdast<T extends RootContent | BlockContent | DefinitionContent>(nodes: readonly T[]): T[] {
  return nodes.map((node) => copyWithoutHints(node)) as T[]
}

// What `JSON.parse(JSON.stringify(value))` without `position` and `data` gives for mdast
// (plain data: objects, arrays, strings, numbers, booleans, null), in one pass.
function copyWithoutHints(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.map((item: unknown) => (item === undefined || typeof item === 'function' || typeof item === 'symbol' ? null : copyWithoutHints(item)))
  }
  if (typeof value !== 'object' || value === null) return typeof value === 'number' && !Number.isFinite(value) ? null : value
  const copy: Record<string, unknown> = {}
  for (const key of Object.keys(value)) {
    if (key === 'position' || key === 'data') continue
    const item = (value as Record<string, unknown>)[key]
    if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue
    copy[key] = copyWithoutHints(item)
  }
  return copy
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
 * @returns The nodes without that heading (`nodes` itself when it has none).
 */
export function withoutTitleHeading<T extends RootContent | BlockContent | DefinitionContent>(nodes: readonly T[], title: string): readonly T[] {
  const isTitle = (node: T): boolean => node.type === 'heading' && node.depth === 1 && toString(node).trim() === title.trim()
  // The same array when there is no such heading (most blocks), so callers can key caches on it.
  return nodes.some(isTitle) ? nodes.filter((node) => !isTitle(node)) : nodes
}
