/**
 * English function words the analysis reads structure from: clause boundaries, conditions,
 * questions, modality, what a verb is said of. Plain data; `src/language/en/index.ts` says
 * how each list is used.
 */

/** Forms of "be" (the one verb en-inflectors does not conjugate fully). */
export const beForms: readonly string[] = ['be', 'am', 'is', 'are', 'was', 'were', 'been', 'being', "'s", "'re", "'m"]

/** Auxiliaries and modals skipped between a subject and its verb. */
export const auxiliaries: readonly string[] = [
  'be', 'am', 'is', 'are', 'was', 'were', 'been', 'being', 'has', 'have', 'had', 'having', 'do', 'does', 'did',
  'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'also', 'still', 'even', 'often',
  'usually', 'already', 'actually', 'really', 'truly', 'just', 'not', 'never', 'now', 'then', 'further',
  'get', 'gets', 'got', 'help', 'helps', 'helped', 'helping', 'to', 'and', 'or', 'effectively', 'naturally',
  'significantly', 'dramatically', 'greatly', 'quickly', 'safely', 'visibly', 'noticeably', 'substantially',
]

/** Words that cannot be the subject of a verb (skipped when looking for what a verb is said of). */
export const nonSubjects: readonly string[] = [
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'of', 'in', 'on', 'at', 'for', 'with', 'by', 'from',
  'as', 'than', 'which', 'who', 'whom', 'whose', 'what', 'when', 'where', 'how', 'why', 'but', 'so',
]

/**
 * Words after which a bare form reads as a noun: determiners, possessives, prepositions and
 * the nouns that most often modify a benefit noun ("a cure", "for repair", "tissue repair").
 */
export const nounCues: readonly string[] = [
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'its', 'their', 'our', 'your', 'my', 'his', 'her',
  'any', 'every', 'each', 'some', 'no', 'another', 'such', 'of', 'for', 'in', 'on', 'with', 'by', 'from',
  'about', 'into', 'after', 'before', 'during', 'without', 'under', 'over', 'between', 'among', 'through',
  'toward', 'towards', 'against', 'at', 'as', 'like', 'real', 'true', 'possible', 'potential', 'miracle',
  'new', 'natural', 'tissue', 'cartilage', 'hair', 'skin', 'wound', 'joint', 'cell', 'self', 'damage',
  'injury', 'muscle', 'nerve', 'bone', 'brain', 'heart', 'age', 'aging', 'ageing', 'scar', 'collagen',
  // Adjectives of the body that most often modify a benefit noun ("dermal repair", "vascular regeneration").
  'cellular', 'dermal', 'epidermal', 'vascular', 'neural', 'cardiac', 'follicular', 'epithelial', 'endothelial',
  'mitochondrial', 'dna', 'muscular', 'cutaneous', 'organ',
]

/** Words before a bare verb form that make it a verb: pronouns, modals, "to", coordination. */
export const verbCues: readonly string[] = [
  'to', 'they', 'we', 'you', 'i', 'can', 'could', 'may', 'might', 'will', 'would', 'should', 'must',
  'and', 'or', 'nor', 'not', 'never', 'help', 'helps', 'helped', 'helping', 'that', 'which', 'who', 'also',
  'often', 'actually', 'really', 'effectively', 'naturally', 'do', 'does', 'did', "n't", 'cannot', 'even',
  'further', 'then', 'significantly', 'dramatically', 'greatly', 'quickly', 'safely', 'visibly',
]

/** Conjunctions that open a new clause anywhere (negation and hedges stop there). */
export const clauseOpeners: readonly string[] = [
  'but', 'however', 'although', 'though', 'whereas', 'while', 'unlike', 'instead', 'because',
  'therefore', 'hence', 'meanwhile', 'nevertheless', 'nonetheless', 'otherwise', 'moreover',
  'furthermore', 'unless', 'whether', 'if',
]

