import type { Nodes, Root, RootContent } from 'mdast'
import type { Point, Position } from 'unist'
import remarkDirective from 'remark-directive'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { findFrontmatter, opensFrontmatter, type FrontmatterSpan } from './frontmatter-span.js'

// Built once: parsing is the only thing it does, and a frozen processor is reusable.
const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkDirective).freeze()

/**
 * The smallest part a long document is cut into, in characters (a document shorter than
 * twice this is parsed in one piece). micromark holds every event of a document until its
 * end: on long documents that working set outgrows V8's young generation, and the time per
 * character of the body doubles from 10 KB to 100 KB. Parts of about this size keep it small.
 */
export const defaultPartSize = 8192

// A blank line, then an ATX heading at the start of a line: the only places a document is cut.
const cutPattern = /(?:\r\n?|\n)[ \t]*(?:\r\n?|\n)(?=#{1,6}(?:[ \t\r\n]|$))/g
// Appended to a part to learn whether everything in it is closed when a heading line comes.
const probe = '#'

/**
 * Offsets where a document may be cut into parts of at least `partSize` characters: the end
 * of the frontmatter, and the starts of ATX heading lines that follow a blank line. None when the
 * document is short, or may hold a link or footnote definition (`]:`), which applies to the
 * whole document.
 *
 * @param source The document.
 * @param partSize Minimum characters per part.
 * @returns Cut offsets, ascending (empty: parse in one piece).
 */
export function documentCuts(source: string, partSize: number, span: FrontmatterSpan | undefined = findFrontmatter(source)): number[] {
  if (source.length < partSize * 2 || source.includes(']:')) return []
  // The frontmatter can hold a blank line and a `# comment` line: cut after its closing fence,
  // found where micromark finds it. An unclosed opening fence keeps micromark from starting
  // any list or block quote in the whole text, which no part on its own would know: no cut.
  if (span === undefined && opensFrontmatter(source)) return []
  const from = span?.bodyStart ?? 0
  const found: number[] = []
  // The frontmatter is a part of its own, unless a `---` follows it, which would open a
  // frontmatter when parsed at the start of a part.
  if (from > 0 && from < source.length && source[from] !== '-') found.push(from)
  const pattern = new RegExp(cutPattern)
  // A match ends at most a few characters after it starts (two line endings and spaces).
  pattern.lastIndex = from + Math.max(0, partSize - 4)
  for (let match = pattern.exec(source); match; match = pattern.exec(source)) {
    const cut = match.index + match[0].length
    if (source.length - cut < partSize / 2) break
    found.push(cut)
    pattern.lastIndex = Math.max(cut, cut + partSize - 4)
  }
  return found
}

function shiftPoint(point: Point, lines: number, offset: number): Point {
  return { line: point.line + lines, column: point.column, offset: point.offset === undefined ? undefined : point.offset + offset }
}

function shiftPosition(position: Position, lines: number, offset: number): Position {
  return { start: shiftPoint(position.start, lines, offset), end: shiftPoint(position.end, lines, offset) }
}

// Move a part's nodes to where the part starts in the document (parts start at column 1).
function shift(nodes: readonly Nodes[], lines: number, offset: number): void {
  for (const node of nodes) {
    if (node.position) node.position = shiftPosition(node.position, lines, offset)
    if ('children' in node) shift(node.children, lines, offset)
  }
}

// Line endings in `text` (`\r\n`, `\r` and `\n` each end one line).
function lineEndings(text: string): number {
  let count = 0
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 10 || (code === 13 && text.charCodeAt(index + 1) !== 10)) count++
  }
  return count
}

/**
 * The tree micromark gives the frontmatter part (the text up to `span.bodyStart`), made from
 * the span instead of parsed: a root holding the one `yaml` node, whose value is the text
 * between the fences without its last line ending (as `mdast-util-frontmatter` gives it),
 * and whose position ends after the closing fence and its spaces. micromark reads a NUL
 * as U+FFFD: a frontmatter holding one is parsed.
 */
