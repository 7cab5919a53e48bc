import type { Point, Position } from '../../schema/primitives.js'
import { createLineIndex } from '../../util/line-index.js'

/** Converts between 0-based offsets and 1-based line/column in one source text. */
export interface SourceIndex {
  /**
   * Point of an offset.
   *
   * @param offset 0-based offset (clamped to the text).
   * @returns The 1-based point, offset included.
   */
  pointAt: (offset: number) => Point
  /**
   * Offset of a point.
   *
   * @param point A 1-based point; its `offset` is used when present.
   * @returns The 0-based offset.
   */
  offsetOf: (point: Point) => number
}

// Rules of one run share the same source: keep the last index.
let lastSource: string | undefined
let lastIndex: SourceIndex | undefined

/**
 * Build (or reuse) the line index of a source text.
 *
 * @param source The whole file.
 * @returns Conversions between offsets and points.
 */
export function sourceIndex(source: string): SourceIndex {
  if (lastIndex !== undefined && lastSource === source) return lastIndex
  const lines = createLineIndex(source)
  const index: SourceIndex = { pointAt: lines.point, offsetOf: lines.offset }
  lastSource = source
  lastIndex = index
  return index
}

/**
 * Range between two offsets.
 *
 * @param index Line index of the source.
 * @param start 0-based start offset.
 * @param end 0-based end offset (exclusive).
 * @returns The 1-based position.
 */
export function rangeOf(index: SourceIndex, start: number, end: number): Position {
  return { start: index.pointAt(start), end: index.pointAt(end) }
}

/** Where a whole-file diagnostic goes when nothing more precise is known. */
export const fileStart: Position = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } }
