import type { CompiledLexicon } from './lexicon.js'
import { anyKey, numberKey } from './lexicon.js'
import type { LanguageGrammar, LanguageLists } from './language.js'
import type { ResolvedMorphology } from './morphology.js'
import type { Token } from './tokens.js'
import type { BenefitFact, SentenceFacts, Standing, TacticFact } from './types.js'

/** A language made ready for analysis: its lexicon compiled, its lists as sets. */
export interface PreparedLanguage {
  lexicon: CompiledLexicon
  grammar: { [Key in keyof LanguageGrammar]: LanguageGrammar[Key] extends string ? string : ReadonlySet<string> }
  /** Each list of `LanguageLists` as a set of its phrases. */
  sets: { [Key in keyof LanguageLists]: ReadonlySet<string> }
  /** Lexicon phrases a policy turned off (lower case). */
  allowed: ReadonlySet<string>
  /** Every form of one word (the anchor) of each phrase that can start a finding: a sentence without one has none. */
  triggers: ReadonlySet<string>
  /** Some phrase that can start a finding has no anchor but a number ("# to # session"): every number is an anchor. */
  numberTriggers: boolean
  /**
   * Per word form, what it anchors: a first-person word (always counts), or the first anchor
   * of phrases, with the second anchors they need (`#` a number, `''` none).
   */
  anchors: ReadonlyMap<string, Anchor>
  /** The second anchors each word form stands for. */
  secondAnchors: ReadonlyMap<string, readonly string[]>
  /**
   * Per first two letters of a word (see `shapeOf` in `scan.ts`), a bit per length (31 and
   * longer share one) of the words the pre-filter must read.
   */
  anchorShapes: Uint32Array
  /** The words the pre-filter must read (anchors, number words, words that split), by hash (see `hashTable` in `scan.ts`). */
  anchorHashes: Uint8Array
  /** The second anchors and the words that split, by hash. */
  secondHashes: Uint8Array
  /** Words in the longest phrase that can start a finding. */
  longestTrigger: number
  /** Keys of each word form seen (its form, `=form`, lemmas, `*`), kept across sentences. */
  keyCache: Map<string, TokenKeys>
  /** The phrases of the trigger lists alone: what a sentence needs to hold one for its analysis to find anything. */
  triggerLexicon: CompiledLexicon
  /** What the language marks on word forms (adverbs, participles, past forms). */
  morphology: ResolvedMorphology
  /** The lists whose phrases start a finding (see {@link triggerListsOf}). */
  triggerLists: ReadonlyArray<keyof LanguageLists>
}

/** What a word form anchors (see `PreparedLanguage.anchors`). */
export interface Anchor {
  firstPerson: boolean
  seconds: ReadonlySet<string> | undefined
}

/**
 * Lists whose phrases start a finding (a benefit, a tactic, a testimonial). An evidential
 * verb ("studies show") starts one too: with a benefit noun as its object ("studies show new
 * cartilage growth") it is the finding. A disclaimer ("results may vary") counts only beside
 * one of these, so it starts none.
 */
export const triggerLists = ['predicate', 'cureNoun', 'efficacy', 'benefitTerm', 'certainty', 'hype', 'safety', 'regulatory', 'testimonial', 'numeric', 'evidential'] as const

/**
 * The lists that start a finding in a language: in one whose sentences need not name their
 * subject, a verb of giving starts one by itself ("Aportan firmeza").
 */
export function triggerListsOf(morphology: Pick<ResolvedMorphology, 'impliedSubject'>): ReadonlyArray<keyof LanguageLists> {
  return morphology.impliedSubject ? [...triggerLists, 'productVerb'] : triggerLists
}

/** A phrase of a list found in a sentence, by token index (end exclusive). */
interface Match {
  category: keyof LanguageLists
  phrase: string
  from: number
  to: number
}

/** Quotation state carried from one sentence to the next of a paragraph. */
export interface QuoteState {
  open: boolean
}

const emptySet: ReadonlySet<string> = new Set()
const quoteChars = new Set(['"', '\u201C', '\u201D', '\u2018', '\u2019', "'", '\u00AB', '\u00BB', '\u201E'])
const openers = new Set(['\u201C', '\u2018', '\u00AB', '\u201E'])
const closers = new Set(['\u201D', '\u2019', '\u00BB'])
// Prepositions of the agent of a passive ("producidas por las células", "offered by clinics").
const agents = new Set(['por', 'by'])
// Words that stand between "que" and its verb ("que se regeneren", "que no la dañen").
const clitics = new Set(['se', 'no', 'le', 'les', 'lo', 'la', 'los', 'las', 'me', 'te', 'nos'])
const hardBoundaries = new Set([';', '(', ')', '[', ']', '\u2014', '\u2015'])
const tacticCategories = ['certainty', 'hype', 'safety', 'regulatory', 'testimonial', 'numeric'] as const
type TacticCategory = (typeof tacticCategories)[number]
const tacticOf: Record<TacticCategory, TacticFact['tactic']> = {
  certainty: 'certainty',
  hype: 'hype',
  safety: 'absolute-safety',
  regulatory: 'regulatory-misdirection',
  testimonial: 'testimonial',
  numeric: 'numeric-promise',
}

/**
 * Analyze one sentence: find its benefit predicates and overclaim phrases, and how the
 * sentence holds each (negated, attributed, open, reported, hedged). One pass of the lexicon
 * over the tokens, then scopes computed once per sentence: linear in the sentence's length.
 *
 * @param tokens The sentence's tokens.
 * @param text The unit's text (for `found`).
 * @param language The prepared language.
 * @param quotes Quotation state from the previous sentence of the paragraph (updated).
 * @returns The sentence's facts.
 */
