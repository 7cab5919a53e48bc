import type { Nodes } from 'mdast'

const blockParents = new Set(['root', 'blockquote', 'list', 'listItem', 'containerDirective', 'footnoteDefinition', 'table', 'tableRow'])

/**
 * Plain text of mdast nodes, as mdast-util-to-string gives it, except that text directives
 * keep their source (an unintended `:word` must not lose the author's words), HTML is left
 * out, and block siblings are separated by line breaks.
 *
 * @param node The node.
 * @param source The whole file, to slice text directives from.
 * @param lineBreak What a hard line break (`break` node) becomes.
 * @returns The text.
 */
export function plainText(node: Nodes, source: string, lineBreak = ''): string {
  switch (node.type) {
    case 'html':
      return ''
    case 'break':
      return lineBreak
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
  const parts = (node.children as Nodes[]).map((child) => plainText(child, source, lineBreak))
  return parts.join(blockParents.has(node.type) ? '\n' : '')
}

// Spaces, tabs and line breaks (not no-break or other Unicode spaces, which are chosen).
const whitespace = /[ \t\n\v\f\r\u2028\u2029]+/g

/**
 * Plain text of a run of top-level nodes (a claim's or narrative block's `text`), with
 * whitespace normalised: every run of spaces, tabs and line breaks, between blocks too, is
 * one space, so the text reads on one line in chat, SMS and screen readers. The markdown
 * keeps its line breaks.
 *
 * @param nodes The nodes.
 * @param source The whole file.
 * @returns The normalised, trimmed text.
 */
export function plainTextOf(nodes: readonly Nodes[], source: string): string {
  return nodes
    .map((node) => plainText(node, source, '\n'))
    .join(' ')
    .replace(whitespace, ' ')
    .trim()
}
