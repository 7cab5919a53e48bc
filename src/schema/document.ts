import { z } from 'zod'
import { blockSchema, sectionSchema } from './section.js'
import { claimSchema } from './claim.js'
import { frontmatterSchema } from './frontmatter.js'

/** A whole content document: metadata, sources, disclaimers, glossary and the section tree. */
export const documentSchema = z.strictObject({
  ...frontmatterSchema.omit({ $schema: true }).shape,
  /** Narrative before the first section (claims are not allowed there). */
  intro: z.array(blockSchema),
  sections: z.array(sectionSchema),
  /** Every claim defined in the document, by id, in source order. */
  claims: z.record(z.string(), claimSchema),
  /** `sha256-<hex>` of the source text (line endings normalised): identifies what was approved. */
  hash: z.string().regex(/^sha256-[0-9a-f]{64}$/),
})

/** A parsed, validated content document. */
export type ExosomeDocument = z.output<typeof documentSchema>
