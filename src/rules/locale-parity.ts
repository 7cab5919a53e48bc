import { z } from 'zod'
import { compareDiagnostics, createDiagnostic, docsUrl } from '../diagnostics.js'
import type { Diagnostic, Severity } from '../schema/diagnostic.js'
import { localeSchema, type Position } from '../schema/primitives.js'
import type { SummarizedDocument } from './claim-id-stable.js'
import type { DocumentSummary, SummaryStep } from './document-summary.js'
import type { Rule } from './rule.js'

/** Options of `locale-parity`. */
export interface LocaleParityOptions {
  /**
   * The locale translations are made from. Of the documents that share an `id`, the one in
   * this locale (compared case-insensitively; else the first whose language matches, `en-US`
   * for `en`; else the first one checked) is the original, and every document of the same `id`
   * in another locale is compared with it.
   *
   * @default 'en'
   */
  sourceLocale: string
}

const optionsSchema: z.ZodType<LocaleParityOptions> = z.strictObject({ sourceLocale: localeSchema.default('en') }).prefault({})

/**
 * Documents that share an `id` and differ in `locale` are translations of one another: the
 * same claims (ids, kinds, grades, citations, required disclaimers, defining sections), the
 * same section ids and tree, the same reused claims, disclaimer placements and evidence
 * summaries, the same declared disclaimers. Cross-document: it runs in `checkConsistency`
 * (and `check`, `check --merge` over CI shards) on document summaries; on one document it
 * does nothing.
 */
export const localeParity: Rule<LocaleParityOptions> = {
  id: 'locale-parity',
  description: 'A translation (same document `id`, other `locale`) has the claims, grades, citations, disclaimers, sections and placements of its original (cross-document, `checkConsistency`).',
  defaultLevel: 'error',
  optionsSchema,
  url: docsUrl('locale-parity', 'rules.md'),
  check() {
    // Cross-document only: see `findLocaleParity`.
  },
}

type Summary = DocumentSummary
type SectionSummary = Summary['sections'][number]
type ClaimSummary = Summary['claims'][number]

/** Where document-level differences (frontmatter, text before the first section) are reported. */
const fileStart: Position = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } }

// Stryker disable next-line MethodExpression: both sides are folded the same way, and locale tags are ASCII, so upper case groups languages as lower case does
const language = (locale: string): string => locale.toLowerCase().split('-')[0] ?? ''

/**
 * Pick the original of a group of documents that share an id.
 *
 * @param group Documents in checking order.
 * @param sourceLocale The configured source locale.
 * @returns The original.
 */
function originalOf(group: readonly SummarizedDocument[], sourceLocale: string): SummarizedDocument {
  const wanted = sourceLocale.toLowerCase()
  return (
    group.find((entry) => entry.summary.locale.toLowerCase() === wanted) ??
    group.find((entry) => language(entry.summary.locale) === language(wanted)) ??
    (group[0] as SummarizedDocument)
  )
}

/**
 * Compare every translation with its original: documents are grouped by `id`; in each group
 * with more than one locale, the original is chosen by `sourceLocale` (see
 * {@link LocaleParityOptions}) and each document in another locale is compared with it. Every
 * difference is reported in the translation, with `related` pointing into the original.
 *
 * @param results Document summaries in checking order.
 * @param severity Severity of the diagnostics.
 * @param options The rule's options.
 * @returns Diagnostics, grouped by translation and sorted by position within each.
 */
export function findLocaleParity(results: ReadonlyArray<SummarizedDocument>, severity: Severity, options: LocaleParityOptions = { sourceLocale: 'en' }): Diagnostic[] {
  const groups = new Map<string, SummarizedDocument[]>()
  for (const result of results) {
    const group = groups.get(result.summary.id)
    if (group === undefined) groups.set(result.summary.id, [result])
    else group.push(result)
  }
  const diagnostics: Diagnostic[] = []
  for (const group of groups.values()) {
    // Stryker disable next-line ConditionalExpression: a group of one holds only its original, which the loop below skips
    if (group.length < 2) continue
    const original = originalOf(group, options.sourceLocale)
    const locale = original.summary.locale.toLowerCase()
    for (const translation of group) {
      // Stryker disable next-line ConditionalExpression: the original is skipped by its locale, tested just after
      if (translation === original || translation.summary.locale.toLowerCase() === locale) continue
      diagnostics.push(...compare(original, translation, severity).sort(compareDiagnostics))
    }
  }
  return diagnostics
}

