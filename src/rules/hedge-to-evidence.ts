import { z } from 'zod'
import { docsUrl } from '../diagnostics.js'
import type { EvidenceGrade } from '../schema/claim.js'
import type { Rule } from './rule.js'
import { claimList } from './util/document.js'
import { findPhrases, sentenceAround } from './util/phrases.js'
import { mappedText, spanPosition } from './util/plain-text.js'

/** Grades whose claims must be hedged. */
export const hedgedGrades: readonly EvidenceGrade[] = ['preclinical', 'early-clinical']

/** Words and phrases that hedge a claim (matched as whole words, any case). */
export const hedgePhrases: readonly string[] = [
  'may',
  'might',
  'could',
  'can possibly',
  'possibly',
  'potential',
  'potentially',
  'is being studied',
  'are being studied',
  'is being investigated',
  'are being investigated',
  'in animal studies',
  'in animals',
  'early research',
  'preliminary',
  'suggest',
  'suggests',
  'small studies',
  'not yet known',
  'unclear',
]

/** Assertive benefit verbs that need a hedge in their sentence at a hedged grade. */
export const assertiveVerbs: readonly string[] = [
  'treat',
  'treats',
  'heal',
  'heals',
  'reverse',
  'reverses',
  'restore',
  'restores',
  'repair',
  'repairs',
  'regrow',
  'regrows',
  'regenerate',
  'regenerates',
]

/** Options of `hedge-to-evidence`. */
export interface HedgeToEvidenceOptions {
  /**
   * Extra hedge words or phrases, on top of the built-in list.
   *
   * @default []
   * @example ['in mice']
   */
  hedges: string[]
  /**
   * Extra assertive verbs, on top of the built-in list.
   *
   * @default []
   * @example ['rejuvenates']
   */
  verbs: string[]
}

const optionsSchema: z.ZodType<HedgeToEvidenceOptions> = z
  .strictObject({
    hedges: z.array(z.string().trim().min(1)).default([]),
    verbs: z.array(z.string().trim().min(1)).default([]),
  })
  .prefault({})

/** Claims graded preclinical or early-clinical are hedged, and state no benefit as fact. */
export const hedgeToEvidence: Rule<HedgeToEvidenceOptions> = {
  id: 'hedge-to-evidence',
  description: 'Claims graded `preclinical` or `early-clinical` carry a hedge and no bare assertive benefit verb.',
  defaultLevel: 'error',
  optionsSchema,
  url: docsUrl('hedge-to-evidence', 'rules.md'),
  check(context) {
    // Frozen: findPhrases prepares each list once for all the claims.
    const hedges = Object.freeze([...hedgePhrases, ...context.options.hedges])
    const verbs = Object.freeze([...assertiveVerbs, ...context.options.verbs])
    for (const claim of claimList(context.document)) {
      if (!hedgedGrades.includes(claim.evidence)) continue
      const mapped = mappedText(claim.content.mdast, context.source)
      const hedgeMatches = findPhrases(mapped.text, hedges)
      if (hedgeMatches.length === 0) {
        context.report({
          message: `Unexpected unhedged claim \`${claim.id}\` graded \`${claim.evidence}\`, expected a hedge such as "may", "might", "in animal studies" or "early research"`,
          place: claim.position,
        })
      }
      for (const verb of findPhrases(mapped.text, verbs)) {
        const [start, end] = sentenceAround(mapped.text, verb.start)
        if (hedgeMatches.some((hedge) => hedge.start >= start && hedge.end <= end)) continue
        context.report({
          message: `Unexpected assertive \`${verb.found}\` in claim \`${claim.id}\` graded \`${claim.evidence}\`, expected a hedge in the same sentence (e.g. "may ${verb.found.replace(/s$/i, '')}")`,
          place: spanPosition(mapped, verb.start, verb.end, context.source) ?? claim.position,
        })
      }
    }
  },
}
