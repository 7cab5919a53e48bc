import type { LanguageDefinition } from './language.js'
import { keysOf, type PreparedLanguage } from './sentence.js'
import { joinNumbers, pushWord, type Token } from './tokens.js'

const wordCharacter = /[\p{L}\p{N}\p{M}]/u
const spaceCharacter = /\s/

// Characters parse-latin keeps inside a word when a word character follows ("don't", "1.5").
const innerSymbols = new Set([38, 39, 46, 58, 61, 63, 64, 0xad, 0xb7, 0x2019, 0x2027, 95])
const hyphenCodes = new Set([45, 0x2010, 0x2011])

// What `wordCharacter` and `spaceCharacter` say of each code unit outside ASCII, filled in as
// the code units are met: 0 not yet known, then 1, plus 2 for a word character and 4 for white space.
const classes = new Uint8Array(0x10000)

function classOf(code: number): number {
  let known = classes[code] as number
  if (known === 0) {
    const character = String.fromCharCode(code)
    known = 1 | (wordCharacter.test(character) ? 2 : 0) | (spaceCharacter.test(character) ? 4 : 0)
    classes[code] = known
  }
  return known
}

function isWordCode(code: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
  // Surrogates: astral letters and digits are word characters for nlcst too.
  if (code >= 0xd800 && code <= 0xdfff) return true
  return (classOf(code) & 2) !== 0
}

/**
 * The index of a word's first two characters, lower-cased, in `PreparedLanguage.anchorShapes`,
 * or -1 when either is not ASCII (such words are always read).
 *
 * @param first Code of the first character.
 * @param second Code of the second character, 0 for a one-letter word.
 * @returns The index.
 */
export function shapeOf(first: number, second: number): number {
  if (first >= 128 || second >= 128) return -1
  const a = first >= 65 && first <= 90 ? first + 32 : first
  const b = second >= 65 && second <= 90 ? second + 32 : second
  return (a << 7) | b
}

function isSpaceCode(code: number): boolean {
  if (code === 32 || (code >= 9 && code <= 13)) return true
  return code >= 128 && (classOf(code) & 4) !== 0
}

/**
 * The tokens of a span of text, made without the nlcst parser the way the analysis's tokens
 * are (lower case, hyphenated words in parts, contractions split, numbers and ranges
 * joined), across sentence ends.
 *
 * @param text The unit's text.
 * @param from Start of the span.
 * @param to End of the span (exclusive).
 * @param definition The language.
 * @returns The tokens.
 */
export function scanTokens(text: string, from: number, to: number, definition: LanguageDefinition): Token[] {
  const tokens: Token[] = []
  let spaced = false
  let joined = false
  let index = from
  while (index < to) {
    const code = text.charCodeAt(index)
    if (isSpaceCode(code)) {
      spaced = true
      joined = false
      index++
      continue
    }
    if (isWordCode(code)) {
      let end = index + 1
      for (;;) {
        while (end < to && isWordCode(text.charCodeAt(end))) end++
        // Inner symbols join the word when a word character follows them.
        let after = end
        while (after < to && innerSymbols.has(text.charCodeAt(after))) after++
        if (after > end && after < to && isWordCode(text.charCodeAt(after))) {
          end = after + 1
          continue
        }
        break
      }
      pushWord(tokens, text.slice(index, end), index, end, spaced, joined, definition.tokens)
      spaced = false
      // A hyphen between two words joins them into one ("FDA-approved": two parts).
      joined = end + 1 < to && hyphenCodes.has(text.charCodeAt(end)) && isWordCode(text.charCodeAt(end + 1))
      index = joined ? end + 1 : end
      continue
    }
    const character = text[index] as string
    tokens.push({ norm: character, text: character, start: index, end: index + 1, kind: 'punctuation', spaced, joined: false })
    spaced = false
    joined = false
    index++
  }
  return joinNumbers(tokens, definition.tokens)
}

