import { z } from 'zod'
import { claimKinds, evidenceGrades } from '../schema/claim.js'
import { disclaimerKinds, disclaimerPlacements } from '../schema/disclaimer.js'
import type { ExosomeDocument } from '../schema/document.js'
import { idSchema, positionSchema } from '../schema/primitives.js'
import type { Block, Section } from '../schema/section.js'
import { sha256Hex } from '../util/sha256.js'

/**
 * One step of a section's flow as `locale-parity` compares it: a claim defined there (its
 * position is the claim's), a claim reused there, a placed disclaimer or the evidence summary.
 * Narrative is left out: a translation rewrites it freely.
 */
export const summaryStepSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('claim'), id: idSchema }),
  z.strictObject({ type: z.literal('reuse'), id: idSchema, position: positionSchema }),
  z.strictObject({ type: z.literal('disclaimer'), id: idSchema, position: positionSchema }),
  z.strictObject({ type: z.literal('evidence-summary'), position: positionSchema }),
])

/** One step of a section's flow in a {@link DocumentSummary}. */
export type SummaryStep = z.infer<typeof summaryStepSchema>

const _documentSummary = z.strictObject({
  /** Document id. */
  id: z.string(),
  /** BCP 47 locale. */
  locale: z.string(),
  /** Content version. */
  version: z.string(),
  /** `sha256-<hex>` of the source. */
  hash: z.string(),
  /** Claims defined in the document, in source order. */
  claims: z.array(
    z.strictObject({
      id: idSchema,
      kind: z.enum(claimKinds),
      evidence: z.enum(evidenceGrades),
      cites: z.array(z.string()),
      /** Disclaimer ids the claim requires (after policy). */
      requires: z.array(z.string()),
      /** Id of the section that defines it. */
      section: z.string(),
      /** Hex SHA-256 of the claim text with white space collapsed: equal texts, equal hashes. */
      textHash: z.string().regex(/^[0-9a-f]{64}$/),
      position: positionSchema,
    }),
  ),
  /** Declared disclaimers. */
  disclaimers: z.array(z.strictObject({ id: z.string(), kind: z.enum(disclaimerKinds), placement: z.enum(disclaimerPlacements) })),
  /** Claims reused, disclaimers placed and evidence summaries placed before the first section. */
  intro: z.array(summaryStepSchema),
  /** Every section, depth first in source order, with its parent's id (absent at the top). */
  sections: z.array(
    z.strictObject({
      id: z.string(),
      depth: z.number().int(),
      parent: z.string().optional(),
      position: positionSchema,
      /** Its flow without narrative, in source order (child sections not included). */
      steps: z.array(summaryStepSchema),
    }),
  ),
})
type DocumentSummarySchemaType = typeof _documentSummary
/** The type of `documentSummarySchema`, named once so that declarations refer to it instead of repeating it. */
export interface DocumentSummarySchema extends DocumentSummarySchemaType {}
/**
 * What the cross-document rules read of one document: small enough to send between threads,
 * keep in the check cache and write per CI shard (`check --summary-out`). No text is kept,
 * only ids, grades, a hash of each claim's text and positions.
 */
export const documentSummarySchema: DocumentSummarySchema = _documentSummary

/** One document as the cross-document rules see it. */
export type DocumentSummary = z.infer<typeof documentSummarySchema>

/**
 * A claim's text as `claim-id-stable` compares it: runs of white space made one space, ends
 * trimmed (case and every other character kept).
 *
 * @param text Claim text.
 * @returns The compared form.
 */
export function comparableClaimText(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

function steps(blocks: readonly Block[]): SummaryStep[] {
  const list: SummaryStep[] = []
  for (const block of blocks) {
    if (block.type === 'claim') list.push(block.reuse ? { type: 'reuse', id: block.claim, position: block.position } : { type: 'claim', id: block.claim })
    else if (block.type === 'disclaimer') list.push({ type: 'disclaimer', id: block.disclaimer, position: block.position })
    else if (block.type === 'evidence-summary') list.push({ type: 'evidence-summary', position: block.position })
  }
  return list
}

/**
 * Reduce a parsed document to its {@link DocumentSummary}.
 *
 * @param document The document.
 * @returns The summary.
 */
export function summarizeDocument(document: ExosomeDocument): DocumentSummary {
  const sections: DocumentSummary['sections'] = []
  const walk = (list: readonly Section[], parent: string | undefined): void => {
    for (const section of list) {
      const base = { id: section.id, depth: section.depth, position: section.position, steps: steps(section.blocks) }
      sections.push(parent === undefined ? base : { ...base, parent })
      walk(section.sections, section.id)
    }
  }
  walk(document.sections, undefined)
  return {
    id: document.id,
    locale: document.locale,
    version: document.version,
    hash: document.hash,
    claims: Object.values(document.claims).map((claim) => ({
      id: claim.id,
      kind: claim.kind,
      evidence: claim.evidence,
      cites: [...claim.cites],
      requires: [...claim.requires],
      section: claim.section,
      textHash: sha256Hex(comparableClaimText(claim.text)),
      position: claim.position,
    })),
    disclaimers: document.disclaimers.map((disclaimer) => ({ id: disclaimer.id, kind: disclaimer.kind, placement: disclaimer.placement })),
    intro: steps(document.intro),
    sections,
  }
}
