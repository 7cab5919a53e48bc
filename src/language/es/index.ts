import type { Paragraph, Sentence } from 'nlcst'
import { toString } from 'nlcst-to-string'
import { ParseLatin } from 'parse-latin'
import type { LanguageDefinition, LanguageGrammar, LanguageLists } from '../language.js'
import { conjugate, fold, isPast, isSubjunctive, spanishForms } from './inflect.js'
import { evidentialVerbs, findingVerbs, reportingFrames, researchNouns, testimonialSources } from './lexicon/attribution.js'
import * as grammar from './lexicon/grammar.js'
import { hedgingVerbs, limitations, modalHedges, researchFrames, scopes } from './lexicon/hedges.js'
import { denyingAdjectives, evaluativeVerbs, negators, nonNegating } from './lexicon/negation.js'
import {
  benefitNouns,
  benefitPredicates,
  benefitTerms,
  caregivers,
  careVerbs,
  cureClaimPredicates,
  cureNouns,
  efficacyAdjectives,
  personObjects,
  processNouns,
  processVerbs,
  productVerbs,
  sideEffects,
  strongPredicates,
} from './lexicon/predicates.js'
import * as tactics from './lexicon/tactics.js'

// Abbreviations after which a period does not end a sentence ("Dr.", "EE. UU.", "p. ej.").
const abbreviations = new Set(['dr', 'dra', 'drs', 'dras', 'sr', 'sra', 'sres', 'srta', 'ud', 'uds', 'vd', 'vds', 'lic', 'ing', 'prof', 'profa', 'pág', 'págs', 'núm', 'vol', 'cap', 'art', 'fig', 'ee', 'p', 'pp', 'ej', 'aprox', 'av', 'avda', 'tel', 'máx', 'mín', 'cía', 'dpto', 'depto', 'admón', 'gral', 'sto', 'sta'])

/**
 * Merge a sentence into the next when it ends in an abbreviation or an initial ("Dr.",
 * "EE.", "M."): `parse-latin` ends a sentence at every period before a capital letter.
 * Each merge moves the next sentence's nodes once, so a paragraph is merged in linear time.
 */
function mergeAbbreviations(paragraph: Paragraph): undefined {
  const children = paragraph.children
  let index = 0
  while (index < children.length) {
    const sentence = children[index]
    const next = children[index + 1]
    if (sentence?.type !== 'SentenceNode' || next?.type !== 'SentenceNode') {
      index++
      continue
    }
    const nodes = (sentence as Sentence).children
    const period = nodes.at(-1)
    const word = nodes.at(-2)
    const value = word?.type === 'WordNode' ? toString(word) : ''
    const abbreviation = period?.type === 'PunctuationNode' && period.value === '.' && word?.type === 'WordNode' && (abbreviations.has(value.toLowerCase()) || /^\p{Lu}$/u.test(value))
    if (!abbreviation) {
      index++
      continue
    }
    word.children.push(period)
    nodes.pop()
    if (period.position !== undefined && word.position !== undefined) word.position.end = period.position.end
    for (const node of (next as Sentence).children) nodes.push(node)
    if (next.position !== undefined && sentence.position !== undefined) sentence.position.end = next.position.end
    children.splice(index + 1, 1)
  }
  return undefined
}

/** `parse-latin` with Spanish abbreviations. */
class ParseSpanish extends ParseLatin {}
ParseSpanish.prototype.tokenizeParagraphPlugins = [mergeAbbreviations, ...ParseLatin.prototype.tokenizeParagraphPlugins]

const parser = new ParseSpanish()

/** A phrase of a list as the analysis compares it: lower case, folded word by word. */
const foldPhrase = (phrase: string): string =>
  phrase
    .toLowerCase()
    .split(/(\s+)/)
    .map((part) => (part.startsWith('=') ? `=${fold(part.slice(1))}` : fold(part)))
    .join('')
const foldAll = (list: readonly string[]): string[] => [...new Set(list.map(foldPhrase))]

// The conditional of a predicate or of a hedging verb hedges its clause ("reduciría", "ayudaría").
// "Fuera" is also the adverb "outside" ("desde fuera"), so the past subjunctive of "ser" in -ra is left out.
const notConditional = new Set(['fuera', 'fueras', 'fueran'])
const conditionals = [...benefitPredicates.map((lemma) => lemma.split(' ')[0] ?? ''), ...hedgingVerbs]
  .flatMap((lemma) => conjugate(fold(lemma))?.conditional ?? [])
  .filter((form) => !notConditional.has(form))
  .map((form) => `=${form}`)

