import { z } from 'zod'
import { claimKinds, evidenceGrades } from '../schema/claim.js'
import { disclaimerKinds, disclaimerPlacements } from '../schema/disclaimer.js'
import type { ExosomeDocument } from '../schema/document.js'
import { idSchema, positionSchema } from '../schema/primitives.js'
import type { Section } from '../schema/section.js'
import { sha256Hex } from '../util/sha256.js'

/**
 * What the cross-document rules read of one document: small enough to send between threads,
 * keep in the check cache and write per CI shard (`check --summary-out`).
 */
export const documentSummarySchema = z.strictObject({
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
  /** Every section, depth first in source order, with its parent's id (absent at the top). */
  sections: z.array(
    z.strictObject({
      id: z.string(),
      depth: z.number().int(),
      parent: z.string().optional(),
      position: positionSchema,
    }),
  ),
})

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
      sections.push(parent === undefined ? { id: section.id, depth: section.depth, position: section.position } : { id: section.id, depth: section.depth, parent, position: section.position })
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
    sections,
  }
}
