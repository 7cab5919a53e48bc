import type { Section } from '../schema/section.js'
import type { BodyState, PendingRef } from './body-state.js'
import type { FrontmatterResult } from './frontmatter.js'

// Blocks whose reference dangles, taken out of their lists in one pass per list at the end.
function dropAll(references: readonly PendingRef[]): void {
  const blocks = new Set(references.map((reference) => reference.block))
  for (const owner of new Set(references.map((reference) => reference.owner))) {
    const kept = owner.filter((block) => !blocks.has(block))
    owner.length = 0
    owner.push(...kept)
  }
}

/**
 * Resolve what the body points at once the whole file is read: claim reuses (forward
 * references allowed), citations, required and placed disclaimers. Dangling references are
 * reported and their blocks left out of the draft.
 *
 * @param state The finished body walk.
 * @param frontmatter The frontmatter (citations are only checked when it was usable).
 * @param sections The section tree, whose claim and disclaimer lists follow the kept blocks.
 */
export function resolveReferences(state: BodyState, frontmatter: FrontmatterResult, sections: Section[]): void {
  resolveIds(state, frontmatter)
  syncSections(sections)
}

// A section lists the claims and disclaimers of the blocks it still holds.
function syncSections(sections: Section[]): void {
  for (const section of sections) {
    const claims = new Set<string>()
    const disclaimers = new Set<string>()
    for (const block of section.blocks) {
      if (block.type === 'claim') claims.add(block.claim)
      else if (block.type === 'disclaimer') disclaimers.add(block.disclaimer)
    }
    section.claims = [...claims]
    section.disclaimers = [...disclaimers]
    syncSections(section.sections)
  }
}

function resolveIds(state: BodyState, frontmatter: FrontmatterResult): void {
  const dangling: PendingRef[] = []
  resolveEach(state, frontmatter, dangling)
  dropAll(dangling)
}

function resolveEach(state: BodyState, frontmatter: FrontmatterResult, dangling: PendingRef[]): void {
  const { reporter } = state
  for (const reference of state.claimRefs) {
    // An own property only: `constructor` or `toString` must not find Object.prototype's.
    if (Object.hasOwn(state.claims, reference.id)) continue
    dangling.push(reference)
    if (state.definitions.has(reference.id)) continue
    reporter.report('claim-ref-resolves', `Unexpected claim reference \`${reference.id}\`, expected the id of a claim defined in this file`, reference.place)
  }
  if (!frontmatter.usable) return

  const references = frontmatter.writtenIds.references
  const disclaimers = frontmatter.writtenIds.disclaimers
  for (const cite of state.cites) {
    if (references.has(cite.id)) continue
    reporter.report('citation-resolves', `Unexpected citation \`${cite.id}\` in claim \`${cite.claim}\`, expected the id of an entry in \`references\``, cite.place)
  }
  frontmatter.draft.glossary.forEach((term, index) => {
    term.cites?.forEach((cite, position) => {
      if (references.has(cite)) return
      const place = frontmatter.locate(['glossary', index, 'cites', position]) ?? frontmatter.locate(['glossary', index])
      if (place === undefined) return
      reporter.report('citation-resolves', `Unexpected citation \`${cite}\` in glossary term \`${term.id}\`, expected the id of an entry in \`references\``, place)
    })
  })
  for (const required of state.requires) {
    if (disclaimers.has(required.id)) continue
    reporter.report('disclaimer-ref-resolves', `Unexpected disclaimer \`${required.id}\` in \`requires\` of claim \`${required.claim}\`, expected the id of an entry in \`disclaimers\``, required.place)
  }
  const placed = new Set<string>()
  const valid = new Set(frontmatter.draft.disclaimers.map((entry) => entry.id))
  for (const reference of state.disclaimerRefs) {
    if (valid.has(reference.id)) {
      placed.add(reference.id)
      continue
    }
    dangling.push(reference)
    if (disclaimers.has(reference.id)) continue
    reporter.report('disclaimer-ref-resolves', `Unexpected disclaimer \`${reference.id}\`, expected the id of an entry in \`disclaimers\``, reference.place)
  }
  frontmatter.draft.disclaimers.forEach((disclaimer, index) => {
    if (disclaimer.placement !== 'section' || placed.has(disclaimer.id)) return
    const place = frontmatter.locate(['disclaimers', index, 'placement']) ?? frontmatter.locate(['disclaimers', index])
    if (place === undefined) return
    reporter.report(
      'disclaimer-unplaced',
      `Unexpected disclaimer \`${disclaimer.id}\` with placement \`section\` placed nowhere, expected \`::disclaimer{ref=${disclaimer.id}}\` in a section`,
      place,
    )
  })
}
