import type { Nodes } from 'mdast'
import type { Position } from '../../schema/primitives.js'
import { rangeOf, sourceIndex } from './source.js'

/** Plain text of some mdast with, for each character, its offset in the source file. */
export interface MappedText {
  /** The text: text and inline-code values, soft breaks as spaces, blocks separated by `\n`. */
  text: string
  /** Source offset of each character of `text`, or -1 for separators and unmapped characters. */
  offsets: number[]
}

const blockTypes = new Set([
  'paragraph',
  'heading',
  'blockquote',
  'list',
  'listItem',
  'table',
  'tableRow',
  'tableCell',
  'code',
  'containerDirective',
  'leafDirective',
])

// Several rules read the same claim's text in one run: keep it per node list (and source).
const memo = new WeakMap<ReadonlyArray<Nodes>, { source: string; mapped: MappedText }>()

/**
 * Collect the plain text of mdast nodes, keeping where each character came from so a match in
 * the text can be reported at its exact line:column in the file. The result is shared by
 * every caller with the same node list and source: treat it as read-only.
 *
 * @param nodes mdast nodes positioned in `source` (as `claim.content.mdast`).
 * @param source The whole file.
 * @returns Text and per-character source offsets.
 */
export function mappedText(nodes: ReadonlyArray<Nodes>, source: string): MappedText {
  const known = memo.get(nodes)
  if (known !== undefined && known.source === source) return known.mapped
  // The offsets are needed only to report a match, which most claims never have: they are
  // worked out on first read.
  let offsets: number[] | undefined
  const mapped: MappedText = {
    // Stryker disable next-line BooleanLiteral: the text is the same with offsets worked out; they are left out only to save time
    text: collectMappedText(nodes, source, false).text,
    get offsets() {
      offsets ??= collectMappedText(nodes, source).offsets
      return offsets
    },
  }
  memo.set(nodes, { source, mapped })
  return mapped
}

/**
 * Plain text and, unless `withOffsets` is false, the source offset of each of its characters.
 *
 * @internal Exported for tests; use {@link mappedText}.
 * @param nodes mdast nodes positioned in `source`.
 * @param source The whole file.
 * @param withOffsets Whether to work out the offsets (otherwise `offsets` stays empty).
 * @returns Text and per-character source offsets.
 */
export function collectMappedText(nodes: ReadonlyArray<Nodes>, source: string, withOffsets = true): MappedText {
  const index = withOffsets ? sourceIndex(source) : undefined
  const out: MappedText = { text: '', offsets: [] }

  const separate = (): void => {
    if (out.text !== '' && !out.text.endsWith('\n')) {
      out.text += '\n'
      if (index) out.offsets.push(-1)
    }
  }

  const visit = (node: Nodes): void => {
    if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') {
      const value = node.value
      if (index === undefined) {
        // A soft line break is a space in the text: only blocks are separated by `\n`.
        out.text += value.replace(/[\n\r]/g, ' ')
        return
      }
      const start = node.position === undefined ? -1 : index.offsetOf(node.position.start)
      const end = node.position === undefined ? -1 : index.offsetOf(node.position.end)
      const slice = start < 0 ? '' : source.slice(start, end)
      // Stryker disable next-line ConditionalExpression,EqualityOperator,StringLiteral,BlockStatement: a fast path; the forward search below finds each character of a value written as is at its own index (and nothing for an empty one)
      if (slice === value && value !== '') {
        // Written as is (the usual case): character i comes from offset start + i.
        for (let unit = 0; unit < value.length; unit++) out.offsets.push(start + unit)
        out.text += value.replace(/[\n\r]/g, ' ')
        return
      }
      // Align the value with its source: escapes, entities, container prefixes (`> `) and
      // backticks appear in the source only, so each value character is searched forward.
      const find = forwardFinder(slice)
      let cursor = 0
      for (const character of value) {
        const found = find(character, cursor)
        for (let unit = 0; unit < character.length; unit++) {
          out.offsets.push(found < 0 ? -1 : start + found + unit)
        }
        if (found >= 0) cursor = found + character.length
        // A soft line break is a space in the text: only blocks are separated by `\n`.
        out.text += character === '\n' || character === '\r' ? ' ' : character
      }
      return
    }
    if (node.type === 'break') {
      out.text += '\n'
      if (index) out.offsets.push(-1)
      return
    }
    if (blockTypes.has(node.type)) separate()
    if ('children' in node) {
      for (const child of node.children) visit(child)
    }
    if (blockTypes.has(node.type)) separate()
  }

  for (const node of nodes) visit(node)
  return out
}

/**
 * A search for characters of a text from increasing offsets: what `text.indexOf(character,
 * cursor)` answers for code points, in time linear in the text over all searches (an index
 * of where each character occurs, and one read position per character).
 *
 * @param text The text searched.
 * @returns `find(character, cursor)`: the first offset at or after `cursor` where the
 *   character is, or -1. `cursor` must not decrease between calls.
 */
function forwardFinder(text: string): (character: string, cursor: number) => number {
  const positions = new Map<string, { at: number[]; next: number }>()
  for (let index = 0; index < text.length; ) {
    const code = text.codePointAt(index) ?? 0
    const length = code > 0xffff ? 2 : 1
    const character = text.slice(index, index + length)
    const entry = positions.get(character)
    if (entry === undefined) positions.set(character, { at: [index], next: 0 })
    else entry.at.push(index)
    index += length
  }
  return (character, cursor) => {
    const entry = positions.get(character)
    if (entry === undefined) return -1
    while (entry.next < entry.at.length && (entry.at[entry.next] as number) < cursor) entry.next++
    return entry.at[entry.next] ?? -1
  }
}

/**
 * File range of a span of mapped text.
 *
 * @param mapped The mapped text.
 * @param start Index of the first character in `mapped.text`.
 * @param end Index after the last character.
 * @param source The whole file.
 * @returns The range, or `undefined` when the span cannot be mapped back.
 */
export function spanPosition(mapped: MappedText, start: number, end: number, source: string): Position | undefined {
  const first = mapped.offsets[start] ?? -1
  const last = mapped.offsets[end - 1] ?? -1
  if (first < 0 || last < first) return undefined
  return rangeOf(sourceIndex(source), first, last + 1)
}
