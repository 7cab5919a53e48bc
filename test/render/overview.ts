import { readFileSync } from 'node:fs'
import { parseContent } from '../../src/parser/index.js'
import type { ExosomeDocument } from '../../src/schema/document.js'
import type { EmbeddedSection } from '../../src/schema/section.js'

/**
 * The built-in overview, parsed from `content/exosome-therapy.md`; throws if it has errors.
 *
 * @returns The document.
 */
export function loadOverview(): ExosomeDocument {
  const source = readFileSync(new URL('../../content/exosome-therapy.md', import.meta.url), 'utf8')
  const { document, diagnostics } = parseContent(source)
  const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error')
  if (!document || errors.length > 0) throw new Error(`The overview does not parse: ${errors.map((error) => error.message).join('; ')}`)
  return document
}

/**
 * Every section of a tree, depth first.
 *
 * @param sections Top-level sections.
 * @returns All sections.
 */
export function allSections<S extends EmbeddedSection>(sections: readonly S[]): S[] {
  return sections.flatMap((section) => [section, ...allSections(section.sections as S[])])
}

/**
 * Claim ids of a section and its subsections, once per claim block.
 *
 * @param section A section.
 * @returns Claim ids in order.
 */
export function claimBlocks(section: EmbeddedSection): string[] {
  return [
    ...section.blocks.flatMap((block) => (block.type === 'claim' ? [block.claim] : [])),
    ...section.sections.flatMap((child) => claimBlocks(child)),
  ]
}
