import type { EmbeddedDocument, ExosomeDocument } from '../../src/schema/document.js'

/**
 * What every markdown round trip keeps exactly: the document's meta fields and each claim
 * (its text with white space collapsed, since markdown may wrap it).
 *
 * @param document A parsed or embedded document.
 * @returns `{ meta, claims }`, to compare with `toEqual`.
 */
export function metaAndClaims(document: ExosomeDocument | EmbeddedDocument): { meta: unknown[]; claims: unknown[] } {
  return {
    meta: [document.id, document.title, document.summary, document.locale, document.audience, document.version, document.lastReviewed],
    claims: Object.values(document.claims).map((claim) => ({
      id: claim.id,
      kind: claim.kind,
      evidence: claim.evidence,
      cites: claim.cites,
      requires: claim.requires,
      text: claim.text.replaceAll(/\s+/g, ' '),
    })),
  }
}