function frontmatterPart(source: string, span: FrontmatterSpan, partLines: number): Root | undefined {
  const raw = source.slice(span.valueStart, span.closeStart)
  if (raw.includes('\u0000')) return undefined
  const start: Point = { line: 1, column: 1, offset: 0 }
  // The part ends with the closing fence's line ending: the fence is on the part's last line.
  const end: Point = { line: partLines, column: 1 + span.closeEnd - span.closeStart, offset: span.closeEnd }
  const value = raw.replace(/(?:\r?\n|\r)$/, '')
  return { type: 'root', children: [{ type: 'yaml', value, position: { start, end } }], position: { start: { ...start }, end: { ...end } } }
}

/** A tree parsed in parts, and how many parts it was parsed in. */
export interface PartsParse {
  tree: Root
  /** Parts parsed on their own (1: the whole document in one piece). */
  parts: number
}

/**
 * {@link parseMarkdown}, also telling how many parts the document was parsed in.
 *
 * @param source The file's text (without a byte order mark).
 * @param partSize Minimum characters per part.
 * @param span `findFrontmatter(source)`, when already found.
 * @returns The tree and the number of parts.
 */
export function parseMarkdownInParts(source: string, partSize: number, span: FrontmatterSpan | undefined = findFrontmatter(source)): PartsParse {
  const offsets = documentCuts(source, partSize, span)
  if (offsets.length === 0) return { tree: processor.parse(source), parts: 1 }
  const children: RootContent[] = []
  let parts = 0
  let start = 0
  let lines = 0
  let next = 0
  let first: Position | undefined
  let end: Point | undefined
  const append = (tree: Root, last: boolean): void => {
    shift(tree.children, lines, start)
    children.push(...tree.children)
    first ??= tree.position
    if (last) end = tree.position && shiftPoint(tree.position.end, lines, start)
    parts++
  }
  while (next < offsets.length) {
    // Try the next cut, then (when something is open there) the one after it.
    let accepted: { tree: Root; lines: number; cut: number } | undefined
    for (let attempt = 0; attempt < 2 && next < offsets.length && !accepted; attempt++) {
      const cut = offsets[next++] as number
      const part = source.slice(start, cut)
      // The frontmatter part needs no parse: the span says what micromark makes of it.
      if (start === 0 && cut === span?.bodyStart) {
        const partLines = lineEndings(part)
        const matter = frontmatterPart(source, span, partLines)
        if (matter !== undefined) {
          accepted = { tree: matter, lines: partLines, cut }
          break
        }
      }
      const tree = processor.parse(part + probe)
      const heading = tree.children.at(-1)
      if (heading?.type === 'heading' && heading.position?.start.offset === part.length) {
        tree.children.pop()
        accepted = { tree, lines: lineEndings(part), cut }
      }
    }
    // Still open: the rest of the document is parsed in one piece.
    if (!accepted) break
    append(accepted.tree, false)
    lines += accepted.lines
    start = accepted.cut
  }
  append(processor.parse(source.slice(start)), true)
  const tree: Root = { type: 'root', children }
  if (first && end) tree.position = { start: first.start, end }
  return { tree, parts }
}

/**
 * Parse markdown with frontmatter and directives into mdast.
 *
 * A long document is parsed in parts cut before headings, and the parts' trees are joined.
 * A cut is kept only when micromark itself shows that nothing is open there: the part is
 * parsed with a heading line appended (a heading at the start of a line closes paragraphs,
 * lists and block quotes, as the document's own heading does), and that heading must come
 * out as the part's last top-level node. When a fence, an HTML block or a `:::` directive
 * stays open over a cut, the part runs on to the next cut, and if that fails too, to the end
 * of the document. The frontmatter part is not parsed: its `yaml` node is made from the span
 * micromark finds ({@link findFrontmatter}). The tree is the one a single parse gives,
 * positions included.
 *
 * @param source The file's text (without a byte order mark).
 * @param partSize Minimum characters per part ({@link defaultPartSize}).
 * @param span `findFrontmatter(source)`, when already found.
 * @returns The mdast root.
 */
export function parseMarkdown(source: string, partSize: number = defaultPartSize, span: FrontmatterSpan | undefined = findFrontmatter(source)): Root {
  return parseMarkdownInParts(source, partSize, span).tree
}
