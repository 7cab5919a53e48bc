import type { Nodes, RootContent } from 'mdast'
import { fold } from '../util/fold.js'

const safeLink = /^(?:https?:|mailto:)/i

type Children = ReadonlyArray<readonly [Nodes, undefined]>

function inlineChildren(node: Nodes): Children {
  if (node.type === 'html' || node.type === 'image' || node.type === 'imageReference' || !('children' in node)) return []
  return (node.children as Nodes[]).map((child) => [child, undefined] as const)
}

function inlineCombine(node: Nodes, _: undefined, parts: string[]): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return node.value
    case 'break':
      return '\n'
    case 'image':
    case 'imageReference':
      return node.alt ?? ''
    case 'html':
      // Raw HTML is dropped in every format.
      return ''
    case 'link': {
      const label = parts.join('')
      return safeLink.test(node.url) && node.url !== label ? `${label} (${node.url})` : label
    }
    default:
      return 'children' in node ? parts.join('') : 'value' in node ? String(node.value) : ''
  }
}

/**
 * Plain text of inline content (and of the inline content of any node), iteratively.
 *
 * @param node A node.
 * @returns Its text: link URLs in parentheses, image alt text, no raw HTML.
 */
export function inlineText(node: Nodes): string {
  return fold<Nodes, undefined, string>(node, undefined, inlineChildren, inlineCombine)
}

const listMarker = (list: Extract<Nodes, { type: 'list' }>, index: number): string => (list.ordered ? `${(list.start ?? 1) + index}. ` : '• ')

// Block layout: each node gives lines of text at an indentation; a list item's blocks are
// indented by its marker's width.
function blockChildren(node: Nodes, indent: string): ReadonlyArray<readonly [Nodes, string]> {
  if (node.type === 'blockquote' || node.type === 'listItem') return node.children.map((child) => [child, indent] as const)
  if (node.type === 'list') return node.children.map((item, index) => [item, indent + ' '.repeat(listMarker(node, index).length)] as const)
  return []
}

function blockCombine(node: Nodes, indent: string, parts: string[][]): string[] {
  switch (node.type) {
    case 'paragraph':
    case 'heading':
      return [indent + inlineText(node).replaceAll('\n', `\n${indent}`)]
    case 'code':
      return [node.value.replaceAll(/^/gm, indent)]
    case 'thematicBreak':
    case 'html':
    case 'definition':
    case 'yaml':
      return []
    case 'blockquote':
      return parts.flat()
    case 'listItem':
      return parts.flat()
    case 'list':
      return [parts.map((lines, index) => indent + listMarker(node, index) + lines.join('\n').trimStart()).join('\n')]
    default:
      return 'children' in node ? [indent + inlineText(node)] : []
  }
}

/**
 * Plain text of mdast blocks for chat, SMS and screen readers: paragraphs separated by a blank
 * line, list items with `•` or `1.`, link URLs in parentheses, raw HTML dropped, no markdown
 * syntax left. Iterative: no nesting depth overflows the call stack.
 *
 * @param nodes mdast block nodes.
 * @returns Plain text.
 */
export function mdastToPlainText(nodes: readonly RootContent[]): string {
  return nodes
    .flatMap((node) => fold<Nodes, string, string[]>(node, '', blockChildren, blockCombine))
    .filter((text) => text.trim() !== '')
    .join('\n\n')
}
