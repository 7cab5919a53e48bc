import type { Root } from 'nlcst'
import type { Inflection } from './lexicon.js'
import type { LanguageMorphology } from './morphology.js'
import type { TokenRules } from './tokens.js'

/**
 * The word lists a language gives the analysis, by category. Every list is data (see the
 * language's `lexicon/` folder); the analysis reads only these categories, so a language is
 * added by filling them in.
 */
export interface LanguageLists {
  /** Benefit predicates, by lemma ("cure", "repair"). */
  predicate: readonly string[]
  /** Predicates a modal hedge does not soften ("reverse", "eliminate"). */
  strong: readonly string[]
  /** Predicates whose assertion is a cure claim at any grade ("cure"). */
  cureClaim: readonly string[]
  /** Nouns that name a cure ("remedy"). */
  cureNoun: readonly string[]
  /** Adjectives of efficacy ("effective"). */
  efficacy: readonly string[]
  /** Benefit nouns and adjectives, read only in a sentence that names a treatment ("advantages"). */
  benefitTerm: readonly string[]
  /** Objects that make a care verb describe care of people ("patients"). */
  personObject: readonly string[]
  /** Side effects of a procedure ("redness", "swelling"): a predicate said of one as its subject tells how it passes ("the redness fades"). */
  sideEffect?: readonly string[]
  /** Who gives care ("doctors", "dermatologists"): a care verb with one as its subject describes care ("doctors treat arthritis with ..."). */
  caregiver?: readonly string[]
  /** Verbs that promise a benefit only with a treatment as subject ("the therapy offers"). */
  productVerb: readonly string[]
  /** Verbs of care ("treat"): with a person as object they promise nothing. */
  careVerb: readonly string[]
  /** Negators ("not", "no", "without"). */
  negator: readonly string[]
  /** Phrases that start with a negator and negate nothing ("not only"). */
  nonNegating: readonly string[]
  /** Verbs a negation turns against the clause's subject ("does not mean"). */
  evaluative: readonly string[]
  /** Adjectives that deny or distance a claim ("unproven", "false"). */
  denying: readonly string[]
  /** Reporting frames ("claim that", "marketed as", "according to"). */
  frame: readonly string[]
  /** Sources whose reports are testimonials or the page's own voice ("patients", "we"). */
  testimonialSource: readonly string[]
  /** Evidential verbs ("show", "prove"). */
  evidential: readonly string[]
  /** Research nouns ("study", "review"). */
  researchNoun: readonly string[]
  /** Verbs reporting a finding ("find", "observe"). */
  finding: readonly string[]
  /** Modal hedges ("may", "suggest"). */
  modal: readonly string[]
  /** Research frames ("in animal studies", "is being studied"). */
  research: readonly string[]
  /** Limitation statements ("more research is needed"). */
  limitation: readonly string[]
  /**
   * Who a statement is about, as a clinical result is stated ("in people with hair loss",
   * "in some cases"): a `clinical` claim states a benefit plainly only with one.
   */
  scope?: readonly string[]
  /** Certainty and authority phrases. */
  certainty: readonly string[]
  /** Of `certainty`, those that count only with a benefit in their sentence. */
  certaintyContextual: readonly string[]
  /** Hype phrases. */
  hype: readonly string[]
  /** Absolute safety phrases. */
  safety: readonly string[]
  /** Of `safety`, those a hedge softens and that need a copula ("is safe"). */
  safetySoft: readonly string[]
  /** Regulatory misdirection phrases. */
  regulatory: readonly string[]
  /** Of `regulatory`, those that count only as a selling point of the product. */
  regulatoryContextual: readonly string[]
  /** Of `regulatory`, the approval claims (excused by a duty: "must be approved"). */
  regulatoryApproval: readonly string[]
  /** Of `regulatory`, those that carry their own negation. */
  regulatoryIntrinsic: readonly string[]
  /** Testimonial and head-count phrases. */
  testimonial: readonly string[]
  /** Of `testimonial`, those that are testimonials by themselves (no outcome needed). */
  testimonialStandalone: readonly string[]
  /** Outcome words ("results", "relief"). */
  outcome: readonly string[]
  /** Numeric and time promises. */
  numeric: readonly string[]
  /** Of `numeric`, those a study report excuses and that need a benefit in the sentence. */
  numericComparison: readonly string[]
  /** Disclaimers that do not undo a promise ("results may vary"). */
  camouflage: readonly string[]
  /** Words opening a condition up to the next comma ("if", "unless"). */
  condition: readonly string[]
  /** Words opening an open question up to the end of the clause ("whether", "ask"). */
  openQuestion: readonly string[]
  /** Deontic words ("must", "required"). */
  deontic: readonly string[]
  /** Words before the infinitive marker that assert the infinitive ("used to treat"). */
  assertiveGovernor: readonly string[]
  /** Words before the infinitive marker that leave it unasserted ("meant to treat", "how to"). */
  openGovernor: readonly string[]
  /** Of `predicate`, the verbs that raise what follows ("promote", "increase"): with a `mechanismObject` or a `harmObject` as object they promise no benefit. */
  raising?: readonly string[]
  /** Word forms of processes of the cell ("signaling", "communication"): raised, they describe a mechanism ("activates signaling pathways"). */
  mechanismObject?: readonly string[]
  /** Word forms of harms ("inflammation", "fibrosis"): raised, they are no benefit ("promotes inflammation"). */
  harmObject?: readonly string[]
}

