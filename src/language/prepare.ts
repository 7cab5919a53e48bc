import type { LanguageDefinition, LanguageLists } from './language.js'
import { compileLexicon } from './lexicon.js'
import { hashTable, shapeOf } from './scan.js'
import { resolveMorphology } from './morphology.js'
import { triggerListsOf, type Anchor, type PreparedLanguage } from './sentence.js'
import { phraseWords } from './lexicon.js'
import type { LexiconExtension, Tactic } from './types.js'

// Where a policy's extra phrases for a tactic go in the lists.
const tacticLists: Record<Tactic, keyof LanguageLists> = {
  'unhedged-benefit': 'predicate',
  'cure-claim': 'cureNoun',
  certainty: 'certainty',
  hype: 'hype',
  'absolute-safety': 'safety',
  'numeric-promise': 'numeric',
  'regulatory-misdirection': 'regulatory',
  testimonial: 'testimonialStandalone',
  camouflage: 'camouflage',
}

const cache = new Map<string, { definition: LanguageDefinition; prepared: PreparedLanguage }>()
const cacheSize = 32

/**
 * A language with its lexicon compiled, extended by a policy. Compiled once per language
 * and extension (a small bounded cache), so every document checked with one policy shares it.
 *
 * @param definition The language.
 * @param extension Words the policy adds or allows.
 * @returns The prepared language.
 */
export function prepareLanguage(definition: LanguageDefinition, extension: LexiconExtension = {}): PreparedLanguage {
  const key = `${definition.code}\u0000${JSON.stringify(extension)}`
  const known = cache.get(key)
  if (known !== undefined && known.definition === definition) return known.prepared
  const lists: Record<string, string[]> = {}
  for (const [name, list] of Object.entries(definition.lists)) lists[name] = [...list]
  const add = (name: keyof LanguageLists, words: readonly string[] | undefined): void => {
    for (const word of words ?? []) if (word.trim() !== '') lists[name]?.push(word.trim())
  }
  add('predicate', extension.predicates)
  add('modal', extension.hedges)
  add('research', extension.frames)
  for (const [tactic, words] of Object.entries(extension.phrases ?? {}) as Array<[Tactic, readonly string[]]>) {
    add(tacticLists[tactic], words)
    // An added testimonial or cure phrase stands by itself; a cure noun is also a predicate.
    if (tactic === 'testimonial') add('testimonial', words)
    if (tactic === 'cure-claim') add('cureClaim', words)
  }
  const allowed = new Set((extension.allow ?? []).map((phrase) => phrase.trim().toLowerCase()))
  const sets = Object.fromEntries(Object.entries(lists).map(([name, list]) => [name, new Set(list)])) as unknown as PreparedLanguage["sets"]
  const grammar = Object.fromEntries(
    Object.entries(definition.grammar).map(([name, value]) => [name, typeof value === 'string' ? value : new Set(value as readonly string[])]),
  ) as unknown as PreparedLanguage["grammar"]
  const lexicon = compileLexicon(lists, definition.inflection, allowed)
  // Two words of each phrase that can start a finding (its anchors), in every form they
  // match: a sentence without both cannot hold it. The first is the longest word that is
  // neither a function word nor a word of the subject matter ("regulated" of "not
  // regulated as a drug", not "drug"); the second the next one, or `#` for a number. A
  // phrase with a first-person word needs none: such words always count.
  const common = new Set<string>([...definition.inflection.uninflected, ...definition.grammar.auxiliaries, ...definition.grammar.nonSubjects, ...definition.grammar.be])
  const topical = new Set<string>([...definition.grammar.productNouns, ...definition.grammar.sellers, ...(lists.researchNoun ?? []), ...(lists.personObject ?? [])])
  const rank = (word: string): number => (word === '#' ? 3 : common.has(word) ? 2 : topical.has(word) ? 1 : 0)
  const firstPersonWords = new Set(definition.grammar.firstPerson)
  const triggers = new Set<string>()
  const anchors = new Map<string, Anchor>()
  const secondAnchors = new Map<string, string[]>()
  for (const word of definition.grammar.firstPerson) anchors.set(word, { firstPerson: true, seconds: undefined })
  const anchorForms = (word: string): readonly string[] => (word === '#' ? [] : [word, ...lexicon.formsOf(word)])
  let numberTriggers = false
  let longestTrigger = 1
  const triggerPhrases: Record<string, string[]> = {}
  const morphology = resolveMorphology(definition.morphology)
  const triggerLists = triggerListsOf(morphology)
  for (const name of triggerLists) {
    triggerPhrases[name] = lists[name] ?? []
    for (const phrase of lists[name] ?? []) {
      if (allowed.has(phrase.toLowerCase())) continue
      const words = phraseWords(phrase).map((word) => word.replace(/^=/, ''))
      longestTrigger = Math.max(longestTrigger, words.length)
      if (words.some((word) => firstPersonWords.has(word))) continue
      // Only what the pre-filter reads as a word can be an anchor (`%` of "up to # %" is not).
      const candidates = [...new Set(words.filter((word) => word === '#' || (word !== '*' && /[\p{L}\p{N}]/u.test(word))))].sort((a, b) => rank(a) - rank(b) || b.length - a.length)
      const [first, second] = candidates
      if (first === undefined) continue
      if (first === '#') {
        numberTriggers = true
        continue
      }
      for (const form of anchorForms(first)) {
        triggers.add(form)
        let anchor = anchors.get(form)
        if (anchor === undefined) anchors.set(form, (anchor = { firstPerson: false, seconds: new Set() }))
        ;(anchor.seconds as Set<string> | undefined)?.add(second ?? '')
      }
      if (second === undefined || second === '#') continue
      for (const form of anchorForms(second)) {
        const known = secondAnchors.get(form)
        if (known === undefined) secondAnchors.set(form, [second])
        else if (!known.includes(second)) known.push(second)
      }
    }
  }
  // The first two letters and the length of every word the pre-filter must read (anchors,
  // number words, words that split): any other word is passed over without being copied.
  const anchorShapes = new Uint32Array(1 << 14)
  for (const word of [...anchors.keys(), ...definition.tokens.numberWords, ...(definition.tokens.expandable ?? [])]) {
    const shape = shapeOf(word.charCodeAt(0), word.length > 1 ? word.charCodeAt(1) : 0)
    if (shape < 0) continue
    anchorShapes[shape] = (anchorShapes[shape] as number) | (1 << Math.min(word.length, 31))
  }
  // The same words by a hash of their characters, for words of ASCII characters alone.
  const anchorHashes = hashTable([...anchors.keys(), ...definition.tokens.numberWords, ...(definition.tokens.expandable ?? [])])
  const secondHashes = hashTable([...secondAnchors.keys(), ...(definition.tokens.expandable ?? [])])
  const triggerLexicon = compileLexicon(triggerPhrases, definition.inflection, allowed)
  const prepared: PreparedLanguage = { lexicon, grammar, sets, allowed, triggers, numberTriggers, anchors, secondAnchors, anchorShapes, anchorHashes, secondHashes, longestTrigger, keyCache: new Map(), triggerLexicon, morphology, triggerLists }
  if (cache.size >= cacheSize) cache.delete(cache.keys().next().value as string)
  cache.set(key, { definition, prepared })
  return prepared
}
