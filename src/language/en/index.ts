import { ParseEnglish } from 'parse-english'
import type { LanguageDefinition } from '../language.js'
import { inflector } from './inflect.js'
import { closingQuotes, evidentialVerbs, findingVerbs, openingQuotes, reportingFrames, researchNouns, testimonialSources } from './lexicon/attribution.js'
import * as grammar from './lexicon/grammar.js'
import { limitations, modalHedges, researchFrames, scopes } from './lexicon/hedges.js'
import { denyingAdjectives, evaluativeVerbs, negators, nonNegating } from './lexicon/negation.js'
import { benefitPredicates, benefitTerms, careVerbs, cureClaimPredicates, harmObjects, mechanismObjects, productVerbs, raisingPredicates, cureNouns, efficacyAdjectives, personObjects, sideEffects, strongPredicates } from './lexicon/predicates.js'
import * as tactics from './lexicon/tactics.js'

const parser = new ParseEnglish()

// "doesn't" is read as "does not", "cannot" as "can not": a negation is a word of its own.
const contractions: Record<string, string> = { "can't": 'can', "won't": 'will', "shan't": 'shall', "ain't": 'is' }
const clitics: Record<string, string> = { "'s": 'is', "'re": 'are', "'ve": 'have', "'ll": 'will', "'d": 'would', "'m": 'am' }
const cliticHosts = new Set(['it', 'that', 'there', 'here', 'what', 'who', 'he', 'she', 'they', 'we', 'you', 'i', 'this'])
function expand(norm: string): readonly string[] | undefined {
  if (norm === 'cannot') return ['can', 'not']
  if (!norm.includes("'")) return undefined
  // "it's" is "it is", "they're" "they are": the verb is a word of its own.
  const clitic = /^(\p{L}+)('(?:s|re|ve|ll|d|m))$/u.exec(norm)
  if (clitic !== null && cliticHosts.has(clitic[1] ?? '')) return [clitic[1] ?? '', clitics[clitic[2] ?? ''] ?? '']
  if (!norm.endsWith("n't")) return undefined
  return [contractions[norm] ?? norm.slice(0, -3), 'not']
}

const numberWords = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen', 'twenty', 'thirty', 'forty', 'fifty', 'hundred', 'thousand', 'single']

/** English: `parse-english` for sentences and words, the inflector of `inflect.ts` (tables from `en-inflectors`) for inflections. */
export const english: LanguageDefinition = {
  code: 'en',
  name: 'English',
  parse: (text) => parser.parse(text),
  // "Without approval or authorization by FDA, [products] claim ...": "without" heads a phrase that ends at a comma.
  morphology: { commaScoped: ['without'] },
  tokens: { expand, expandable: new Set(['cannot']), numberWords: new Set(numberWords), rangeWords: new Set(['to', 'or']) },
  inflection: {
    forms: inflector.forms,
    irregular: { be: grammar.beForms },
    uninflected: new Set(grammar.uninflected),
  },
  lists: {
    predicate: benefitPredicates,
    strong: strongPredicates,
    cureClaim: cureClaimPredicates,
    cureNoun: cureNouns,
    efficacy: efficacyAdjectives,
    benefitTerm: benefitTerms,
    personObject: personObjects,
    sideEffect: sideEffects,
    careVerb: careVerbs,
    productVerb: productVerbs,
    negator: negators,
    nonNegating,
    evaluative: evaluativeVerbs,
    denying: denyingAdjectives,
    frame: reportingFrames,
    testimonialSource: testimonialSources,
    evidential: evidentialVerbs,
    researchNoun: researchNouns,
    finding: findingVerbs,
    modal: modalHedges,
    research: researchFrames,
    limitation: limitations,
    // Matched as written: the list spells out the forms it means ("patients", "cases").
    scope: scopes.map((phrase) => phrase.split(' ').map((word) => `=${word}`).join(' ')),
    certainty: tactics.certainty,
    certaintyContextual: tactics.certaintyContextual,
    hype: tactics.hype,
    safety: tactics.absoluteSafety,
    safetySoft: tactics.softSafety,
    regulatory: tactics.regulatoryMisdirection,
    regulatoryContextual: tactics.regulatoryNeedsProduct,
    regulatoryApproval: tactics.regulatoryApproval,
    regulatoryIntrinsic: tactics.regulatoryIntrinsicNegation,
    testimonial: tactics.testimonial,
    testimonialStandalone: tactics.testimonialStandalone,
    outcome: tactics.outcomes,
    numeric: tactics.numericPromise,
    numericComparison: tactics.numericComparisons,
    camouflage: tactics.camouflage,
    condition: grammar.conditions,
    openQuestion: grammar.openQuestions,
    deontic: grammar.deontic,
    assertiveGovernor: grammar.assertiveGovernors,
    openGovernor: grammar.openGovernors,
    raising: raisingPredicates,
    mechanismObject: mechanismObjects,
    harmObject: harmObjects,
  },
  grammar: {
    be: grammar.beForms,
    auxiliaries: grammar.auxiliaries,
    nonSubjects: grammar.nonSubjects,
    nounCues: grammar.nounCues,
    verbCues: grammar.verbCues,
    clauseOpeners: grammar.clauseOpeners,
    weakClauseOpeners: grammar.weakClauseOpeners,
    contrasts: grammar.contrasts,
    subordinators: grammar.subordinators,
    subordinateEnds: ['then'],
    humans: ['human', 'humans', 'people', 'patients'],
    clauseSubjects: grammar.clauseSubjects,
    conjunctions: ['and', 'or', 'nor'],
    productNouns: grammar.productNouns,
    productSuffixes: grammar.productSuffixes,
    sellers: grammar.sellers,
    firstPerson: grammar.firstPersonSingular,
    acknowledgments: grammar.acknowledgments,
    reader: ['you', 'your', "you'll", 'will'],
    infinitive: 'to',
    directiveFrames: ['tell', 'instruct'],
    sourceFrames: ['according to'],
    adjectiveCues: grammar.adjectiveCues,
    linkingVerbs: grammar.linkingVerbs,
    adjectiveEnds: grammar.adjectiveEnds,
    namingFrames: ['refer to as', 'dub'],
    meansNouns: ['way', 'ways', 'means', 'method', 'methods'],
    namingAdverbs: ['often', 'also', 'sometimes', 'commonly', 'now', 'still', 'usually'],
    sellerVoice: ['we', 'our', 'ours'],
    distancingFrames: ['claim', 'purport', 'allege'],
    mentionMarkers: ['for', 'of', 'toward', 'towards', 'without', 'into'],
    topicMarkers: grammar.topicMarkers,
    benefitNouns: grammar.benefitNouns,
    topicGivers: grammar.topicGivers,
    attentionNouns: grammar.attentionNouns,
    countNouns: grammar.countNouns,
    enablers: grammar.enablers,
    conditionLeads: ['for'],
    ranks: ['first', 'only', 'last', 'second', 'one'],
    approachNouns: ['approach', 'approaches', 'avenue', 'avenues', 'guide', 'guides', 'introduction', 'contribution', 'contributions'],
    approvalWords: grammar.approvalWords,
    denialWords: ['not', 'never'],
    relativeOpeners: ['which'],
    kindNouns: grammar.kindNouns,
    studiedHeads: ['efficacy', 'effectiveness', 'safety', 'evaluation', 'assessment', 'investigation', 'report', 'reports', 'analysis'],
    labWords: grammar.labWords,
    lowering: grammar.lowering,
    benefitProcesses: grammar.benefitProcesses,
    timeAdverbs: ['permanently', 'instantly', 'forever', 'immediately', 'overnight'],
    causeMarkers: ['due to', 'because of', 'owing to', 'caused by'],
    adjuncts: ['in', 'at', 'during', 'after', 'before', 'when', 'within', 'until', 'once', 'as'],
    statusWords: grammar.statusWords,
    apartWords: grammar.apartWords,
    apartLinks: ['from'],
    literatureNouns: ['study', 'studies', 'trial', 'trials', 'review', 'reviews', 'paper', 'papers', 'article', 'articles', 'publication', 'publications', 'analysis', 'analyses', 'report', 'reports'],
    priceWords: ['$', '€', '£', 'cost', 'costs', 'costing', 'price', 'prices', 'priced', 'pricing', 'fee', 'fees', 'dollars', 'usd', 'eur', 'gbp'],
  },
}

export { closingQuotes, openingQuotes }
