import type { EmbeddedClaim as Claim } from '../schema/claim.js'
import type { DocumentDisclaimer as Disclaimer } from '../schema/disclaimer.js'
import type { EmbeddedDocument } from '../schema/document.js'
import type { EmbeddedBlock as Block, EmbeddedNarrativeBlock as NarrativeBlock, EmbeddedSection as Section } from '../schema/section.js'
import type { DisclaimerMode } from './options.js'
import { evidenceSummary, type EvidenceSummaryLinks, type EvidenceSummaryRow } from './evidence-summary-table.js'
import { allSections, findSection } from '../util/sections.js'

/**
 * What is being rendered: the whole document, one section (with its subsections), one claim,
 * or the evidence summary alone.
 */
export type RenderScope = { type: 'document' } | { type: 'section'; id: string } | { type: 'claim'; id: string } | { type: 'evidence-summary' }

/** One item in the flow of a rendered section (or of a rendered claim). */
export type PlanItem =
  | { type: 'narrative'; block: NarrativeBlock }
  /** `first`: the first time this claim appears in the output (later ones are reuses). */
  | { type: 'claim'; claim: Claim; first: boolean }
  /** Disclaimers shown here: where a section places them (`section`) or after a claim (`claim`). */
  | { type: 'disclaimers'; disclaimers: Disclaimer[]; anchor: 'section' | 'claim' }
  /** The evidence summary (`::evidence-summary`), followed by the disclaimers its claims require. */
  | { type: 'evidence-summary'; rows: EvidenceSummaryRow[]; links: EvidenceSummaryLinks }
  /**
   * A section's `::disclaimer` placement of a disclaimer already shown earlier in the output:
   * renderers show nothing here (each disclaimer appears once); the markdown serializer
   * writes the placement back, so the document reads back with every placement it had.
   */
  | { type: 'placement'; disclaimer: Disclaimer }

/** A rendered section with its flow and rendered subsections. */
export interface PlanSection {
  section: Section
  items: PlanItem[]
  sections: PlanSection[]
}

/** The output of the placement step, shared by every renderer. */
export interface Plan {
  scope: RenderScope
  document: EmbeddedDocument
  /** Disclaimers that open the output (document-level ones, in `inline` mode). */
  lead: Disclaimer[]
  /** Items before the sections: the intro (document scope) or the claim and its disclaimers (claim scope). */
  items: PlanItem[]
  sections: PlanSection[]
  /** Disclaimers after the content (all of them in `end` mode). */
  end: Disclaimer[]
  /** Every disclaimer in the output, once each, in output order. */
  disclaimers: Disclaimer[]
}

/** Options of the placement step. */
export interface PlacementOptions {
  /** Where disclaimers go. */
  mode: DisclaimerMode
  /** Place no disclaimer at all (the caller shows them). */
  omit: boolean
}

/**
 * Look up a claim, throwing a RangeError for an unknown id (a programmer error).
 *
 * @param document The document.
 * @param id Claim id.
 * @returns The claim.
 */
export function getClaim(document: EmbeddedDocument, id: string): Claim {
  const claim = Object.hasOwn(document.claims, id) ? document.claims[id] : undefined
  if (!claim) {
    throw new RangeError(`Unknown claim id ${JSON.stringify(id)}, expected one of: ${Object.keys(document.claims).join(', ')}`)
  }
  return claim
}

/**
 * Look up a section, throwing a RangeError for an unknown id (a programmer error).
 *
 * @param document The document.
 * @param id Section id.
 * @returns The section.
 */
export function getSection(document: EmbeddedDocument, id: string): Section {
  const section = typeof id === 'string' ? findSection(document.sections, id) : undefined
  if (!section) {
    throw new RangeError(`Unknown section id ${JSON.stringify(id)}, expected one of: ${allSections(document.sections).map((section) => section.id).join(', ')}`)
  }
  return section
}

/**
 * Decide which disclaimers a rendered subset needs and where each one goes: every disclaimer
 * required by the claims in it, the ones placed in its sections, and all document-level ones,
 * each exactly once.
 *
 * @param document The document to render.
 * @param scope What is rendered.
 * @param options Disclaimer mode, or omission.
 * @returns The plan every renderer follows.
 */
