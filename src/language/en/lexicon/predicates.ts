/**
 * Verbs of causing or helping that assert a benefit only with a benefit as their object
 * ("triggers hair growth", "fosters healing", "forms new cells"): alone they say nothing
 * ("triggers inflammation", "forms vesicles"). Combined with `causedBenefits` into benefit
 * predicates.
 */
export const causativeVerbs: readonly string[] = [
  'trigger',
  'foster',
  'encourage',
  'support',
  'induce',
  'initiate',
  'spark',
  'kickstart',
  'kick-start',
  'jumpstart',
  'jump-start',
  'reawaken',
  'awaken',
  'reignite',
  'ignite',
  'elicit',
  'generate',
  'form',
  'create',
  'build',
  'aid',
  'assist',
  'lead to',
  'result in',
  'bring about',
  'give rise to',
  'contribute to',
  'aid in',
  'assist in',
  'help in',
]

/**
 * What a verb of causing brings about when it asserts a benefit. A `*` stands for one word
 * before the noun ("new", "healthy", "natural", "tissue"); nouns that can also name harm
 * ("growth" of a tumour, "proliferation" of cancer cells) take no free word before them.
 */
export const causedBenefits: readonly string[] = [
  'hair growth',
  'new growth',
  'new hair',
  'new hair growth',
  'hair regrowth',
  'regrowth',
  '* regrowth',
  'collagen',
  '* collagen',
  'collagen production',
  'collagen synthesis',
  // The benefit as a noun with its object after it: "support the body's natural production
  // of collagen" (up to three words before the noun).
  ...['production', 'synthesis'].flatMap((process) =>
    ['collagen', 'elastin', 'new collagen'].flatMap((object) => [
      `${process} of ${object}`,
      `* ${process} of ${object}`,
      `* * ${process} of ${object}`,
      `* * * ${process} of ${object}`,
    ]),
  ),
  'elastin',
  'healing',
  '* healing',
  'repair',
  '* repair',
  '* * repair',
  'regeneration',
  '* regeneration',
  '* * regeneration',
  'renewal',
  '* renewal',
  'rejuvenation',
  '* rejuvenation',
  'recovery',
  '* recovery',
  'reversal',
  '* reversal',
  'remission',
  'new cells',
  'new * cells',
  'new tissue',
  'new * tissue',
  'new blood vessels',
  'new cartilage',
  'cartilage growth',
  'their proliferation',
  'cell renewal',
  'tissue growth',
  'follicle growth',
  // Care as what is helped along: "found to help in the treatment of autoimmune diseases".
  'the treatment of',
  'treatment of',
]

/**
 * Verbs that make an outcome noun the reader's or patient's gain ("get relief", "find relief
 * from your symptoms", "achieve optimal results"): an outcome promised as something obtained.
 */
export const outcomeVerbs: readonly string[] = ['get', 'find', 'experience', 'achieve', 'enjoy', 'obtain', 'gain', 'see', 'provide', 'offer', 'deliver']

/**
 * What an outcome verb obtains when it promises a benefit: relief of any kind ("pain relief",
 * "lasting relief"), and results qualified as good ("optimal results", "the best treatment
 * results"). A bare "results" is not one: "get your test results".
 */
export const obtainedOutcomes: readonly string[] = [
  'relief',
  '* relief',
  '* * relief',
  ...['optimal', 'best', 'great', 'lasting', 'long-lasting', 'long-term', 'permanent', 'noticeable', 'visible', 'real', 'excellent', 'better', 'superior', 'natural-looking', 'desired'].flatMap((praise) => [
    `${praise} result`,
    `${praise} * result`,
    `the ${praise} result`,
    `the ${praise} * result`,
  ]),
]

/** Diseases a treatment is said to make patients recover from ("recovered from cancer"); not a procedure or an injury. */
export const recoveredConditions: readonly string[] = [
  'cancer', 'leukemia', 'leukaemia', 'lymphoma', 'arthritis', 'osteoarthritis', 'disease', 'illness', 'paralysis',
  'autism', 'stroke', 'covid-19', 'covid', 'diabetes', 'dementia', 'epilepsy', 'multiple sclerosis', 'ms', 'als', 'copd',
]