const numberWords = [
  'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez', 'once', 'doce', 'quince', 'veinte', 'treinta', 'cuarenta', 'cincuenta',
  'sesenta', 'cien', 'ciento', 'cientos', 'mil', 'primer', 'primera', 'primero', 'segundo', 'segunda', 'tercer', 'tercero', 'tercera', 'cuarto',
  'cuarta', 'quinto', 'quinta', 'sexto', 'sexta', 'séptimo', 'octavo', 'noveno', 'décimo',
]

const determiners = new Set(foldAll(grammar.nounCues))
// Forms the lists name as nouns (cure nouns, one-word benefit terms, outcomes), in every gender and number.
const nouns = new Set(
  [...cureNouns, ...benefitTerms, ...tactics.outcomes]
    .map(foldPhrase)
    .filter((phrase) => /^=?\p{L}+$/u.test(phrase) && conjugate(phrase) === undefined)
    .flatMap((phrase) => (phrase.startsWith('=') ? [phrase.slice(1)] : (spanishForms(phrase) ?? [phrase]))),
)
const prepositions = new Set(foldAll(grammar.prepositions))
const headNouns = new Set(benefitNouns.flatMap((noun) => spanishForms(fold(noun)) ?? [fold(noun)]))
const headPunctuation = new Set(['', ':', '-', '–', '—', '•', '¡'])
const participleHosts = new Set(foldAll([...grammar.beForms, ...grammar.haberForms, 'queda', 'quedan', 'quedó', 'quedaron', 'quedará', 'resulta', 'resultan', 'resultó']))
const participlePattern = /(?:ad|id)(?:o|a|os|as)$/
const irregularParticiples = /(?:cho|cha|chos|chas|sto|sta|stos|stas|rto|rta|rtos|rtas|lto|lta|ltos|ltas|ito|ita|itos|itas)$/
const infinitivePattern = /(?:ar|er|ir)(?:me|te|se|lo|la|le|nos|los|las|les)?(?:lo|la|los|las|le|les)?$/
const gerundPattern = /(?:ando|iendo|yendo)(?:me|te|se|lo|la|le|nos|los|las|les)?$/
const adverb = (word: string): boolean => word.length > 6 && word.endsWith('mente')
const participle = (word: string): boolean => participlePattern.test(word) || irregularParticiples.test(word)

/**
 * A predicate's form after the word before it: a participle is verbal only after "haber",
 * "ser", "estar", "quedar" or an adverb ("han sido tratados", "queda rejuvenecida"), an
 * adjective after a noun ("los cerdos tratados"); an infinitive or a gerund is a verb
 * ("para reparar"); any other form is a noun after a determiner or a preposition ("la cura",
 * "sin mejora") and a verb elsewhere. Object pronouns that look like articles agree in
 * number with a noun: "las mejoras" is a noun, "los trata" a verb.
 */
function nounAt(word: string, previous: string): boolean {
  // "Reducción de arrugas", "Beneficios: regeneración del tejido": a benefit noun promises only at the head.
  if (headNouns.has(word)) return !headPunctuation.has(previous)
  if (infinitivePattern.test(word) || gerundPattern.test(word)) return previous === 'el'
  if (participlePattern.test(word)) return !participleHosts.has(previous) && !adverb(previous)
  if (/^\d/.test(previous)) return true
  if (previous === 'lo' || previous === 'le' || previous === 'les' || previous === 'se' || previous === 'me' || previous === 'te' || previous === 'nos') return false
  // "la", "los", "las" are articles or object pronouns: before a word the lists know as a noun
  // ("la cura", "las mejoras") an article, before any other form a pronoun ("la rejuvenece").
  if (previous === 'la' || previous === 'los' || previous === 'las') return nouns.has(word)
  return determiners.has(previous) || prepositions.has(previous)
}

// Every form of the verbs that make a subjunctive after "que" a result ("hace que crezca").
const causatives = new Set(grammar.causatives.flatMap((word) => conjugate(fold(word))?.all ?? [fold(word)]))
const openingPunctuation = new Set(['', '¡', '¿', ':', '-', '–', '—', '"', '“', '«', '(', ';'])

