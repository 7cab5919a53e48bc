import { docsUrl } from '../diagnostics.js'
import type { Rule } from './rule.js'
import { asserted, phraseOptionsSchema, reportAt, wordingAnalysis, type PhraseOptions } from './util/wording.js'

/** Options of `regulatory-misdirection`. */
export type RegulatoryMisdirectionOptions = PhraseOptions

/** Regulatory words as a selling point, or a misstated regulatory status, unless negated or reported. */
export const regulatoryMisdirection: Rule<RegulatoryMisdirectionOptions> = {
  id: 'regulatory-misdirection',
  description: 'No prose uses a regulatory word as a selling point or misstates how a product is regulated ("FDA-registered", "cGMP", "not regulated as a drug").',
  defaultLevel: 'error',
  optionsSchema: phraseOptionsSchema,
  url: docsUrl('regulatory-misdirection', 'rules.md'),
  check(context) {
    for (const { unit, sentences } of wordingAnalysis(context).units) {
      for (const sentence of sentences) {
        for (const fact of sentence.tactics) {
          if (fact.tactic !== 'regulatory-misdirection' || !asserted(fact, { report: false })) continue
          reportAt(
            context,
            unit,
            fact,
            `Unexpected regulatory claim \`${fact.found}\` in ${unit.label}, expected the regulatory status stated plainly (e.g. "the FDA has not approved this product"): registration, inspection, certification or cGMP manufacturing is not FDA review or approval, and a product meant to treat a disease is regulated as a drug`,
          )
        }
      }
    }
  },
}
