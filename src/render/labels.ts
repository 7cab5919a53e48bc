import type { EvidenceGrade } from '../schema/claim.js'

/** Reader-facing names of evidence grades. */
export const evidenceLabels = {
  established: 'Established science',
  clinical: 'Clinical evidence',
  'early-clinical': 'Early clinical evidence',
  preclinical: 'Preclinical evidence (laboratory or animal studies)',
  'regulatory-fact': 'Regulatory fact',
} as const satisfies Record<EvidenceGrade, string>

/** Heading of the references list. */
export const referencesHeading = 'References'
/** Heading of the glossary. */
export const glossaryHeading = 'Glossary'
/** Heading of the disclaimers collected at the end (`disclaimers: 'end'`). */
export const disclaimersHeading = 'Important information'

/**
 * Heading level after the offset, capped at 6.
 *
 * @param depth Level in the document (1 for the title).
 * @param offset `headingOffset`.
 * @returns 1..6.
 */
export function headingLevel(depth: number, offset: number): number {
  return Math.min(6, Math.max(1, depth + offset))
}
