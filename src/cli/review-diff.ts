import { diffArrays, diffWords } from 'diff'
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

/** Metadata fields of the document that changed. */
export interface DocumentChange {
  title?: TextChange
  summary?: TextChange
  audience?: ValueChange<string>
  locale?: ValueChange<string>
  version?: ValueChange<string>
  /**
   * The site's own frontmatter keys (`document.data`, with a frontmatter extension) whose
   * values changed, by key; a key added or removed has `null` on its missing side.
   */
  data?: Record<string, ValueChange<unknown>>
}

/** A section heading. */
export interface Heading {
  /** Section id (the heading's slug). */
  id: string
  title: string
  depth: number
  /** Id of the parent section, absent at the top. */
  parent?: string
}

/** A heading whose text changed, matched by its place in the document. */
export interface HeadingRename {
  old: Heading
  new: Heading
  /** Word diff of the titles. */
  words: string
}

/** A narrative paragraph (a block of prose between claims) and where it is. */
export interface Paragraph {
  /** Id of its section, or null in the introduction before the first section. */
  section: string | null
  text: string
}

/** A narrative paragraph whose words changed. */
export interface ParagraphChange extends TextChange {
  section: string | null
}

/** Claim-level differences between two versions of a document, for medical/legal review. */
export interface ReviewDiff {
  /** Title, summary, audience, locale and version. */
  document: DocumentChange
  /** Section headings added, removed and renamed. */
  headings: { added: Heading[]; removed: Heading[]; renamed: HeadingRename[] }
  /** Narrative paragraphs added, removed and reworded. */
  narrative: { added: Paragraph[]; removed: Paragraph[]; reworded: ParagraphChange[] }
  claims: { added: Claim[]; removed: Claim[]; changed: ClaimChange[] }
  disclaimers: { added: Disclaimer[]; removed: Disclaimer[]; changed: DisclaimerChange[]; placed: Placement[]; unplaced: Placement[] }
  references: { added: Reference[]; removed: Reference[]; changed: ReferenceChange[] }
}

/**
 * Text as a reviewer compares it: runs of white space (the source's line breaks included)
 * made one space, ends trimmed.
 *
 * @param text Any text.
 * @returns The collapsed text.
 */
export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/**
 * Word diff of two texts: `[-removed-]` and `{+added+}` around changed words, on one line
 * (white space collapsed first, so a line break of the source never shows raw).
 *
 * @param oldText Before.
 * @param newText After.
 * @returns The merged text with markers.
 */
