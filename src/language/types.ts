/**
 * The facts the statement analysis finds in each sentence, in terms that do not depend on
 * the language: wording rules read these, never words.
 */

/** The overclaim tactics, each reported under its own tag. */
export const tactics = [
  'unhedged-benefit',
  'cure-claim',
  'certainty',
  'hype',
  'absolute-safety',
  'numeric-promise',
  'regulatory-misdirection',
  'testimonial',
  'camouflage',
] as const

/** An overclaim tactic. */
export type Tactic = (typeof tactics)[number]

/** How a sentence holds a phrase: what would excuse it, if anything. */
export interface Standing {
  /** A negation governs it ("does not cure", "no study has shown that ..."). */
  negated: boolean
  /** Someone else's words: a reporting frame ("clinics claim that"), or quoted. */
  attributed: boolean
  /** Not asserted at all: a question, a condition ("whether", "if"), a purpose or a duty ("must be approved"). */
  open: boolean
  /** A report of what a study did or found, in the past ("in one study ... was 30% smaller"). */
  report: boolean
  /**
   * The strongest hedge that covers it: `research` (a research frame such as "in animal
   * studies", or a limitation), `modal` ("may", "could", "help"), or none.
   */
  hedge: 'research' | 'modal' | undefined
}

/** A span of a prose unit's text, 0-based, end exclusive. */
export interface TextSpan {
  start: number
  end: number
}

/** A benefit predicate ("cures", "repair", "is effective") and what it is said of. */
export interface BenefitFact extends TextSpan, Standing {
  /** The lemma of the lexicon that matched (`cure` for "cured"). */
  lemma: string
  /** The words as written. */
  found: string
  /**
   * `cure`: a cure claim at any grade; `strong`: a promise a modal hedge does not soften
   * (reverse, eliminate); `regular`: any other benefit.
   */
  strength: 'cure' | 'strong' | 'regular'
  /** The word before it that it is said of, if any ("exosomes"). */
  subject: string | undefined
  /** The words after it, up to the end of its phrase ("damaged cartilage"). */
  object: string | undefined
  /** The first hedge covering it, as written, if any. */
  hedgeFound: string | undefined
  /**
   * It follows a contrast after a denial of what the treatment does ("It does not regrow hair
   * on bald areas, but it can strengthen weak follicles"): the denial bounds it.
   */
  bounded: boolean
}

/** An overclaim phrase ("clinically proven", "FDA-registered", "up to 300%"). */
export interface TacticFact extends TextSpan, Standing {
  tactic: Exclude<Tactic, 'unhedged-benefit' | 'cure-claim'> | 'cure-claim'
  /** The lexicon phrase that matched. */
  phrase: string
  /** The words as written. */
  found: string
  /**
   * Whether the phrase counts only as a selling point of the product itself or with a
   * benefit in its sentence (`cGMP`, `well established`).
   */
  contextual: boolean
}

/** Everything the analysis found in one sentence. */
export interface SentenceFacts extends TextSpan {
  /** The sentence's text. */
  text: string
  /** It ends with a question mark. */
  question: boolean
  /** A benefit is asserted somewhere in it, or a treatment is named: context for contextual phrases. */
  benefitContext: boolean
  /** It states a limitation of the evidence (needs no further hedge). */
  limitation: boolean
  /** It says who the statement is about, as a clinical result is stated ("in people with hair loss", "in some cases"), or names the research ("trials show that ..."). */
  scoped: boolean
  /** A disclaimer that does not undo a promise ("results may vary"), as written. */
  camouflage: string | undefined
  benefits: BenefitFact[]
  tactics: TacticFact[]
}

/** Words and phrases a policy adds to (or removes from) the lexicon of a language. */
export interface LexiconExtension {
  /** More benefit predicates, as lemmas. */
  predicates?: readonly string[]
  /** More modal hedges ("may"-like: they soften their clause). */
  hedges?: readonly string[]
  /** More research frames ("in mice": they place the whole sentence in research). */
  frames?: readonly string[]
  /** More phrases per tactic. */
  phrases?: Partial<Record<Tactic, readonly string[]>>
  /** Lexicon phrases to ignore (compared in lower case), whatever their category. */
  allow?: readonly string[]
}
