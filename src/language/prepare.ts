import type { LanguageDefinition, LanguageLists } from './language.js'
import { compileLexicon } from './lexicon.js'
import { resolveMorphology } from './morphology.js'
import { triggerListsOf, type PreparedLanguage } from './sentence.js'
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
  // One word of each phrase that can start a finding, in every form it matches: a sentence
  // without any of them cannot hold one. The word taken is the longest that is not a
  // function word ("regulated" of "not regulated"); a phrase with a number needs none, as
  // every number lets its sentence through.
  const common = new Set<string>([...definition.inflection.uninflected, ...definition.grammar.auxiliaries, ...definition.grammar.nonSubjects, ...definition.grammar.be])
  const triggers = new Set<string>()
  const morphology = resolveMorphology(definition.morphology)
  const triggerLists = triggerListsOf(morphology)
  for (const name of triggerLists) {
    for (const phrase of lists[name] ?? []) {
      const words = phraseWords(phrase).map((word) => word.replace(/^=/, ''))
      if (words.some((word) => word === '#' || definition.tokens.numberWords.has(word))) continue
      const candidates = words.filter((word) => word !== '*' && word !== '%')
      const rare = candidates.filter((word) => !common.has(word))
      const pool = rare.length > 0 ? rare : candidates
      const word = pool.reduce<string | undefined>((best, candidate) => (best === undefined || candidate.length > best.length ? candidate : best), undefined)
      if (word === undefined) continue
      for (const form of lexicon.formsOf(word)) triggers.add(form)
      triggers.add(word)
    }
  }
  const prepared: PreparedLanguage = { lexicon, grammar, sets, allowed, triggers, keyCache: new Map(), morphology, triggerLists }
  if (cache.size >= cacheSize) cache.delete(cache.keys().next().value as string)
  cache.set(key, { definition, prepared })
  return prepared
}
