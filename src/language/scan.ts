import type { LanguageDefinition } from './language.js'
import { keysOf, type PreparedLanguage } from './sentence.js'
import { joinNumbers, pushWord, type Token } from './tokens.js'

const wordCharacter = /[\p{L}\p{N}\p{M}]/u
const spaceCharacter = /\s/

// Characters parse-latin keeps inside a word when a word character follows ("don't", "1.5").
const innerSymbols = new Set([38, 39, 46, 58, 61, 63, 64, 0xad, 0xb7, 0x2019, 0x2027, 95])
const hyphenCodes = new Set([45, 0x2010, 0x2011])

function isWordCode(code: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
  // Surrogates: astral letters and digits are word characters for nlcst too.
  if (code >= 0xd800 && code <= 0xdfff) return true
  return wordCharacter.test(String.fromCharCode(code))
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
  return code >= 128 && spaceCharacter.test(String.fromCharCode(code))
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
 * Whether a span of text holds an anchor of a trigger phrase (see {@link triggerSpans}), a
 * first-person word, or a number when numbers are anchors: words are read as in
 * {@link scanTokens}, but no token is made.
 *
 * @param text The unit's text.
 * @param from Start of the span.
 * @param to End of the span (exclusive).
 * @param definition The language.
 * @param language The prepared language.
 * @returns `true` when the span can hold a trigger phrase.
 */
export function hasAnchor(text: string, from: number, to: number, definition: LanguageDefinition, language: PreparedLanguage): boolean {
  const { anchors, anchorShapes, numberTriggers } = language
  const rules = definition.tokens
  let wanted: Array<ReadonlySet<string>> | undefined
  let number = false
  let found = false
  // First anchors: most words are ruled out by their first two letters and length, uncopied.
  eachWord(text, from, to, (start, end, apostrophe) => {
    const first = text.charCodeAt(start)
    if (first >= 48 && first <= 57) {
      number = true
      return numberTriggers
    }
    if (!apostrophe) {
      const shape = shapeOf(first, end - start > 1 ? text.charCodeAt(start + 1) : 0)
      if (shape >= 0 && ((anchorShapes[shape] as number) & (1 << Math.min(end - start, 31))) === 0) return false
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
      if (anchor.firstPerson || anchor.seconds?.has('') === true) return (found = true)
      if (anchor.seconds !== undefined) (wanted ??= []).push(anchor.seconds)
    }
    return false
  })
  if (found || (numberTriggers && number)) return true
  if (wanted === undefined) return false
  if (number && wanted.some((seconds) => seconds.has('#'))) return true
  // Second anchors, in the few spans with a first one.
  const seconds = language.secondAnchors
  const pending = wanted
  eachWord(text, from, to, (start, end, apostrophe) => {
    const norm = normOf(text, start, end)
    const words = wordsOf(norm, rules)
    for (const word of words) {
      for (const second of seconds.get(word) ?? []) if (pending.some((set) => set.has(second))) return (found = true)
    }
    return false
  })
  return found
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
 * Call `visit` with each word of a span (as nlcst joins it, hyphen parts apart) until it
 * returns `true`.
 */
function eachWord(text: string, from: number, to: number, visit: (start: number, end: number, apostrophe: boolean) => boolean): void {
  let index = from
  while (index < to) {
    if (!isWordCode(text.charCodeAt(index))) {
      index++
      continue
    }
    let end = index + 1
    let apostrophe = false
    for (;;) {
      while (end < to && isWordCode(text.charCodeAt(end))) end++
      let after = end
      while (after < to && innerSymbols.has(text.charCodeAt(after))) {
        const code = text.charCodeAt(after)
        if (code === 39 || code === 0x2019) apostrophe = true
        after++
      }
      if (after > end && after < to && isWordCode(text.charCodeAt(after))) {
        end = after + 1
        continue
      }
      break
    }
    if (visit(index, end, apostrophe)) return
    index = end
  }
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
    for (keyed = Math.max(keyed, first); keyed < last; keyed++) keys[keyed] = keysOf(tokens[keyed] as Token, language).keys
    for (let start = first; start <= at; start++) {
      if (keysOf(tokens[start] as Token, language).triggers) language.triggerLexicon.match(keys, start, visit)
    }
    matchedFrom = at + 1
  }
  // Matches come in order of their start, first-person words in between: sort the pairs.
  if (spans.length > 2) {
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