/** Subordinators: a clause opening with one ends at its first comma ("While X, Y", "Since X, Y"). */
export const subordinators: readonly string[] = [
  'although', 'though', 'while', 'whereas', 'unlike', 'because', 'since', 'if', 'unless', 'when',
  'whenever', 'once', 'after', 'despite', 'given', 'whether',
]

/** Words that open a new clause only after a comma ("..., so", "..., which"). */
export const weakClauseOpeners: readonly string[] = ['so', 'since', 'still', 'then', 'thus', 'yet', 'which', 'who', 'where', 'when', 'once', 'plus', 'until', 'besides']

/** Of `clauseOpeners`, the contrasts: an attribution stops at them too. */
export const contrasts: readonly string[] = ['but', 'however', 'although', 'though', 'whereas', 'while', 'unlike', 'instead', 'despite', 'nevertheless', 'nonetheless', 'in fact', 'actually', 'in reality']

/** Subjects that start a new clause after ", and" / ", or". */
export const clauseSubjects: readonly string[] = [
  'they', 'it', 'we', 'you', 'i', 'he', 'she', 'this', 'that', 'these', 'those', 'there', 'the', 'a', 'an',
  'our', 'their', 'its', 'your', 'my', 'some', 'many', 'most', 'no', 'none', 'others', 'another', 'each',
]

/** Words that open a condition up to the next comma: what follows is not asserted. */
export const conditions: readonly string[] = ['if', 'unless', 'in case', 'provided that', 'as long as', 'assuming', 'suppose', 'imagine']

/** Words that open an open question up to the end of the clause ("ask whether ..."). */
export const openQuestions: readonly string[] = ['whether', 'wonder', 'ask', 'find out', 'question', 'understand what', 'know what', 'learn what', 'determine what', 'see what', 'find out what', 'understand how', 'know how', 'learn how',
  // A definition names what a therapy is used for, it does not assert that it works ("X is the use of stem cells to treat ...").
  'be the use of', 'refer to the use of', 'be defined as the use of',
  // A search names what is wanted, not what was found ("driving the search for treatments that can restore ...").
  'the search for', 'a search for', 'the quest for', 'a quest for', 'the hunt for',
  // How something happens, as what is influenced or studied, is no claim that it does ("influencing how cells heal and regenerate").
  ...['influence', 'affect', 'shape', 'control', 'regulate', 'determine', 'study', 'explore', 'investigate', 'examine'].map((verb) => `${verb} how`)]

/**
 * Deontic words: what must or should happen is not asserted to have happened ("licenses are
 * issued only after showing that the product is safe": a condition of the licence).
 */
export const deontic: readonly string[] = ['must', 'should', 'ought', 'need to', 'needs to', 'have to', 'has to', 'require', 'required', 'requires', 'requirement', 'before', 'until', 'unless', 'only after', 'only once', 'in order to', 'supposed to', 'meant to', 'intend', 'intended', 'designed for', 'aim to', 'plan to']

/** Verbs before "to" that assert the infinitive after them ("used to treat", "helps to repair"). */
export const assertiveGovernors: readonly string[] = ['way', 'means', 'help', 'use', 'be used', 'been used', 'is used', 'are used', 'was used', 'were used', 'able', 'designed', 'formulated', 'engineered', 'shown', 'proven', 'proved', 'known', 'work', 'works', 'serve', 'serves', 'go on', 'continue', 'guaranteed', 'certain', 'sure', 'bound', 'promise', 'promises', 'promised', 'claim', 'claims', 'claimed', 'said', 'found']

/** Nouns that name a treatment or product: as the subject of a reporting verb they make it a claim, not a report. */
export const productNouns: readonly string[] = [
  'exosome', 'exosomes', 'therapy', 'therapies', 'treatment', 'treatments', 'product', 'products', 'procedure',
  'procedures', 'injection', 'injections', 'serum', 'serums', 'formula', 'it', 'this', 'vesicle', 'vesicles',
  'cell', 'cells', 'prp', 'infusion', 'infusions', 'iv', 'session', 'sessions', 'supplement', 'supplements',
  'secretome', 'ev', 'evs', 'solution', 'technology', 'protocol', 'medicine',
  // Heads of other regenerative treatments: "vampire facials", "platelet-rich plasma",
  // "NAD+ drips", "peptide injections", "stem cell transplants", "amniotic grafts".
  'facial', 'facials', 'plasma', 'platelet', 'platelets', 'drip', 'drips', 'peptide', 'peptides',
  'transplant', 'transplants', 'graft', 'grafts', 'allograft', 'allografts', 'shot', 'shots',
  'microneedling', 'concentrate', 'biologic', 'biologics',
  // What a treatment gives: "the result is an improvement in texture".
  'result', 'results', 'outcome', 'outcomes',
]

