import { z } from 'zod'
import { docsUrl } from '../diagnostics.js'
import type { EvidenceGrade } from '../schema/claim.js'
import type { SentenceFacts } from '../language/types.js'
import type { Rule, RuleContext } from './rule.js'
import type { ProseUnit } from './util/prose.js'
import { asserted, excerpt, reportAt, wordingAnalysis } from './util/wording.js'

/** Grades whose claims must not assert a benefit as fact. */
export const hedgedGrades: readonly EvidenceGrade[] = ['preclinical', 'early-clinical']

/** Options of `hedge-to-evidence`. */
export interface HedgeToEvidenceOptions {
  /**
   * More research frames: a sentence holding one reports research, so its benefits are
   * hedged (on top of the built-in lexicon).
   *
   * @default []
   * @example ['in mice']
   */
  hedges: string[]
  /**
   * More benefit predicates, as lemmas (their inflections are matched too).
   *
   * @default []
   * @example ['rejuvenate']
   */
  verbs: string[]
}

const optionsSchema: z.ZodType<HedgeToEvidenceOptions> = z
  .strictObject({
    hedges: z.array(z.string().trim().min(1)).default([]),
    verbs: z.array(z.string().trim().min(1)).default([]),
  })
  .prefault({})

/** A sentence that asserts a benefit at a `preclinical`/`early-clinical` grade, or in ungraded prose, is hedged. */
export const hedgeToEvidence: Rule<HedgeToEvidenceOptions> = {
  id: 'hedge-to-evidence',
  description: 'A benefit ("repairs", "improves") is not asserted as fact in a `preclinical`/`early-clinical` claim (error) or in ungraded prose (warning).',
  defaultLevel: 'error',
  optionsSchema,
  url: docsUrl('hedge-to-evidence', 'rules.md'),
  check(context) {
    for (const { unit, sentences } of wordingAnalysis(context).units) {
      const claim = unit.claim
      if (claim?.evidence === 'clinical') {
        checkScoped(context, unit, sentences)
        continue
      }
      if (claim !== undefined && !hedgedGrades.includes(claim.evidence)) continue
      for (const sentence of sentences) {
        if (sentence.limitation) continue
        for (const benefit of sentence.benefits) {
          if (benefit.strength !== 'regular' || benefit.hedge !== undefined || !asserted(benefit)) continue
          // In ungraded prose a denial bounds a benefit as a limitation does; a graded claim
          // still hedges it to its grade.
          if (claim === undefined && benefit.bounded) continue
          const said = excerpt(benefit.found, benefit.subject, benefit.object)
          if (claim !== undefined) {
            reportAt(
              context,
              unit,
              benefit,
              `Unexpected benefit \`${benefit.found}\` asserted as fact ("${said}") in ${unit.label} graded \`${claim.evidence}\`, expected a hedge or what was studied in the same sentence (e.g. "in animal studies ..." or "may ${benefit.lemma}")`,
            )
          } else {
            reportAt(
              context,
              unit,
              benefit,
              `Unexpected benefit \`${benefit.found}\` asserted as fact ("${said}") in ${unit.label}, which has no evidence grade, expected a hedge (e.g. "may ${benefit.lemma}", "in animal studies ...") or a claim with its grade and sources`,
              'warning',
            )
          }
        }
      }
    }
  },
}

/**
 * A `clinical` claim states a benefit plainly only scoped to who was studied ("in people
 * with hair loss", "in some cases", docs/authoring.md): trials found an effect in some
 * people, not one for everyone. A benefit asserted with no hedge, no research frame, no
 * scope and nothing it denies in its sentence promises it to every reader. A cure is
 * `overclaim-wording`'s.
 */
function checkScoped(context: RuleContext<HedgeToEvidenceOptions>, unit: ProseUnit, sentences: readonly SentenceFacts[]): void {
  for (const sentence of sentences) {
    // "No crea pelo en zonas calvas, pero sí fortalece ...": saying what it does not do bounds what it does.
    if (sentence.limitation || sentence.scoped || sentence.benefits.some((benefit) => benefit.negated)) continue
    for (const benefit of sentence.benefits) {
      if (benefit.strength === 'cure' || benefit.bounded || benefit.hedge !== undefined || !asserted(benefit)) continue
      const said = excerpt(benefit.found, benefit.subject, benefit.object)
      reportAt(
        context,
        unit,
        benefit,
        `Unexpected benefit \`${benefit.found}\` asserted for everyone ("${said}") in ${unit.label} graded \`clinical\`, expected it scoped to who was studied (e.g. "in people with ...", "in some cases") or hedged`,
      )
    }
  }
}