/** Functions a treatment is said to give back ("get their mobility back"). */
export const regainedFunctions: readonly string[] = ['mobility', 'life', 'confidence', 'energy', 'strength', 'function', 'freedom', 'movement', 'youth', 'vitality', 'independence', 'quality of life']

/** Every outcome verb with every outcome it obtains: phrases of `benefitPredicates`. */
function outcomeBenefits(): string[] {
  return outcomeVerbs.flatMap((verb) => obtainedOutcomes.map((object) => `${verb} ${object}`))
}

/** Every causative verb with every benefit it can bring about: phrases of `benefitPredicates`. */
function causativeBenefits(): string[] {
  return causativeVerbs.flatMap((verb) => causedBenefits.map((object) => `${verb} ${object}`))
}

// A part of the body left better by a treatment: "making skin firmer", "leaves your skin
// smoother", "keeps hair thicker". The verb alone says nothing ("makes vesicles"); with a body
// part and a state of looking or being better it asserts the improvement.
const improvedParts: readonly string[] = ['skin', 'hair', 'face', 'complexion', 'scalp', 'joint', 'you']
const improvedStates: readonly string[] = [
  'firmer', 'smoother', 'brighter', 'younger', 'thicker', 'fuller', 'healthier', 'stronger', 'plumper', 'tighter', 'softer',
  'clearer', 'more youthful', 'more radiant', 'look younger', 'feel younger',
]
const leftBetter: readonly string[] = ['make', 'leave', 'keep'].flatMap((verb) =>
  improvedParts.flatMap((part) => improvedStates.flatMap((state) => [`${verb} ${part} ${state}`, `${verb} * ${part} ${state}`])),
)

// A verb of treating said to work well: "enable practitioners to effectively address skin
// aging signs", "successfully repairs damaged tissue". The adverb asserts the efficacy whoever
// the grammatical subject is; negation, hedges and reports still scope over it.
const treatedWell: readonly string[] = ['effectively', 'successfully'].flatMap((adverb) =>
  ['address', 'treat', 'target', 'combat', 'reduce', 'repair', 'restore', 'heal', 'reverse'].map((verb) => `${adverb} ${verb}`),
)

// Inflammation turned down at its signals: "by downregulating pro-inflammatory cytokines",
// "dampens inflammatory signaling". Lowering anything else ("downregulates growth") is no benefit.
const inflammationLowered: readonly string[] = ['downregulate', 'down-regulate', 'dampen', 'inhibit'].flatMap((verb) =>
  ['pro-inflammatory', 'inflammatory'].flatMap((kind) => [`${verb} ${kind}`, `${verb} * ${kind}`]),
)

// Signals of healing handed to the body: "deliver regenerative signals to dormant follicles",
// "sending healing messages to damaged cells". Signals alone ("carry signals") are a mechanism.
const healingSignals: readonly string[] = ['deliver', 'send', 'carry', 'transmit'].flatMap((verb) =>
  ['regenerative', 'healing'].flatMap((kind) => [`${verb} ${kind} signal`, `${verb} ${kind} message`]),
)

// Hair made to grow: "helps hair grow", "makes new hair grow", "grow thicker hair". Growth of
// anything else is not a benefit (tumours grow), so only hair is the grower here.
const hairGrown: readonly string[] = ['help', 'make', 'let', 'get'].flatMap((verb) => [`${verb} hair grow`, `${verb} * hair grow`, `${verb} * * hair grow`]).concat(['grow hair', 'grow new hair', 'grow * hair', 'regrow hair'])

// Effects of healing named as what a treatment has or triggers: "the rejuvenating effects of
// stem cells", "triggering a more potent regenerative response". "Therapeutic effects" is left
// out: abstracts name what they measured with it.
const healingKinds: readonly string[] = ['regenerative', 'rejuvenating', 'restorative', 'reparative', 'revitalizing', 'revitalising', 'anti-aging', 'anti-ageing']
const healingEffects: readonly string[] = healingKinds.flatMap((kind) => ['effect', 'response', 'power', 'benefit', 'ability', 'capability'].map((noun) => `${kind} ${noun}`))