/**
 * The hash of a word's lower-cased characters that `PreparedLanguage.anchorHashes` and
 * `secondHashes` are built from (see {@link hashTable}): `hasAnchor` computes the same for
 * an ASCII word of the text while it reads it, with its capitals lowered.
 *
 * @param word A word, lower case.
 * @returns Its slot in a table of `hashSlots` bits.
 */
export function hashWord(word: string): number {
  let hash = 0
  for (let index = 0; index < word.length; index++) hash = (Math.imul(hash, 31) + word.charCodeAt(index)) | 0
  return hash & (hashSlots - 1)
}

/** Bits in the hash tables of the pre-filter. */
export const hashSlots = 1 << 18

/**
 * A table of {@link hashSlots} bits with one set for each word.
 *
 * @param words Lower-case words.
 * @returns The table.
 */
export function hashTable(words: Iterable<string>): Uint8Array {
  const table = new Uint8Array(hashSlots >> 3)
  for (const word of words) {
    const slot = hashWord(word)
    table[slot >> 3] = (table[slot >> 3] as number) | (1 << (slot & 7))
  }
  return table
}

// The word the last call of `nextWord` read: its end, whether it holds an apostrophe, and,
// when all its characters are ASCII and none is an apostrophe, the hash of its lower case
// (`-1` otherwise).
let wordEnd = 0
let wordApostrophe = false
let wordHash = -1

/**
 * Read the word (as nlcst joins it, hyphen parts apart) that starts at `index`, a word
 * character: sets `wordEnd`, `wordApostrophe` and `wordHash`.
 */
function nextWord(text: string, index: number, to: number): void {
  let end = index
  let apostrophe = false
  let ascii = true
  let hash = 0
  for (;;) {
    while (end < to) {
      const code = text.charCodeAt(end)
      if (!isWordCode(code)) break
      if (code >= 128) ascii = false
      else hash = (Math.imul(hash, 31) + (code >= 65 && code <= 90 ? code + 32 : code)) | 0
      end++
    }
    let after = end
    while (after < to && innerSymbols.has(text.charCodeAt(after))) after++
    if (after > end && after < to && isWordCode(text.charCodeAt(after))) {
      for (let at = end; at < after; at++) {
        const code = text.charCodeAt(at)
        if (code === 39 || code === 0x2019) apostrophe = true
        if (code >= 128) ascii = false
        else hash = (Math.imul(hash, 31) + code) | 0
      }
      end = after
      continue
    }
    break
  }
  wordEnd = end
  wordApostrophe = apostrophe
  wordHash = ascii && !apostrophe ? hash & (hashSlots - 1) : -1
}

const hashed = (table: Uint8Array, slot: number): boolean => ((table[slot >> 3] as number) & (1 << (slot & 7))) !== 0

/**
 * Whether a span of text holds an anchor of a trigger phrase (see {@link triggerSpans}), a
 * first-person word, or a number when numbers are anchors: words are read as in
 * {@link scanTokens}, but no token is made. A word of ASCII characters without an apostrophe
 * whose hash is in no table of the words the pre-filter reads is passed over uncopied; so is
 * any other word whose first two letters and length no such word has.
 *
 * @param text The unit's text.
 * @param from Start of the span.
 * @param to End of the span (exclusive).
 * @param definition The language.
 * @param language The prepared language.
 * @returns `true` when the span can hold a trigger phrase.
 */
