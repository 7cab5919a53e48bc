import { docsUrl } from '../diagnostics.js'
import type { BenefitFact, SentenceFacts, TacticFact } from '../language/types.js'
import { hedgedGrades } from './hedge-to-evidence.js'
import type { Rule } from './rule.js'
import { asserted, excerpt, phraseOptionsSchema, reportAt, wordingAnalysis, type PhraseOptions } from './util/wording.js'

/** Options of `overclaim-wording`: `phrases` are reported as hype, `allow` accepts lexicon phrases. */
export type OverclaimWordingOptions = PhraseOptions

const why = {
  certainty: 'expected the evidence stated as it stands (what was studied, in whom, how far it got): no exosome benefit is settled',
  hype: 'expected plain wording matched to the evidence',
  'absolute-safety': 'expected the known risks stated: no treatment is free of risk, and serious side effects of exosome products have been reported',
} as const

/** Whether a tactic phrase of this rule is asserted by its sentence, hedges considered. */
function tacticAsserted(fact: TacticFact): boolean {
  if (fact.tactic === 'absolute-safety') {
    // "No serious side effects were reported in the study" reports a finding; a soft word
    // ("is safe") is softened by any hedge, an absolute ("risk-free") only by research.
    if (!asserted(fact)) return false
    return fact.contextual ? fact.hedge === undefined : fact.hedge !== 'research'
  }
  // "has been found to", "is documented": evidential words a report of research may use.
  if (fact.tactic === 'certainty' && fact.contextual) return asserted(fact) && fact.hedge !== 'research'
  return asserted(fact, { report: false })
}

function camouflageNote(sentence: SentenceFacts): string {
  return sentence.camouflage === undefined ? '' : ` (\`${sentence.camouflage}\` in the same sentence does not undo it)`
}

function benefitMessage(benefit: BenefitFact, where: string, sentence: SentenceFacts): string | undefined {
  const said = excerpt(benefit.found, benefit.subject, benefit.object)
  if (benefit.strength === 'cure' && benefit.hedge === 'modal') {
    return `Unexpected cure claim \`${benefit.found}\` behind the hedge \`${benefit.hedgeFound ?? ''}\` ("${said}") in ${where}, expected what was studied and found (e.g. "in animal studies ..."): a hedge does not soften a promised cure (camouflage)${camouflageNote(sentence)}`
  }
  if (benefit.strength === 'cure') {
    return `Unexpected cure claim \`${benefit.found}\` asserted as fact ("${said}") in ${where}, expected no cure asserted: say what was studied and found (e.g. "in animal studies ..."), or report the claim as someone else's (e.g. "clinics claim ...")${camouflageNote(sentence)}`
  }
  if (benefit.strength === 'strong' && benefit.hedge === 'modal') {
    return `Unexpected promise \`${benefit.found}\` behind the hedge \`${benefit.hedgeFound ?? ''}\` ("${said}") in ${where}, expected what was studied and found (e.g. "in animal studies ..."): a hedge does not soften a promise to reverse or erase (camouflage)${camouflageNote(sentence)}`
  }
  if (benefit.strength === 'strong') {
    return `Unexpected promise \`${benefit.found}\` asserted as fact ("${said}") in ${where}, expected what was studied and found (e.g. "in animal studies ..."), or the claim reported as someone else's${camouflageNote(sentence)}`
  }
  return undefined
}

/** Cure claims, promises to reverse, certainty, hype and absolute safety, unless negated or reported. */
export const overclaimWording: Rule<OverclaimWordingOptions> = {
  id: 'overclaim-wording',
  description: 'No prose asserts a cure, a reversal, certainty, hype or absolute safety ("cures", "clinically proven", "miracle", "risk-free").',
  defaultLevel: 'error',
  optionsSchema: phraseOptionsSchema,
  url: docsUrl('overclaim-wording', 'rules.md'),
  check(context) {
    for (const { unit, sentences } of wordingAnalysis(context).units) {
      // A promise to reverse or erase is judged against the grade: an established claim may say it.
      const graded = unit.claim === undefined || hedgedGrades.includes(unit.claim.evidence)
      for (const sentence of sentences) {
        for (const benefit of sentence.benefits) {
          if (benefit.strength === 'regular' || !asserted(benefit) || benefit.hedge === 'research') continue
          if (benefit.strength === 'strong' && !graded) continue
          const message = benefitMessage(benefit, unit.label, sentence)
          if (message !== undefined) reportAt(context, unit, benefit, message)
        }
        for (const fact of sentence.tactics) {
          if (fact.tactic !== 'certainty' && fact.tactic !== 'hype' && fact.tactic !== 'absolute-safety') continue
          if (!tacticAsserted(fact)) continue
          const label = fact.tactic === 'absolute-safety' ? 'absolute safety claim' : fact.tactic
          reportAt(context, unit, fact, `Unexpected ${label} \`${fact.found}\` in ${unit.label}, ${why[fact.tactic]}${camouflageNote(sentence)}`)
        }
      }
    }
  },
}
