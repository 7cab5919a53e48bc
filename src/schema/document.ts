import { z } from 'zod'
import { blockSchema, embeddedBlockSchema, embeddedSectionSchema, sectionSchema } from './section.js'
import { claimSchema, embeddedClaimSchema } from './claim.js'
import { documentDisclaimerSchema } from './disclaimer.js'
import { frontmatterSchema } from './frontmatter.js'

const documentShape = {
  ...frontmatterSchema.omit({ $schema: true }).shape,
  /** The frontmatter's disclaimers, each with the parsed content of its `text`. */
  disclaimers: z.array(documentDisclaimerSchema),
  /** `sha256-<hex>` of the source text (line endings normalised): identifies what was approved. */
  hash: z.string().regex(/^sha256-[0-9a-f]{64}$/),
}

/** A whole content document: metadata, sources, disclaimers, glossary and the section tree. */
export const documentSchema = z.strictObject({
  ...documentShape,
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
})

/**
 * An embedded document: what the root entry ships (`exosomeOverview`) and what compiled data
 * modules hold. The same as a parsed document, except that source positions (of claims,
 * blocks, sections and mdast nodes) may be absent. Every parsed document is one too, so
 * renderers and lookups take either.
 */
export const embeddedDocumentSchema = z.strictObject({
  ...documentShape,
  /** The site's own frontmatter keys, as in a parsed document. */
  data: z.record(z.string(), z.unknown()).optional(),
  intro: z.array(embeddedBlockSchema),
  sections: z.array(embeddedSectionSchema),
  claims: z.record(z.string(), embeddedClaimSchema),
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
/** An embedded document (positions may be absent); every `ExosomeDocument` is one. */
export type EmbeddedDocument = z.output<typeof embeddedDocumentSchema>