export function analyzeSentence(tokens: readonly Token[], text: string, language: PreparedLanguage, quotes: QuoteState): SentenceFacts {
  const { grammar, sets, lexicon, morphology } = language
  const n = tokens.length
  const start = tokens[0]?.start ?? 0
  const end = tokens.at(-1)?.end ?? start
  const facts: SentenceFacts = {
    start,
    end,
    text: text.slice(start, end),
    question: tokens.at(-1)?.norm === '?',
    benefitContext: false,
    limitation: false,
    scoped: false,
    camouflage: undefined,
    benefits: [],
    tactics: [],
  }
  if (n === 0) return facts

  // --- Keys of each token, and every phrase of every list, in one pass ---------------------
  // A sentence without a word that can start a finding has none: stop before any scope.
  let triggered = false
  for (const token of tokens) {
    if ((token.kind === 'number' && language.numberTriggers) || language.triggers.has(token.norm) || grammar.firstPerson.has(token.norm)) {
      triggered = true
      break
    }
  }
  if (!triggered) {
    followQuotes(tokens, quotes)
    return facts
  }
  const tokenKeys = tokens.map((token) => keysOf(token, language))
  const keys: Array<readonly string[]> = tokenKeys.map((entry) => entry.keys)
  const matches: Match[] = []
  const byCategory = new Map<keyof LanguageLists, Match[]>()
  const visit = (entry: { category: string; phrase: string }, from: number, size: number): void => {
    // A one-word phrase does not match the tail of a hyphenated word ("board-certified").
    if (size === 1 && (tokens[from] as Token).joined && entry.category !== 'predicate') return
    const match: Match = { category: entry.category as keyof LanguageLists, phrase: entry.phrase, from, to: from + size }
    matches.push(match)
    const list = byCategory.get(match.category)
    if (list === undefined) byCategory.set(match.category, [match])
    else list.push(match)
  }
  for (let from = 0; from < n; from++) {
    if ((tokenKeys[from] as TokenKeys).starts) lexicon.match(keys, from, visit)
  }
  const of = (category: keyof LanguageLists): Match[] => byCategory.get(category) ?? []
  // Nothing that can become a finding matched: no scope needs working out.
  if (!language.triggerLists.some((name) => byCategory.has(name)) && !tokens.some((token) => grammar.firstPerson.has(token.norm))) {
    followQuotes(tokens, quotes)
    return facts
  }
  const found = (from: number, to: number): string => text.slice(tokens[from]?.start ?? 0, tokens[to - 1]?.end ?? 0)
  const isWord = (index: number): boolean => tokens[index]?.kind === 'word' || tokens[index]?.kind === 'number'
  const norm = (index: number): string => tokens[index]?.norm ?? ''
  // "Prolotherapy", "mesotherapy": a word with a treatment ending names a treatment (a
  // constant number of endings per word).
  const productSuffixed = (word: string | undefined): boolean => {
    if (word === undefined || grammar.productSuffixes === undefined) return false
    for (const suffix of grammar.productSuffixes) if (word.length > suffix.length && word.endsWith(suffix)) return true
    return false
  }
  const lemmaIn = (index: number, set: ReadonlySet<string>): boolean => {
    const token = tokens[index]
    if (token === undefined) return false
    if (set.has(token.norm)) return true
    return (lexicon.lemmasOf(token.norm) ?? []).some((lemma) => set.has(lemma))
  }

  // --- Clauses: negation and modal hedges stop at a clause boundary; attributions only at a
  // hard boundary or a contrast -----------------------------------------------------------
  const clause = indexes(0, n)
  const segment = indexes(1, n)
  let clauseId = 0
  let segmentId = 0
  let maxSegment = 0
  // An aside in parentheses or between two dashes ("the claims that X (whatever that is) can
  // help") interrupts a segment: after it, the segment before it goes on.
  const asides: number[] = []
  let dashAside: number | undefined
  // A clause opened by a subordinator ("While small studies support it, there have not been
  // ...") ends at its first comma, or at "then" after "if": neither its negation nor its
  // attribution reaches the main clause, nor the main clause's into it.
  let subordinate: 'no' | 'clause' | 'contrast' = 'no'
  let wordsInClause = 0
  // Clauses opened by a concession ("Though evidence is limited, ..."): a limitation in one
  // concedes a point and does not place the main clause in research.
  const concessive = mask(8, n)
  for (let index = 0; index < n; index++) {
    const token = tokens[index] as Token
    const previous = norm(index - 1)
    // An en dash with a space on either side ("unapproved– it is") separates clauses.
    const dash = ((token.norm === '\u2013' || token.norm === '-') && token.spaced) || (token.norm === '\u2013' && tokens[index + 1]?.spaced === true)
    const before = clauseId
    if (token.norm === '(' || token.norm === '[') {
      clauseId++
      asides.push(segmentId)
      segmentId = ++maxSegment
    } else if ((token.norm === ')' || token.norm === ']') && asides.length > 0) {
      clauseId++
      segmentId = asides.pop() as number
    } else if ((token.norm === '\u2014' || dash) && dashAside !== undefined) {
      clauseId++
      segmentId = dashAside
      dashAside = undefined
    } else if (token.norm === '\u2014' || dash) {
      clauseId++
      dashAside = segmentId
      segmentId = ++maxSegment
    } else if (hardBoundaries.has(token.norm)) {
      clauseId++
      segmentId = ++maxSegment
    } else if (token.norm === ':') {
      clauseId++
    } else if (index > 0 && token.kind === 'word') {
      if (grammar.contrasts.has(token.norm)) {
        clauseId++
        segmentId = ++maxSegment
      } else if (grammar.clauseOpeners.has(token.norm)) {
        clauseId++
      } else if (subordinate !== 'no' && (previous === ',' || grammar.subordinateEnds?.has(token.norm) === true)) {
        clauseId++
        if (subordinate === 'contrast') segmentId = ++maxSegment
      } else if (previous === ',' && grammar.weakClauseOpeners.has(token.norm)) {
        clauseId++
      } else if (previous === ',' && grammar.conjunctions.has(token.norm) && grammar.clauseSubjects.has(norm(index + 1))) {
        clauseId++
      }
    }
    if (clauseId !== before) {
      subordinate = 'no'
      wordsInClause = 0
    }
    if (token.kind === 'word') {
      if (wordsInClause === 0 && grammar.subordinators?.has(token.norm) === true) {
        subordinate = grammar.contrasts.has(token.norm) ? 'contrast' : 'clause'
        if (subordinate === 'contrast') concessive[clauseId] = 1
      }
      wordsInClause++
    }
    clause[index] = clauseId
    segment[index] = segmentId
  }
  // Where each token's clause and attribution segment start and end, worked out once.
  const clauseFirst = indexes(2, n)
  const clauseAfter = indexes(3, n)
  for (let index = 0; index < n; index++) clauseFirst[index] = index > 0 && clause[index - 1] === clause[index] ? (clauseFirst[index - 1] as number) : index
  for (let index = n - 1; index >= 0; index--) {
    clauseAfter[index] = index < n - 1 && clause[index + 1] === clause[index] ? (clauseAfter[index + 1] as number) : index + 1
  }
  const clauseEnd = (from: number): number => clauseAfter[from] as number
  const clauseStart = (from: number): number => clauseFirst[from] as number
  const segmentFirst = indexes(4, n)
  for (let index = 0; index < n; index++) segmentFirst[index] = index > 0 && segment[index - 1] === segment[index] ? (segmentFirst[index - 1] as number) : index
  const segmentStart = (from: number): number => segmentFirst[from] as number

  // Tokens inside an overclaim phrase: their own "no" ("no side effects") or "may" ("results
  // may vary") negates or hedges nothing else.
  const inTactic = mask(0, n)
  for (const category of [...tacticCategories, 'camouflage', 'nonNegating'] as const) {
    for (const match of of(category)) for (let index = match.from; index < match.to; index++) inTactic[index] = 1
  }

  // --- Quotation -------------------------------------------------------------------------
  const quoted = mask(1, n)
  followQuotes(tokens, quotes, quoted)
  // A sentence quoted whole is the statement itself, not a mention inside another.
  let allQuoted = true
  for (let index = 0; index < n; index++) if (isWord(index) && quoted[index] === 0) allQuoted = false
  if (allQuoted) quoted.fill(0, 0, n)

  // --- Open: questions, conditions, open questions ----------------------------------------
  const open = mask(2, n)
  if (facts.question) open.fill(1, 0, n)
  // A condition runs to the next comma or the end of its clause; one that starts inside an
  // earlier one ends where it ends, so it is skipped (linear however many there are).
  for (const match of of('condition')) {
    if (open[match.from] === 1) continue
    for (let index = match.from; index < n && clause[index] === clause[match.from] && norm(index) !== ','; index++) open[index] = 1
  }
  // Scopes that run to the end of a clause or a segment: the earliest start per clause is
  // enough, filled once.
  const clauses = clauseId + 1
  const segments = maxSegment + 1
  let slot = 20
  const earliest = (size: number): Int32Array => indexes(slot++, size, n)
  const questionFrom = earliest(segments)
  for (const match of of('openQuestion')) questionFrom[segment[match.from] as number] = Math.min(questionFrom[segment[match.from] as number] as number, match.from)
  const deonticFrom = earliest(clauses)
  for (const match of of('deontic')) deonticFrom[clause[match.from] as number] = Math.min(deonticFrom[clause[match.from] as number] as number, match.to)
  const deontic = mask(3, n)
  for (let index = 0; index < n; index++) {
    if (index >= (questionFrom[segment[index] as number] as number)) open[index] = 1
    if (index >= (deonticFrom[clause[index] as number] as number)) deontic[index] = 1
  }

  // --- Negation ---------------------------------------------------------------------------
  const negated = mask(4, n)
  const evaluativeAt = mask(5, n + 2)
  for (const match of of('evaluative')) evaluativeAt[match.from] = 1
  const negatedFrom = earliest(clauses)
  const negatedBefore = indexes(6, clauses)
  const commaScoped: Match[] = []
  for (const match of of('negator')) {
    if (inTactic[match.from] === 1) continue
    // "Sin cirugía, ...": a negator that heads a phrase ends at the next comma.
    if (morphology.commaScoped.has(norm(match.from))) {
      commaScoped.push(match)
      continue
    }
    const id = clause[match.from] as number
    negatedFrom[id] = Math.min(negatedFrom[id] as number, match.to)
    // "Being FDA-registered does not mean ...", "X is not ...": the negation turns against
    // what the clause's subject says.
    const before = tokens[match.from - 1]
    // After "is" only a short subject is denied ("Registration is not approval"); a long
    // clause before "is not" says more than its subject.
    const evaluative =
      evaluativeAt[match.to] === 1 || evaluativeAt[match.to + 1] === 1 || (before !== undefined && grammar.be.has(before.norm) && match.from - clauseStart(match.from) <= 5)
    if (evaluative) negatedBefore[id] = Math.max(negatedBefore[id] as number, match.from)
  }
  for (let index = 0; index < n; index++) {
    const id = clause[index] as number
    if (index >= (negatedFrom[id] as number) || index < (negatedBefore[id] as number)) negated[index] = 1
  }
  // One that starts inside an earlier one's range ends where it ends, so it is skipped (linear).
  for (const match of commaScoped) {
    if (negated[match.to] === 1) continue
    for (let index = match.to; index < n && clause[index] === clause[match.from] && norm(index) !== ','; index++) negated[index] = 1
  }

  // "No crea pelo en zonas calvas, pero sí fortalece ...": a denial of what the treatment does,
  // then a contrast, bounds the benefits after the contrast. A denied promise or report ("no
  // prometen milagros, pero ...": camouflage) or a denied state ("has not been standardized,
  // but ...") bounds nothing; "not only ... but" is no negator match.
  const frameFrom = new Set(of('frame').map((frame) => frame.from))
  let denial = n
  for (const match of of('negator')) {
    if (inTactic[match.from] === 1 || morphology.commaScoped.has(norm(match.from)) || match.from > denial) continue
    const verb = morphology.adverb(norm(match.to)) ? match.to + 1 : match.to
    if (grammar.be.has(norm(verb)) || frameFrom.has(verb)) continue
    denial = match.from
  }
  let boundedFrom = n
  for (let index = denial + 1; index < n; index++) {
    if (clause[index] !== clause[denial] && grammar.contrasts.has(norm(index))) {
      boundedFrom = index
      break
    }
  }

  // --- Attribution ------------------------------------------------------------------------
  const attributed = mask(6, n)
  const predicateTokens = mask(7, n)
  for (const match of of('predicate')) predicateTokens[match.from] = 1
  const subjectBefore = (at: number): number => {
    // A subject is near its verb; the window keeps the search constant per call.
    for (let index = at - 1; index >= Math.max(0, at - 12) && clause[index] === clause[at]; index--) {
      if (!isWord(index)) continue
      const word = norm(index)
      if (grammar.auxiliaries.has(word) || grammar.be.has(word) || morphology.adverb(word) || predicateTokens[index] === 1 || grammar.nonSubjects.has(word)) continue
      return index
    }
    return -1
  }
  // A treatment noun as a subject; where adjectives follow the noun, the noun may stand a
  // word or two before ("estos mensajeros celulares microscópicos").
  const productAt = (at: number): boolean =>
    lemmaIn(at, grammar.productNouns) ||
    productSuffixed(tokens[at]?.norm) ||
    (morphology.postnominal && (lemmaIn(at - 1, grammar.productNouns) || lemmaIn(at - 2, grammar.productNouns)))
  // The verb after a reporting verb's "que" (past its addressee, "se" and object pronouns), when it gives an order.
  const directiveAfter = (to: number): boolean => {
    let que = to - 1
    // "les dicen a las células que ...": the addressee stands between the verb and its "que".
    while (norm(que) !== 'que' && que < to + 4 && que + 1 < n && clause[que + 1] === clause[to - 1]) que++
    if (norm(que) !== 'que') return false
    let at = que + 1
    while (at < to + 2 && clitics.has(norm(at)) && isWord(at + 1)) at++
    const token = tokens[at]
    return token !== undefined && token.kind === 'word' && morphology.directive(token.norm, lexicon.lemmasOf(token.norm) ?? [])
  }
  const attributedFrom = earliest(segments)
  let attributedBefore = 0
  // Naming asides (", often referred to as X,"): where each starts, attributed to its closing comma.
  const namingAsides: number[] = []
  for (const match of of('frame')) {
    const first = norm(match.from)
    // "Exosomes are promising", "research looks promising": the "-ing" form of a reporting verb
    // after a linking verb, a determiner or a degree word is an adjective, and reports nothing.
    if (match.to - match.from === 1 && morphology.presentParticiple(first)) {
      const cue = grammar.adjectiveCues?.has(norm(match.from - 1)) === true
      const linked = grammar.linkingVerbs?.has(norm(match.from - 1)) === true && (!isWord(match.to) || grammar.adjectiveEnds?.has(norm(match.to)) === true)
      if (cue || linked) continue
    }
    // ", often referred to as exosome stem cell therapy,": a naming frame after a comma opens an
    // aside that names a thing; what the sentence says around it is its own.
    if (grammar.namingFrames?.has(match.phrase) === true) {
      let before = match.from - 1
      while (before >= 0 && (morphology.adverb(norm(before)) || grammar.namingAdverbs?.has(norm(before)) === true)) before--
      if (before >= 0 && norm(before) === ',') {
        namingAsides.push(match.to)
        continue
      }
    }
    // "Tell the cells to repair": a directive with an infinitive reports nobody's words.
    if (grammar.directiveFrames !== undefined && grammar.infinitive !== '' && lemmaIn(match.from, grammar.directiveFrames)) {
      let directive = false
      for (let index = match.to; index < Math.min(n, match.to + 4) && isWord(index); index++) {
        if (norm(index) === grammar.infinitive) directive = true
      }
      if (directive) continue
    }
    // "According to the study / the data": research as the source is evidence offered, not
    // someone else's claim kept at a distance.
    if (grammar.sourceFrames?.has(match.phrase) === true) {
      let source = match.to
      while (source < Math.min(n, match.to + 4) && (grammar.nonSubjects.has(norm(source)) || tokens[source]?.kind === 'number' || morphology.adverb(norm(source)))) source++
      let research = false
      for (let index = source; index < Math.min(n, source + 6) && clause[index] === clause[match.from] && norm(index) !== ','; index++) {
        if (lemmaIn(index, sets.researchNoun) && norm(index) !== 'it' && norm(index) !== 'they') research = true
      }
      if (research) continue
    }
    const participle = morphology.participle(first)
    const subject = subjectBefore(match.from)
    let before = match.from - 1
    while (before >= 0 && (norm(before) === 'not' || morphology.adverb(norm(before)))) before--
    const passive = grammar.be.has(norm(before)) || morphology.passiveMarkers.has(norm(before))
    let seller = false
    for (let index = Math.max(clauseStart(match.from), match.from - 12); index < match.from; index++) if (grammar.sellers.has(norm(index))) seller = true
    // "He told me it would help me heal": what someone told the writer is a testimonial, not a report.
    if (grammar.firstPerson.has(norm(match.to))) continue
    // A frame that names its own source ("the logic goes", "some say") needs no subject check.
    // "According to some, ...": a frame that is a preposition has no subject of its own.
    const ownSource = (match.to - match.from > 1 && grammar.clauseSubjects.has(norm(match.from))) || grammar.sourceFrames?.has(match.phrase) === true
    // ", promoting them as ...": a participle after a comma has the main clause's subject, not the word before it.
    const afterComma = norm(match.from - 1) === ','
    // "Products that claim to cure": a verb that only reports keeps a product subject at a distance.
    const distancing = grammar.distancingFrames !== undefined && lemmaIn(match.from, grammar.distancingFrames)
    if (!participle && !passive && !seller && !ownSource && !afterComma && subject >= 0 && ((productAt(subject) && !distancing) || lemmaIn(subject, sets.testimonialSource))) continue
    // "Te explicamos que ...", "cabe destacar que ...": the page's own voice reports nothing.
    if (morphology.ownVoice(first, (offset) => norm(match.from - offset))) continue
    // "Les indican que produzcan colágeno": a reporting verb before an order gives it, reporting nothing.
    if (directiveAfter(match.to)) continue
    const id = segment[match.from] as number
    attributedFrom[id] = Math.min(attributedFrom[id] as number, match.to)
    // "..., según los últimos trabajos": a frame of this kind after a comma reports what came before it.
    if (norm(match.from - 1) === ',' && grammar.backwardFrames?.has(first) === true) attributedBefore = Math.max(attributedBefore, match.from)
    // "..., the clinic claims." reports what came before it.
    const tail = n - match.to
    if (tail <= 3 && (norm(match.from - 1) === ',' || norm(match.from - 2) === ',' || norm(match.from - 3) === ',' || quoteChars.has(norm(match.from - 1)))) {
      attributedBefore = Math.max(attributedBefore, match.from)
    }
  }
  for (const match of of('denying')) {
    const id = segment[match.from] as number
    attributedFrom[id] = Math.min(attributedFrom[id] as number, Math.max(clauseStart(match.from), segmentStart(match.from)))
  }
  for (let index = 0; index < n; index++) {
    if (index < attributedBefore || index >= (attributedFrom[segment[index] as number] as number)) attributed[index] = 1
  }
  // One that starts inside an earlier one's range ends where it ends, so it is skipped (linear).
  let asideEnd = 0
  for (const from of namingAsides) {
    if (from < asideEnd) continue
    let index = from
    for (; index < n && clause[index] === clause[from] && norm(index) !== ','; index++) attributed[index] = 1
    asideEnd = index
  }

  // --- Hedges, limitations, reports -------------------------------------------------------
  const modalClauses = new Map<number, string>()
  // A hedge that opens an afterthought after a comma ("PRP works by activating ..., potentially
  // offering ...") hedges the afterthought, not the statement before it (camouflage); at the
  // very end of its clause (", perhaps.") it still hedges the whole clause.
  const afterthoughts = new Map<number, { from: number; found: string }>()
  for (const match of of('modal')) {
    if (inTactic[match.from] === 1) continue
    // "Les indica que produzcan colágeno": an order, not a hedge ("indica que" as "suggests").
    if (directiveAfter(match.to)) continue
    const id = clause[match.from] as number
    const afterthought = norm(match.from - 1) === ',' && clauseEnd(match.from) - match.to > 2
    if (afterthought) {
      if (!afterthoughts.has(id)) afterthoughts.set(id, { from: match.from, found: found(match.from, match.to) })
      continue
    }
    if (!modalClauses.has(id)) modalClauses.set(id, found(match.from, match.to))
  }
  const modalAt = (at: number): string | undefined => {
    const id = clause[at] as number
    const own = modalClauses.get(id)
    if (own !== undefined) return own
    const afterthought = afterthoughts.get(id)
    if (afterthought !== undefined && at >= afterthought.from) return afterthought.found
    // "Exosomes are thought to carry growth factors, which can help relieve ...": a
    // relative clause after a comma says more of the hedged statement before it, under its hedge.
    const first = clauseStart(at)
    if (first > 1 && grammar.relativeOpeners?.has(norm(first)) === true && norm(first - 1) === ',') return modalClauses.get(clause[first - 1] as number)
    return undefined
  }
  // "in animals or humans", "in mice and people": a frame joined to people no longer
  // restricts the statement to research in animals or cells.
  const joinedToPeople = (match: Match): boolean => {
    let at = match.to
    if (!grammar.conjunctions.has(norm(at))) return false
    at++
    if (norm(at) === 'in') at++
    return lemmaIn(at, sets.personObject) || lemmaIn(at, grammar.humans ?? emptySet)
  }
  const conceded = (match: Match): boolean => concessive[clause[match.from] as number] === 1
  // A research frame of the sentence's own, not inside a tactic, not joined to people, not conceded.
  const placesInResearch = (match: Match): boolean => inTactic[match.from] === 0 && !joinedToPeople(match) && !conceded(match)
  const researchMatch = of('research').find(placesInResearch)
  const limitationMatch = of('limitation').find((match) => inTactic[match.from] === 0 && !conceded(match))
  const negatedEvidence = of('evidential').find((match) => negated[match.from] === 1)
  facts.limitation = limitationMatch !== undefined || negatedEvidence !== undefined
  // "Though there is uncertainty, research supports it": the concession's own frame or
  // limitation hedges its clause, not the statement it concedes to.
  const concession = of('research').find((match) => inTactic[match.from] === 0 && conceded(match)) ?? of('limitation').find((match) => inTactic[match.from] === 0 && conceded(match))
  const concessionClause = concession === undefined ? -1 : (clause[concession.from] as number)
  const concessionFound = concession === undefined ? undefined : found(concession.from, concession.to)
  // Who was studied ("in people with hair loss"), or the research named ("trials show that ...").
  facts.scoped = of('scope').length > 0 || of('researchNoun').some((match) => norm(match.from) !== 'it' && norm(match.from) !== 'they')
  const researchFound =
    researchMatch !== undefined
      ? found(researchMatch.from, researchMatch.to)
      : limitationMatch !== undefined
        ? found(limitationMatch.from, limitationMatch.to)
        : negatedEvidence !== undefined
          ? found(negatedEvidence.from, negatedEvidence.to)
          : undefined
  // A report of a study: research named in the sentence (or "it"/"they" finding something)
  // and a simple past ("found", "was"), not a present perfect ("have seen").
  const findingPast = of('finding').some((match) => {
    const word = norm(match.from)
    const perfect = lemmaIn(match.from - 1, morphology.perfect) || lemmaIn(match.from - 2, morphology.perfect)
    // "results are usually seen", "being seen": a participle after a form of "be" is a
    // passive, in the tense of "be" (a past "was seen" counts as a past verb below).
    let auxiliary = match.from - 1
    while (auxiliary > 0 && morphology.adverb(norm(auxiliary))) auxiliary--
    const passive = grammar.be.has(norm(auxiliary))
    return !perfect && !passive && morphology.past(word, match.phrase.split(' ')[0] ?? '')
  })
  const studyContext =
    of('researchNoun').some((match) => (norm(match.from) !== 'it' && norm(match.from) !== 'they') || findingPast) || researchMatch !== undefined
  const pastVerb = tokens.some((token) => morphology.pastCopula.has(token.norm))
  const reportContext = studyContext && (findingPast || pastVerb)

  const standing = (at: number): Standing => ({
    negated: negated[at] === 1,
    attributed: attributed[at] === 1 || quoted[at] === 1,
    open: open[at] === 1,
    report: false,
    hedge: researchFound !== undefined || clause[at] === concessionClause ? 'research' : modalAt(at) !== undefined ? 'modal' : undefined,
  })
  const hedgeAt = (at: number): string | undefined => researchFound ?? (clause[at] === concessionClause ? concessionFound : modalAt(at))
  // Where the research frame or limitation stands: a cure or a reversal promised in a clause
  // before it ("the cargo cures arthritis, but this is still being studied") is not placed in
  // research by it; a disclaimer after a promise does not undo it (camouflage).
  const researchAt = (researchMatch ?? limitationMatch ?? negatedEvidence)?.from
  const researchLater = (at: number): boolean => researchAt !== undefined && (clause[researchAt] as number) > (clause[at] as number)

  // --- Benefit predicates -----------------------------------------------------------------
  const predicateStarts = new Set<number>()
  // A bare or -s form right after a determiner, a preposition or a modifying noun is a noun
  // ("a cure", "for repair", "tissue repair"); anywhere else it is read as the verb.
  const nounAt = (index: number): boolean => {
    const previous = tokens[index - 1]
    const token = tokens[index] as Token
    // The language's own reading first ("los cerdos tratados", "para reparar"); the word
    // before is empty at the start of the sentence.
    const own = morphology.nounAt(token.norm, previous?.norm ?? '')
    if (own !== undefined) return own
    if (previous === undefined || (previous.kind !== 'word' && previous.kind !== 'number')) return false
    if (previous.kind === 'number') return true
    // "a way of relieving pain", "a means of restoring": after a noun of means and "of", an "-ing" form does what the means does.
    if (morphology.presentParticiple(token.norm) && previous.norm === 'of' && grammar.meansNouns?.has(norm(index - 2)) === true) return false
    // "by increasing", "while improving": a means or a circumstance is a verb.
    if (token.norm.endsWith('ing') || token.norm.endsWith('ed')) return grammar.nounCues.has(previous.norm) && !grammar.verbCues.has(previous.norm) && previous.norm !== 'by' && previous.norm !== 'while'
    return grammar.nounCues.has(previous.norm) && !grammar.verbCues.has(previous.norm)
  }
  const objectAfter = (to: number): { text: string | undefined; person: boolean } => {
    let index = to
    while (index < n && index < to + 3 && isWord(index) && sets.nonNegating.has(norm(index))) index++
    const first = index
    let words = 0
    while (index < n && isWord(index) && clause[index] === clause[to - 1] && words < 4 && !grammar.conjunctions.has(norm(index))) {
      index++
      words++
    }
    if (words === 0) return { text: undefined, person: false }
    let person = false
    for (let look = first; look < Math.min(first + 2, n); look++) if (lemmaIn(look, sets.personObject)) person = true
    return { text: found(first, index), person }
  }
  // "The first report on the safety and efficacy of an EV product (ExoFlo) to treat
  // osteoarthritis": an infinitive in a phrase of research or efficacy is what is studied, not
  // asserted. Looks back at most eight words in the clause, past one aside in parentheses, and
  // stops at a verb.
  const researchNounAt = (index: number): boolean => lemmaIn(index, sets.researchNoun)
  const studiedUse = (marker: number): boolean => {
    if (grammar.studiedHeads === undefined) return false
    let index = marker - 1
    if (norm(index) === ')') {
      const close = index
      while (index > close - 12 && index > 0 && norm(index) !== '(') index--
      if (norm(index) !== '(') return false
      index--
    }
    if (index < 0) return false
    const first = clauseStart(index)
    for (let words = 0; index > first && words < 8; index--, words++) {
      const word = norm(index)
      // "a BM-MSC-EV product": the hyphens of a compound are part of the phrase.
      if (word === '-' && tokens[index + 1]?.joined === true) continue
      if (!isWord(index) || grammar.be.has(word) || grammar.auxiliaries.has(word) || grammar.verbCues.has(word) || predicateTokens[index] === 1) return false
      if ((word === 'of' || word === 'on' || word === 'into') && (grammar.studiedHeads.has(norm(index - 1)) || researchNounAt(index - 1))) return true
    }
    return false
  }
  const infinitiveOpen = (at: number): boolean => {
    let marker = at - 1
    if (grammar.infinitive === '') {
      // The infinitive is marked on the verb ("curar"): its governor stands before the words that link them ("objetivo de curar").
      if (!morphology.infinitive(norm(at))) return false
      marker = at
      while (marker > at - 3 && (morphology.infinitiveLinks.has(norm(marker - 1)) || grammar.be.has(norm(marker - 1)))) marker--
    } else {
      if (grammar.be.has(norm(marker))) marker--
      if (norm(marker) !== grammar.infinitive) return false
    }
    let governor = marker - 1
    while (governor >= 0 && governor > marker - 4 && (morphology.adverb(norm(governor)) || norm(governor) === 'not')) governor--
    if (governor < 0) return false
    // "are used to treat" asserts a use; "exosomes used to treat diseases are regulated" names a class.
    if (morphology.classGovernors.has(norm(governor))) return !grammar.be.has(norm(governor - 1))
    // An aim, a wish, a duty or a question leaves the infinitive open; a purpose after any
    // other word is read as asserted ("exosomes send signals to promote healing").
    return sets.openGovernor.has(norm(governor)) || lemmaIn(governor, sets.openGovernor) || studiedUse(marker)
  }
  // Whether `at` is "of" and one of the `span` words after it passes `test` ("a number of
  // studies", "62% of primary studies").
  const ofAhead = (at: number, span: number, test: (index: number) => boolean): boolean => {
    if (norm(at) !== 'of') return false
    for (let index = at + 1; index <= Math.min(n - 1, at + span); index++) if (test(index)) return true
    return false
  }
  // "For exosome-based therapies to be FDA approved, they must ...": an approval after "for ...
  // to (be)" is the condition a sentence sets, not a status claimed ("the first to be FDA
  // approved" names one). Looks back at most six words in the clause.
  const approvalAsCondition = (at: number): boolean => {
    if (grammar.infinitive === '' || grammar.conditionLeads === undefined) return false
    let marker = at - 1
    if (grammar.be.has(norm(marker))) marker--
    if (norm(marker) !== grammar.infinitive || grammar.ranks?.has(norm(marker - 1)) === true) return false
    for (let index = marker - 1; index >= Math.max(clauseStart(marker), marker - 6); index--) if (grammar.conditionLeads?.has(norm(index)) === true) return true
    return false
  }
  // "activating signaling pathways", "promoting inflammation": a verb that raises a process of
  // the cell describes a mechanism, and one that raises a harm promises nothing. Read on the
  // head of the object only (up to three words, before a conjunction or a preposition).
  const raisesNoBenefit = (match: Match): boolean => {
    if (match.to - match.from !== 1 || sets.raising?.has(match.phrase) !== true) return false
    // "Increasing interest", "a growing number of studies": a participle before a noun of attention or count says the field grows.
    const head = norm(match.to)
    if (grammar.attentionNouns?.has(head) === true && (morphology.participle(norm(match.from)) || morphology.presentParticiple(norm(match.from)))) {
      return grammar.countNouns?.has(head) !== true || ofAhead(match.to + 1, 2, researchNounAt)
    }
    // "The use and breadth of PRP therapy have increased", "a significant increase in the
    // practice of ...": a noun of attention heading the clause with nothing raised after the
    // verb, or right after the raising noun's preposition, says the field grows too.
    const bare =
      !isWord(match.to) ||
      clause[match.to] !== clause[match.from] ||
      morphology.adverb(norm(match.to)) ||
      grammar.adjuncts?.has(norm(match.to)) === true ||
      grammar.causeMarkers?.has(`${norm(match.to)} ${norm(match.to + 1)}`) === true
    const subject = subjectBefore(match.from)
    for (let index = subject; bare && index >= 0 && index > subject - 7 && clause[index] === clause[match.from]; index--) {
      // The subject's head: the noun before the verb, or one its "of" phrase follows ("rates of the disease").
      // A count noun only counts research: "the number of studies has grown", not "the number of follicles increased".
      const counted = grammar.countNouns?.has(norm(index)) !== true || ofAhead(index + 1, 2, researchNounAt)
      if (grammar.attentionNouns?.has(norm(index)) === true && counted && (index === subject || norm(index + 1) === 'of' || norm(index + 1) === 'and')) return true
    }
    let next = match.to + 1
    while (next < n && next < match.to + 3 && grammar.nonSubjects.has(norm(next))) next++
    if (grammar.topicMarkers?.has(norm(match.to)) === true && grammar.attentionNouns?.has(norm(next)) === true && grammar.countNouns?.has(norm(next)) !== true) return true
    for (let index = match.to; index < n && index < match.to + 3 && isWord(index) && clause[index] === clause[match.from]; index++) {
      const word = norm(index)
      if (grammar.conjunctions.has(word) || grammar.mentionMarkers?.has(word) === true) return false
      if (sets.mechanismObject?.has(word) === true || sets.harmObject?.has(word) === true) return !(tokens[index] as Token).joined
    }
    return false
  }
  // "slowed tissue repair", "hair growth stops in the resting phase": a verb that lowers a process
  // of healing or growth (its object, or with none its subject) tells of a loss, not a benefit,
  // unless a harm grows ("inhibits tumor growth"). Reads three words either side.
  const lowersBenefit = (match: Match): boolean => {
    if (grammar.lowering?.has(match.phrase) !== true || grammar.benefitProcesses === undefined) return false
    const processIn = (from: number, to: number): boolean => {
      let process = false
      for (let index = from; index < to; index++) {
        if (!isWord(index) || clause[index] !== clause[match.from]) break
        if (sets.harmObject?.has(norm(index)) === true) return false
        if (grammar.benefitProcesses?.has(norm(index)) === true) process = true
      }
      return process
    }
    // "Due to reduced blood flow": a lowered state named as a cause promises nothing.
    if (morphology.participle(norm(match.from)) && grammar.causeMarkers?.has(`${norm(match.from - 2)} ${norm(match.from - 1)}`) === true) return true
    // "Hair growth stops in the catagen phase": with no object (an adjunct follows), its subject is what is lowered.
    const adjunct = grammar.adjuncts?.has(norm(match.to)) === true
    if (!adjunct && isWord(match.to) && clause[match.to] === clause[match.from]) return processIn(match.to, Math.min(n, match.to + 3))
    return processIn(Math.max(0, match.from - 2), match.from)
  }
  // A side effect as a subject, one word ("redness") or two ("side effects"): the two-word
  // form is read on the head word's lemma with the word before it.
  const sideEffectAt = (at: number): boolean => {
    const set = sets.sideEffect ?? emptySet
    if (lemmaIn(at, set)) return true
    const before = norm(at - 1)
    return set.has(`${before} ${norm(at)}`) || (lexicon.lemmasOf(norm(at)) ?? []).some((lemma) => set.has(`${before} ${lemma}`))
  }
  let lastBenefitEnd = -10
  let lastInfinitive: { clause: number; open: boolean } | undefined
  const addBenefit = (match: Match, strength: BenefitFact['strength']): void => {
    const subject = subjectBefore(match.from)
    const object = objectAfter(match.to)
    if (object.person && sets.careVerb.has(match.phrase)) return
    // "Veterans were treated with ExoFlo", "cells treated with EVs": care given to a person, an
    // animal or cells, as the participle's subject, describes who received it, not a benefit.
    if (subject >= 0 && sets.careVerb.has(match.phrase) && morphology.participle(norm(match.from)) && (lemmaIn(subject, sets.personObject) || grammar.labWords?.has(norm(subject)) === true)) return
    if (raisesNoBenefit(match) || lowersBenefit(match)) return
    // "El enrojecimiento desaparece en unas horas": a side effect passing promises nothing.
    if (subject >= 0 && sideEffectAt(subject)) return
    // "Los médicos tratan la artrosis con analgésicos": care given by a caregiver is described, not promised.
    if (subject >= 0 && sets.careVerb.has(match.phrase) && lemmaIn(subject, sets.caregiver ?? emptySet)) return
    const token = tokens[match.from] as Token
    const past = morphology.past(token.norm, match.phrase.split(' ')[0] ?? '')
    const state = standing(match.from)
    let hedgeFound = hedgeAt(match.from)
    if (strength !== 'regular' && state.hedge === 'research' && researchLater(match.from)) {
      hedgeFound = modalAt(match.from)
      state.hedge = hedgeFound === undefined ? undefined : 'modal'
    }
    // "Influencers promote exosome treatments": what a seller does to a treatment is reported, not promised.
    // "Options that enable practitioners to address ...": a seller given the means to act is the object; the claim is the giver's.
    if (subject >= 0 && grammar.sellers.has(norm(subject)) && grammar.enablers?.has(norm(subject - 1)) !== true) state.attributed = true
    predicateStarts.add(match.from)
    // "to treat or prevent": a coordinated predicate shares the standing of the one before.
    const previous = facts.benefits.at(-1)
    const coordinated = previous !== undefined && (grammar.conjunctions.has(norm(match.from - 1)) || norm(match.from - 1) === ',') && lastBenefitEnd >= match.from - 3
    lastBenefitEnd = match.to - 1
    // "reactivar los folículos y favorecer el crecimiento": in a language that marks the infinitive
    // on the verb, an infinitive coordinated with an earlier one of its clause shares its standing.
    const infinitive = grammar.infinitive === '' && morphology.infinitive(token.norm)
    const coordinatedInfinitive =
      infinitive && lastInfinitive !== undefined && lastInfinitive.clause === clause[match.from] && lastInfinitive.open && grammar.conjunctions.has(norm(match.from - 1))
    const open =
      state.open ||
      deontic[match.from] === 1 ||
      infinitiveOpen(match.from) ||
      (coordinated && previous.open) ||
      coordinatedInfinitive ||
      morphology.unasserted(token.norm, match.phrase.split(' ')[0] ?? '', (offset) => norm(match.from - offset))
    if (infinitive) lastInfinitive = { clause: clause[match.from] as number, open }
    facts.benefits.push({
      // Fields written out: an object spread here costs more than the rest of the sentence.
      negated: state.negated,
      attributed: state.attributed,
      hedge: state.hedge,
      open,
      report: reportContext && past,
      start: token.start,
      end: tokens[match.to - 1]?.end ?? token.end,
      lemma: match.phrase,
      found: found(match.from, match.to),
      strength,
      subject: subject >= 0 ? tokens[subject]?.text : undefined,
      object: object.text,
      hedgeFound,
      bounded: match.from > boundedFrom,
    })
  }
  const cureNouns = of('cureNoun')
  const cureNounAt = new Set(cureNouns.map((noun) => noun.from))
  // "Promoting them as a solution": the verb of a frame with an object slot is the report's verb, not a benefit.
  const longFrameStarts = new Set(of('frame').filter((frame) => frame.to - frame.from > 2).map((frame) => frame.from))
  for (const match of longest(of('predicate'))) {
    const token = tokens[match.from] as Token
    if (token.joined) continue
    // "Se promueven como seguros": a passive predicate that opens a reporting frame is the report's verb.
    if (frameFrom.has(match.from) && morphology.passiveMarkers.has(norm(match.from - 1))) continue
    if (longFrameStarts.has(match.from)) continue
    const lemma = match.phrase
    const strength = sets.cureClaim.has(lemma) ? 'cure' : sets.strong.has(lemma) ? 'strong' : 'regular'
    if (match.to - match.from === 1 && nounAt(match.from)) {
      if (cureNounAt.has(match.from)) addBenefit(match, 'cure')
      continue
    }
    addBenefit(match, strength)
  }
  for (const match of cureNouns) if (!predicateStarts.has(match.from)) addBenefit(match, 'cure')
  for (const match of of('efficacy')) {
    if ((tokens[match.from] as Token).joined) continue
    if (grammar.mentionMarkers?.has(norm(match.from - 1)) === true) continue
    addBenefit(match, 'regular')
  }
  // "Exosome therapy offers ...": a treatment as the subject of a verb of giving promises a benefit.
  for (const match of of('productVerb')) {
    // "Estas terapias se ofrecen en clínicas": in the passive, the subject is what is given, not the giver.
    if (morphology.passiveMarkers.has(norm(match.from - 1))) continue
    // "Exosomes that are produced by cells": after a form of "be", a verb of giving is a passive too.
    if (grammar.be.has(norm(match.from - 1)) || (morphology.adverb(norm(match.from - 1)) && grammar.be.has(norm(match.from - 2)))) continue
    // "vesículas producidas por las células", "offered by clinics": a participle before its agent is a passive.
    if (morphology.participle(norm(match.from)) && agents.has(norm(match.to))) continue
    // "Productos que aseguran «estimularlas»": a verb of giving before quoted words reports what is claimed.
    if (quoteChars.has(norm(match.to)) && isWord(match.to + 1) && quoted[match.to + 1] === 1) continue
    const subject = subjectBefore(match.from)
    if (subject >= 0 && productAt(subject) && norm(subject) !== 'it' && norm(subject) !== 'this') {
      addBenefit(match, 'regular')
      continue
    }
    // A verb that also reports ("prometen rejuvenecer") reports without a subject: someone's promise.
    if (!morphology.impliedSubject || of('frame').some((frame) => frame.from === match.from)) continue
    // "Aportan propiedades antiinflamatorias", "..., lo que asegura una mejor oxigenación": a
    // verb of giving with no subject of its own speaks of what the text is about, unless what
    // it gives is a treatment or a person ("ofrecen tratamientos", "ofrecen a los pacientes").
    let index = match.from - 1
    while (index >= 0 && isWord(index) && (grammar.nonSubjects.has(norm(index)) || grammar.auxiliaries.has(norm(index)) || morphology.adverb(norm(index)))) index--
    if (index >= 0 && isWord(index)) continue
    if (lemmaIn(match.to, grammar.productNouns) || lemmaIn(match.to + 1, grammar.productNouns) || lemmaIn(match.to, sets.personObject)) continue
    addBenefit(match, 'regular')
  }
  // Benefit terms count in a sentence about a treatment, or one that promises the reader ("you will have thicker hair").
  const named = tokens.some(
    (token) => grammar.productNouns.has(token.norm) || productSuffixed(token.norm) || grammar.reader.has(token.norm) || token.norm === 'they' || token.norm === 'them',
  )
  // Where a sentence need not name its subject, its benefit terms are read whatever it names.
  const treatmentNamed = named || morphology.impliedSubject
  // "PRP for hair restoration takes an hour", "advances in wound healing": a benefit noun that
  // heads a phrase after a preposition (past its modifiers, or a list of such nouns: "for
  // wound healing, pain relief and hair restoration"), or a treatment's name ("PRP hair
  // restoration requires ..."), names a use, a field or a procedure; after a word
  // that gives it ("results in faster healing", "ideal for hair restoration"), or with a verb
  // or a comparative among its modifiers, it is asserted. Reads at most six words back.
  const topicNouns = new Set<number>()
  const namesTopic = (match: Match): boolean => {
    if (match.to - match.from !== 1 || grammar.topicMarkers === undefined || grammar.benefitNouns?.has(norm(match.from)) !== true) return false
    // Whether every word passed is a modifying noun ("hair", "wound"): only then does a treatment's name close the phrase.
    let modifiers = true
    for (let index = match.from - 1; index >= 0 && index >= match.from - 6; index--) {
      const word = norm(index)
      if (topicNouns.has(index)) return true
      if (grammar.topicMarkers.has(word)) return grammar.topicGivers?.has(norm(index - 1)) !== true && predicateTokens[index - 1] !== 1
      // "A newer approach to hair restoration", "a guide to wound healing": after a noun of approach, "to" names a field too.
      if (word === grammar.infinitive && grammar.approachNouns?.has(norm(index - 1)) === true) return true
      if (word === ',' || grammar.conjunctions.has(word)) continue
      // "PRP hair restoration requires three sessions": a treatment's name that opens its phrase.
      if (modifiers && lemmaIn(index, grammar.productNouns) && (index === 0 || !isWord(index - 1) || grammar.nounCues.has(norm(index - 1)))) return true
      if (!grammar.nounCues.has(word)) modifiers = false
      if (!isWord(index) || grammar.be.has(word) || grammar.auxiliaries.has(word) || grammar.verbCues.has(word) || predicateTokens[index] === 1 || sets.benefitTerm.has(word)) return false
    }
    return false
  }
  if (treatmentNamed) {
    for (const match of longest(of('benefitTerm'))) {
      if (predicateStarts.has(match.from)) continue
      // "Such as anti-inflammatory cytokines": a one-word benefit term before a noun of molecule or cell type names a kind.
      if (!match.phrase.includes(' ') && grammar.kindNouns?.has(norm(match.to)) === true) continue
      if (namesTopic(match)) topicNouns.add(match.from)
      else addBenefit(match, 'regular')
    }
  }
  facts.benefitContext = facts.benefits.length > 0 || of('outcome').length > 0 || named

  // --- Tactics ----------------------------------------------------------------------------
  const onlyInSentence = tokens.some((token) => morphology.restrictive.has(token.norm))
  const copulaBefore = (at: number): boolean => {
    for (let index = at - 1; index >= Math.max(0, at - 3); index--) {
      const word = norm(index)
      if (grammar.be.has(word)) return true
      if (!morphology.adverb(word) && !grammar.auxiliaries.has(word)) return false
    }
    return false
  }
  // "With most patients experiencing only mild discomfort": an outcome whose object (up to
  // three words on, in its clause) is a side effect tells of a risk, not a result.
  const outcomes = of('outcome').filter((match) => {
    for (let index = match.to; index < n && index < match.to + 3 && isWord(index) && clause[index] === clause[match.from]; index++) if (sideEffectAt(index)) return false
    return true
  })
  const priced = grammar.priceWords !== undefined && tokens.some((token) => grammar.priceWords?.has(token.norm) === true)
  // "We adhere to cGMP standards": the seller speaking of itself makes a regulatory word a selling point.
  const sellerVoice = grammar.sellerVoice !== undefined && tokens.some((token, index) => grammar.sellerVoice?.has(token.norm) === true && quoted[index] === 0 && attributed[index] === 0)
  // "Registration does not mean FDA approval", "PRP itself is not FDA-approved, the devices
  // are FDA-cleared", "that is different from PRP itself being approved": a sentence that
  // denies approval, or sets something apart from it, states the regulatory status, so the
  // regulatory words in it are no selling point (one used as such, "our cGMP lab", still is).
  // A denial through "no"/"without", or one that a duty governs ("not required to have FDA
  // approval"), denies nothing.
  let approvalDenied = false
  if (grammar.approvalWords !== undefined && of('regulatory').length > 0) {
    let notAt = -10
    let apartAt = -10
    for (let index = 0; index < n && !approvalDenied; index++) {
      const word = norm(index)
      if (grammar.denialWords?.has(word) === true && inTactic[index] === 0) notAt = index
      if (grammar.apartWords?.has(word) === true && grammar.apartLinks?.has(norm(index + 1)) === true) apartAt = index
      if (!grammar.approvalWords.has(word) || deontic[index] === 1) continue
      const denied = negated[index] === 1 && notAt >= index - 5 && clause[notAt] === clause[index]
      const apart = apartAt >= index - 6 && clause[apartAt] === clause[index]
      approvalDenied = denied || apart
    }
  }
  // "Have to be proven", "must be proven": where a duty ends, before "be", certainty is asked for, not claimed.
  const dutyEnds = new Set(of('deontic').map((match) => match.to))
  // "We demonstrate in diabetic mice that ... (~96% of control values)": research placed in
  // animals, cells or the lab measures; a number there is a finding, not a promise.
  const labResearch =
    grammar.labWords !== undefined &&
    of('research').some((match) => placesInResearch(match) && match.phrase.split(' ').some((word) => grammar.labWords?.has(word) === true))
  for (const category of tacticCategories) {
    for (const match of longest(of(category))) {
      const phrase = match.phrase
      const state = standing(match.from)
      const fact: TacticFact = {
        // "No hay ningún riesgo": in a language with negative concord, a phrase that opens with its
        // own negative word ("ningún riesgo") is not negated again by the "no" before it.
        negated: state.negated && !morphology.concord.has(norm(match.from)),
        attributed: state.attributed,
        open: state.open,
        report: state.report,
        hedge: state.hedge,
        start: tokens[match.from]?.start ?? 0,
        end: tokens[match.to - 1]?.end ?? 0,
        tactic: tacticOf[category],
        phrase,
        found: found(match.from, match.to),
        contextual: false,
      }
      if (category === 'certainty' && sets.certaintyContextual.has(phrase)) {
        if (!facts.benefitContext) continue
        // "EXOs are known to express immune proteins; ...": certainty over an infinitive whose
        // clause holds no benefit predicate or benefit after it claims none.
        if (grammar.infinitive !== '' && phrase.endsWith(` ${grammar.infinitive}`)) {
          const after = clauseEnd(match.from)
          let predicate = false
          for (let index = match.to; index < after && !predicate; index++) predicate = predicateTokens[index] === 1
          const to = tokens[after - 1]?.end ?? fact.end
          if (!predicate && !facts.benefits.some((benefit) => benefit.start >= fact.end && benefit.start < to)) continue
        }
        fact.contextual = true
      }
      if (category === 'certainty' && dutyEnds.has(match.from - 1) && grammar.be.has(norm(match.from - 1))) fact.open = true
      if (category === 'safety') fact.report = reportContext
      if (category === 'safety' && sets.safetySoft.has(phrase)) {
        // "a safe procedure"; in a language whose adjectives follow the noun, "un procedimiento seguro".
        const productAfter = lemmaIn(match.to, grammar.productNouns) || productSuffixed(tokens[match.to]?.norm) || (morphology.postnominal && lemmaIn(match.from - 1, grammar.productNouns))
        if (!copulaBefore(match.from) && !productAfter) continue
        if (infinitiveOpen(match.from) || deontic[match.from] === 1) fact.open = true
        fact.contextual = true
      }
      if (category === 'regulatory') {
        if (sets.regulatoryContextual.has(phrase)) {
          if (!facts.benefitContext && !sellerVoice) continue
          fact.contextual = true
        }
        if (sets.regulatoryApproval.has(phrase) && (deontic[match.from] === 1 || onlyInSentence || approvalAsCondition(match.from))) fact.open = true
        if (approvalDenied && !fact.contextual && !sets.regulatoryIntrinsic.has(phrase) && phrase.split(/[ -]/).some((word) => grammar.statusWords?.has(word) === true)) fact.negated = true
      }
      if (category === 'testimonial' && !sets.testimonialStandalone.has(phrase)) {
        const outcome =
          outcomes.some((other) => negated[other.from] === 0 && attributed[other.from] === 0 && quoted[other.from] === 0 && open[other.from] === 0) ||
          facts.benefits.some((benefit) => !benefit.negated && !benefit.attributed && !benefit.open)
        if (!outcome) continue
        fact.contextual = true
      }
      if (category === 'testimonial') fact.report = reportContext && !phrase.startsWith('i ') && !phrase.startsWith('my ')
      // "A single session costs $3,000": a price is not a promise.
      if (category === 'numeric' && (priced || labResearch)) continue
      // "62% of studies failed to ...", "17% of primary studies": a share of the literature
      // counts studies, it promises nothing (up to two words before the noun).
      if (category === 'numeric' && ofAhead(match.to, 3, (index) => grammar.literatureNouns?.has(norm(index)) === true)) continue
      // A duration or a number with no benefit, outcome or treatment in its sentence promises nothing ("the resting phase lasts up to three months").
      if (category === 'numeric' && !facts.benefitContext && of('predicate').length === 0) continue
      // "The court ordered the clinic to permanently stop advertising ...": an adverb of
      // lasting or speed in a sentence whose benefits are all reported or denied, with no
      // outcome of its own, promises nothing.
      if (category === 'numeric' && grammar.timeAdverbs?.has(phrase) === true && facts.benefits.length > 0) {
        const promised =
          outcomes.some((other) => negated[other.from] === 0 && attributed[other.from] === 0 && quoted[other.from] === 0) ||
          facts.benefits.some((benefit) => !benefit.negated && !benefit.attributed)
        if (!promised) continue
      }
      if (category === 'numeric' && sets.numericComparison.has(phrase)) {
        if (!facts.benefitContext) continue
        fact.report = reportContext
        fact.contextual = true
      }
      facts.tactics.push(fact)
    }
  }
  // "Studies show that exosomes regenerate cartilage": research as the subject of an
  // evidential verb presents an unhedged benefit as settled.
  // "Studies show improvement in cartilage", "several studies have shown new cartilage growth":
  // a benefit noun heading the evidential verb's object (up to four words, before a
  // preposition; not negated, not a harm's growth) is settled by it as a benefit predicate
  // would be. "Showed the potential of EVs ... to assess the effectiveness" is no such object.
  const showsBenefitNoun = (match: Match): boolean => {
    const end = Math.min(clauseEnd(match.from), match.to + 4)
    for (let index = match.to; index < end && isWord(index); index++) {
      const word = norm(index)
      if (grammar.topicMarkers?.has(word) === true || grammar.mentionMarkers?.has(word) === true) return false
      if (negated[index] === 1 || sets.harmObject?.has(norm(index - 1)) === true) continue
      if (grammar.benefitNouns?.has(word) === true || grammar.benefitProcesses?.has(word) === true) return true
    }
    return false
  }
  let lastSettled = -1
  for (const benefit of facts.benefits) if (benefit.hedge !== 'modal' && !benefit.negated && !benefit.open) lastSettled = Math.max(lastSettled, benefit.start)
  for (const match of of('evidential')) {
    if (negated[match.from] === 1 || open[match.from] === 1 || attributed[match.from] === 1) continue
    const subject = subjectBefore(match.from)
    if (subject < 0 || !lemmaIn(subject, sets.researchNoun) || norm(subject) === 'it' || norm(subject) === 'they') continue
    const settled = lastSettled > (tokens[match.from] as Token).start || showsBenefitNoun(match)
    if (!settled || researchMatch !== undefined) continue
    facts.tactics.push({
      negated: negated[subject] === 1,
      attributed: attributed[subject] === 1 || quoted[subject] === 1,
      open: open[subject] === 1,
      report: false,
      hedge: standing(subject).hedge,
      start: (tokens[subject] as Token).start,
      end: (tokens[match.to - 1] as Token).end,
      tactic: 'certainty',
      phrase: `${norm(subject)} ${match.phrase}`,
      found: found(subject, match.to),
      contextual: true,
    })
  }
  // A first-person story about a treatment ("I felt better after one session") is a testimonial.
  const person = tokens.findIndex((token, index) => grammar.firstPerson.has(token.norm) && quoted[index] === 0 && attributed[index] === 0)
  const benefitAsserted =
    facts.benefits.some((benefit) => !benefit.negated && !benefit.attributed && !benefit.open) ||
    of('outcome').some((match) => negated[match.from] === 0 && attributed[match.from] === 0 && quoted[match.from] === 0 && open[match.from] === 0)
  // "I understand that results will vary", "I am aware that ...": a consent form's first
  // person acknowledges terms (a window of three words keeps it constant).
  let acknowledges = false
  for (let index = person + 1; person >= 0 && index < Math.min(n, person + 4) && isWord(index); index++) {
    if (lemmaIn(index, grammar.acknowledgments ?? emptySet)) acknowledges = true
    if (!grammar.auxiliaries.has(norm(index)) && !grammar.be.has(norm(index)) && !morphology.adverb(norm(index))) break
  }
  if (person >= 0 && !acknowledges && benefitAsserted && negated[person] === 0 && !facts.tactics.some((fact) => fact.tactic === 'testimonial')) {
    const state = standing(person)
    facts.tactics.push({ negated: state.negated, attributed: state.attributed, open: state.open, report: state.report, hedge: state.hedge, start: (tokens[person] as Token).start, end: (tokens[person] as Token).end, tactic: 'testimonial', phrase: 'first person', found: (tokens[person] as Token).text, contextual: true })
  }
  const camouflage = of('camouflage').find((match) => attributed[match.from] === 0 && quoted[match.from] === 0)
  if (camouflage !== undefined) facts.camouflage = found(camouflage.from, camouflage.to)
  facts.tactics.sort((a, b) => a.start - b.start)
  facts.benefits.sort((a, b) => a.start - b.start)
  return facts
}

