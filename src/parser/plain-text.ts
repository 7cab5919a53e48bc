import type { Nodes } from 'mdast'

const blockParents = new Set(['root', 'blockquote', 'list', 'listItem', 'containerDirective', 'footnoteDefinition', 'table', 'tableRow'])

/**
 * Plain text of mdast nodes, as mdast-util-to-string gives it, except that text directives
 * keep their source (an unintended `:word` must not lose the author's words), HTML is left
 * out, and block siblings are separated by line breaks.
 *
 * @param node The node.
 * @param source The whole file, to slice text directives from.
 * @returns The text.
 */
export function plainText(node: Nodes, source: string): string {
  switch (node.type) {
    case 'html':
      return ''
    case 'image':
    case 'imageReference':
      return node.alt ?? ''
    case 'textDirective':
    case 'leafDirective': {
      const start = node.position?.start.offset
      const end = node.position?.end.offset
      if (start !== undefined && end !== undefined) return source.slice(start, end)
      break
    }
    default:
      break
  }
  if ('value' in node && typeof node.value === 'string') return node.value
  if (!('children' in node)) return ''
  const parts = (node.children as Nodes[]).map((child) => plainText(child, source))
  return parts.join(blockParents.has(node.type) ? '\n' : '')
}

/**
 * Plain text of a run of top-level nodes, joined by blank lines.
 *
 * @param nodes The nodes.
 * @param source The whole file.
 * @returns The trimmed text.
 */
export function plainTextOf(nodes: readonly Nodes[], source: string): string {
  return nodes
    .map((node) => plainText(node, source).trim())
    .filter((text) => text !== '')
    .join('\n\n')
}
