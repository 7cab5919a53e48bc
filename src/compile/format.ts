/**
 * The embedded data format: a compact, JSON-serialisable form of a document that
 * `toEmbedded` writes and `fromEmbedded` reads back. Fields that can be derived cheaply from
 * others are left out and derived on load; each is stored only where its derivation would
 * give something else. Tuples instead of objects: no key is repeated per claim or block.
 */

/** Version of the format; `fromEmbedded` refuses any other. */
export const embeddedFormat = 2

/**
 * Objects that share keys, by column: `[keys, ...columns]`, one column per key with a value
 * per object; `null` is an absent field.
 */
export type EmbeddedTable = [keys: string[], ...columns: unknown[][]]

/** A reference or disclaimer id, as its index in the document's list (or the id itself when it is not in the list). */
export type EmbeddedIdRef = number | string

/**
 * Fields stored because their derivation differs: `mdast` (else: the markdown's plain
 * paragraphs), `text` (else: the mdast's plain text, whitespace normalised), `section` (of
 * a claim; else: the section holding it), `claims` / `disclaimers` (of a section; else: the
 * ids its blocks name, once each).
 */
export type EmbeddedOverrides = Record<string, unknown>

/** A block: narrative, a claim defined here, a claim reused here, a disclaimer placed here, the evidence summary. */
export type EmbeddedBlockData =
  | [type: 0, markdown: string, overrides?: EmbeddedOverrides]
  | [type: 1, id: string, kind: string, evidence: string, cites: EmbeddedIdRef[], requires: EmbeddedIdRef[], markdown: string, overrides?: EmbeddedOverrides]
  | [type: 2, id: string]
  | [type: 3, id: EmbeddedIdRef]
  | [type: 4]

/** A section and its subsections; `id` is 0 when it is the slug of the title (`slugOfTitle`). */
export type EmbeddedSectionData = [id: string | 0, title: string, depth: number, blocks: EmbeddedBlockData[], sections: EmbeddedSectionData[], overrides?: EmbeddedOverrides]

/** A whole document in the embedded format. */
export type EmbeddedData = [
  format: typeof embeddedFormat,
  meta: [id: string, title: string, summary: string, locale: string, audience: string, version: string, lastReviewed: string, hash: string],
  references: EmbeddedTable,
  /** Columns `id kind title text placement`, then `markdown` and `mdast` of the content (null: derived from `text`). */
  disclaimers: EmbeddedTable,
  glossary: EmbeddedTable,
  intro: EmbeddedBlockData[],
  sections: EmbeddedSectionData[],
  /** The site's own frontmatter keys (`document.data`, from a `frontmatter.extend` schema), when the page has them. */
  data?: Record<string, unknown>,
]