export function wordDiff(oldText: string, newText: string): string {
  return diffWords(collapse(oldText), collapse(newText))
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
  const sections = matchSections(before.sections, after.sections)
  return {
    document: diffMetadata(before, after),
    headings: sections.headings,
    narrative: diffNarrative(before, after, sections.pairs),
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
  const { document, headings, narrative, claims, disclaimers, references } = diff
  const { data, ...metadata } = document
  return (
    Object.keys(metadata).length +
    Object.keys(data ?? {}).length +
    headings.added.length +
    headings.removed.length +
    headings.renamed.length +
    narrative.added.length +
    narrative.removed.length +
    narrative.reworded.length +
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
  if (collapse(a.text) !== collapse(b.text)) change.text = textChange(a.text, b.text)
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
  return { old: collapse(before), new: collapse(after), words: wordDiff(before, after) }
}

function diffMetadata(before: ExosomeDocument, after: ExosomeDocument): DocumentChange {
  const change: DocumentChange = {}
  if (collapse(before.title) !== collapse(after.title)) change.title = textChange(before.title, after.title)
  if (collapse(before.summary) !== collapse(after.summary)) change.summary = textChange(before.summary, after.summary)
  for (const key of ['audience', 'locale', 'version'] as const) {
    if (before[key] !== after[key]) change[key] = { old: before[key], new: after[key] }
  }
  const data = diffData(before.data ?? {}, after.data ?? {})
  if (Object.keys(data).length > 0) change.data = data
  return change
}

/** The site's keys whose values differ (compared as JSON: a `Date` by its instant). */
function diffData(before: Record<string, unknown>, after: Record<string, unknown>): Record<string, ValueChange<unknown>> {
  const changed: Record<string, ValueChange<unknown>> = {}
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const old = Object.hasOwn(before, key) ? before[key] : null
    const next = Object.hasOwn(after, key) ? after[key] : null
    if (JSON.stringify(old) !== JSON.stringify(next)) changed[key] = { old: old ?? null, new: next ?? null }
  }
  return changed
}

interface FlatSection {
  section: Section
  parent: string | undefined
  /** Position among its siblings. */
  index: number
}

function flatten(sections: readonly Section[], parent?: string): FlatSection[] {
  return sections.flatMap((section, index) => [{ section, parent, index }, ...flatten(section.sections, section.id)])
}

function heading(flat: FlatSection): Heading {
  const { id, title, depth } = flat.section
  return flat.parent === undefined ? { id, title, depth } : { id, title, depth, parent: flat.parent }
}

/**
 * Match the sections of two versions: by id, then a section whose heading text changed (so
 * its id changed) by its place: same depth under the same parent, with the same claims or
 * at the same position among its siblings.
 */
function matchSections(before: readonly Section[], after: readonly Section[]): { headings: ReviewDiff['headings']; pairs: Array<[Section, Section]> } {
  const old = flatten(before)
  const next = flatten(after)
  const oldById = new Map(old.map((flat) => [flat.section.id, flat]))
  const pairs: Array<[Section, Section]> = []
  // New id -> old id, to compare parents across versions.
  const mapped = new Map<string, string>()
  const unmatchedNew: FlatSection[] = []
  for (const flat of next) {
    const previous = oldById.get(flat.section.id)
    if (previous === undefined) {
      unmatchedNew.push(flat)
      continue
    }
    pairs.push([previous.section, flat.section])
    mapped.set(flat.section.id, previous.section.id)
    oldById.delete(flat.section.id)
  }
  const renamed: HeadingRename[] = []
  const added: Heading[] = []
  for (const flat of unmatchedNew) {
    const parent = flat.parent === undefined ? undefined : (mapped.get(flat.parent) ?? flat.parent)
    const candidates = [...oldById.values()].filter((item) => item.section.depth === flat.section.depth && item.parent === parent)
    const claims = flat.section.claims.join(' ')
    // Same claims, or the same place with a title or text in common: the heading was renamed.
    const match =
      candidates.find((item) => claims !== '' && item.section.claims.join(' ') === claims) ??
      candidates.find((item) => item.index === flat.index && (similarity(collapse(item.section.title), collapse(flat.section.title)) > 0 || similarity(paragraphs(item.section.blocks).join(' '), paragraphs(flat.section.blocks).join(' ')) >= rewordedThreshold))
    if (match === undefined) {
      added.push(heading(flat))
      continue
    }
    oldById.delete(match.section.id)
    mapped.set(flat.section.id, match.section.id)
    pairs.push([match.section, flat.section])
    renamed.push({ old: heading(match), new: heading(flat), words: wordDiff(match.section.title, flat.section.title) })
  }
  const removed = [...oldById.values()].map(heading)
  // Paragraphs of added and removed sections are added and removed narrative too.
  for (const flat of unmatchedNew) if (added.some((item) => item.id === flat.section.id)) pairs.push([emptySection(flat.section), flat.section])
  for (const flat of oldById.values()) pairs.push([flat.section, emptySection(flat.section)])
  return { headings: { added, removed, renamed }, pairs }
}

function emptySection(section: Section): Section {
  return { ...section, blocks: [], sections: [] }
}

function paragraphs(blocks: ExosomeDocument['intro']): string[] {
  return blocks.flatMap((block) => (block.type === 'narrative' && collapse(block.text) !== '' ? [collapse(block.text)] : []))
}

/** Share of words two paragraphs have in common (Dice coefficient over word sets). */
function similarity(a: string, b: string): number {
  const left = new Set(a.toLowerCase().split(' '))
  const right = new Set(b.toLowerCase().split(' '))
  let common = 0
  for (const word of left) if (right.has(word)) common++
  return (2 * common) / (left.size + right.size)
}

/** Below this share of common words, a changed paragraph is shown as removed and added. */
const rewordedThreshold = 0.5

function diffParagraphs(section: string | null, before: string[], after: string[], out: ReviewDiff['narrative']): void {
  const parts = diffArrays(before, after)
  let removed: string[] = []
  let added: string[] = []
  // One hunk of consecutive changes: pair each removed paragraph with the most similar added
  // one (if similar enough) as reworded; the rest were removed or added.
  const flush = (): void => {
    const used = new Set<number>()
    for (const oldText of removed) {
      let best = -1
      let score = rewordedThreshold
      added.forEach((newText, index) => {
        const value = used.has(index) ? -1 : similarity(oldText, newText)
        if (value >= score) [best, score] = [index, value]
      })
      if (best === -1) out.removed.push({ section, text: oldText })
      else {
        used.add(best)
        const newText = added[best] as string
        out.reworded.push({ section, old: oldText, new: newText, words: wordDiff(oldText, newText) })
      }
    }
    added.forEach((text, index) => used.has(index) || out.added.push({ section, text }))
    removed = []
    added = []
  }
  for (const part of parts) {
    if (part.removed) removed.push(...part.value)
    else if (part.added) added.push(...part.value)
    else flush()
  }
  flush()
}

function diffNarrative(before: ExosomeDocument, after: ExosomeDocument, pairs: ReadonlyArray<[Section, Section]>): ReviewDiff['narrative'] {
  const out: ReviewDiff['narrative'] = { added: [], removed: [], reworded: [] }
  diffParagraphs(null, paragraphs(before.intro), paragraphs(after.intro), out)
  for (const [old, next] of pairs) diffParagraphs(next.id, paragraphs(old.blocks), paragraphs(next.blocks), out)
  return out
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
