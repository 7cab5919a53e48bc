import type { Point, Position } from '../schema/primitives.js'

/** Maps offsets of a source text to 1-based line/column points (CR, LF and CRLF end lines). */
export interface LineIndex {
  /** The point of an offset (clamped to the text). */
  point: (offset: number) => Point
  /** The range between two offsets. */
  range: (start: number, end: number) => Position
  /** Offset of the end of the line holding `offset`, line ending excluded. */
  lineEnd: (offset: number) => number
  /** The indexed text. */
  text: string
}

/**
 * Build a line index over a text, counting columns in UTF-16 code units as micromark does.
 *
 * @param source The whole source text.
 * @returns Offset to point mapping.
 */
export function createLineIndex(source: string): LineIndex {
  const starts = [0]
  for (let index = 0; index < source.length; index++) {
    const code = source.charCodeAt(index)
    if (code === 10 || (code === 13 && source.charCodeAt(index + 1) !== 10)) starts.push(index + 1)
  }

  function point(offset: number): Point {
    const clamped = Math.max(0, Math.min(Math.floor(offset), source.length))
    let low = 0
    let high = starts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if ((starts[middle] ?? 0) <= clamped) low = middle
      else high = middle - 1
    }
    return { line: low + 1, column: clamped - (starts[low] ?? 0) + 1, offset: clamped }
  }

  function lineEnd(offset: number): number {
    let end = Math.max(0, Math.min(offset, source.length))
    while (end < source.length && source[end] !== '\n' && source[end] !== '\r') end++
    return end
  }

  return {
    point,
    range: (start, end) => ({ start: point(start), end: point(Math.max(start, end)) }),
    lineEnd,
    text: source,
  }
}

/**
 * Copy a unist position so freezing the document never freezes the caller's tree.
 *
 * @param position The node's position, if any.
 * @param fallback Used when the node has no position.
 * @returns A fresh position object.
 */
export function copyPosition(position: { start: Point; end: Point } | undefined, fallback: Position): Position {
  if (position === undefined) return fallback
  const start: Point = { line: position.start.line, column: position.start.column }
  const end: Point = { line: position.end.line, column: position.end.column }
  if (position.start.offset !== undefined) start.offset = position.start.offset
  if (position.end.offset !== undefined) end.offset = position.end.offset
  return { start, end }
}