/** Single words the analysis reads structure from. */
export interface LanguageGrammar {
  /** Forms of the copula. */
  be: readonly string[]
  /** Auxiliaries, modals and adverbs skipped between a subject and its verb. */
  auxiliaries: readonly string[]
  /** Words that are never the subject of a verb. */
  nonSubjects: readonly string[]
  /** Words after which a bare form reads as a noun ("a cure", "tissue repair"). */
  nounCues: readonly string[]
  /** Words after which a bare form reads as a verb ("they repair", "to repair"). */
  verbCues: readonly string[]
  /** Words that open a clause anywhere ("but", "although"). */
  clauseOpeners: readonly string[]
  /** Words that open a clause only after a comma ("so", "which"). */
  weakClauseOpeners: readonly string[]
  /** Contrasts: an attribution stops at them. */
  contrasts: readonly string[]
  /**
   * Subordinators: a clause that opens with one ("while", "since", "if") ends at its first
   * comma (or at one of `subordinateEnds`), so its scopes stay out of the main clause.
   */
  subordinators?: readonly string[]
  /** Words that end a subordinate clause without a comma ("if ... then ..."). */
  subordinateEnds?: readonly string[]
  /** Words for people as research subjects ("humans"), besides the person objects of the lists. */
  humans?: readonly string[]
  /** Subjects that start a new clause after a comma and a conjunction. */
  clauseSubjects: readonly string[]
  /** Coordinating conjunctions ("and", "or"). */
  conjunctions: readonly string[]
  /** Nouns naming a treatment or product ("therapy", "it"). */
  productNouns: readonly string[]
  /** Endings that make any word a treatment noun ("prolotherapy"); none by default. */
  productSuffixes?: readonly string[]
  /** Nouns naming who sells or promotes a treatment ("clinic", "website"): what they say is reported. */
  sellers: readonly string[]
  /** First person singular words ("I", "my"). */
  firstPerson: readonly string[]
  /** Verbs with which a first person acknowledges terms ("I understand that ..."): no testimonial. */
  acknowledgments?: readonly string[]
  /** Words that address the reader or promise a future ("you", "your", "will"). */
  reader: readonly string[]
  /** The infinitive marker ("to"); empty when the language has none. */
  infinitive: string
  /** Reporting verbs that give an order when an infinitive follows ("tell the cells to repair"): then they report nothing. */
  directiveFrames?: readonly string[]
  /** Reporting frames that name a source ("according to"): with research as the source they report evidence, not a claim. */
  sourceFrames?: readonly string[]
  /** The first person plural of a seller ("we", "our"): a regulatory word it says of itself is a selling point. */
  sellerVoice?: readonly string[]
  /**
   * Word forms after which a reporting verb's present participle is an adjective ("a very
   * promising therapy"): determiners and degree words. Then it reports nobody's words.
   */
  adjectiveCues?: readonly string[]
  /** Linking verbs ("is", "looks", "seems"): after one, such an "-ing" form is an adjective when an `adjectiveEnds` word or punctuation follows it. */
  linkingVerbs?: readonly string[]
  /** Words that end an adjective's phrase ("promising for", "promising, but"). */
  adjectiveEnds?: readonly string[]
  /**
   * Reporting frames that name a thing ("often referred to as", "dubbed"): after a comma they
   * open an aside that ends at the next comma, and attribute nothing beyond it.
   */
  namingFrames?: readonly string[]
  /** Nouns of means ("way", "means"): "a way of relieving pain" asserts the "-ing" form's benefit, it does not name it. */
  meansNouns?: readonly string[]
  /** Adverbs that can stand between the comma and a naming frame ("often", "also"). */
  namingAdverbs?: readonly string[]
  /** Reporting verbs that keep even a product subject at a distance ("products that claim to cure"). */
  distancingFrames?: readonly string[]
  /** Prepositions after which an efficacy adjective names a kind of thing ("the need for effective treatments"). */
  mentionMarkers?: readonly string[]
  /**
   * Prepositions that head a phrase naming a use, a field or a property ("PRP for hair
   * restoration", "progress in wound healing", "the measurement of their efficacy"): a
   * `benefitNoun` heading one names the benefit, it does not assert it.
   */
  topicMarkers?: readonly string[]
  /** Benefit nouns, as word forms ("healing", "restoration"): of `benefitTerm`, those that can head a `topicMarkers` phrase. */
  benefitNouns?: readonly string[]
  /** Words before a `topicMarkers` preposition that give what the phrase names ("results in faster healing", "aids in recovery"): then it is asserted. */
  topicGivers?: readonly string[]
  /**
   * Nouns of attention or count that a raising participle right before them describes
   * ("increasing interest", "growing numbers of studies"): a field growing, not a benefit. A
   * count noun (`countNouns`) counts only before "of" and a research noun.
   */
  attentionNouns?: readonly string[]
  /** Of `attentionNouns`, the nouns of count ("number", "amount"). */
  countNouns?: readonly string[]
  /**
   * Word forms of verbs that give someone the means to act ("enables practitioners to
   * address"): a seller after one is the object, and what it does is the giver's claim.
   */
  enablers?: readonly string[]
  /** Words that open a condition an infinitive completes ("for these therapies to be approved, ..."). */
  conditionLeads?: readonly string[]
  /** Word forms that rank what follows ("the first to be approved", "the only one"). */
  ranks?: readonly string[]
  /** Nouns of approach after which "to" heads a phrase naming a field ("an approach to hair restoration"). */
  approachNouns?: readonly string[]
  /**
   * Word forms of approval ("approved", "approval", "cleared"): denied after a `denialWords` word
   * ("does not mean FDA approval") or set apart ("different from ... being approved"), they
   * make the sentence a statement of regulatory status (see `apartWords`).
   */
  approvalWords?: readonly string[]
  /** Negators that deny an approval word a few words after them ("not"). */
  denialWords?: readonly string[]
  /** Words of regulatory status ("registered", "approved"): a regulatory phrase holding one is excused in a sentence that denies approval; a misstatement ("outside the FDA's scope") is not. */
  statusWords?: readonly string[]
  /** Words that set one thing apart from another with `apartLink` ("different from", "distinct from"). */
  apartWords?: readonly string[]
  /** Words after an `apartWords` word ("from"). */
  apartLinks?: readonly string[]
  /** Relative pronouns that, after a comma, open a clause saying more of the one before ("which"): a modal hedge of that clause covers it. */
  relativeOpeners?: readonly string[]
  /** Nouns of molecules and cell types that a one-word benefit term before them classifies ("anti-inflammatory cytokines"): a kind named, no benefit. */
  kindNouns?: readonly string[]
  /**
   * Heads of a phrase of research or efficacy ("the efficacy of", "a report on"): an infinitive
   * in such a phrase ("the efficacy of X to treat Y") is what is studied, not asserted. Research
   * nouns (`researchNoun`) count too.
   */
  studiedHeads?: readonly string[]
  /**
   * Word forms of animals, cells and the lab ("mice", "cells", "vitro"): a number in a sentence
   * placed in such research by a research frame is a finding, not a promise, and care given to
   * one ("mice treated with EVs") describes an experiment.
   */
  labWords?: readonly string[]
  /** Of `predicate`, the lemmas that lower what they act on ("slow", "stop", "reduce"): said of a `benefitProcesses` word they tell of a loss. */
  lowering?: readonly string[]
  /** Word forms of processes of healing or growth ("repair", "growth"): lowered, they are a loss, not a benefit ("slowed tissue repair"). */
  benefitProcesses?: readonly string[]
  /** Two-word markers of a cause ("due to", "because of"): a lowering participle after one names a cause ("due to reduced blood flow"). */
  causeMarkers?: readonly string[]
  /** Prepositions that open an adjunct, not an object, after a verb ("stops in the catagen phase"). */
  adjuncts?: readonly string[]
  /** Of `numeric`, the adverbs of lasting or speed ("permanently", "instantly"): in a sentence whose benefits are all reported or denied, with no outcome asserted, they promise nothing. */
  timeAdverbs?: readonly string[]
  /** Word forms of publications of research ("studies", "trials"): a number that is a share of them ("62% of studies") counts the literature and promises nothing. */
  literatureNouns?: readonly string[]
  /** Words of price ("$", "cost"): a number in a sentence about a price is not a promise. */
  priceWords?: readonly string[]
  /** First words of frames that, after a comma, report what came before them too ("..., según la clínica"). */
  backwardFrames?: readonly string[]
}

/** A language the statement analysis supports. */
export interface LanguageDefinition {
  /** BCP 47 primary language subtag, e.g. `en`. */
  code: string
  /** English name, for messages. */
  name: string
  /** Parse plain text into nlcst (`parse-english`, `parse-latin`, ...). */
  parse: (text: string) => Root
  tokens: TokenRules
  inflection: Inflection
  lists: LanguageLists
  grammar: LanguageGrammar
  /** What the analysis reads from word forms (adverbs, participles, past forms); English rules where left out. */
  morphology?: LanguageMorphology
}
