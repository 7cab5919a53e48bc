import type { EmbeddedDocument } from './schema/document.js'

/** Key of the id types a compiled document carries (types only: no such property exists at run time). */
declare const documentIds: unique symbol

/** The literal id types of a compiled page, one union per kind of id. */
export interface DocumentIds {
  /** Claim ids. */
  claim: string
  /** Section ids (at any depth). */
  section: string
  /** Disclaimer ids. */
  disclaimer: string
  /** Reference ids. */
  reference: string
}

/**
 * A document compiled by `exosome-content build` (or any `emitModule` page): an
 * `EmbeddedDocument` whose type also carries its own ids, so the lookups reject an id the
 * page does not hold: `getClaim('typo', page)` is a type error, and a known id returns a
 * claim (never `undefined`).
 *
 * @typeParam Ids The page's id unions, as the compiled `.d.ts` declares them.
 */
export type CompiledDocument<Ids extends DocumentIds = DocumentIds> = EmbeddedDocument & {
  /** Type-level only: the page's ids. */
  readonly [documentIds]: Ids
}

/**
 * The ids of one kind a document accepts in lookups: the literal union of a compiled
 * document, `string` for any other.
 *
 * @typeParam D Document type.
 * @typeParam K Kind of id.
 */
export type DocumentIdOf<D, K extends keyof DocumentIds> = D extends { readonly [documentIds]: infer Ids extends DocumentIds } ? Ids[K] : string

/**
 * What a lookup returns on a document: the entry itself on a compiled document (its id is
 * known to exist), the entry or `undefined` on any other.
 *
 * @typeParam D Document type.
 * @typeParam T Entry type.
 */
export type LookupResult<D, T> = D extends { readonly [documentIds]: DocumentIds } ? T : T | undefined
