import { docsUrl } from '../diagnostics.js'
import type { Rule } from './rule.js'
import { asserted, phraseOptionsSchema, reportAt, wordingAnalysis, type PhraseOptions } from './util/wording.js'

/** Options of `numeric-promise`. */
export type NumericPromiseOptions = PhraseOptions

/** Numeric and time promises, unless negated or reported; a hedge does not soften them. */
export const numericPromise: Rule<NumericPromiseOptions> = {
  id: 'numeric-promise',
  description: 'No prose promises a number or a time ("up to 300%", "10 years younger", "in as little as two months"); a hedge such as "may" does not soften it.',
  defaultLevel: 'error',
  optionsSchema: phraseOptionsSchema,
  url: docsUrl('numeric-promise', 'rules.md'),
  check(context) {
    for (const { unit, sentences } of wordingAnalysis(context).units) {
      for (const sentence of sentences) {
        for (const fact of sentence.tactics) {
          if (fact.tactic !== 'numeric-promise' || !asserted(fact)) continue
          const hedge = fact.hedge === undefined ? '' : ': a hedge such as "may" does not soften a number or a time'
          reportAt(
            context,
            unit,
            fact,
            `Unexpected numeric promise \`${fact.found}\` in ${unit.label}, expected what a study measured and in whom (e.g. "in one study of 20 people, ...")${hedge}`,
          )
        }
      }
    }
  },
}