/** Everything one comparison needs: both documents, how their sections pair up, and `report`. */
interface Pair {
  original: SummarizedDocument
  translation: SummarizedDocument
  /** Translation section id to the original's id it stands for (equal, or renamed). */
  toOriginal: Map<string, string>
  /** Original section id to the translation's section. */
  toTranslation: Map<string, SectionSummary>
  /** Where a missing section of the original is reported. */
  missingPlace: Map<string, Position>
  /** Claims of each side by id (the first definition of an id). */
  claimsFrom: Map<string, ClaimSummary>
  claimsTo: Map<string, ClaimSummary>
  report: (message: string, place: Position, related: { message: string; place: Position }) => void
}

function compare(original: SummarizedDocument, translation: SummarizedDocument, severity: Severity): Diagnostic[] {
  const diagnostics: Diagnostic[] = []
  const pair: Pair = {
    original,
    translation,
    toOriginal: new Map(),
    toTranslation: new Map(),
    missingPlace: new Map(),
    claimsFrom: firstById(original.summary.claims),
    claimsTo: firstById(translation.summary.claims),
    // `related` is in the original: its file goes with it, so an editor can open it there.
    report: (message, place, related) =>
      diagnostics.push(
        createDiagnostic({ ruleId: localeParity.id, severity, message, place, file: translation.file, related: { ...related, file: original.file }, url: localeParity.url }),
      ),
  }
  compareSections(pair)
  compareClaims(pair)
  compareSteps(pair)
  compareDisclaimers(pair)
  return diagnostics
}

const code = (value: string): string => `\`${value}\``
const list = (values: readonly string[]): string => (values.length === 0 ? '(none)' : code(values.join(' ')))
const fileOf = (entry: SummarizedDocument): string => entry.file ?? 'another document'
const inOriginal = (pair: Pair): string => `in ${pair.original.summary.locale} (${fileOf(pair.original)})`
/** The original as messages name it: its locale and file, `en (content/page.md)`. */
const sourceOf = (pair: Pair): string => `${pair.original.summary.locale} (${fileOf(pair.original)})`

/** The `##` marks of a section's heading: the section's own range spans its whole content. */
function headingPlace(section: SectionSummary): Position {
  const { start } = section.position
  const width = Math.max(1, Math.min(6, section.depth))
  const end = start.offset === undefined ? { line: start.line, column: start.column + width } : { line: start.line, column: start.column + width, offset: start.offset + width }
  return { start, end }
}

function firstById<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  const map = new Map<string, T>()
  for (const item of items) if (!map.has(item.id)) map.set(item.id, item)
  return map
}

