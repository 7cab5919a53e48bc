import { docsUrl } from '../diagnostics.js'
import type { Claim } from '../schema/claim.js'
import type { Section } from '../schema/section.js'
import type { Rule } from './rule.js'
import { claimList, claimPlacements, frontmatterRead, type ClaimPlacement } from './util/document.js'

// The disclaimers a section places, worked out once per section of one run.
const placedIn = (memo: Map<Section, Set<string>>, section: Section): Set<string> => {
  let ids = memo.get(section)
  if (ids === undefined) {
    ids = new Set(section.disclaimers)
    for (const block of section.blocks) if (block.type === 'disclaimer') ids.add(block.disclaimer)
    memo.set(section, ids)
  }
  return ids
}

/** The disclaimers a claim requires are declared and placed where the claim appears. */
export const claimNeedsDisclaimer: Rule = {
  id: 'claim-needs-disclaimer',
  description: 'Every disclaimer a claim requires (by its `requires` and the policy) is declared and placed.',
  defaultLevel: 'error',
  url: docsUrl('claim-needs-disclaimer', 'rules.md'),
  check(context) {
    const { document, policy } = context
    const declared = new Map(document.disclaimers.map((disclaimer) => [disclaimer.id, disclaimer]))
    // A disclaimer placed before the first section covers the whole document.
    const documentWide = new Set(document.intro.flatMap((block) => (block.type === 'disclaimer' ? [block.disclaimer] : [])))
    const required = (claim: Claim): string[] => [...new Set([...claim.requires, ...(policy.requires[claim.kind] ?? [])])]
    // An id the claim names itself in `requires` is the parser's `disclaimer-ref-resolves`; an
    // entry written but invalid is the parser's schema error; an unreadable frontmatter
    // declares nothing we can judge. Only a policy requirement nobody declared is reported.
    const written = context.writtenDisclaimerIds ?? new Set<string>()
    const judgeDeclarations = frontmatterRead(context)
    // Each claim's placements, in one pass (not one scan of every placement per claim).
    const placements = new Map<string, ClaimPlacement[]>()
    for (const placement of claimPlacements(document)) {
      const list = placements.get(placement.block.claim)
      if (list === undefined) placements.set(placement.block.claim, [placement])
      else list.push(placement)
    }
    const placed = new Map<Section, Set<string>>()

    for (const claim of claimList(document)) {
      for (const id of required(claim)) {
        const disclaimer = declared.get(id)
        if (disclaimer === undefined) {
          const fromPolicy = (policy.requires[claim.kind] ?? []).includes(id)
          if (!judgeDeclarations || written.has(id) || !fromPolicy) continue
          context.report({
            message: `Unexpected claim \`${claim.id}\` (${claim.kind}) requiring undeclared disclaimer \`${id}\`, expected \`${id}\` in the frontmatter \`disclaimers\``,
            place: claim.position,
          })
          continue
        }
        if (disclaimer.placement !== 'section' || documentWide.has(id)) continue
        for (const placement of placements.get(claim.id) ?? []) {
          if (placement.sections.some((section) => placedIn(placed, section).has(id))) continue
          const section = placement.sections[0]
          context.report({
            message: `Unexpected claim \`${claim.id}\` without disclaimer \`${id}\` placed, expected \`::disclaimer{ref=${id}}\` in section \`${section?.id ?? claim.section}\` or a parent section`,
            place: placement.block.reuse ? placement.block.position : claim.position,
          })
        }
      }
    }
  },
}