/**
 * Follow the quotation marks of a sentence: the state carries from one sentence of a
 * paragraph to the next, so a sentence with nothing to find still updates it.
 *
 * @param tokens The sentence's tokens.
 * @param quotes The state before the sentence (updated to the state after it).
 * @param quoted When given, set to 1 for each token inside a quotation.
 */
export function followQuotes(tokens: readonly Token[], quotes: QuoteState, quoted?: Uint8Array): void {
  let inQuote = quotes.open
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index] as Token
    if (token.kind === 'punctuation' && quoteChars.has(token.norm)) {
      if (openers.has(token.norm)) inQuote = true
      else if (closers.has(token.norm)) inQuote = false
      else if (token.norm === "'") inQuote = inQuote ? false : token.spaced || index === 0
      else inQuote = !inQuote
      continue
    }
    if (inQuote && quoted !== undefined) quoted[index] = 1
  }
  quotes.open = inQuote
}

// Scratch masks reused from sentence to sentence: a typed array per sentence and scope
// would allocate a backing store each time, and the collector would pay for it.
const scratch8: Uint8Array[] = []
const scratch32: Int32Array[] = []

/** A zeroed mask of at least `size` entries from slot `slot` (read only the first `size`). */
function mask(slot: number, size: number, value = 0): Uint8Array {
  let buffer = scratch8[slot]
  if (buffer === undefined || buffer.length < size) {
    buffer = new Uint8Array(Math.max(size, 2 * (buffer?.length ?? 64)))
    scratch8[slot] = buffer
  }
  buffer.fill(value, 0, size)
  return buffer
}