export function hasAnchor(text: string, from: number, to: number, definition: LanguageDefinition, language: PreparedLanguage): boolean {
  const { anchors, anchorShapes, anchorHashes, numberTriggers } = language
  const rules = definition.tokens
  let wanted: Set<ReadonlySet<string>> | undefined
  let number = false
  // First anchors.
  let index = from
  while (index < to) {
    const first = text.charCodeAt(index)
    if (!isWordCode(first)) {
      index++
      continue
    }
    nextWord(text, index, to)
    const start = index
    const end = wordEnd
    index = end
    if (first >= 48 && first <= 57) {
      number = true
      if (numberTriggers) return true
      continue
    }
    if (wordHash >= 0) {
      if (!hashed(anchorHashes, wordHash)) continue
    } else if (!wordApostrophe) {
      const shape = shapeOf(first, end - start > 1 ? text.charCodeAt(start + 1) : 0)
      if (shape >= 0 && ((anchorShapes[shape] as number) & (1 << Math.min(end - start, 31))) === 0) continue
    }
    const norm = normOf(text, start, end)
    if (rules.numberWords.has(norm)) {
      number = true
      if (numberTriggers) return true
    }
    const words = wordsOf(norm, rules)
    for (const word of words) {
      const anchor = anchors.get(word)
      if (anchor === undefined) continue
      if (anchor.firstPerson || anchor.seconds?.has('') === true) return true
      if (anchor.seconds !== undefined) (wanted ??= new Set()).add(anchor.seconds)
    }
  }
  if (numberTriggers && number) return true
  if (wanted === undefined) return false
  // Second anchors, in the few spans with a first one: any that a first one found wants.
  const pending = new Set<string>()
  for (const set of wanted) for (const second of set) pending.add(second)
  if (number && pending.has('#')) return true
  const seconds = language.secondAnchors
  const { secondHashes } = language
  index = from
  while (index < to) {
    if (!isWordCode(text.charCodeAt(index))) {
      index++
      continue
    }
    nextWord(text, index, to)
    const start = index
    index = wordEnd
    if (wordHash >= 0 && !hashed(secondHashes, wordHash)) continue
    const words = wordsOf(normOf(text, start, wordEnd), rules)
    for (const word of words) {
      for (const second of seconds.get(word) ?? []) if (pending.has(second)) return true
    }
  }
  return false
}

/** A word's norm and what the language splits or folds it into ("don't": "do", "not"; Spanish "curó": "curo"). */
function wordsOf(norm: string, rules: LanguageDefinition['tokens']): readonly string[] {
  const expanded = rules.expand?.(norm)
  return expanded === undefined ? [norm] : [norm, ...expanded]
}

/** Lower case, curly apostrophes straightened: a word's `norm` before the language splits it. */
function normOf(text: string, start: number, end: number): string {
  const lower = text.slice(start, end).toLowerCase()
  return lower.includes('\u2019') ? lower.replaceAll('\u2019', "'") : lower
}

/**
 * Where the phrases of the trigger lists (and first-person words) stand in a span of text,
 * found without the nlcst parser (see {@link scanTokens}). Only a sentence that overlaps one
 * of these spans can hold a finding, so the others need no parse. Each phrase has an anchor,
 * its rarest word, in all its forms; phrases are matched only from the positions before an
 * anchor that can reach it. A span may run across a sentence end (a superset of the matches
 * in sentences, never a subset).
 *
 * @param text The unit's text.
 * @param from Start of the span to scan.
 * @param to End of the span (exclusive).
 * @param definition The language.
 * @param language The prepared language.
 * @returns Start and end offsets, flat and in order of their start (`[s0, e0, s1, e1, ...]`).
 */