/**
 * Endings that make a word a treatment noun whatever comes before them: "prolotherapy",
 * "mesotherapy", "ozonotherapy" are therapies as "ozone therapy" is.
 */
export const productSuffixes: readonly string[] = ['therapy', 'therapies']

/**
 * Verbs of a consent form after "I" ("I understand that results will vary", "I am aware
 * that ..."): the writer acknowledges terms, which is no story of a treatment.
 */
export const acknowledgments: readonly string[] = ['understand', 'acknowledge', 'agree', 'consent', 'realize', 'realise', 'accept', 'certify', 'aware', 'informed', 'advised']

/** Subject pronouns of the first person singular: their benefit words are testimonials. */
export const firstPersonSingular: readonly string[] = ['i', 'my', 'me', "i'm", "i've", 'mine', 'myself']

/** Words that make a sentence report the past of a study (with a past-tense verb). */
export const pastMarkers: readonly string[] = ['was', 'were', 'had', 'did', 'ago', 'last year', 'in 20']

/** Function words never inflected when a phrase is compiled (their generated forms are other words). */
export const uninflected: readonly string[] = [
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'our', 'your', 'my', 'his', 'her',
  'any', 'every', 'each', 'some', 'no', 'not', 'nor', 'never', 'none', 'of', 'in', 'on', 'at', 'for',
  'with', 'by', 'from', 'as', 'than', 'to', 'and', 'or', 'but', 'so', 'if', 'yet', 'can', 'could', 'may',
  'might', 'will', 'would', 'shall', 'should', 'must', 'i', 'we', 'you', 'they', 'it', 'he', 'she', 'us',
  'them', 'me', 'there', 'what', 'which', 'who', 'how', 'why', 'when', 'where', 'all', 'most', 'many',
  'more', 'less', 'only', 'just', 'also', 'very', 'up', 'out', 'over', 'after', 'before', 'into', 'about',
  'under', 'well', 'fda', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  'lack', 'less', 'few', 'far', 'such', 'like', 'even', 'still', 'yet', 'much', 'other', 'own', 'same',
  'safe', 'free', 'best', 'first', 'single', 'immediate', 'instant', 'permanent', 'younger', 'satisfied',
  'happy', 'proven', 'guaranteed', 'clinically', 'scientifically', 'medically', 'completely', 'totally',
  'perfectly', 'absolutely', 'known', 'unknown', 'unclear', 'uncertain', 'limited', 'weak', 'small',
  'early', 'preliminary', 'exploratory', 'possible', 'potential', 'likely', 'unlikely', 'clear', 'certain',
  'within', 'overnight', 'forever', 'instantly', 'permanently', 'lifelong', 'lifetime', 'legally',
]

/** Who sells or promotes a treatment: a reporting verb after one of these reports a claim. */
export const sellers: readonly string[] = [
  'clinic', 'clinics', 'business', 'businesses', 'company', 'companies', 'seller', 'sellers', 'provider', 'providers',
  'marketer', 'marketers', 'website', 'websites', 'ad', 'ads', 'advertisement', 'advertisements', 'vendor', 'vendors',
  'firm', 'firms', 'spa', 'spas', 'practitioner', 'practitioners', 'promoter', 'promoters', 'proponent', 'proponents',
  'manufacturer', 'manufacturers', 'distributor', 'distributors', 'influencer', 'influencers', 'some', 'others', 'many',
]