/**
 * A present subjunctive is not asserted ("busca fórmulas que activen la regeneración",
 * "cuando se regeneren"), unless a causative governs it ("hace que el cabello crezca",
 * "para que la piel se regenere") or it opens its sentence as a formal command
 * ("Rejuvenezca su piel").
 */
function unasserted(word: string, lemma: string, before: (offset: number) => string): boolean {
  if (!isSubjunctive(word, lemma)) return false
  if (openingPunctuation.has(before(1))) return false
  // "les indica que produzcan colágeno, que reduzcan la inflamación o que reparen daños": a
  // "que" after a comma or a conjunction coordinates with the "que" before it, and shares its governor.
  let offset = 1
  for (let words = 0; words < 16; words++, offset++) {
    const previous = before(offset)
    if (previous === '' || previous === '.' || previous === ';') break
    if (previous !== 'que') continue
    const governor = before(offset + 1)
    if (causatives.has(governor) || causatives.has(before(offset + 2))) return false
    // "les indica a las células que produzcan": the addressee ("a" and its noun) stands between.
    for (let back = offset + 3; back <= offset + 5; back++) {
      const word = before(back)
      if (word === '' || word === ',' || word === '.' || word === 'que') break
      if (causatives.has(word) && (before(back - 1) === 'a' || before(back - 1) === 'al')) return false
    }
    if (governor !== ',' && governor !== 'y' && governor !== 'o' && governor !== 'e' && governor !== 'u') return true
  }
  return true
}

const impersonal = new Set(foldAll(grammar.impersonal))

/** A reporting verb in the first person plural ("explicamos"), or an infinitive after an impersonal phrase ("es importante señalar"). */
function ownVoice(word: string, before: (offset: number) => string): boolean {
  if (word.length > 5 && /(?:amos|emos|imos)$/.test(word)) return true
  return /(?:ar|er|ir)$/.test(word) && (impersonal.has(before(1)) || impersonal.has(before(2)) || (before(1) === 'que' && before(2) === 'hay'))
}

/**
 * A reporting verb before "que" with its addressee between them ("aseguran a los pacientes
 * que ...", "le dijo al paciente que ..."): each frame written as a verb and "que" also
 * matches with "a" or "al" and a noun phrase of up to three words in between; one written
 * as a verb, one word and "como" ("vender * como") matches what it presents in up to five.
 */
function withAddressee(frames: readonly string[]): string[] {
  const out = [...frames]
  for (const frame of frames) {
    const words = frame.split(' ')
    // "ofrecen la terapia con células madre como ...": what is presented may be a longer noun phrase.
    if (words.length === 3 && words[1] === '*' && words[2] === 'como') {
      for (const gap of ['* *', '* * *', '* * * *', '* * * * *']) out.push(`${words[0] ?? ''} ${gap} como`)
      continue
    }
    if (words.length !== 2 || words[1] !== 'que' || !/(?:ar|er|ir|ír)$/.test(words[0] ?? '')) continue
    for (const preposition of ['a', 'al']) for (const gap of ['*', '* *', '* * *']) out.push(`${words[0] ?? ''} ${preposition} ${gap} que`)
  }
  return out
}

// "Modulan la regeneración", "desencadenan procesos de reparación": a verb that brings about a
// process, up to three words before the process.
const processPredicates = processVerbs.flatMap((verb) => processNouns.flatMap((noun) => [`${verb} * ${noun}`, `${verb} * * ${noun}`, `${verb} * * * ${noun}`]))

