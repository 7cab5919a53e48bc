import type { Point, Position } from '../schema/primitives.js'

export { createLineIndex } from '../util/line-index.js'
export type { LineIndex } from '../util/line-index.js'

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
