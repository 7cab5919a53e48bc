import { z } from 'zod'
import { contentSchema } from './claim.js'
import { idSchema, positionSchema } from './primitives.js'

// Every block and section comes in two forms: parsed (with its source `position`) and
// embedded (the built-in overview, compiled pages), where the position may be absent.
const narrativeShape = {
  type: z.literal('narrative'),
  content: contentSchema,
  /** Plain text of the block, whitespace normalised: single spaces, no line breaks. */
  text: z.string(),
}
const claimBlockShape = { type: z.literal('claim'), claim: idSchema, reuse: z.boolean() }
const disclaimerBlockShape = { type: z.literal('disclaimer'), disclaimer: idSchema }
const evidenceSummaryShape = { type: z.literal('evidence-summary') }

const _narrativeBlock = z.strictObject({ ...narrativeShape, position: positionSchema })
type NarrativeBlockSchemaType = typeof _narrativeBlock
/** The type of `narrativeBlockSchema`, named once so that declarations refer to it instead of repeating it. */
export interface NarrativeBlockSchema extends NarrativeBlockSchemaType {}
/** Narrative markdown between claims. */
export const narrativeBlockSchema: NarrativeBlockSchema = _narrativeBlock

const _claimBlock = z.strictObject({ ...claimBlockShape, position: positionSchema })
type ClaimBlockSchemaType = typeof _claimBlock
/** The type of `claimBlockSchema`, named once so that declarations refer to it instead of repeating it. */
export interface ClaimBlockSchema extends ClaimBlockSchemaType {}
/** A claim in the flow of a section: defined here (`:::claim{#id}`) or reused (`::claim{ref=id}`). */
export const claimBlockSchema: ClaimBlockSchema = _claimBlock

const _disclaimerBlock = z.strictObject({ ...disclaimerBlockShape, position: positionSchema })
type DisclaimerBlockSchemaType = typeof _disclaimerBlock
/** The type of `disclaimerBlockSchema`, named once so that declarations refer to it instead of repeating it. */
export interface DisclaimerBlockSchema extends DisclaimerBlockSchemaType {}
/** A disclaimer placed in a section (`::disclaimer{ref=id}`). */
export const disclaimerBlockSchema: DisclaimerBlockSchema = _disclaimerBlock

const _evidenceSummaryBlock = z.strictObject({ ...evidenceSummaryShape, position: positionSchema })
type EvidenceSummaryBlockSchemaType = typeof _evidenceSummaryBlock
/** The type of `evidenceSummaryBlockSchema`, named once so that declarations refer to it instead of repeating it. */
export interface EvidenceSummaryBlockSchema extends EvidenceSummaryBlockSchemaType {}
/**
 * Where a page shows its evidence summary (`::evidence-summary`): the renderers expand it into
 * a table generated from the document's `therapeutic-potential` claims, one row per section
 * that defines them.
 */
export const evidenceSummaryBlockSchema: EvidenceSummaryBlockSchema = _evidenceSummaryBlock

const _block = z.discriminatedUnion('type', [narrativeBlockSchema, claimBlockSchema, disclaimerBlockSchema, evidenceSummaryBlockSchema])
type BlockSchemaType = typeof _block
/** The type of `blockSchema`, named once so that declarations refer to it instead of repeating it. */
export interface BlockSchema extends BlockSchemaType {}
/** One block of a section's flow, in source order. */
export const blockSchema: BlockSchema = _block