export function triggerSpans(text: string, from: number, to: number, definition: LanguageDefinition, language: PreparedLanguage): number[] {
  const tokens = scanTokens(text, from, to, definition)
  const { triggers, numberTriggers, longestTrigger } = language
  const firstPerson = language.grammar.firstPerson
  const spans: number[] = []
  const keys: Array<readonly string[]> = new Array<readonly string[]>(tokens.length)
  // Whether a phrase of the trigger lists starts at each keyed token.
  const starts: boolean[] = new Array<boolean>(tokens.length)
  let keyed = 0
  let matchedFrom = 0
  const visit = (_entry: unknown, start: number, size: number): void => {
    spans.push((tokens[start] as Token).start, (tokens[start + size - 1] as Token).end)
  }
  for (let at = 0; at < tokens.length; at++) {
    const token = tokens[at] as Token
    if (firstPerson.has(token.norm)) spans.push(token.start, token.end)
    if (!triggers.has(token.norm) && !(numberTriggers && token.kind === 'number')) continue
    // Every phrase holding this anchor starts at most `longestTrigger - 1` tokens before it.
    const first = Math.max(matchedFrom, at - longestTrigger + 1)
    const last = Math.min(tokens.length, at + longestTrigger)
    for (keyed = Math.max(keyed, first); keyed < last; keyed++) {
      const entry = keysOf(tokens[keyed] as Token, language)
      keys[keyed] = entry.keys
      starts[keyed] = entry.triggers
    }
    for (let start = first; start <= at; start++) {
      if (starts[start] === true) language.triggerLexicon.match(keys, start, visit)
    }
    matchedFrom = at + 1
  }
  // Matches come in order of their start, first-person words in between: sort the pairs.
  let sorted = true
  for (let at = 2; at < spans.length && sorted; at += 2) if ((spans[at] as number) < (spans[at - 2] as number)) sorted = false
  if (!sorted) {
    const pairs: Array<[number, number]> = []
    for (let at = 0; at < spans.length; at += 2) pairs.push([spans[at] as number, spans[at + 1] as number])
    pairs.sort((a, b) => a[0] - b[0])
    spans.length = 0
    for (const [start, end] of pairs) spans.push(start, end)
  }
  return spans
}

/**
 * Offsets where a text can be cut into pieces that the nlcst parser splits into the same
 * sentences as the whole: after a sentence end that no parser rule merges across — a word
 * of at least six lower-case letters (no abbreviation is that long), `.`, `!` or `?`, one
 * space, then a capital and a lower-case letter.
 *
 * @param text The unit's text.
 * @param from Start of the span.
 * @param to End of the span (exclusive).
 * @returns Cut offsets in order (each the start of a piece), `from` and `to` not included.
 */
export function sentenceCuts(text: string, from: number, to: number): number[] {
  const cuts: number[] = []
  for (let index = text.indexOf(' ', from + 7); index >= 0 && index < to - 2; index = text.indexOf(' ', index + 1)) {
    const after = text.charCodeAt(index + 1)
    const next = text.charCodeAt(index + 2)
    if (after < 65 || after > 90 || next < 97 || next > 122) continue
    let end = index - 1
    let code = text.charCodeAt(end)
    if (code !== 46 && code !== 33 && code !== 63) continue
    while (end > from && (code === 46 || code === 33 || code === 63)) code = text.charCodeAt(--end)
    let letters = 0
    while (end - letters >= from && isLower(text.charCodeAt(end - letters))) letters++
    if (letters < 6 || (end - letters >= from && isWordCode(text.charCodeAt(end - letters)))) continue
    cuts.push(index + 1)
  }
  return cuts
}

function isLower(code: number): boolean {
  return code >= 97 && code <= 122
}

const quotePattern = /["\u201C\u201D\u2018\u2019'\u00AB\u00BB\u201E]/g

/**
 * Whether a span of text holds a quotation mark that is not an apostrophe inside a word.
 *
 * @param text The unit's text.
 * @param from Start of the span.
 * @param to End of the span (exclusive).
 * @returns `true` when the quotation state of a paragraph can change in the span.
 */
export function hasQuote(text: string, from: number, to: number): boolean {
  quotePattern.lastIndex = from
  for (let match = quotePattern.exec(text); match !== null && match.index < to; match = quotePattern.exec(text)) {
    const index = match.index
    const inWord = index > 0 && isWordCode(text.charCodeAt(index - 1)) && index + 1 < text.length && isWordCode(text.charCodeAt(index + 1))
    if (!inWord) return true
  }
  return false
}
