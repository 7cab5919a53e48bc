/**
 * What the sentence analysis reads from word forms rather than from word lists: adverbs,
 * participles, past forms, infinitives. A language supplies what differs from English; each
 * default below is the English rule.
 */

/** How a language marks the word forms the analysis reads structure from. Every member is optional. */
export interface LanguageMorphology {
  /** An adverb, skipped between a subject and its verb (English: `-ly`). */
  adverb?: (word: string) => boolean
  /** A participle opening a reporting frame ("marketed as", "sold as"): the frame is passive. */
  participle?: (word: string) => boolean
  /** A present participle ("increasing", "growing"): before a noun of attention it describes the field. */
  presentParticiple?: (word: string) => boolean
  /**
   * A simple past or past participle of a verb ("found", "reduced"), given the first word of
   * its lemma: with research named, a report of what a study found.
   */
  past?: (word: string, lemma: string) => boolean
  /**
   * Whether a one-word benefit predicate reads as a noun or an adjective after the word before
   * it ("a cure", "los cerdos tratados"); `undefined` leaves it to the language's noun and
   * verb cues.
   */
  nounAt?: (word: string, previous: string) => boolean | undefined
  /** An infinitive written as one word ("curar", "rejuvenecerla"), for a language with no infinitive marker. */
  infinitive?: (word: string) => boolean
  /** Forms of the perfect auxiliary: a finding in the perfect ("have seen") is not a past report. */
  perfect?: readonly string[]
  /** Past forms of the copula: with research named, they make a sentence a report ("was smaller"). */
  pastCopula?: readonly string[]
  /** Words that restrict an approval claim to a few products ("the only products that are FDA-approved"). */
  restrictive?: readonly string[]
  /** Words between an infinitive and the word that governs it ("objetivo de curar", "busca para"). */
  infinitiveLinks?: readonly string[]
  /** Adjectives follow their noun ("un procedimiento seguro"): a treatment noun before an adjective is what it is said of. */
  postnominal?: boolean
  /**
   * Negative words of a language with negative concord ("ningún", "ni", "nada"): a phrase
   * that opens with one carries its own negation, which a "no" before it only repeats
   * ("no hay ningún riesgo" promises no risk).
   */
  concord?: readonly string[]
  /** Words before a reporting verb that make it passive besides the copula ("se vende como"). */
  passiveMarkers?: readonly string[]
  /** Negators that head a phrase ending at the next comma ("sin cirugía, ..."). */
  commaScoped?: readonly string[]
  /**
   * Whether a reporting verb is the page's own voice: in the first person ("te explicamos
   * que"), or an infinitive after an impersonal phrase ("cabe destacar que"). `before(1)` is
   * the word before it.
   */
  ownVoice?: (word: string, before: (offset: number) => string) => boolean
  /**
   * Whether a benefit predicate's form, or the words before it, leave it unasserted: a
   * subjunctive outside a causative ("fórmulas que activen" against "hace que crezca").
   * `before(1)` is the word before the predicate.
   */
  unasserted?: (word: string, lemma: string, before: (offset: number) => string) => boolean
  /**
   * Whether a verb form after a reporting verb's "que" makes the verb give an order rather
   * than report ("les indica que produzcan colágeno": a subjunctive), by the form and its lemmas.
   */
  directive?: (word: string, lemmas: readonly string[]) => boolean
  /**
   * A sentence need not name its subject ("Aportan propiedades antiinflamatorias"): benefit
   * terms are read in every sentence, not only in one that names a treatment.
   */
  impliedSubject?: boolean
  /**
   * Participles that name a class when they follow a noun ("exosomes used to treat diseases
   * are regulated"): the infinitive after them is open unless a copula stands before them
   * ("are used to treat").
   */
  classGovernors?: readonly string[]
}

/** A language's morphology with every member filled in. */
export interface ResolvedMorphology {
  adverb: (word: string) => boolean
  participle: (word: string) => boolean
  presentParticiple: (word: string) => boolean
  past: (word: string, lemma: string) => boolean
  nounAt: (word: string, previous: string) => boolean | undefined
  infinitive: (word: string) => boolean
  perfect: ReadonlySet<string>
  pastCopula: ReadonlySet<string>
  restrictive: ReadonlySet<string>
  infinitiveLinks: ReadonlySet<string>
  postnominal: boolean
  concord: ReadonlySet<string>
  passiveMarkers: ReadonlySet<string>
  commaScoped: ReadonlySet<string>
  ownVoice: (word: string, before: (offset: number) => string) => boolean
  unasserted: (word: string, lemma: string, before: (offset: number) => string) => boolean
  directive: (word: string, lemmas: readonly string[]) => boolean
  impliedSubject: boolean
  classGovernors: ReadonlySet<string>
}

const englishParticiples = new Set(['sold', 'said', 'told', 'written'])

/** The English rules, used for any member a language leaves out. */
export const englishMorphology: ResolvedMorphology = {
  adverb: (word) => word.endsWith('ly'),
  participle: (word) => word.endsWith('ed') || englishParticiples.has(word),
  presentParticiple: (word) => word.endsWith('ing'),
  past: (word, lemma) => !word.endsWith('s') && !word.endsWith('ing') && word !== lemma,
  nounAt: () => undefined,
  infinitive: () => false,
  perfect: new Set(['have', 'has', 'had', "'ve"]),
  pastCopula: new Set(['was', 'were']),
  restrictive: new Set(['only']),
  infinitiveLinks: new Set(),
  postnominal: false,
  concord: new Set(),
  passiveMarkers: new Set(),
  commaScoped: new Set(),
  ownVoice: () => false,
  unasserted: () => false,
  directive: () => false,
  impliedSubject: false,
  classGovernors: new Set(['used']),
}

/**
 * A language's morphology, English rules where it says nothing.
 *
 * @param morphology What the language supplies.
 * @returns Every member filled in.
 */
export function resolveMorphology(morphology: LanguageMorphology = {}): ResolvedMorphology {
  const set = (list: readonly string[] | undefined, fallback: ReadonlySet<string>): ReadonlySet<string> => (list === undefined ? fallback : new Set(list))
  return {
    adverb: morphology.adverb ?? englishMorphology.adverb,
    participle: morphology.participle ?? englishMorphology.participle,
    presentParticiple: morphology.presentParticiple ?? englishMorphology.presentParticiple,
    past: morphology.past ?? englishMorphology.past,
    nounAt: morphology.nounAt ?? englishMorphology.nounAt,
    infinitive: morphology.infinitive ?? englishMorphology.infinitive,
    perfect: set(morphology.perfect, englishMorphology.perfect),
    pastCopula: set(morphology.pastCopula, englishMorphology.pastCopula),
    restrictive: set(morphology.restrictive, englishMorphology.restrictive),
    infinitiveLinks: set(morphology.infinitiveLinks, englishMorphology.infinitiveLinks),
    postnominal: morphology.postnominal ?? englishMorphology.postnominal,
    concord: set(morphology.concord, englishMorphology.concord),
    passiveMarkers: set(morphology.passiveMarkers, englishMorphology.passiveMarkers),
    commaScoped: set(morphology.commaScoped, englishMorphology.commaScoped),
    ownVoice: morphology.ownVoice ?? englishMorphology.ownVoice,
    unasserted: morphology.unasserted ?? englishMorphology.unasserted,
    directive: morphology.directive ?? englishMorphology.directive,
    impliedSubject: morphology.impliedSubject ?? englishMorphology.impliedSubject,
    classGovernors: set(morphology.classGovernors, englishMorphology.classGovernors),
  }
}