const _embeddedNarrativeBlock = z.strictObject({ ...narrativeShape, position: positionSchema.optional() })
type EmbeddedNarrativeBlockSchemaType = typeof _embeddedNarrativeBlock
/** The type of `embeddedNarrativeBlockSchema`, named once so that declarations refer to it instead of repeating it. */
export interface EmbeddedNarrativeBlockSchema extends EmbeddedNarrativeBlockSchemaType {}
/** A narrative block of an embedded document (`position` may be absent). */
export const embeddedNarrativeBlockSchema: EmbeddedNarrativeBlockSchema = _embeddedNarrativeBlock
const _embeddedClaimBlock = z.strictObject({ ...claimBlockShape, position: positionSchema.optional() })
type EmbeddedClaimBlockSchemaType = typeof _embeddedClaimBlock
/** The type of `embeddedClaimBlockSchema`, named once so that declarations refer to it instead of repeating it. */
export interface EmbeddedClaimBlockSchema extends EmbeddedClaimBlockSchemaType {}
/** A claim block of an embedded document (`position` may be absent). */
export const embeddedClaimBlockSchema: EmbeddedClaimBlockSchema = _embeddedClaimBlock
const _embeddedDisclaimerBlock = z.strictObject({ ...disclaimerBlockShape, position: positionSchema.optional() })
type EmbeddedDisclaimerBlockSchemaType = typeof _embeddedDisclaimerBlock
/** The type of `embeddedDisclaimerBlockSchema`, named once so that declarations refer to it instead of repeating it. */
export interface EmbeddedDisclaimerBlockSchema extends EmbeddedDisclaimerBlockSchemaType {}
/** A disclaimer block of an embedded document (`position` may be absent). */
export const embeddedDisclaimerBlockSchema: EmbeddedDisclaimerBlockSchema = _embeddedDisclaimerBlock
const _embeddedEvidenceSummaryBlock = z.strictObject({ ...evidenceSummaryShape, position: positionSchema.optional() })
type EmbeddedEvidenceSummaryBlockSchemaType = typeof _embeddedEvidenceSummaryBlock
/** The type of `embeddedEvidenceSummaryBlockSchema`, named once so that declarations refer to it instead of repeating it. */
export interface EmbeddedEvidenceSummaryBlockSchema extends EmbeddedEvidenceSummaryBlockSchemaType {}
/** An evidence-summary block of an embedded document (`position` may be absent). */
export const embeddedEvidenceSummaryBlockSchema: EmbeddedEvidenceSummaryBlockSchema = _embeddedEvidenceSummaryBlock
const _embeddedBlock = z.discriminatedUnion('type', [
  embeddedNarrativeBlockSchema,
  embeddedClaimBlockSchema,
  embeddedDisclaimerBlockSchema,
  embeddedEvidenceSummaryBlockSchema,
])
type EmbeddedBlockSchemaType = typeof _embeddedBlock
/** The type of `embeddedBlockSchema`, named once so that declarations refer to it instead of repeating it. */
export interface EmbeddedBlockSchema extends EmbeddedBlockSchemaType {}
/** One block of an embedded document. */
export const embeddedBlockSchema: EmbeddedBlockSchema = _embeddedBlock

const sectionShape = {
  id: idSchema,
  title: z.string().trim().min(1),
  depth: z.number().int().min(2).max(6),
  blocks: z.array(blockSchema),
  claims: z.array(idSchema),
  disclaimers: z.array(idSchema),
  position: positionSchema,
}

const embeddedSectionShape = {
  ...sectionShape,
  blocks: z.array(embeddedBlockSchema),
  position: positionSchema.optional(),
}

/** A part of the document opened by a `##`..`######` heading. */
export interface Section extends z.infer<z.ZodObject<typeof sectionShape>> {
  sections: Section[]
}

/** A section of an embedded document: its own and its blocks' `position` may be absent. */
export interface EmbeddedSection extends z.infer<z.ZodObject<typeof embeddedSectionShape>> {
  sections: EmbeddedSection[]
}

/** A section with its child sections. */
export const sectionSchema: z.ZodType<Section> = z.strictObject({
  ...sectionShape,
  get sections() {
    return z.array(sectionSchema)
  },
})

/** A section of an embedded document, with its child sections. */
export const embeddedSectionSchema: z.ZodType<EmbeddedSection> = z.strictObject({
  ...embeddedSectionShape,
  get sections() {
    return z.array(embeddedSectionSchema)
  },
})

/** A narrative block. */
export type NarrativeBlock = z.infer<typeof narrativeBlockSchema>
/** A claim block. */
export type ClaimBlock = z.infer<typeof claimBlockSchema>
/** A disclaimer block. */
export type DisclaimerBlock = z.infer<typeof disclaimerBlockSchema>
/** An evidence-summary block. */
export type EvidenceSummaryBlock = z.infer<typeof evidenceSummaryBlockSchema>
/** Any block. */
export type Block = z.infer<typeof blockSchema>
/** A narrative block of an embedded document. */
export type EmbeddedNarrativeBlock = z.infer<typeof embeddedNarrativeBlockSchema>
/** A claim block of an embedded document. */
export type EmbeddedClaimBlock = z.infer<typeof embeddedClaimBlockSchema>
/** A disclaimer block of an embedded document. */
export type EmbeddedDisclaimerBlock = z.infer<typeof embeddedDisclaimerBlockSchema>
/** An evidence-summary block of an embedded document. */
export type EmbeddedEvidenceSummaryBlock = z.infer<typeof embeddedEvidenceSummaryBlockSchema>
/** Any block of an embedded document. */
export type EmbeddedBlock = z.infer<typeof embeddedBlockSchema>
