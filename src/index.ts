export { exosomeOverview } from './overview.js'
export { getClaim, getDisclaimer, getGlossaryTerm, getReference, getSection } from './lookups.js'
export type { CompiledDocument, DocumentIdOf, DocumentIds, LookupResult } from './compiled-document.js'
export type {
  OverviewClaimId,
  OverviewDisclaimerId,
  OverviewReferenceId,
  OverviewSectionId,
} from './generated/exosome-overview.js'
export type { Block, ClaimBlock, DisclaimerBlock, EvidenceSummaryBlock, NarrativeBlock, Section } from './schema/section.js'
export type { Claim, ClaimKind, Content, EvidenceGrade } from './schema/claim.js'
export type { Disclaimer, DisclaimerKind, DisclaimerPlacement } from './schema/disclaimer.js'
export type { ExosomeDocument } from './schema/document.js'
export type { GlossaryTerm } from './schema/glossary.js'
export type { Point, Position } from './schema/primitives.js'
export type { Reference, ReferenceKind } from './schema/reference.js'
