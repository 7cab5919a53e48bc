import { docsUrl } from '../diagnostics.js'
import type { EvidenceGrade } from '../schema/claim.js'
import type { ReferenceKind } from '../schema/reference.js'
import type { Rule } from './rule.js'
import { claimList } from './util/document.js'

/** Reference kinds a claim of each grade must cite at least one of (grades not listed: no requirement). */
export const supportingKinds: Partial<Record<EvidenceGrade, readonly ReferenceKind[]>> = {
  established: ['review', 'guideline', 'regulatory'],
  clinical: ['review', 'guideline', 'regulatory'],
  'regulatory-fact': ['regulatory', 'guideline'],
}

const list = (kinds: readonly string[]): string => {
  const quoted = kinds.map((kind) => `\`${kind}\``)
  return quoted.length <= 1 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1) ?? ''}`
}

/** A claim's evidence grade is backed by sources of a matching kind. */
export const evidenceMatchesSources: Rule = {
  id: 'evidence-matches-sources',
  description:
    'Claims graded `clinical` or `established` cite a review, guideline or regulatory source; `regulatory-fact` claims cite a regulatory or guideline source.',
  defaultLevel: 'error',
  url: docsUrl('evidence-matches-sources', 'rules.md'),
  check(context) {
    const kinds = new Map(context.document.references.map((reference) => [reference.id, reference.kind]))
    for (const claim of claimList(context.document)) {
      const needed = supportingKinds[claim.evidence]
      if (needed === undefined) continue
      // Empty cites are `claim-needs-citation`; an id that does not resolve (dangling, or an
      // invalid entry left out of the draft) is already a parser error, and judging the rest
      // could blame a claim for a source that is only misspelt: judge complete lists only.
      const cited = claim.cites.map((id) => kinds.get(id))
      if (cited.length === 0 || cited.includes(undefined)) continue
      if (cited.some((kind) => kind !== undefined && needed.includes(kind))) continue
      const only = [...new Set(cited.filter((kind) => kind !== undefined))]
      context.report({
        message: `Unexpected claim \`${claim.id}\` graded \`${claim.evidence}\` citing only ${list(only)} sources, expected at least one ${list(needed)} source`,
        place: claim.position,
      })
    }
  },
}
