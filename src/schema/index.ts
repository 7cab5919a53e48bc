export { claimKinds, claimSchema, contentSchema, embeddedClaimSchema, evidenceGrades, mdastBlocksSchema } from './claim.js'
export type { Claim, ClaimKind, Content, EmbeddedClaim, EvidenceGrade } from './claim.js'
export { diagnosticSchema, severities } from './diagnostic.js'
export type { Diagnostic, Severity } from './diagnostic.js'
export { disclaimerKinds, disclaimerPlacements, disclaimerSchema, documentDisclaimerSchema } from './disclaimer.js'
export type { Disclaimer, DisclaimerKind, DisclaimerPlacement, DocumentDisclaimer } from './disclaimer.js'
export { documentSchema, embeddedDocumentSchema } from './document.js'
export type { EmbeddedDocument, ExosomeDocument } from './document.js'
export { audiences, frontmatterSchema } from './frontmatter.js'
export type { Audience, Frontmatter, FrontmatterInput } from './frontmatter.js'
export { glossaryTermSchema } from './glossary.js'
export type { GlossaryTerm } from './glossary.js'
export { editorKeywords, toJsonSchema } from './json-schema.js'
export type { JsonSchemaOptions } from './json-schema.js'
export type { FrontmatterExtension } from './frontmatter-extension.js'
export { doiSchema, idSchema, isoDateSchema, localeSchema, pointSchema, positionSchema, urlSchema, versionSchema } from './primitives.js'
export type { Point, Position } from './primitives.js'
export { referenceKinds, referenceSchema } from './reference.js'
export type { Reference, ReferenceKind } from './reference.js'
export {
  blockSchema,
  claimBlockSchema,
  disclaimerBlockSchema,
  embeddedBlockSchema,
  embeddedClaimBlockSchema,
  embeddedDisclaimerBlockSchema,
  embeddedEvidenceSummaryBlockSchema,
  embeddedNarrativeBlockSchema,
  embeddedSectionSchema,
  evidenceSummaryBlockSchema,
  narrativeBlockSchema,
  sectionSchema,
} from './section.js'
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
} from './section.js'