// A treatment said to suit a whole range of problems: "suitable for a wide variety of skin
// problems", "ideal for many conditions". The breadth and the noun of complaint (one word may
// stand between them) make it a claim that it works for them.
const suitedAdjectives: readonly string[] = ['suitable', 'ideal', 'effective', 'perfect', 'great', 'good']
const breadths: readonly string[] = ['a wide variety of', 'a wide range of', 'a variety of', 'a range of', 'a host of', 'many', 'most', 'all', 'various', 'numerous', 'countless', 'all kinds of', 'all types of', 'every']
const complaints: readonly string[] = ['problem', 'condition', 'concern', 'issue', 'ailment', 'disease', 'disorder', 'injury']
const suitedForMany: readonly string[] = suitedAdjectives.flatMap((adjective) =>
  breadths.flatMap((breadth) => complaints.flatMap((complaint) => [`${adjective} for ${breadth} ${complaint}`, `${adjective} for ${breadth} * ${complaint}`])),
)

/**
 * Benefit predicates, by lemma (verbs; their inflections are generated). A sentence that
 * says one of these of a treatment, not negated, reported or hedged, asserts a benefit.
 */
export const benefitPredicates: readonly string[] = [
  'accelerate',
  'alleviate',
  'boost',
  'calm',
  'combat',
  'cure',
  'diminish',
  'ease',
  'eliminate',
  'enhance',
  'eradicate',
  'erase',
  'fight',
  'fix',
  'grow back',
  'heal',
  'improve',
  'increase',
  'lessen',
  'minimize',
  'prevent',
  'promote',
  'protect',
  'rebuild',
  'reduce',
  'regenerate',
  'regrow',
  'rejuvenate',
  'relieve',
  'renew',
  'repair',
  'restore',
  'reverse',
  'revitalize',
  'revive',
  'slow',
  'soothe',
  'stimulate',
  'stop',
  'strengthen',
  'thicken',
  'tighten',
  'treat',
  'turn back',
  'undo',
  'activate',
  'address',
  'amplify',
  'facilitate',
  'speed up',
  'nourish',
  'hydrate',
  'smooth',
  'brighten',
  'plump',
  'firm',
  'lift',
  'resolve',
  'transform',
  'reprogram',
  'reboot',
  'quench',
  'suppress',
  'work wonders',
  'outperform',
  'help with',
  'provide relief',
  'offer relief',
  'deliver results',
  'harness',
  'unlock',
  'optimize',
  'maximize',
  // British spellings of the -ize verbs, and more verbs of undoing a condition.
  'minimise',
  'optimise',
  'maximise',
  'revitalise',
  'normalize',
  'normalise',
  'tackle',
  'mitigate',
  'ameliorate',
  'counteract',
  'replenish',
  'rescue',
  'better than',
  'more effective than',
  'superior to',
  'faster than',
  // Replacing what was lost or damaged ("stem cells replace damaged tissue", "replacing lost
  // or damaged cells"): a repair promised.
  'replace damaged',
  'replace * damaged',
  'replace lost',
  'replace * lost',
  'replace dead',
  'replace injured',
  'replace diseased',
  'replace worn',
  'replace * worn',
  // A part of the body left better, hair made to grow (see `leftBetter`, `hairGrown`).
  ...leftBetter,
  ...hairGrown,
  // Treating said to work well, inflammation lowered at its signals, healing signals handed
  // over (see `treatedWell`, `inflammationLowered`, `healingSignals`).
  ...treatedWell,
  ...inflammationLowered,
  ...healingSignals,
  // A verb of causing with a benefit as its object (see `causativeVerbs`).
  ...causativeBenefits(),
  // Relief and results as what the reader gets (see `outcomeVerbs`).
  ...outcomeBenefits(),
  // A function lost and given back: "patients regain mobility", "getting their mobility back".
  'regain',
  ...regainedFunctions.flatMap((noun) => [`get ${noun} back`, `get * ${noun} back`, `give * ${noun} back`]),
  // Lengthening a good phase: "prolongs the anagen phase" (raising a harm is no benefit, see `raisingPredicates`).
  'prolong',
  // Lives saved: "the therapy saves lives", "lives are being saved".
  // A disease undone, as a noun: "led to a rapid and thorough reversal of COVID-19", "the
  // eradication of wrinkles" (strong, see `strongPredicates`).
  'reversal of',
  'eradication of',
  // A disease recovered from: "has completely recovered from cancer".
  ...recoveredConditions.flatMap((condition) => [`recover from ${condition}`, `recover from * ${condition}`]),
  // The course of a disease changed: "can alter the course of their suffering".
  'alter the course of',
  // A disease held back: "can delay their progression", "halts the progression of arthritis".
  ...['delay', 'halt', 'arrest', 'stall', 'slow'].flatMap((verb) => [`${verb} * progression`, `${verb} progression`, `${verb} the progression`, `${verb} disease progression`, `${verb} the onset`]),
  // A condition done away with, and life given back: "get rid of disc bulges", "gives new life to the skin".
  'get rid of',
  'give new life',
  'breathe new life',
  'new lease on life',
  'change the course of',
  'save life',
  'save * life',
  'life be save',
  'life be be save',
]

