export { exosomeOverview, exosomeOverviewEs } from './overview.js'
export { getClaim, getDisclaimer, getGlossaryTerm, getReference, getSection } from './lookups.js'
export { fromEmbedded } from './compile/inflate.js'
export type { CompiledDocument, DocumentIdOf, DocumentIds, LookupResult } from './compiled-document.js'
export type {
  OverviewClaimId,
  OverviewDisclaimerId,
  OverviewReferenceId,
  OverviewSectionId,
} from './generated/exosome-overview.js'
export type {
  OverviewEsClaimId,
  OverviewEsDisclaimerId,
  OverviewEsReferenceId,
  OverviewEsSectionId,
} from './generated/exosome-overview-es.js'
export type {
  Block,
  ClaimBlock,
  DisclaimerBlock,
  EmbeddedBlock,
  EmbeddedClaimBlock,
  EmbeddedDisclaimerBlock,
  EmbeddedEvidenceSummaryBlock,
  EmbeddedNarrativeBlock,
  EmbeddedSection,
  EvidenceSummaryBlock,
  NarrativeBlock,
  Section,
} from './schema/section.js'
export type { Claim, ClaimKind, Content, EmbeddedClaim, EvidenceGrade } from './schema/claim.js'
export type { Disclaimer, DisclaimerKind, DisclaimerPlacement, DocumentDisclaimer } from './schema/disclaimer.js'
export type { EmbeddedDocument, ExosomeDocument } from './schema/document.js'
export type { EmbeddedData } from './compile/format.js'
export type { GlossaryTerm } from './schema/glossary.js'
export type { Point, Position } from './schema/primitives.js'
export type { Reference, ReferenceKind } from './schema/reference.js'
