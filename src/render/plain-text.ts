import type { Nodes, RootContent } from 'mdast'

const safeLink = /^(?:https?:|mailto:)/i

function inline(node: Nodes): string {
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
      const label = children(node.children)
      return safeLink.test(node.url) && node.url !== label ? `${label} (${node.url})` : label
    }
    default:
      return 'children' in node ? children(node.children as Nodes[]) : 'value' in node ? String(node.value) : ''
  }
}

function children(nodes: readonly Nodes[]): string {
  return nodes.map((node) => inline(node)).join('')
}

function block(node: RootContent, indent: string): string[] {
  switch (node.type) {
    case 'paragraph':
    case 'heading':
      return [indent + children(node.children).replaceAll('\n', `\n${indent}`)]
    case 'code':
      return [node.value.replaceAll(/^/gm, indent)]
    case 'thematicBreak':
    case 'html':
    case 'definition':
    case 'yaml':
      return []
    case 'blockquote':
      return node.children.flatMap((child) => block(child, indent))
    case 'list':
      return [
        node.children
          .map((item, index) => {
            const marker = node.ordered ? `${(node.start ?? 1) + index}. ` : '• '
            const lines = item.children.flatMap((child) => block(child, indent + ' '.repeat(marker.length))).join('\n')
            return indent + marker + lines.trimStart()
          })
          .join('\n'),
      ]
    default:
      return 'children' in node ? [indent + children(node.children as Nodes[])] : []
  }
}

/**
 * Plain text of mdast blocks for chat, SMS and screen readers: paragraphs separated by a blank
 * line, list items with `•` or `1.`, link URLs in parentheses, raw HTML dropped, no markdown
 * syntax left.
 *
 * @param nodes mdast block nodes.
 * @returns Plain text.
 */
export function mdastToPlainText(nodes: readonly RootContent[]): string {
  return nodes
    .flatMap((node) => block(node, ''))
    .filter((text) => text.trim() !== '')
    .join('\n\n')
}
