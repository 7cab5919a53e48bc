/**
 * Reporting frames: what follows them in the sentence is someone else's claim, reported
 * (often to warn) rather than asserted. Verbs are lemmas (inflections generated).
 */
export const reportingFrames: readonly string[] = [
  'claim',
  'allege',
  'tout',
  'advertise',
  'purport',
  'boast',
  'assert',
  'insist',
  'promise',
  'pledge',
  'pitch',
  'say',
  '=states',
  '=stated',
  '=stating',
  'state that',
  'tell',
  'write',
  'announce',
  'maintain',
  'argue',
  'contend',
  'proclaim',
  'trumpet',
  'hype',
  '=marketed',
  '=marketing',
  '=sold as',
  '=sold for',
  '=sold to',
  '=labeled as',
  '=labelled as',
  '=billed as',
  '=branded as',
  '=pitched as',
  '=offered as',
  'describe as',
  'present as',
  'portray as',
  'promote as',
  'promote for',
  'promote to',
  'characterize as',
  'refer to as',
  'dub',
  'so-called',
  'alleged',
  'allegedly',
  'purported',
  'purportedly',
  'supposed',
  'supposedly',
  'reportedly',
  'ostensibly',
  'according to',
  'in the words of',
  'would have you believe',
  'want you to believe',
  'be said to',
  'be claimed to',
  'be touted as',
  'be marketed as',
  'advertising',
  'advertisement',
  'ad',
  'promotion',
  'promotional',
  'allegation',
  'assertion',
  'statement',
  'testimonial',
  'slogan',
  'rhetoric',
  'language like',
  'language such as',
  'word like',
  'words such as',
  'phrase like',
  'phrases such as',
  'term like',
  'terms such as',
  'beware',
  'be wary',
  'watch out for',
  'warn',
  'warning',
  'red flag',
]

/**
 * Sources whose reported words are testimonials, not a warning: "patients say it works"
 * is a testimonial (see `tactics.ts`), not an attribution that excuses the claim.
 */
export const testimonialSources: readonly string[] = ['patient', 'client', 'customer', 'user', 'i', 'we', 'our', 'my']

/**
 * Evidential verbs that present their complement as established when research is their
 * subject ("studies show that ...", "research proves"): certainty, unless negated.
 */
export const evidentialVerbs: readonly string[] = ['show', 'prove', 'demonstrate', 'confirm', 'establish', 'verify', 'validate']

/** Nouns of research: a subject of an evidential verb, or the context of a study report. */
export const researchNouns: readonly string[] = [
  'study',
  'trial',
  'review',
  'research',
  'researcher',
  'scientist',
  'investigator',
  'experiment',
  'analysis',
  'meta-analysis',
  'evidence',
  'data',
  'science',
  'report',
  'paper',
  'survey',
  'literature',
  'finding',
  'result',
  'author',
  'expert',
  'doctor',
  'physician',
  'animal',
  'mouse',
  'rat',
  'rodent',
  'pig',
  'participant',
  'volunteer',
  'it',
  'they',
]

/** Verbs that report a finding of a study (past reports need no hedge). */
export const findingVerbs: readonly string[] = ['find', 'report', 'observe', 'see', 'note', 'record', 'measure', 'count', 'detect', 'look at', 'compare', 'end up']

/** Quotation marks that open a quotation. */
export const openingQuotes: readonly string[] = ['"', '\u201C', '\u2018', '\u00AB', '\u201E', "'"]

/** Quotation marks that close a quotation. */
export const closingQuotes: readonly string[] = ['"', '\u201D', '\u2019', '\u00BB', '\u201C', "'"]
