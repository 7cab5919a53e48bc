import { z } from 'zod'
import { blockSchema, sectionSchema } from './section.js'
import { claimSchema } from './claim.js'
import { frontmatterSchema } from './frontmatter.js'

/** A whole content document: metadata, sources, disclaimers, glossary and the section tree. */
export const documentSchema = z.strictObject({
  ...frontmatterSchema.omit({ $schema: true }).shape,
  /**
   * The site's own frontmatter keys, as its `frontmatter.extend` schema output them; present
   * exactly when the page was parsed with an extension.
   */
  data: z.record(z.string(), z.unknown()).optional(),
  /** Narrative before the first section (claims are not allowed there). */
  intro: z.array(blockSchema),
  sections: z.array(sectionSchema),
  /** Every claim defined in the document, by id, in source order. */
  claims: z.record(z.string(), claimSchema),
  /** `sha256-<hex>` of the source text (line endings normalised): identifies what was approved. */
  hash: z.string().regex(/^sha256-[0-9a-f]{64}$/),
})

type DocumentShape = z.output<typeof documentSchema>

/**
 * A parsed, validated content document. `ExosomeDocument<Data>` is one parsed with a
 * frontmatter extension: `data` holds the extension's output, typed (`Data` is
 * `z.output<typeof extension>`; see `ExtensionData`).
 *
 * @example
 * ```ts
 * const extension = z.object({ slug: z.string() })
 * type Page = ExosomeDocument<z.output<typeof extension>> // page.data.slug: string
 * ```
 */
export type ExosomeDocument<Data = undefined> = [Data] extends [undefined] ? DocumentShape : Omit<DocumentShape, 'data'> & { data: Data }
