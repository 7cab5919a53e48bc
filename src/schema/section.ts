import { z } from 'zod'
import { contentSchema } from './claim.js'
import { idSchema, positionSchema } from './primitives.js'

/** Narrative markdown between claims. */
export const narrativeBlockSchema = z.strictObject({
  type: z.literal('narrative'),
  content: contentSchema,
  text: z.string(),
  position: positionSchema,
})

/** A claim in the flow of a section: defined here (`:::claim{#id}`) or reused (`::claim{ref=id}`). */
export const claimBlockSchema = z.strictObject({
  type: z.literal('claim'),
  claim: idSchema,
  reuse: z.boolean(),
  position: positionSchema,
})

/** A disclaimer placed in a section (`::disclaimer{ref=id}`). */
export const disclaimerBlockSchema = z.strictObject({
  type: z.literal('disclaimer'),
  disclaimer: idSchema,
  position: positionSchema,
})

/**
 * Where a page shows its evidence summary (`::evidence-summary`): the renderers expand it into
 * a table generated from the document's `therapeutic-potential` claims, one row per section
 * that defines them.
 */
export const evidenceSummaryBlockSchema = z.strictObject({
  type: z.literal('evidence-summary'),
  position: positionSchema,
})

/** One block of a section's flow, in source order. */
export const blockSchema = z.discriminatedUnion('type', [narrativeBlockSchema, claimBlockSchema, disclaimerBlockSchema, evidenceSummaryBlockSchema])

const sectionShape = {
  id: idSchema,
  title: z.string().trim().min(1),
  depth: z.number().int().min(2).max(6),
  blocks: z.array(blockSchema),
  claims: z.array(idSchema),
  disclaimers: z.array(idSchema),
  position: positionSchema,
}

/** A part of the document opened by a `##`..`######` heading. */
export interface Section extends z.infer<z.ZodObject<typeof sectionShape>> {
  sections: Section[]
}

/** A section with its child sections. */
export const sectionSchema: z.ZodType<Section> = z.strictObject({
  ...sectionShape,
  get sections() {
    return z.array(sectionSchema)
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
