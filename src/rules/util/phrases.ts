import { memoizeBounded, memoizeFrozen } from '../../util/memo.js'

/** One occurrence of a phrase in a text. */
export interface PhraseMatch {
  /** The phrase from the list that matched. */
  phrase: string
  /** The text as written. */
  found: string
  /** Index of the first character. */
  start: number
  /** Index after the last character. */
  end: number
}

const escape = (value: string): string => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * Regular expression matching a phrase as whole words, case-insensitively: spaces match any
 * run of white space (a line break included), hyphens match any hyphen character, and the
 * phrase may not touch a letter or digit on either side.
 *
 * @param phrase A word or phrase, e.g. `no side effects`.
 * @returns A global, case-insensitive, unicode expression.
 */
export function phraseExpression(phrase: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])${phraseBody(phrase)}(?![\\p{L}\\p{N}])`, 'giu')
}

/** The pattern of a phrase without its word-boundary guards. */
function phraseBody(phrase: string): string {
  return phrase
    .trim()
    .split(/\s+/)
    .map((word) => escape(word).replace(/-/g, '[-\\u2010\\u2011]'))
    .join('\\s+')
}

// Compiled once per phrase: rules search every claim with the same lists. `matchAll` works on
// a copy of the expression, so sharing one (its `lastIndex` stays 0) is safe.
const cachedExpression = memoizeBounded(1024, phraseExpression)

// One expression per phrase list matching wherever any phrase of the list matches (the same
// bodies and guards in one alternation): a single scan tells that a text, as most claim texts
// are, holds none of the phrases.
const unions = memoizeBounded(
  64,
  (key) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${key.split('\u0000').map(phraseBody).join('|')})(?![\\p{L}\\p{N}])`, 'iu'),
)

function unionExpression(phrases: readonly string[]): RegExp {
  return unions(phrases.join('\u0000'))
}

/**
 * Lower case as the phrase expressions compare letters: under the `iu` flags a character
 * matches an ASCII letter only when it lower-cases to that letter, except the long s `ſ`,
 * which matches `s`.
 *
 * @param text Any text.
 * @returns The text to search needles in.
 */
export function foldForNeedles(text: string): string {
  return text.toLowerCase().replaceAll('\u017F', 's')
}

/**
 * The start of a phrase every match of it contains once folded: its first word up to any
 * hyphen, in lower case, when that is ASCII letters and digits (otherwise no shortcut).
 */
function needleOf(phrase: string): string | undefined {
  const needle = (phrase.trim().split(/\s+/)[0] ?? '').split('-')[0]?.toLowerCase() ?? ''
  return /^[a-z0-9]+$/.test(needle) ? needle : undefined
}

interface PreparedList {
  list: string[]
  /** Per phrase: a needle that a text without it cannot match. */
  needles: Array<string | undefined>
  union: RegExp | undefined
}

// A rule searches every claim of a file with the same list (one frozen array): its distinct,
// non-blank phrases, their needles and their union are worked out once per array; a mutable
// array may change, so it is prepared again at every call.
const preparedList = memoizeFrozen((phrases: ReadonlyArray<string>): PreparedList => {
  const list = [...new Set(phrases)].filter((phrase) => phrase.trim() !== '')
  return { list, needles: list.map(needleOf), union: list.length === 0 ? undefined : unionExpression(list) }
})

/**
 * Find every whole-word occurrence of the phrases; where two overlap, the longer one wins.
 *
 * @param text Plain text.
 * @param phrases Words or phrases.
 * @returns Matches in text order.
 */
export function findPhrases(text: string, phrases: ReadonlyArray<string>): PhraseMatch[] {
  const { list, needles, union } = preparedList(phrases)
  if (union === undefined || !union.test(text)) return []
  // Some phrase matches: search each one whose needle the text holds.
  const folded = foldForNeedles(text)
  const all: PhraseMatch[] = []
  for (const [index, phrase] of list.entries()) {
    const needle = needles[index]
    if (needle !== undefined && !folded.includes(needle)) continue
    for (const match of text.matchAll(cachedExpression(phrase))) {
      all.push({ phrase, found: match[0], start: match.index, end: match.index + match[0].length })
    }
  }
  all.sort((a, b) => a.start - b.start || b.end - a.end)
  const kept: PhraseMatch[] = []
  for (const match of all) {
    const previous = kept.at(-1)
    if (previous !== undefined && match.start < previous.end) continue
    kept.push(match)
  }
  return kept
}

// Words after which a full stop does not end a sentence ("e.g. repair", "the U.S. FDA").
const abbreviation = /(?:^|[^\p{L}])(?:e\.g|i\.e|etc|vs|approx|cf|al|fig|dr|mr|mrs|ms|st|u\.s|u\.k|[a-z])\.$/iu

/** Whether the character at `index` ends a sentence. */
const endsSentence = (text: string, index: number): boolean => {
  const character = text[index] ?? ''
  if (!/[.!?;]/.test(character)) return false
  if (index + 1 < text.length && !/\s/.test(text[index + 1] ?? '')) return false
  return character !== '.' || !abbreviation.test(text.slice(Math.max(0, index - 8), index + 1))
}

/**
 * Start and end of the sentence around an index: sentences end at `.`, `!`, `?` or `;`
 * followed by white space (not after an abbreviation such as "e.g." or "U.S."), or at a
 * line break between blocks.
 *
 * @param text Plain text.
 * @param at An index inside the sentence.
 * @returns `[start, end)` of the sentence.
 */
export function sentenceAround(text: string, at: number): [number, number] {
  let start = at
  while (start > 0) {
    const previous = text[start - 1] ?? ''
    if (previous === '\n') break
    if (/\s/.test(previous) && start >= 2 && endsSentence(text, start - 2)) break
    start--
  }
  let end = at
  while (end < text.length) {
    if (text[end] === '\n') break
    if (endsSentence(text, end)) {
      end++
      break
    }
    end++
  }
  return [start, end]
}
