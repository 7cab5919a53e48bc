import type {
  OverviewClaimId,
  OverviewDisclaimerId,
  OverviewReferenceId,
  OverviewSectionId,
} from './generated/exosome-overview.js'
import type { CompiledDocument, DocumentIdOf, LookupResult } from './compiled-document.js'
import { exosomeOverview } from './overview.js'
import type { Claim } from './schema/claim.js'
import type { Disclaimer } from './schema/disclaimer.js'
import type { ExosomeDocument } from './schema/document.js'
import type { GlossaryTerm } from './schema/glossary.js'
import type { Reference } from './schema/reference.js'
import type { Section } from './schema/section.js'
import { allSections } from './util/sections.js'

const sectionIndexes = new WeakMap<ExosomeDocument, Map<string, Section>>()

function sectionIndex(document: ExosomeDocument): Map<string, Section> {
  let index = sectionIndexes.get(document)
  if (!index) {
    index = new Map(allSections(document.sections).map((section) => [section.id, section]))
    sectionIndexes.set(document, index)
  }
  return index
}

/**
 * Find a claim by id.
 *
 * @param id Claim id, e.g. `no-approved-products`.
 * @returns The claim (known to exist: the id is one of the built-in overview's).
 */
export function getClaim(id: OverviewClaimId): Claim
/**
 * Find a claim by id.
 *
 * @param id Claim id, e.g. `no-approved-products`.
 * @param document Document to search; defaults to the built-in overview.
 * @returns The claim, or `undefined` when the id is unknown. On a compiled page (`exosome-content build`),
 *   an id the page does not hold is a type error and the claim is known to exist.
 */
export function getClaim<D extends ExosomeDocument | CompiledDocument = ExosomeDocument>(id: DocumentIdOf<D, 'claim'>, document?: D): LookupResult<D, Claim>
export function getClaim(id: string, document: ExosomeDocument = exosomeOverview): Claim | undefined {
  return Object.hasOwn(document.claims, id) ? document.claims[id] : undefined
}

/**
 * Find a section (at any depth) by its slug id.
 *
 * @param id Section id, the GitHub-style slug of its heading.
 * @returns The section (known to exist: the id is one of the built-in overview's).
 */
export function getSection(id: OverviewSectionId): Section
/**
 * Find a section (at any depth) by its slug id.
 *
 * @param id Section id, the GitHub-style slug of its heading.
 * @param document Document to search; defaults to the built-in overview.
 * @returns The section, or `undefined` when the id is unknown. On a compiled page (`exosome-content build`),
 *   an id the page does not hold is a type error and the section is known to exist.
 */
export function getSection<D extends ExosomeDocument | CompiledDocument = ExosomeDocument>(id: DocumentIdOf<D, 'section'>, document?: D): LookupResult<D, Section>
export function getSection(id: string, document: ExosomeDocument = exosomeOverview): Section | undefined {
  return sectionIndex(document).get(id)
}

/**
 * Find a disclaimer by id.
 *
 * @param id Disclaimer id, e.g. `not-medical-advice`.
 * @returns The disclaimer (known to exist: the id is one of the built-in overview's).
 */
export function getDisclaimer(id: OverviewDisclaimerId): Disclaimer
/**
 * Find a disclaimer by id.
 *
 * @param id Disclaimer id, e.g. `not-medical-advice`.
 * @param document Document to search; defaults to the built-in overview.
 * @returns The disclaimer, or `undefined` when the id is unknown. On a compiled page (`exosome-content build`),
 *   an id the page does not hold is a type error and the disclaimer is known to exist.
 */
export function getDisclaimer<D extends ExosomeDocument | CompiledDocument = ExosomeDocument>(id: DocumentIdOf<D, 'disclaimer'>, document?: D): LookupResult<D, Disclaimer>
export function getDisclaimer(id: string, document: ExosomeDocument = exosomeOverview): Disclaimer | undefined {
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
 * @param document Document to search; defaults to the built-in overview.
 * @returns The reference, or `undefined` when the id is unknown. On a compiled page (`exosome-content build`),
 *   an id the page does not hold is a type error and the reference is known to exist.
 */
export function getReference<D extends ExosomeDocument | CompiledDocument = ExosomeDocument>(id: DocumentIdOf<D, 'reference'>, document?: D): LookupResult<D, Reference>
export function getReference(id: string, document: ExosomeDocument = exosomeOverview): Reference | undefined {
  return document.references.find((reference) => reference.id === id)
}

/**
 * Find a glossary entry by id, term or alias (case-insensitive for term and alias).
 *
 * @param key Glossary id, term or alias.
 * @param document Document to search; defaults to the built-in overview.
 * @returns The entry, or `undefined` when nothing matches.
 */
export function getGlossaryTerm(key: string, document: ExosomeDocument = exosomeOverview): GlossaryTerm | undefined {
  const wanted = key.toLowerCase()
  return document.glossary.find(
    (entry) =>
      entry.id === key ||
      entry.term.toLowerCase() === wanted ||
      (entry.aliases ?? []).some((alias) => alias.toLowerCase() === wanted),
  )
}