/**
 * Words before the infinitive marker that leave the infinitive unasserted: an aim, a wish, a
 * duty or a question ("meant to treat", "the aim is to repair", "how to protect"). After any
 * other word a purpose is read as asserted ("exosomes send signals to promote healing").
 */
export const openGovernors: readonly string[] = [
  'aim', 'aims', 'aimed', 'goal', 'goals', 'hope', 'hopes', 'hoped', 'try', 'tries', 'tried', 'trying', 'attempt', 'attempts',
  'seek', 'seeks', 'want', 'wants', 'wish', 'plan', 'plans', 'intend', 'intends', 'intended', 'mean', 'meant', 'how', 'need',
  'needs', 'needed', 'ask', 'asks', 'asked', 'order', 'tested', 'test', 'studied', 'study', 'investigated', 'approach',
  'idea', 'purpose', 'question', 'research', 'studies', 'trials', 'effort', 'efforts', 'whether', 'unable', 'fail', 'failed', 'fails', 'required', 'require', 'requires',
  'expected', 'supposed', 'likely', 'unlikely', 'chance', 'before',
  // A condition said to resist treatment: "conditions that are difficult to treat".
  'difficult', 'hard', 'harder', 'impossible', 'challenging', 'tough',
]

/** Prepositions that head a phrase naming a use, a field or a property ("PRP for hair restoration", "advances in wound healing"). */
export const topicMarkers: readonly string[] = ['for', 'in', 'of', 'on', 'about', 'regarding', 'toward', 'towards', 'as']

/**
 * Benefit nouns (word forms) that name a use or a field after a `topicMarkers` preposition
 * ("for hair restoration", "in wound healing", "of their therapeutic efficacy").
 */
export const benefitNouns: readonly string[] = [
  'improvement', 'improvements', 'healing', 'regeneration', 'rejuvenation', 'restoration', 'regrowth',
  'relief', 'remission', 'effectiveness', 'efficacy',
]

/**
 * Words before a `topicMarkers` preposition that give or bring about what its phrase names
 * ("results in faster healing", "aids in recovery", "ideal for hair restoration"): the
 * benefit noun after them is asserted.
 */
export const topicGivers: readonly string[] = [
  'result', 'results', 'resulted', 'resulting', 'aid', 'aids', 'aided', 'aiding', 'assist', 'assists', 'assisted', 'assisting',
  'help', 'helps', 'helped', 'helping', 'effective', 'efficient', 'useful', 'ideal', 'great', 'best', 'better', 'perfect',
  'excellent', 'solution', 'solutions', 'answer', 'key', 'secret', 'proven', 'works', 'work', 'worked', 'success', 'successful',
  'process', 'rate', 'speed', 'pace',
  'see', 'sees', 'saw', 'seen', 'experience', 'experienced', 'notice', 'noticed', 'enjoy', 'enjoyed', 'achieve', 'achieved',
]

/**
 * Nouns of attention or count: after a raising participle ("increasing interest", "an
 * increasing number of trials") they say the field grows, not that a treatment raises
 * something. The count nouns (`countNouns`) only before "of" and a research noun.
 */
export const attentionNouns: readonly string[] = [
  'interest', 'attention', 'popularity', 'demand', 'awareness', 'recognition', 'investment', 'investments', 'funding',
  'number', 'numbers', 'amount', 'amounts', 'body', 'use', 'usage', 'utilization', 'utilisation', 'adoption', 'practice',
  'rate', 'rates', 'incidence', 'prevalence',
]

/** Verbs that give someone the means to act, as word forms: "enable practitioners to address", "allows clinicians to treat". */
export const enablers: readonly string[] = ['enable', 'enables', 'enabled', 'enabling', 'allow', 'allows', 'allowed', 'allowing', 'empower', 'empowers', 'empowered', 'empowering', 'equip', 'equips', 'equipped']

/** Of `attentionNouns`, the nouns of count. */
export const countNouns: readonly string[] = ['number', 'numbers', 'amount', 'amounts', 'body']