/**
 * Predicates that promise a cure or an undoing: a modal hedge ("may", "can", "help") does
 * not soften them (camouflage); only a report of research ("in animal studies") does.
 * `cure` is reported at any evidence grade.
 */
export const strongPredicates: readonly string[] = [
  'cure',
  'eradicate',
  'eliminate',
  'erase',
  'reverse',
  'reversal of',
  'eradication of',
  'rejuvenate',
  'turn back',
  'undo',
  'better than',
  'more effective than',
  'superior to',
  'outperform',
  'faster than',
]

/** Predicates whose assertion is a cure claim at any grade (the others are graded). */
export const cureClaimPredicates: readonly string[] = [
  'cure',
]

/** Nouns that name a cure: "a cure for", "the remedy". Asserted, they are cure claims. */
export const cureNouns: readonly string[] = [
  'cure',
  'remedy',
  'panacea',
  'antidote',
  // A condition gone, as an adjective of the patient: "walking out seizure-free", "symptom-free".
  ...['seizure', 'symptom', 'cancer', 'tumor', 'tumour', 'relapse', 'recurrence', 'arthritis', 'migraine', 'medication', 'drug'].map((condition) => `${condition}-free`),
]

/** Adjectives that assert efficacy of what they are said of ("is effective"). */
export const efficacyAdjectives: readonly string[] = ['=effective', '=efficacious', '=curative', '=works wonders']

/**
 * Objects that make a treatment verb describe care given to people rather than a benefit
 * promised ("doctors treat patients").
 */
export const personObjects: readonly string[] = ['patient', 'people', 'person', 'you', 'them', 'client', 'customer', 'man', 'woman', 'child', 'adult', 'participant', 'volunteer', 'yourself', 'veteran', 'individual']

/**
 * Benefit terms: nouns and adjectives that assert a benefit when their sentence is about a
 * treatment ("offers several advantages", "an effective option", "natural healing"). Read
 * only in a sentence that names a treatment (a product noun of `grammar.ts`).
 */
