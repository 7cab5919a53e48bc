import type { ResolvedPolicy } from '../rules/policy.js'
import type { Claim } from '../schema/claim.js'
import type { Position } from '../schema/primitives.js'
import type { Block } from '../schema/section.js'
import type { LineIndex } from './position.js'
import type { Reporter } from './reporter.js'

/** A claim or disclaimer reference to resolve once the whole file is read. */
export interface PendingRef {
  id: string
  place: Position
  /** The block made for the reference and the list holding it (dropped if the id dangles). */
  block: Block
  owner: Block[]
}

/** An id written in a claim's `cite` or `requires`, to resolve against the frontmatter. */
export interface PendingId {
  claim: string
  id: string
  place: Position
}

/** What the body walk shares between the directive readers. */
export interface BodyState {
  lines: LineIndex
  reporter: Reporter
  policy: ResolvedPolicy
  /** Clone mdast nodes put into the document (when the tree belongs to the caller). */
  cloneNodes: boolean
  /** Usable claims by id, in source order. */
  claims: Record<string, Claim>
  /** Where each claim id was first defined, usable or not (so references to it do not dangle twice). */
  definitions: Map<string, Position>
  claimRefs: PendingRef[]
  disclaimerRefs: PendingRef[]
  cites: PendingId[]
  requires: PendingId[]
}

/**
 * Position of the first line of a node (a directive's opening line), trailing spaces excluded.
 *
 * @param lines Line index of the file.
 * @param start Offset where the node starts.
 * @returns The position.
 */
export function headPlace(lines: LineIndex, start: number): Position {
  let end = lines.lineEnd(start)
  while (end > start && /\s/.test(lines.text[end - 1] ?? '')) end--
  return lines.range(start, end)
}