/** An index array of at least `size` entries from slot `slot`, filled with `value`. */
function indexes(slot: number, size: number, value = 0): Int32Array {
  let buffer = scratch32[slot]
  if (buffer === undefined || buffer.length < size) {
    buffer = new Int32Array(Math.max(size, 2 * (buffer?.length ?? 64)))
    scratch32[slot] = buffer
  }
  buffer.fill(value, 0, size)
  return buffer
}

const cacheLimit = 50_000

/** The trie keys of a word form, and whether any phrase starts with one of them. */
export interface TokenKeys {
  keys: readonly string[]
  starts: boolean
  /** A phrase of the trigger lists starts with one of the keys. */
  triggers: boolean
}

/**
 * The trie keys of a token, cached per word form for the language.
 *
 * @param token The token.
 * @param language The prepared language.
 * @returns Its keys, and whether a phrase of the lexicon (and of the trigger lists) starts with one.
 */
export function keysOf(token: Token, language: PreparedLanguage): TokenKeys {
  const cacheKey = token.kind === 'number' ? `#${token.norm}` : token.kind === 'word' ? token.norm : `!${token.norm}`
  const known = language.keyCache.get(cacheKey)
  if (known !== undefined) return known
  let keys: readonly string[]
  if (token.kind === 'punctuation' || token.kind === 'symbol') keys = [token.norm]
  else {
    const lemmas = language.lexicon.lemmasOf(token.norm)
    const own = token.kind === 'number' ? [token.norm, `=${token.norm}`, numberKey, anyKey] : [token.norm, `=${token.norm}`, anyKey]
    keys = lemmas === undefined ? own : [...own, ...lemmas]
  }
  const entry: TokenKeys = { keys, starts: language.lexicon.starts(keys), triggers: language.triggerLexicon.starts(keys) }
  if (language.keyCache.size >= cacheLimit) language.keyCache.clear()
  language.keyCache.set(cacheKey, entry)
  return entry
}

/** A word that ends like an English-style plural (used only as a cue, never as a fact). */
function looksPlural(word: string): boolean {
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us') && !word.endsWith('is')
}

/** Of overlapping matches, the longest at each start, and none inside an earlier one. */
function longest(matches: readonly Match[]): Match[] {
  const sorted = [...matches].sort((a, b) => a.from - b.from || b.to - a.to)
  const out: Match[] = []
  for (const match of sorted) {
    const previous = out.at(-1)
    if (previous !== undefined && match.from < previous.to) continue
    out.push(match)
  }
  return out
}