const lists: LanguageLists = {
  predicate: foldAll([...benefitPredicates, ...processPredicates, ...benefitNouns]),
  strong: foldAll(strongPredicates),
  cureClaim: foldAll(cureClaimPredicates),
  cureNoun: foldAll(cureNouns),
  efficacy: foldAll(efficacyAdjectives),
  benefitTerm: foldAll(benefitTerms),
  personObject: foldAll(personObjects),
  sideEffect: foldAll(sideEffects),
  caregiver: foldAll(caregivers),
  careVerb: foldAll(careVerbs),
  productVerb: foldAll(productVerbs),
  negator: foldAll(negators),
  nonNegating: foldAll(nonNegating),
  evaluative: foldAll(evaluativeVerbs),
  denying: foldAll(denyingAdjectives),
  frame: foldAll(withAddressee(reportingFrames)),
  testimonialSource: foldAll(testimonialSources),
  evidential: foldAll(evidentialVerbs),
  researchNoun: foldAll(researchNouns),
  finding: foldAll(findingVerbs),
  modal: foldAll([...modalHedges, ...conditionals]),
  research: foldAll(researchFrames),
  limitation: foldAll(limitations),
  scope: foldAll(scopes),
  certainty: foldAll(tactics.certainty),
  certaintyContextual: foldAll(tactics.certaintyContextual),
  hype: foldAll(tactics.hype),
  safety: foldAll(tactics.absoluteSafety),
  safetySoft: foldAll(tactics.softSafety),
  regulatory: foldAll(tactics.regulatoryMisdirection),
  regulatoryContextual: foldAll(tactics.regulatoryNeedsProduct),
  regulatoryApproval: foldAll(tactics.regulatoryApproval),
  regulatoryIntrinsic: foldAll(tactics.regulatoryIntrinsicNegation),
  testimonial: foldAll(tactics.testimonial),
  testimonialStandalone: foldAll(tactics.testimonialStandalone),
  outcome: foldAll(tactics.outcomes),
  numeric: foldAll(tactics.numericPromise),
  numericComparison: foldAll(tactics.numericComparisons),
  camouflage: foldAll(tactics.camouflage),
  condition: foldAll(grammar.conditions),
  openQuestion: foldAll(grammar.openQuestions),
  deontic: foldAll(grammar.deontic),
  assertiveGovernor: foldAll(grammar.assertiveGovernors),
  openGovernor: foldAll(grammar.openGovernors),
}

const grammarLists: LanguageGrammar = {
  be: foldAll(grammar.beForms),
  auxiliaries: foldAll(grammar.auxiliaries),
  nonSubjects: foldAll(grammar.nonSubjects),
  nounCues: foldAll(grammar.nounCues),
  verbCues: foldAll(grammar.verbCues),
  clauseOpeners: foldAll(grammar.clauseOpeners),
  weakClauseOpeners: foldAll(grammar.weakClauseOpeners),
  contrasts: foldAll(grammar.contrasts),
  clauseSubjects: foldAll(grammar.clauseSubjects),
  conjunctions: ['y', 'e', 'o', 'u', 'ni'],
  productNouns: foldAll(grammar.productNouns),
  sellers: foldAll(grammar.sellers),
  firstPerson: foldAll(grammar.firstPersonSingular),
  reader: foldAll(grammar.reader),
  infinitive: '',
  backwardFrames: foldAll(grammar.backwardFrames),
}

/**
 * Spanish (`es`, `es-MX`, `es-US` ...): `parse-latin` for sentences and words (with Spanish
 * abbreviations), a rule-based conjugation for verb forms, words compared without accents.
 */
export const spanish: LanguageDefinition = {
  code: 'es',
  name: 'Spanish',
  parse: (text) => parser.parse(text),
  tokens: {
    // "Curó" is "curo", "clínicamente" "clinicamente": accents as often left out as written.
    expand: (norm) => {
      const folded = fold(norm)
      return folded === norm ? undefined : [folded]
    },
    numberWords: new Set([...numberWords, ...foldAll(numberWords)]),
    rangeWords: new Set(['a', 'o', 'y']),
  },
  inflection: {
    forms: spanishForms,
    uninflected: new Set(foldAll(grammar.uninflected)),
  },
  lists,
  grammar: grammarLists,
  morphology: {
    adverb,
    participle,
    past: isPast,
    nounAt,
    infinitive: (word) => word.length > 3 && infinitivePattern.test(word),
    perfect: foldAll(grammar.haberForms),
    pastCopula: foldAll(grammar.pastCopula),
    restrictive: foldAll(grammar.restrictive),
    infinitiveLinks: foldAll(grammar.infinitiveLinks),
    postnominal: true,
    concord: foldAll(grammar.concord),
    passiveMarkers: ['se'],
    // "En lugar de aportar algo externo, ...": "en lugar de" and "en vez de" end at the comma too.
    commaScoped: ['sin', 'ni', 'en'],
    ownVoice,
    unasserted,
    // "Les indica que produzcan": a present subjunctive after a reporting verb's "que" is an order.
    directive: (word, lemmas) => lemmas.some((lemma) => isSubjunctive(word, lemma.split(' ')[0] ?? lemma)),
    impliedSubject: true,
    classGovernors: ['usado', 'usada', 'usados', 'usadas', 'utilizado', 'utilizada', 'utilizados', 'utilizadas', 'empleado', 'empleada', 'empleados', 'empleadas', 'destinado', 'destinada', 'destinados', 'destinadas'],
  },
}
