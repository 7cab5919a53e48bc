import { docsUrl } from '../diagnostics.js'
import type { Rule } from './rule.js'
import { asserted, phraseOptionsSchema, reportAt, wordingAnalysis, type PhraseOptions } from './util/wording.js'

/** Options of `testimonial`. */
export type TestimonialOptions = PhraseOptions

/** Testimonials and head counts offered as evidence, unless negated or reported. */
export const testimonial: Rule<TestimonialOptions> = {
  id: 'testimonial',
  description: 'No prose offers testimonials or head counts as evidence ("thousands of patients have seen results").',
  defaultLevel: 'error',
  optionsSchema: phraseOptionsSchema,
  url: docsUrl('testimonial', 'rules.md'),
  check(context) {
    for (const { unit, sentences } of wordingAnalysis(context).units) {
      for (const sentence of sentences) {
        for (const fact of sentence.tactics) {
          if (fact.tactic !== 'testimonial' || !asserted(fact)) continue
          reportAt(
            context,
            unit,
            fact,
            `Unexpected testimonial \`${fact.found}\` in ${unit.label}, expected evidence from studies: how many people were satisfied or treated says nothing about whether a treatment works`,
          )
        }
      }
    }
  },
}
