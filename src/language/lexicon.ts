/**
 * Compiles word lists into one trie over normalized words, so a sentence is matched against
 * every list in a single left-to-right pass (each start position walks at most the length of
 * the longest phrase). Language-neutral: the language supplies how a word inflects.
 */

/** One phrase of a list. */
export interface PhraseEntry {
  /** The list it came from. */
  category: string
  /** The phrase as written in the list, without the `=` marks of exact words. */
  phrase: string
  /** Number of words. */
  size: number
}

interface TrieNode {
  next: Map<string, TrieNode> | undefined
  entries: PhraseEntry[] | undefined
}

/** How a language inflects its words, for matching a lemma against its forms. */
export interface Inflection {
  /**
   * The forms of a word (verb forms, plural), the word itself included; `undefined` for a
   * word that does not inflect.
   */
  forms: (word: string) => readonly string[] | undefined
  /** Forms of irregular words the inflector does not know, by lemma. */
  irregular?: Readonly<Record<string, readonly string[]>>
  /** Words never inflected (function words): their generated forms would be other words. */
  uninflected: ReadonlySet<string>
}

/** A compiled lexicon. */
export interface CompiledLexicon {
  /** Lemmas a form belongs to (besides itself), e.g. `cured` → `cure`. */
  lemmasOf: (form: string) => readonly string[] | undefined
  /** Every form generated for the words of these categories (e.g. the benefit predicates). */
  formsOf: (word: string) => readonly string[]
  /**
   * Walk the trie from one start token. `keysAt(offset)` gives the keys of the token at that
   * offset from the start: its form, `=` + its form (exact words), its lemmas, `#`, `*`.
   */
  match: (keys: ReadonlyArray<readonly string[]>, from: number, visit: (entry: PhraseEntry, from: number, size: number) => void) => void
  /** Whether a token with these keys can start a phrase at all. */
  starts: (keys: readonly string[]) => boolean
  /** Categories compiled. */
  categories: ReadonlySet<string>
}

/** Number placeholder in a phrase. */
export const numberKey = '#'
/** Wildcard in a phrase. */
export const anyKey = '*'

const wordPattern = /=?[\p{L}\p{N}'\u2019.]+|[^\s\p{L}\p{N}\-\u2010\u2011]/gu

/**
 * Split a phrase into its normalized words: lower case, curly apostrophes straightened,
 * hyphenated words split into their parts, symbols (`%`, `/`, `+`) words of their own.
 *
 * @param phrase A phrase of a list.
 * @returns Its words; a word that starts with `=` is matched exactly (not inflected).
 */
export function phraseWords(phrase: string): string[] {
  const out: string[] = []
  for (const match of phrase.toLowerCase().replaceAll('\u2019', "'").matchAll(wordPattern)) {
    const word = match[0].replace(/\.$/, '')
    if (word !== '' && word !== '=') out.push(word)
  }
  return out
}

/**
 * Compile lists into a lexicon.
 *
 * @param lists Phrases by category.
 * @param inflection How the language inflects its words.
 * @param ignore Phrases to leave out (lower case), e.g. from a policy's `allow`.
 * @returns The lexicon.
 */
export function compileLexicon(lists: Readonly<Record<string, readonly string[]>>, inflection: Inflection, ignore: ReadonlySet<string> = new Set()): CompiledLexicon {
  const root: TrieNode = { next: undefined, entries: undefined }
  const lemmas = new Map<string, string[]>()
  const generated = new Map<string, readonly string[]>()

  // A word already written inflected ("regulated", "consistently", "marketing") is matched as
  // written: inflecting it again would reach other words ("regulates", "consists").
  const inflect = (word: string): void => {
    if (generated.has(word)) return
    const irregular = inflection.irregular?.[word]
    const forms =
      irregular ?? (word.length < 2 || inflection.uninflected.has(word) || !/^\p{L}+$/u.test(word) || /(?:ed|ly|ing)$/.test(word) ? undefined : inflection.forms(word))
    generated.set(word, forms ?? [word])
    for (const form of forms ?? []) {
      if (form === word) continue
      const known = lemmas.get(form)
      if (known === undefined) lemmas.set(form, [word])
      else if (!known.includes(word)) known.push(word)
    }
  }

  for (const [category, phrases] of Object.entries(lists)) {
    for (const phrase of phrases) {
      if (ignore.has(phrase.toLowerCase())) continue
      const words = phraseWords(phrase)
      if (words.length === 0) continue
      let node = root
      for (const raw of words) {
        const exact = raw.startsWith('=')
        const word = exact ? raw.slice(1) : raw
        if (!exact && word !== numberKey && word !== anyKey) inflect(word)
        // An exact word has a key of its own, which only the token written so matches.
        const key = exact ? raw : word
        node.next ??= new Map()
        let child = node.next.get(key)
        if (child === undefined) {
          child = { next: undefined, entries: undefined }
          node.next.set(key, child)
        }
        node = child
      }
      node.entries ??= []
      node.entries.push({ category, phrase: phrase.replace(/(^|\s)=/g, '$1'), size: words.length })
    }
  }

  return {
    lemmasOf: (form) => lemmas.get(form),
    formsOf: (word) => generated.get(word) ?? [word],
    categories: new Set(Object.keys(lists)),
    match(keysOf, from, visit) {
      const keysAt = (offset: number): readonly string[] | undefined => keysOf[from + offset]
      // Breadth-first over the trie: a token may match several keys (its form, its lemmas,
      // `#`, `*`), so several nodes can be live at once; the phrases are short, so this stays
      // a small constant per start position.
      const first = keysAt(0)
      if (first === undefined || root.next === undefined) return
      let live: TrieNode[] | undefined
      for (const key of first) {
        const child = root.next.get(key)
        if (child === undefined) continue
        live ??= []
        if (live.includes(child)) continue
        live.push(child)
        if (child.entries !== undefined) for (const entry of child.entries) visit(entry, from, 1)
      }
      for (let offset = 1; live !== undefined && live.length > 0; offset++) {
        const keys = keysAt(offset)
        if (keys === undefined) return
        const next: TrieNode[] = []
        for (const node of live) {
          if (node.next === undefined) continue
          for (const key of keys) {
            const child = node.next.get(key)
            if (child === undefined || next.includes(child)) continue
            next.push(child)
            if (child.entries !== undefined) for (const entry of child.entries) visit(entry, from, offset + 1)
          }
        }
        live = next
      }
    },
    starts: (keys) => keys.some((key) => root.next?.has(key) === true),
  }
}
