import { diffWords } from 'diff'
import type { Claim } from '../schema/claim.js'
import type { Disclaimer } from '../schema/disclaimer.js'
import type { ExosomeDocument } from '../schema/document.js'
import type { Reference } from '../schema/reference.js'
import type { Section } from '../schema/section.js'

/** A before/after pair of one field. */
export interface ValueChange<T> {
  old: T
  new: T
}

/** A text change with its word diff, `[-removed-]{+added+}` inline. */
export interface TextChange extends ValueChange<string> {
  words: string
}

/** Ids added to and removed from a list. */
export interface ListChange {
  added: string[]
  removed: string[]
}

/** What changed in a claim present in both versions. */
export interface ClaimChange {
  id: string
  text?: TextChange
  kind?: ValueChange<string>
  evidence?: ValueChange<string>
  cites?: ListChange
  requires?: ListChange
  section?: ValueChange<string>
}

/** What changed in a disclaimer present in both versions. */
export interface DisclaimerChange {
  id: string
  text?: TextChange
  title?: TextChange
  kind?: ValueChange<string>
  placement?: ValueChange<string>
}

/** A disclaimer placed in a section with `::disclaimer{ref=id}`. */
export interface Placement {
  disclaimer: string
  section: string
}

/** A reference present in both versions whose fields changed. */
export interface ReferenceChange {
  id: string
  fields: Record<string, ValueChange<unknown>>
}

/** Claim-level differences between two versions of a document, for medical/legal review. */
export interface ReviewDiff {
  claims: { added: Claim[]; removed: Claim[]; changed: ClaimChange[] }
  disclaimers: { added: Disclaimer[]; removed: Disclaimer[]; changed: DisclaimerChange[]; placed: Placement[]; unplaced: Placement[] }
  references: { added: Reference[]; removed: Reference[]; changed: ReferenceChange[] }
}

/**
 * Word diff of two texts: `[-removed-]` and `{+added+}` around changed words.
 *
 * @param oldText Before.
 * @param newText After.
 * @returns The merged text with markers.
 */
export function wordDiff(oldText: string, newText: string): string {
  return diffWords(oldText, newText)
    .map((part) => (part.added ? `{+${part.value}+}` : part.removed ? `[-${part.value}-]` : part.value))
    .join('')
}

/**
 * Compare two documents claim by claim, disclaimer by disclaimer and reference by reference.
 *
 * @param before The approved version.
 * @param after The proposed version.
 * @returns Every difference a reviewer must look at.
 */
export function diffDocuments(before: ExosomeDocument, after: ExosomeDocument): ReviewDiff {
  return {
    claims: diffById(Object.values(before.claims), Object.values(after.claims), compareClaims),
    disclaimers: {
      ...diffById(before.disclaimers, after.disclaimers, compareDisclaimers),
      ...diffPlacements(before, after),
    },
    references: diffById(before.references, after.references, compareReferences),
  }
}

/**
 * Number of differences in a review diff (each added, removed or changed item counts once).
 *
 * @param diff The diff.
 * @returns Zero when nothing needs review.
 */
export function countChanges(diff: ReviewDiff): number {
  const { claims, disclaimers, references } = diff
  return (
    claims.added.length +
    claims.removed.length +
    claims.changed.length +
    disclaimers.added.length +
    disclaimers.removed.length +
    disclaimers.changed.length +
    disclaimers.placed.length +
    disclaimers.unplaced.length +
    references.added.length +
    references.removed.length +
    references.changed.length
  )
}

function diffById<T extends { id: string }, C>(
  before: readonly T[],
  after: readonly T[],
  compare: (a: T, b: T) => C | undefined,
): { added: T[]; removed: T[]; changed: C[] } {
  const old = new Map(before.map((item) => [item.id, item]))
  const next = new Map(after.map((item) => [item.id, item]))
  const changed: C[] = []
  for (const [id, item] of next) {
    const previous = old.get(id)
    if (previous === undefined) continue
    const change = compare(previous, item)
    if (change !== undefined) changed.push(change)
  }
  return {
    added: after.filter((item) => !old.has(item.id)),
    removed: before.filter((item) => !next.has(item.id)),
    changed,
  }
}

function compareClaims(a: Claim, b: Claim): ClaimChange | undefined {
  const change: ClaimChange = { id: b.id }
  if (a.text !== b.text) change.text = textChange(a.text, b.text)
  if (a.kind !== b.kind) change.kind = { old: a.kind, new: b.kind }
  if (a.evidence !== b.evidence) change.evidence = { old: a.evidence, new: b.evidence }
  const cites = listChange(a.cites, b.cites)
  if (cites !== undefined) change.cites = cites
  const requires = listChange(a.requires, b.requires)
  if (requires !== undefined) change.requires = requires
  if (a.section !== b.section) change.section = { old: a.section, new: b.section }
  return Object.keys(change).length > 1 ? change : undefined
}

function compareDisclaimers(a: Disclaimer, b: Disclaimer): DisclaimerChange | undefined {
  const change: DisclaimerChange = { id: b.id }
  if (a.text !== b.text) change.text = textChange(a.text, b.text)
  if (a.title !== b.title) change.title = textChange(a.title, b.title)
  if (a.kind !== b.kind) change.kind = { old: a.kind, new: b.kind }
  if (a.placement !== b.placement) change.placement = { old: a.placement, new: b.placement }
  return Object.keys(change).length > 1 ? change : undefined
}

function compareReferences(a: Reference, b: Reference): ReferenceChange | undefined {
  const fields: Record<string, ValueChange<unknown>> = {}
  const keys = new Set([...Object.keys(a), ...Object.keys(b)])
  for (const key of [...keys].sort()) {
    const before = (a as Record<string, unknown>)[key]
    const after = (b as Record<string, unknown>)[key]
    if (before !== after) fields[key] = { old: before ?? null, new: after ?? null }
  }
  return Object.keys(fields).length > 0 ? { id: b.id, fields } : undefined
}

function textChange(before: string, after: string): TextChange {
  return { old: before, new: after, words: wordDiff(before, after) }
}

function listChange(before: readonly string[], after: readonly string[]): ListChange | undefined {
  const added = after.filter((id) => !before.includes(id))
  const removed = before.filter((id) => !after.includes(id))
  return added.length === 0 && removed.length === 0 ? undefined : { added, removed }
}

function diffPlacements(before: ExosomeDocument, after: ExosomeDocument): { placed: Placement[]; unplaced: Placement[] } {
  const old = placements(before.sections)
  const next = placements(after.sections)
  const key = (placement: Placement) => `${placement.section}\0${placement.disclaimer}`
  const oldKeys = new Set(old.map(key))
  const nextKeys = new Set(next.map(key))
  return {
    placed: next.filter((placement) => !oldKeys.has(key(placement))),
    unplaced: old.filter((placement) => !nextKeys.has(key(placement))),
  }
}

function placements(sections: readonly Section[]): Placement[] {
  return sections.flatMap((section) => [
    ...section.disclaimers.map((disclaimer) => ({ disclaimer, section: section.id })),
    ...placements(section.sections),
  ])
}
