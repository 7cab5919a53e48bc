import type { Claim } from '../../schema/claim.js'
import type { ExosomeDocument } from '../../schema/document.js'
import type { Position } from '../../schema/primitives.js'
import type { ClaimBlock, Section } from '../../schema/section.js'
import type { RuleInput } from '../types.js'
import { sourceIndex } from './source.js'

/** A claim block in the section tree with the sections around it. */
export interface ClaimPlacement {
  block: ClaimBlock
  /** The section holding the block, then its parent, up to the top-level section. */
  sections: Section[]
}

/**
 * Every claim block of the document (definitions and reuses) with its enclosing sections.
 *
 * @param document The document.
 * @returns Placements in source order.
 */
export function claimPlacements(document: ExosomeDocument): ClaimPlacement[] {
  const placements: ClaimPlacement[] = []
  const walk = (section: Section, ancestors: Section[]): void => {
    const chain = [section, ...ancestors]
    for (const block of section.blocks) {
      if (block.type === 'claim') placements.push({ block, sections: chain })
    }
    for (const child of section.sections) walk(child, chain)
  }
  for (const section of document.sections) walk(section, [])
  return placements
}

/**
 * The claims of the document in source order.
 *
 * @param document The document.
 * @returns The claims.
 */
export function claimList(document: ExosomeDocument): Claim[] {
  return Object.values(document.claims).sort(
    (a, b) => a.position.start.line - b.position.start.line || a.position.start.column - b.position.start.column,
  )
}

/**
 * Position of a frontmatter list entry identified by its `id`. The draft document may have
 * dropped invalid entries, so the entry's index in the file is found by reading back the id.
 *
 * @param input The rule input.
 * @param list Frontmatter key of the list, e.g. `references`.
 * @param index Index of the entry in the document's list.
 * @param id The entry's id.
 * @param field Sub-path inside the entry to point at (the whole entry by default).
 * @returns The position, or `undefined` when the frontmatter cannot be located.
 */
export function locateEntry(
  input: Pick<RuleInput, 'locate' | 'source'>,
  list: string,
  index: number,
  id: string,
  field: ReadonlyArray<PropertyKey> = [],
): Position | undefined {
  const lines = sourceIndex(input.source)
  const idAt = (candidate: number): boolean => {
    const place = input.locate([list, candidate, 'id'])
    if (place === undefined) return false
    const value = input.source.slice(lines.offsetOf(place.start), lines.offsetOf(place.end))
    return value.replace(/^["']|["']$/g, '').trim() === id
  }
  let found = idAt(index) ? index : -1
  for (let candidate = 0; found < 0 && candidate < index + 1000; candidate++) {
    if (input.locate([list, candidate]) === undefined) break
    if (idAt(candidate)) found = candidate
  }
  const place = input.locate([list, found < 0 ? index : found, ...field])
  return place === undefined ? undefined : trimEnd(input.source, place)
}

/**
 * Whether the frontmatter could be read at all (a YAML syntax error or a missing block leaves
 * nothing to locate): rules that judge what is missing from it stay silent otherwise.
 *
 * @param input The rule input.
 * @returns `true` when the frontmatter was read.
 */
export function frontmatterRead(input: Pick<RuleInput, 'locate'>): boolean {
  return ['id', 'title', 'references', 'lastReviewed'].some((key) => input.locate([key]) !== undefined)
}

/**
 * Shrink a range so it does not end in white space (a YAML block node's range runs to the
 * start of the next line).
 *
 * @param source The whole file.
 * @param place A range in it.
 * @returns The range without trailing white space.
 */
export function trimEnd(source: string, place: Position): Position {
  const lines = sourceIndex(source)
  const start = lines.offsetOf(place.start)
  let end = lines.offsetOf(place.end)
  if (end > source.length || start > end) return place
  while (end > start && /\s/.test(source[end - 1] ?? '')) end--
  return { start: place.start, end: lines.pointAt(end) }
}