export const benefitTerms: readonly string[] = [
  ...healingEffects,
  ...suitedForMany,
  '=benefits',
  'benefit of',
  '=advantages',
  // "The advantage of", "one key advantage of": not "taking advantage of", an exploitation.
  ...['the', 'an', 'one', 'another', 'main', 'key', 'major', 'biggest', 'greatest', 'big', 'real', 'clear', 'added', 'distinct', 'primary', 'significant', 'unique'].map((lead) => `${lead} advantage of`),
  'the * advantage of',
  'an * advantage of',
  'better response',
  '=improvement',
  '=improvements',
  '=healing',
  '=regeneration',
  '=rejuvenation',
  '=restoration',
  '=regrowth',
  '=relief',
  '=remission',
  '=effectiveness',
  '=efficacy',
  '=successful',
  '=successfully',
  '=beneficial',
  '=useful',
  '=valuable',
  '=ideal',
  '=robust',
  '=healthier',
  '=thicker',
  '=fuller',
  '=younger',
  '=younger-looking',
  '=youthful',
  '=radiant',
  '=glowing',
  '=poreless',
  '=luminous',
  '=luminescent',
  '=improved',
  '=faster',
  '=quicker',
  '=longer-lasting',
  '=natural-looking',
  '=less invasive',
  '=biocompatible',
  '=regenerative properties',
  '=healing properties',
  '=healing factors',
  '=healing process',
  '=healing effects',
  '=healing response',
  'natural alternative',
  'alternative to',
  'new alternative',
  'signs of regeneration',
  '=is working',
  'positive results',
  'measurable improvements',
  'disease free',
  'disease-free',
  'pain-free',
  'pain free',
  // Responding is a benefit when it is a response to treatment ("patients respond well to
  // it"), not the body's own ("responding to injury").
  'respond well',
  'respond to treatment',
  'respond to therapy',
  'respond to the treatment',
  'respond to the therapy',
  'respond to * treatment',
  'respond to * therapy',
  'respond to * * treatment',
  'respond to * * therapy',
  'respond to * injection',
  'respond to * * injection',
  'respond to it',
  '=capability',
  '=capabilities',
  'work by',
  'act by',
  '=used for the treatment of',
  '=used in the treatment of',
  '=anti-inflammatory',
  '=more effectively',
  '=more effective',
  '=anti-inflammatory properties',
  '=anti-inflammatory effects',
]

/** Predicates of care given to people: with a person as object they describe care, not a benefit promised. */
export const careVerbs: readonly string[] = ['treat', 'help', 'protect', 'see']

/**
 * Verbs that promise a benefit when a treatment is their subject ("exosome therapy offers a
 * powerful tool", "the treatment delivers results"), and say nothing when someone else is
 * ("clinics offer exosome therapy").
 */
export const productVerbs: readonly string[] = ['offer', 'provide', 'deliver', 'give', 'bring', 'yield', 'produce', 'promise', 'ensure', 'guarantee', 'allow', 'enable']


/** Of `benefitPredicates`, the verbs that raise what follows: raising a process of the cell or a harm promises no benefit. */
export const raisingPredicates: readonly string[] = ['prolong', 'promote', 'activate', 'stimulate', 'boost', 'increase', 'enhance', 'accelerate', 'amplify', 'facilitate', 'improve', 'speed up', 'strengthen']

/**
 * Processes of the cell, as word forms: raised, they describe a mechanism ("activating
 * signaling pathways", "facilitating intercellular communication"), not a benefit.
 */
export const mechanismObjects: readonly string[] = [
  'signaling', 'signalling', 'pathway', 'pathways', 'communication', 'crosstalk', 'expression', 'secretion',
  'uptake', 'internalization', 'internalisation', 'transfer', 'transport', 'trafficking', 'biogenesis', 'cargo',
]

/** Harms, as word forms: raised, they are no benefit ("promotes inflammation", "increases the risk"). */
export const harmObjects: readonly string[] = [
  'inflammation', 'fibrosis', 'scarring', 'tumor', 'tumors', 'tumour', 'tumours', 'tumorigenesis', 'tumorigenicity',
  'cancer', 'cancers', 'metastasis', 'infection', 'infections', 'rejection', 'degradation', 'risk', 'risks', 'toxicity',
]

/**
 * Side effects of a procedure, as lemmas (two words: the head's lemma with the word before
 * it): a predicate said of one as its subject tells how it passes ("the redness resolves
 * within a day", "these side effects typically resolve"), it promises nothing.
 */
export const sideEffects: readonly string[] = [
  'redness', 'swelling', 'bruising', 'bruise', 'discomfort', 'soreness', 'tenderness', 'irritation', 'itching', 'itchiness',
  'flaking', 'peeling', 'scabbing', 'stiffness', 'side effect', 'adverse effect', 'reaction',
]
