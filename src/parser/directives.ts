import type { Nodes, Root } from 'mdast'
import type { Reporter } from './reporter.js'
import { copyPosition, type LineIndex } from './position.js'

type DirectiveNode = Extract<Nodes, { type: 'containerDirective' | 'leafDirective' | 'textDirective' }>
type ParentNode = Extract<Nodes, { children: unknown }>

const fences = { containerDirective: ':::', leafDirective: '::', textDirective: ':' } as const

const parentNames: Record<string, string> = {
  listItem: 'a list item',
  list: 'a list',
  blockquote: 'a block quote',
  footnoteDefinition: 'a footnote',
  paragraph: 'a paragraph',
}

/** Leaf directives of the format besides `::claim`: each stands alone on its line. */
const leafOnly: Record<string, string> = {
  disclaimer: '`::disclaimer{ref=id}`',
  'evidence-summary': '`::evidence-summary`',
}

/**
 * Whether the body reads this node as a block of the format (known name, right form, at the
 * top level).
 *
 * @param node Any mdast node.
 * @returns True for `:::claim`, `::claim`, `::disclaimer` and `::evidence-summary`.
 */
export function isBlockDirective(node: Nodes): node is Extract<Nodes, { type: 'containerDirective' | 'leafDirective' }> {
  if (node.type === 'containerDirective') return node.name === 'claim'
  if (node.type === 'leafDirective') return node.name === 'claim' || Object.hasOwn(leafOnly, node.name)
  return false
}

/**
 * Report every directive the format does not define, known directives in the wrong form
 * (`:claim`, `:::disclaimer`), and known directives nested inside other content.
 *
 * @param tree The mdast of the file.
 * @param lines Line index of the file.
 * @param reporter Receives the diagnostics.
 */
export function checkDirectives(tree: Root, lines: LineIndex, reporter: Reporter): void {
  // Every node in document order, each with its parent (what `unist-util-visit` would give,
  // without a list of ancestors made for every node).
  const walk = (node: Nodes, parent: ParentNode | undefined): void => {
    checkNode(node, parent, lines, reporter)
    if ('children' in node) for (const child of node.children) walk(child, node)
  }
  walk(tree, undefined)
}

// What one node says: a malformed directive, an unknown one, a known one in the wrong form or place.
function checkNode(node: Nodes, parent: ParentNode | undefined, lines: LineIndex, reporter: Reporter): void {
  if (node.type === 'paragraph') {
    reportMalformed(node, lines, reporter)
    return
  }
  if (node.type !== 'containerDirective' && node.type !== 'leafDirective' && node.type !== 'textDirective') return
  const directive = node as DirectiveNode
  const written = `${fences[directive.type]}${directive.name}`
  const place = copyPosition(directive.position, lines.range(0, 0))
  if (directive.name === 'claim' || Object.hasOwn(leafOnly, directive.name)) {
    if (!isBlockDirective(directive)) {
      const expected = directive.name === 'claim' ? '`:::claim{#id ...}` (define) or `::claim{ref=id}` (reuse)' : leafOnly[directive.name]
      reporter.report('directive-wrong-form', `Unexpected \`${written}\`, expected ${expected}`, place)
    } else if (parent !== undefined && parent.type !== 'root') {
      const inside = parent.type === 'containerDirective' ? `\`:::${parent.name}\`` : (parentNames[parent.type] ?? `a ${parent.type}`)
      reporter.report('directive-nested', `Unexpected \`${written}\` inside ${inside}, expected it at the top level of a section`, place)
    }
    return
  }
  if (directive.type === 'textDirective') {
    const text = lines.text.slice(place.start.offset ?? 0, place.end.offset ?? 0)
    reporter.report(
      'directive-unknown',
      `Unexpected text directive \`${written}\`, expected plain text: write \`\\:\` to keep a colon before a word (\`${text.replace(':', '\\:')}\`)`,
      place,
    )
    return
  }
  const expected = directive.type === 'containerDirective' ? '`:::claim`' : '`::claim`, `::disclaimer` or `::evidence-summary`'
  reporter.report('directive-unknown', `Unexpected directive \`${written}\`, expected ${expected}`, place)
}

/**
 * A paragraph whose text starts like a directive (`::name` or `:::name`) is a directive that
 * did not parse, usually because of a stray quote or brace in its attributes. Left alone, a
 * claim would quietly turn into narrative text.
 *
 * @param paragraph A paragraph node.
 * @param lines Line index of the file.
 * @param reporter Receives the diagnostic.
 */
function reportMalformed(paragraph: Extract<Nodes, { type: 'paragraph' }>, lines: LineIndex, reporter: Reporter): void {
  const first = paragraph.children[0]
  if (first?.type !== 'text') return
  const match = /^(:{2,})([A-Za-z][\w-]*)/.exec(first.value)
  if (match === null) return
  const [, fence = '', name = ''] = match
  const start = copyPosition(first.position, lines.range(0, 0)).start.offset ?? 0
  const end = lines.lineEnd(start)
  reporter.report(
    'directive-malformed',
    `Unexpected \`${lines.text.slice(start, end)}\` that does not parse as a directive, expected \`${fence}${name}{...}\` with balanced braces and quoted values such as \`cite="a b"\``,
    lines.range(start, end),
  )
}
