import type {
  OverviewClaimId,
  OverviewDisclaimerId,
  OverviewReferenceId,
  OverviewSectionId,
} from './generated/exosome-overview.js'
import type { CompiledDocument, DocumentIdOf, LookupResult } from './compiled-document.js'
import { exosomeOverview } from './overview.js'
import type { EmbeddedClaim } from './schema/claim.js'
import type { DocumentDisclaimer } from './schema/disclaimer.js'
import type { EmbeddedDocument, ExosomeDocument } from './schema/document.js'
import type { GlossaryTerm } from './schema/glossary.js'
import type { Reference } from './schema/reference.js'
import type { EmbeddedSection } from './schema/section.js'
import { findSection } from './util/sections.js'

/** A document to search: a parsed one (`ExosomeDocument`) or an embedded one. */
type AnyDocument = ExosomeDocument | EmbeddedDocument
/** The claim type of a document: positions present for a parsed document. */
type ClaimOf<D extends AnyDocument> = D['claims'][string]
/** The section type of a document. */
type SectionOf<D extends AnyDocument> = D['sections'][number]

/**
 * Find a claim by id.
 *
 * @param id Claim id, e.g. `no-approved-products`.
 * @returns The claim of the built-in overview (known to exist: the id is one of its ids).
 */
export function getClaim(id: OverviewClaimId): EmbeddedClaim
/**
 * Find a claim by id.
 *
 * @param id Claim id, e.g. `no-approved-products`.
 * @param document Document to search, parsed or embedded; defaults to the built-in overview.
 * @returns The claim, or `undefined` when the id is unknown. On a compiled page (`exosome-content build`),
 *   an id the page does not hold is a type error and the claim is known to exist.
 */
export function getClaim<D extends AnyDocument = EmbeddedDocument>(id: DocumentIdOf<D, 'claim'>, document?: D): LookupResult<D, ClaimOf<D>>
export function getClaim(id: string, document: AnyDocument = exosomeOverview): EmbeddedClaim | undefined {
  return Object.hasOwn(document.claims, id) ? document.claims[id] : undefined
}

/**
 * Find a section (at any depth) by its slug id.
 *
 * @param id Section id, the GitHub-style slug of its heading.
 * @returns The section of the built-in overview (known to exist: the id is one of its ids).
 */
export function getSection(id: OverviewSectionId): EmbeddedSection
/**
 * Find a section (at any depth) by its slug id.
 *
 * @param id Section id, the GitHub-style slug of its heading.
 * @param document Document to search, parsed or embedded; defaults to the built-in overview.
 * @returns The section, or `undefined` when the id is unknown. On a compiled page (`exosome-content build`),
 *   an id the page does not hold is a type error and the section is known to exist.
 */
export function getSection<D extends AnyDocument = EmbeddedDocument>(id: DocumentIdOf<D, 'section'>, document?: D): LookupResult<D, SectionOf<D>>
export function getSection(id: string, document: AnyDocument = exosomeOverview): EmbeddedSection | undefined {
  return findSection<EmbeddedSection>(document.sections, id)
}

/**
 * Find a disclaimer by id.
 *
 * @param id Disclaimer id, e.g. `not-medical-advice`.
 * @returns The disclaimer (known to exist: the id is one of the built-in overview's).
 */
export function getDisclaimer(id: OverviewDisclaimerId): DocumentDisclaimer
/**
 * Find a disclaimer by id.
 *
 * @param id Disclaimer id, e.g. `not-medical-advice`.
 * @param document Document to search, parsed or embedded; defaults to the built-in overview.
 * @returns The disclaimer, or `undefined` when the id is unknown. On a compiled page (`exosome-content build`),
 *   an id the page does not hold is a type error and the disclaimer is known to exist.
 */
export function getDisclaimer<D extends AnyDocument = EmbeddedDocument>(id: DocumentIdOf<D, 'disclaimer'>, document?: D): LookupResult<D, DocumentDisclaimer>
export function getDisclaimer(id: string, document: AnyDocument = exosomeOverview): DocumentDisclaimer | undefined {
  return document.disclaimers.find((disclaimer) => disclaimer.id === id)
}

/**
 * Find a reference by id.
 *
 * @param id Reference id, e.g. `misev2023`.
 * @returns The reference (known to exist: the id is one of the built-in overview's).
 */
export function getReference(id: OverviewReferenceId): Reference
/**
 * Find a reference by id.
 *
 * @param id Reference id, e.g. `misev2023`.
 * @param document Document to search, parsed or embedded; defaults to the built-in overview.
 * @returns The reference, or `undefined` when the id is unknown. On a compiled page (`exosome-content build`),
 *   an id the page does not hold is a type error and the reference is known to exist.
 */
export function getReference<D extends AnyDocument = EmbeddedDocument>(id: DocumentIdOf<D, 'reference'>, document?: D): LookupResult<D, Reference>
export function getReference(id: string, document: AnyDocument = exosomeOverview): Reference | undefined {
  return document.references.find((reference) => reference.id === id)
}

/**
 * Find a glossary entry by id, term or alias (case-insensitive for term and alias).
 *
 * @param key Glossary id, term or alias.
 * @param document Document to search, parsed or embedded; defaults to the built-in overview.
 * @returns The entry, or `undefined` when nothing matches.
 */
export function getGlossaryTerm(key: string, document: AnyDocument = exosomeOverview): GlossaryTerm | undefined {
  const wanted = key.toLowerCase()
  return document.glossary.find(
    (entry) =>
      entry.id === key ||
      entry.term.toLowerCase() === wanted ||
      (entry.aliases ?? []).some((alias) => alias.toLowerCase() === wanted),
  )
}