/**
 * Word forms of approval: after "not" ("does not mean FDA approval", "is not FDA-approved")
 * or set apart ("different from ... being approved") they make a sentence a statement of
 * regulatory status, whose regulatory words are no selling point.
 */
export const approvalWords: readonly string[] = [
  'approval', 'approvals', 'approved', 'approve', 'approves', 'clearance', 'cleared', 'authorization', 'authorisation',
  'authorized', 'authorised', 'licensed', 'license', 'licence',
]

/** Words that set one thing apart from another before "from" ("different from", "distinct from"). */
export const apartWords: readonly string[] = ['different', 'distinct', 'differs', 'differ', 'separate']

/** Words of regulatory status: a regulatory phrase holding one ("FDA-registered", "FDA-cleared") names a status. */
export const statusWords: readonly string[] = [
  ...approvalWords, 'registered', 'registration', 'certified', 'certification', 'compliant', 'compliance', 'inspected', 'accredited',
]

/** Molecules and cell types a benefit adjective classifies ("anti-inflammatory cytokines", "anti-inflammatory macrophages"). */
export const kindNouns: readonly string[] = [
  'cytokine', 'cytokines', 'molecule', 'molecules', 'protein', 'proteins', 'mediator', 'mediators', 'microrna', 'micrornas', 'mirna', 'mirnas',
  'gene', 'genes', 'macrophage', 'macrophages', 'phenotype', 'phenotypes', 'drug', 'drugs', 'medication', 'medications',
]

/** Animals, cells and the lab, as word forms of research frames ("in diabetic mice", "in vitro") and of what is treated in an experiment. */
export const labWords: readonly string[] = [
  'animal', 'animals', 'mouse', 'mice', 'rat', 'rats', 'rodent', 'rodents', 'pig', 'pigs', 'dog', 'dogs', 'rabbit', 'rabbits', 'monkey', 'monkeys',
  'primate', 'primates', 'sheep', 'horse', 'horses', 'model', 'models', 'cell', 'cells', 'culture', 'cultures', 'dish', 'lab', 'laboratory', 'vitro',
  'preclinical', 'pre-clinical',
]

/** Lemmas of benefit predicates that lower what they act on: said of a process of healing or growth they tell of a loss. */
export const lowering: readonly string[] = ['stop', 'slow', 'slow down', 'reduce', 'decrease', 'inhibit', 'halt', 'block', 'suppress', 'impair', 'hinder', 'lower', 'delay']

/** Processes of healing or growth (word forms): lowered ("slowed tissue repair", "hair growth stops"), they are a loss. */
export const benefitProcesses: readonly string[] = ['repair', 'growth', 'healing', 'regeneration', 'recovery', 'renewal', 'turnover', 'proliferation']

/**
 * Word forms after which an "-ing" form of a reporting verb is an adjective: "a very
 * promising approach". Determiners and degree words.
 */
export const adjectiveCues: readonly string[] = [
  'a', 'an', 'the', 'this', 'these', 'those', 'its', 'their', 'very', 'most', 'more', 'less', 'least', 'quite',
  'highly', 'particularly', 'especially', 'extremely', 'equally', 'increasingly', 'potentially', 'truly', 'really', 'so', 'too',
]

/**
 * Linking verbs: after one, an "-ing" form of a reporting verb is an adjective ("research
 * looks promising", "results are promising") unless it takes a complement ("are promising
 * that", "are promising patients").
 */
export const linkingVerbs: readonly string[] = [
  'is', 'are', 'was', 'were', 'be', 'been', 'being',
  'look', 'looks', 'looked', 'looking', 'seem', 'seems', 'seemed', 'seeming', 'appear', 'appears', 'appeared',
  'remain', 'remains', 'remained', 'sound', 'sounds', 'sounded', 'become', 'becomes', 'became',
]

/** Words that can follow an adjective and end its phrase ("promising for", "promising in", "promising, but"). */
export const adjectiveEnds: readonly string[] = ['for', 'in', 'as', 'and', 'or', 'but', 'with', 'at', 'on', 'so', 'yet', 'though', 'although', 'enough', 'overall', 'too']
