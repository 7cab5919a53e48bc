import type { Point, Position } from '../schema/primitives.js'

/** Maps offsets of a source text to 1-based line/column points (CR, LF and CRLF end lines). */
export interface LineIndex {
  /** The point of an offset (clamped to the text). */
  point: (offset: number) => Point
  /** The range between two offsets. */
  range: (start: number, end: number) => Position
  /** The offset of a 1-based point (its own `offset` when present). */
  offset: (point: Point) => number
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
  // Line starts are found on first use: a run whose positions all carry offsets (a clean
  // file through the rules) never needs them.
  let known: number[] | undefined
  const lineStarts = (): number[] => {
    if (known !== undefined) return known
    known = [0]
    for (let index = 0; index < source.length; index++) {
      const code = source.charCodeAt(index)
      if (code === 10 || (code === 13 && source.charCodeAt(index + 1) !== 10)) known.push(index + 1)
    }
    return known
  }

  function point(offset: number): Point {
    const starts = lineStarts()
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

  function offset(at: Point): number {
    if (at.offset !== undefined) return at.offset
    return (lineStarts()[at.line - 1] ?? source.length) + at.column - 1
  }

  return {
    point,
    offset,
    range: (start, end) => ({ start: point(start), end: point(Math.max(start, end)) }),
    lineEnd,
    text: source,
  }
}