export function planRender(document: EmbeddedDocument, scope: RenderScope, options: PlacementOptions): Plan {
  const byId = new Map(document.disclaimers.map((disclaimer) => [disclaimer.id, disclaimer]))
  const placed = new Set<string>()
  const seenClaims = new Set<string>()
  const all: Disclaimer[] = []
  const end: Disclaimer[] = []

  // `where` names the place for the error message only, so it is built only then.
  const disclaimer = (id: string, where: () => string): Disclaimer => {
    const found = byId.get(id)
    if (!found) throw new RangeError(`Unknown disclaimer id ${JSON.stringify(id)} in ${where()}, expected one defined in the document`)
    return found
  }

  /** Disclaimers not yet placed, marked placed; in `end` mode queued for the end instead. */
  const take = (ids: readonly string[], where: () => string): Disclaimer[] => {
    const fresh: Disclaimer[] = []
    for (const id of ids) {
      const found = disclaimer(id, where)
      if (placed.has(id)) continue
      placed.add(id)
      all.push(found)
      fresh.push(found)
    }
    if (options.mode === 'end') {
      end.push(...fresh)
      return []
    }
    return fresh
  }

  const claimItems = (claim: Claim): PlanItem[] => {
    const items: PlanItem[] = [{ type: 'claim', claim, first: !seenClaims.has(claim.id) }]
    seenClaims.add(claim.id)
    const fresh = take(claim.requires, () => `claim ${JSON.stringify(claim.id)}`)
    if (fresh.length > 0) items.push({ type: 'disclaimers', disclaimers: fresh, anchor: 'claim' })
    return items
  }

  // Disclaimers that a section of this output places itself (`::disclaimer`).
  const placedInScope = new Set<string>()
  const collectPlaced = (blocks: readonly Block[]): void => {
    for (const block of blocks) if (block.type === 'disclaimer') placedInScope.add(block.disclaimer)
  }
  if (scope.type === 'document') {
    collectPlaced(document.intro)
    allSections(document.sections).forEach((section) => collectPlaced(section.blocks))
  } else if (scope.type === 'section') {
    allSections([getSection(document, scope.id)]).forEach((section) => collectPlaced(section.blocks))
  }

  // The summary shows data of the claims it sums up, so it carries what they require; a
  // disclaimer that a section of the same output places is left to that placement, so the
  // page's own placements stay where the author put them.
  const summaryItems = (): PlanItem[] => {
    const rows = evidenceSummary(document)
    const items: PlanItem[] = [{ type: 'evidence-summary', rows, links: 'rendered' }]
    const required = rows.flatMap((row) => row.disclaimers).filter((id) => !placedInScope.has(id))
    const fresh = take(required, () => 'the evidence summary')
    if (fresh.length > 0) items.push({ type: 'disclaimers', disclaimers: fresh, anchor: 'claim' })
    return items
  }

  const blockItems = (block: Block, where: () => string): PlanItem[] => {
    if (block.type === 'narrative') return [{ type: 'narrative', block }]
    if (block.type === 'claim') return claimItems(getClaim(document, block.claim))
    if (block.type === 'evidence-summary') return summaryItems()
    const repeated = placed.has(block.disclaimer)
    const fresh = take([block.disclaimer], where)
    if (fresh.length > 0) return [{ type: 'disclaimers', disclaimers: fresh, anchor: 'section' }]
    return repeated ? [{ type: 'placement', disclaimer: disclaimer(block.disclaimer, where) }] : []
  }

  const planSection = (section: Section): PlanSection => ({
    section,
    items: section.blocks.flatMap((block) => blockItems(block, () => `section ${JSON.stringify(section.id)}`)),
    sections: section.sections.map((child) => planSection(child)),
  })

  // Document-level disclaimers are claimed first so they never repeat further down. A
  // disclaimer placed in the intro covers the whole document, so a section or claim rendered
  // alone carries it too.
  const documentLevel = document.disclaimers.filter((item) => item.placement === 'document').map((item) => item.id)
  const introPlaced = scope.type === 'document' ? [] : document.intro.flatMap((block) => (block.type === 'disclaimer' ? [block.disclaimer] : []))
  const lead = take([...documentLevel, ...introPlaced], () => 'the document')

  let items: PlanItem[] = []
  let sections: PlanSection[] = []
  if (scope.type === 'document') {
    items = document.intro.flatMap((block) => blockItems(block, () => 'the intro'))
    sections = document.sections.map((section) => planSection(section))
  } else if (scope.type === 'section') {
    sections = [planSection(getSection(document, scope.id))]
  } else if (scope.type === 'evidence-summary') {
    items = summaryItems()
  } else {
    items = claimItems(getClaim(document, scope.id))
  }

  if (options.omit) {
    const strip = (list: PlanItem[]): PlanItem[] => list.filter((item) => item.type !== 'disclaimers' && item.type !== 'placement')
    const stripSection = (planned: PlanSection): PlanSection => ({
      section: planned.section,
      items: strip(planned.items),
      sections: planned.sections.map(stripSection),
    })
    return { scope, document, lead: [], items: strip(items), sections: sections.map(stripSection), end: [], disclaimers: [] }
  }
  return { scope, document, lead, items, sections, end, disclaimers: all }
}

/**
 * Visit every item of a plan in output order (items first, then sections depth first).
 *
 * @param plan A plan.
 * @returns The items in output order.
 */
export function planItems(plan: Plan): PlanItem[] {
  const out: PlanItem[] = [...plan.items]
  const walk = (planned: PlanSection): void => {
    out.push(...planned.items)
    planned.sections.forEach(walk)
  }
  plan.sections.forEach(walk)
  return out
}
