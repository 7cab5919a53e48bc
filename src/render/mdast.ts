import type { BlockContent, DefinitionContent, Nodes, Root, RootContent } from 'mdast'
import { fold } from '../util/fold.js'

type Json = unknown

function jsonChildren(value: Json): ReadonlyArray<readonly [Json, undefined]> {
  if (Array.isArray(value)) return value.map((item: Json) => [item, undefined] as const)
  if (typeof value !== 'object' || value === null) return []
  const entries: Array<readonly [Json, undefined]> = []
  for (const key of Object.keys(value)) {
    if (key === 'position' || key === 'data') continue
    const item = (value as Record<string, Json>)[key]
    if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue
    entries.push([item, undefined])
  }
  return entries
}

// What `JSON.parse(JSON.stringify(value))` without `position` and `data` gives for mdast
// (plain data: objects, arrays, strings, numbers, booleans, null), without recursion.
function jsonCombine(value: Json, _: undefined, copies: Json[]): Json {
  if (Array.isArray(value)) return value.map((item: Json, index) => (item === undefined || typeof item === 'function' || typeof item === 'symbol' ? null : copies[index]))
  if (typeof value !== 'object' || value === null) return typeof value === 'number' && !Number.isFinite(value) ? null : value
  const copy: Record<string, Json> = {}
  let index = 0
  for (const key of Object.keys(value)) {
    if (key === 'position' || key === 'data') continue
    const item = (value as Record<string, Json>)[key]
    if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue
    copy[key] = copies[index++]
  }
  return copy
}

/**
 * Copy mdast nodes without `position` and `data`, so content can never carry hast hints
 * (`data.hName`, `data.hProperties`) that would impersonate the renderer's own structure.
 *
 * @param nodes mdast nodes (may be frozen).
 * @returns Fresh, mutable copies.
 */
export function cleanMdast<T extends RootContent | BlockContent | DefinitionContent>(nodes: readonly T[]): T[] {
  return fold<Json, undefined, Json>(nodes, undefined, jsonChildren, jsonCombine) as T[]
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
 * The text of a node as mdast-util-to-string gives it (values and alt text, no separators),
 * without recursion.
 *
 * @param node A node.
 * @returns Its text.
 */
export function nodeText(node: Nodes): string {
  return fold<Nodes, undefined, string>(
    node,
    undefined,
    (item) => ('children' in item ? (item.children as Nodes[]).map((child) => [child, undefined] as const) : []),
    (item, _, parts) => ('value' in item ? item.value : 'alt' in item && typeof item.alt === 'string' ? item.alt : parts.join('')),
  )
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
  const isTitle = (node: T): boolean => node.type === 'heading' && node.depth === 1 && nodeText(node).trim() === title.trim()
  // The same array when there is no such heading (most blocks), so callers can key caches on it.
  return nodes.some(isTitle) ? nodes.filter((node) => !isTitle(node)) : nodes
}