/** Section ids, tree and order; pairs the sections up for the other comparisons. */
function compareSections(pair: Pair): void {
  const { original, translation } = pair
  const from = original.summary.sections
  const to = translation.summary.sections
  const lang = translation.summary.locale
  const source = sourceOf(pair)
  const fromIds = new Set(from.map((section) => section.id))
  const toIndex = new Map<string, number>()
  to.forEach((section, index) => {
    if (!toIndex.has(section.id)) toIndex.set(section.id, index)
  })
  const extra = new Set(to.flatMap((section, index) => (fromIds.has(section.id) ? [] : [index])))
  // Stryker disable next-line OptionalChaining,StringLiteral: `index` is always an index of `from`
  const kept = (index: number): boolean => toIndex.has(from[index]?.id ?? '')

  // Pair each missing section with an unexpected one at the same place (a renamed id): the
  // first unpaired unexpected section between the translation's counterparts of its kept
  // neighbours. Linear passes and a "next unpaired" forest keep this near O(n log n).
  const previousKept: number[] = []
  let last = -1
  // Stryker disable next-line EqualityOperator: an entry past the last section is never read
  for (let index = 0; index < from.length; index++) {
    previousKept.push(last)
    if (kept(index)) last = index
  }
  // Stryker disable next-line ArrayDeclaration: the array is only sized ahead; the loop assigns every index
  const nextKept: number[] = new Array<number>(from.length)
  let following = from.length
  // Stryker disable next-line ArithmeticOperator: entries past the last section are never read, and no section is kept there
  for (let index = from.length - 1; index >= 0; index--) {
    nextKept[index] = following
    if (kept(index)) following = index
  }
  const extras = [...extra]
  const forest = Array.from({ length: extras.length + 1 }, (_, index) => index)
  const unpaired = (start: number): number => {
    let rootAt = start
    while (forest[rootAt] !== rootAt) rootAt = forest[rootAt] as number
    // Stryker disable next-line ConditionalExpression: path compression only saves time; the root found is the same
    for (let at = start; forest[at] !== rootAt; ) {
      const up = forest[at] as number
      forest[at] = rootAt
      at = up
    }
    return rootAt
  }
  const renamed = new Map<number, number>()
  from.forEach((section, index) => {
    if (kept(index)) return
    // Stryker disable next-line UnaryOperator: `previousKept` holds an entry for every index
    const before = previousKept[index] ?? -1
    const after = nextKept[index] ?? from.length
    // Stryker disable next-line OptionalChaining,StringLiteral: `before` is the index of a kept section, whose id `toIndex` holds
    const startAt = before >= 0 ? (toIndex.get(from[before]?.id ?? '') ?? 0) + 1 : 0
    // Stryker disable next-line OptionalChaining,StringLiteral: `after` is then the index of a kept section, whose id `toIndex` holds
    const endAt = after < from.length ? (toIndex.get(from[after]?.id ?? '') ?? to.length) : to.length
    let low = 0
    let high = extras.length
    while (low < high) {
      const middle = (low + high) >> 1
      if ((extras[middle] as number) < startAt) low = middle + 1
      else high = middle
    }
    const slot = unpaired(low)
    const candidate = extras[slot]
    if (candidate === undefined || candidate >= endAt) return
    forest[slot] = slot + 1
    extra.delete(candidate)
    renamed.set(index, candidate)
  })

  from.forEach((section, index) => {
    const counterpart = kept(index) ? to[toIndex.get(section.id) ?? -1] : to[renamed.get(index) ?? -1]
    if (counterpart === undefined) return
    if (!pair.toTranslation.has(section.id)) pair.toTranslation.set(section.id, counterpart)
    if (!pair.toOriginal.has(counterpart.id)) pair.toOriginal.set(counterpart.id, section.id)
  })

  // The nearest paired section after and before each one of the original.
  // Stryker disable next-line OptionalChaining,StringLiteral: `index` is always an index of `from`
  const paired = (index: number): boolean => pair.toTranslation.has(from[index]?.id ?? '')
  // Stryker disable next-line ArrayDeclaration: the array is only sized ahead; the loop assigns every index
  const nextPaired: Array<SectionSummary | undefined> = new Array<SectionSummary | undefined>(from.length)
  let upcoming: SectionSummary | undefined
  // Stryker disable next-line ArithmeticOperator: entries past the last section are never read, and no section is paired there
  for (let index = from.length - 1; index >= 0; index--) {
    nextPaired[index] = upcoming
    if (paired(index)) upcoming = from[index]
  }
  let earlier: SectionSummary | undefined

  from.forEach((section, index) => {
    const previous = earlier
    if (paired(index)) earlier = section
    const related = { message: `Section ${code(section.id)} ${inOriginal(pair)}`, place: headingPlace(section) }
    const renamedTo = to[renamed.get(index) ?? -1]
    if (renamedTo !== undefined) {
      pair.report(
        `Unexpected section id ${code(renamedTo.id)} in ${lang}, expected ${code(section.id)} as in ${source}: write ${code(`{#${section.id}}`)} at the end of the heading`,
        headingPlace(renamedTo),
        related,
      )
      return
    }
    if (kept(index)) return
    const next = nextPaired[index]
    const anchor = next ?? previous
    const place = anchor === undefined ? fileStart : headingPlace(pair.toTranslation.get(anchor.id) as SectionSummary)
    const where = next !== undefined ? `before section ${code(next.id)}` : previous !== undefined ? `after section ${code(previous.id)}` : 'in the body'
    pair.missingPlace.set(section.id, place)
    pair.report(`Missing section ${code(section.id)} in ${lang}, expected it ${where} as in ${source}`, place, related)
  })

  for (const index of extra) {
    const section = to[index] as SectionSummary
    pair.report(`Unexpected section ${code(section.id)} in ${lang}, expected only the sections of ${source}`, headingPlace(section), {
      message: `No section ${code(section.id)} ${inOriginal(pair)}`,
      place: fileStart,
    })
  }

  // The tree: each section under the same parent, at the same depth.
  const fromById = firstById(from)
  for (const section of from) {
    const counterpart = pair.toTranslation.get(section.id)
    if (counterpart === undefined) continue
    // Stryker disable next-line ConditionalExpression: no section is paired with an undefined parent, so the lookup gives `undefined` too
    const parent = counterpart.parent === undefined ? undefined : (pair.toOriginal.get(counterpart.parent) ?? counterpart.parent)
    const related = { message: `Section ${code(section.id)} ${inOriginal(pair)}`, place: headingPlace(section) }
    if (parent !== section.parent) {
      const got = parent === undefined ? 'at the top level' : `inside section ${code(parent)}`
      const expected = section.parent === undefined ? 'at the top level' : `inside section ${code(section.parent)}`
      pair.report(`Unexpected section ${code(section.id)} ${got} in ${lang}, expected it ${expected} as in ${source}`, headingPlace(counterpart), related)
    } else if (counterpart.depth !== section.depth) {
      pair.report(
        `Unexpected heading depth ${counterpart.depth} for section ${code(section.id)} in ${lang}, expected ${section.depth} (${'#'.repeat(section.depth)}) as in ${source}`,
        headingPlace(counterpart),
        related,
      )
    }
  }

  // The order: the paired sections come in the original's order.
  const expected = from.filter((section) => pair.toTranslation.has(section.id))
  // Stryker disable next-line StringLiteral: `toOriginal` holds `section.id`, checked just before
  const actual = to.filter((section) => pair.toOriginal.has(section.id) && pair.toTranslation.get(pair.toOriginal.get(section.id) ?? '') === section)
  for (const [index, section] of actual.entries()) {
    const wanted = expected[index]
    if (wanted === undefined || pair.toOriginal.get(section.id) === wanted.id) continue
    const here = pair.toOriginal.get(section.id) ?? section.id
    pair.report(
      `Unexpected section ${code(here)} at this place in ${lang}, expected section ${code(wanted.id)} here, in the order of ${source}`,
      headingPlace(section),
      { message: `Section ${code(wanted.id)} ${inOriginal(pair)}`, place: headingPlace(fromById.get(wanted.id) ?? wanted) },
    )
    break
  }
}

/** Where the translation should hold what the original has in a section. */
function sectionPlace(pair: Pair, sectionId: string): Position {
  const counterpart = pair.toTranslation.get(sectionId)
  if (counterpart !== undefined) return headingPlace(counterpart)
  return pair.missingPlace.get(sectionId) ?? fileStart
}

function difference(from: readonly string[], to: readonly string[]): string {
  const missing = from.filter((id) => !to.includes(id))
  const extra = to.filter((id) => !from.includes(id))
  const parts = [...(missing.length > 0 ? [`missing ${list(missing)}`] : []), ...(extra.length > 0 ? [`added ${list(extra)}`] : [])]
  return parts.length > 0 ? parts.join(', ') : 'the same ids in another order'
}

/** Claims: each one defined in both, with the same kind, grade, citations, disclaimers and section. */
function compareClaims(pair: Pair): void {
  const { original, translation } = pair
  const lang = translation.summary.locale
  const source = sourceOf(pair)
  const from = pair.claimsFrom
  const to = pair.claimsTo
  for (const claim of from.values()) {
    const related = { message: `Claim ${code(claim.id)} ${inOriginal(pair)}`, place: claim.position }
    const counterpart = to.get(claim.id)
    if (counterpart === undefined) {
      pair.report(`Missing claim ${code(claim.id)} in ${lang}, expected it in section ${code(claim.section)} as in ${source}`, sectionPlace(pair, claim.section), related)
      continue
    }
    compareClaim(pair, claim, counterpart, related)
  }
  for (const claim of to.values()) {
    if (from.has(claim.id)) continue
    pair.report(`Unexpected claim ${code(claim.id)} in ${lang}, expected only the claims of ${source}`, claim.position, {
      message: `No claim ${code(claim.id)} ${inOriginal(pair)}`,
      place: fileStart,
    })
  }
}

function compareClaim(pair: Pair, claim: ClaimSummary, counterpart: ClaimSummary, related: { message: string; place: Position }): void {
  const lang = pair.translation.summary.locale
  const source = sourceOf(pair)
  const place = counterpart.position
  const subject = `for claim ${code(claim.id)} in ${lang}`
  if (counterpart.kind !== claim.kind) pair.report(`Unexpected kind ${code(counterpart.kind)} ${subject}, expected ${code(claim.kind)} as in ${source}`, place, related)
  if (counterpart.evidence !== claim.evidence) pair.report(`Unexpected grade ${code(counterpart.evidence)} ${subject}, expected ${code(claim.evidence)} as in ${source}`, place, related)
  if (counterpart.cites.join(' ') !== claim.cites.join(' ')) {
    pair.report(`Unexpected citations ${list(counterpart.cites)} ${subject}, expected ${list(claim.cites)} as in ${source}: ${difference(claim.cites, counterpart.cites)}`, place, related)
  }
  const required = [...claim.requires].sort()
  const got = [...counterpart.requires].sort()
  if (required.join(' ') !== got.join(' ')) {
    pair.report(`Unexpected required disclaimers ${list(got)} ${subject}, expected ${list(required)} as in ${source}: ${difference(required, got)}`, place, related)
  }
  const section = pair.toOriginal.get(counterpart.section) ?? counterpart.section
  if (section !== claim.section) {
    pair.report(`Unexpected section ${code(counterpart.section)} ${subject}, expected it defined in section ${code(claim.section)} as in ${source}`, place, related)
  }
}

// Stryker disable next-line ConditionalExpression,StringLiteral: the key only groups steps, and evidence summaries (which have no id) group the same under either key
const stepKey = (step: SummaryStep): string => (step.type === 'evidence-summary' ? step.type : `${step.type}:${step.id}`)

function stepLabel(step: SummaryStep): string {
  switch (step.type) {
    case 'claim':
      return `claim ${code(step.id)}`
    case 'reuse':
      return code(`::claim{ref=${step.id}}`)
    case 'disclaimer':
      return code(`::disclaimer{ref=${step.id}}`)
    case 'evidence-summary':
      return code('::evidence-summary')
  }
}

/** Reused claims, placed disclaimers and evidence summaries: the same in each section, in the same order. */
function compareSteps(pair: Pair): void {
  const introPlace = fileStart
  compareFlow(pair, 'before the first section', pair.original.summary.intro, pair.translation.summary.intro, introPlace, introPlace)
  for (const section of pair.original.summary.sections) {
    const counterpart = pair.toTranslation.get(section.id)
    if (counterpart === undefined) continue
    compareFlow(pair, `in section ${code(section.id)}`, section.steps, counterpart.steps, headingPlace(counterpart), headingPlace(section))
  }
}

function compareFlow(pair: Pair, where: string, from: readonly SummaryStep[], to: readonly SummaryStep[], toPlace: Position, fromPlace: Position): void {
  const lang = pair.translation.summary.locale
  const source = sourceOf(pair)
  const claimsFrom = pair.claimsFrom
  const claimsTo = pair.claimsTo
  const positionIn = (step: SummaryStep, claims: Map<string, ClaimSummary>, fallback: Position): Position =>
    step.type === 'claim' ? (claims.get(step.id)?.position ?? fallback) : step.position
  const counts = (steps: readonly SummaryStep[]): Map<string, number> => {
    const map = new Map<string, number>()
    for (const step of steps) map.set(stepKey(step), (map.get(stepKey(step)) ?? 0) + 1)
    return map
  }
  const fromCounts = counts(from)
  const toCounts = counts(to)

  // Missing placements: reported at the heading of the section that should hold them.
  const seenFrom = new Map<string, number>()
  from.forEach((step, index) => {
    const key = stepKey(step)
    const nth = (seenFrom.get(key) ?? 0) + 1
    seenFrom.set(key, nth)
    if (step.type === 'claim' || nth <= (toCounts.get(key) ?? 0)) return
    const previous = from[index - 1]
    const after = previous === undefined ? `at the start${where.startsWith('in section') ? ' of the section' : ''}` : `after ${stepLabel(previous)}`
    pair.report(`Missing ${stepLabel(step)} ${where} of ${lang}, expected it ${after} as in ${source}`, toPlace, {
      message: `${stepLabel(step)} ${where} ${inOriginal(pair)}`,
      place: positionIn(step, claimsFrom, fromPlace),
    })
  })
  // Unexpected placements: reported where they are.
  const seenTo = new Map<string, number>()
  for (const step of to) {
    const key = stepKey(step)
    const nth = (seenTo.get(key) ?? 0) + 1
    seenTo.set(key, nth)
    if (step.type === 'claim' || nth <= (fromCounts.get(key) ?? 0)) continue
    const allowed = fromCounts.get(key) ?? 0
    pair.report(`Unexpected ${stepLabel(step)} ${where} of ${lang}, expected ${allowed === 0 ? 'none' : `only ${allowed}`} as in ${source}`, positionIn(step, claimsTo, toPlace), {
      message: `${stepLabel(step)} ${where} ${inOriginal(pair)}`,
      place: fromPlace,
    })
  }

  // The order of what both have.
  const common = (steps: readonly SummaryStep[], other: Map<string, number>): SummaryStep[] => {
    const taken = new Map<string, number>()
    return steps.filter((step) => {
      const key = stepKey(step)
      const nth = (taken.get(key) ?? 0) + 1
      taken.set(key, nth)
      return nth <= (other.get(key) ?? 0)
    })
  }
  const expected = common(from, toCounts)
  const actual = common(to, fromCounts)
  for (const [index, step] of actual.entries()) {
    const wanted = expected[index]
    // Stryker disable next-line ConditionalExpression: both lists keep the same number of steps of each key, so they have the same length
    if (wanted === undefined || stepKey(wanted) === stepKey(step)) continue
    pair.report(
      `Unexpected ${stepLabel(step)} at this place ${where} of ${lang}, expected ${stepLabel(wanted)} here, in the order of ${source}`,
      positionIn(step, claimsTo, toPlace),
      { message: `${stepLabel(wanted)} ${where} ${inOriginal(pair)}`, place: positionIn(wanted, claimsFrom, fromPlace) },
    )
    break
  }
}

/** Declared disclaimers: the same ids, kinds and placements (reported at the start of the file). */
function compareDisclaimers(pair: Pair): void {
  const lang = pair.translation.summary.locale
  const source = sourceOf(pair)
  const from = firstById(pair.original.summary.disclaimers)
  const to = firstById(pair.translation.summary.disclaimers)
  const related = (id: string) => ({ message: `Disclaimer ${code(id)} ${inOriginal(pair)}`, place: fileStart })
  for (const disclaimer of from.values()) {
    const counterpart = to.get(disclaimer.id)
    if (counterpart === undefined) {
      pair.report(`Missing disclaimer ${code(disclaimer.id)} in ${lang}, expected it in the frontmatter's disclaimers as in ${source}`, fileStart, related(disclaimer.id))
      continue
    }
    if (counterpart.kind !== disclaimer.kind) {
      pair.report(`Unexpected kind ${code(counterpart.kind)} for disclaimer ${code(disclaimer.id)} in ${lang}, expected ${code(disclaimer.kind)} as in ${source}`, fileStart, related(disclaimer.id))
    }
    if (counterpart.placement !== disclaimer.placement) {
      pair.report(
        `Unexpected placement ${code(counterpart.placement)} for disclaimer ${code(disclaimer.id)} in ${lang}, expected ${code(disclaimer.placement)} as in ${source}`,
        fileStart,
        related(disclaimer.id),
      )
    }
  }
  for (const disclaimer of to.values()) {
    if (from.has(disclaimer.id)) continue
    pair.report(`Unexpected disclaimer ${code(disclaimer.id)} in ${lang}, expected only the disclaimers of ${source}`, fileStart, {
      message: `No disclaimer ${code(disclaimer.id)} ${inOriginal(pair)}`,
      place: fileStart,
    })
  }
}
