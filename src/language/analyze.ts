import type { Paragraph, Sentence } from 'nlcst'
import type { LanguageDefinition } from './language.js'
import { hasAnchor, hasQuote, sentenceCuts, triggerSpans } from './scan.js'
import { analyzeSentence, followQuotes, type PreparedLanguage, type QuoteState } from './sentence.js'
import { sentenceTokens, type Token } from './tokens.js'
import type { SentenceFacts } from './types.js'

/**
 * Analyze a prose unit's plain text: split it into sentences with the language's nlcst
 * parser and find each sentence's facts. A line break separates blocks (a list item, a table
 * cell): no sentence runs across one. Only sentences that can hold a finding are parsed and
 * analyzed (see {@link triggerSpans}); the others are left out of the result. Linear in the
 * text's length.
 *
 * @param text Plain text of one prose unit (offsets of the result index into it).
 * @param definition The language.
 * @param language The language prepared with the policy's lexicon.
 * @returns The facts of each sentence that holds a benefit, a tactic phrase or a first-person word, in order.
 */
export function analyzeText(text: string, definition: LanguageDefinition, language: PreparedLanguage): SentenceFacts[] {
  const out: SentenceFacts[] = []
  let base = 0
  while (base <= text.length) {
    let lineEnd = text.indexOf('\n', base)
    if (lineEnd < 0) lineEnd = text.length
    for (const [from, to] of pieces(text, base, lineEnd)) analyzePiece(text, from, to, definition, language, out)
    base = lineEnd + 1
  }
  return out
}

/**
 * One paragraph of the parser: find where trigger phrases stand, cut the text at sentence
 * ends the parser splits at anyway, and parse only the parts that hold a trigger (or a
 * quotation mark that a later part's quotation state depends on).
 */
function analyzePiece(text: string, from: number, to: number, definition: LanguageDefinition, language: PreparedLanguage, out: SentenceFacts[]): void {
  const bounds = [from, ...sentenceCuts(text, from, to), to]
  const parts = bounds.length - 1
  // The trigger phrases of each part that holds an anchor of one (most parts hold none).
  const spansOf: Array<number[] | undefined> = new Array<number[] | undefined>(parts)
  let lastNeeded = -1
  for (let index = 0; index < parts; index++) {
    const partStart = bounds[index] as number
    const partEnd = bounds[index + 1] as number
    if (!hasAnchor(text, partStart, partEnd, definition, language)) continue
    const spans = triggerSpans(text, partStart, partEnd, definition, language)
    if (spans.length === 0) continue
    spansOf[index] = spans
    lastNeeded = index
  }
  const quotes: QuoteState = { open: false }
  for (let index = 0; index <= lastNeeded; index++) {
    const partStart = bounds[index] as number
    const partEnd = bounds[index + 1] as number
    const spans = spansOf[index]
    // A part with nothing to find is skipped unless its quotation marks carry into a later one.
    if (spans === undefined && !hasQuote(text, partStart, partEnd)) continue
    const tree = definition.parse(text.slice(partStart, partEnd))
    let span = 0
    for (const paragraph of tree.children) {
      if (paragraph.type !== 'ParagraphNode') continue
      for (const sentence of (paragraph as Paragraph).children) {
        if (sentence.type !== 'SentenceNode') continue
        // A sentence that overlaps no trigger span and holds no quotation mark changes
        // nothing: it needs no tokens (its node's range holds every token it would have).
        if (spans !== undefined && canSkip(text, spans, span, partStart, sentence as Sentence)) continue
        const tokens = sentenceTokens(sentence as Sentence, partStart, definition.tokens)
        if (tokens.length === 0) continue
        if (spans === undefined) {
          followQuotes(tokens, quotes)
          continue
        }
        const sentenceStart = (tokens[0] as Token).start
        const sentenceEnd = (tokens.at(-1) as Token).end
        while (span < spans.length && (spans[span + 1] as number) <= sentenceStart) span += 2
        let overlaps = false
        for (let at = span; at < spans.length && (spans[at] as number) < sentenceEnd; at += 2) {
          if ((spans[at + 1] as number) > sentenceStart) {
            overlaps = true
            break
          }
        }
        if (!overlaps) {
          followQuotes(tokens, quotes)
          continue
        }
        const facts = analyzeSentence(tokens, text, language, quotes)
        if (facts.benefits.length > 0 || facts.tactics.length > 0 || facts.camouflage !== undefined || facts.limitation) out.push(facts)
      }
    }
  }
}

/** Whether a code unit is one of the characters `followQuotes` reads as quotation marks (see `sentence.ts`): `"` `'` `“` `”` `‘` `’` `«` `»` `„`. */
function isQuoteCode(code: number): boolean {
  if (code < 0xab) return code === 0x22 || code === 0x27
  return code === 0xab || code === 0xbb || code === 0x2018 || code === 0x2019 || code === 0x201c || code === 0x201d || code === 0x201e
}

/**
 * Whether a sentence of a part can be passed over without its tokens: its node's range (which
 * holds all its tokens) overlaps none of the part's trigger spans from `span` on (the earlier
 * ones end before an earlier sentence) and holds no quotation mark.
 */
function canSkip(text: string, spans: readonly number[], span: number, partStart: number, sentence: Sentence): boolean {
  const from = sentence.position?.start.offset
  const to = sentence.position?.end.offset
  if (from === undefined || to === undefined) return false
  const start = partStart + from
  const end = partStart + to
  for (let at = span; at < spans.length && (spans[at] as number) < end; at += 2) {
    if ((spans[at + 1] as number) > start) return false
  }
  for (let index = start; index < end; index++) if (isQuoteCode(text.charCodeAt(index))) return false
  return true
}

/** Longest text handed to the nlcst parser at once (its work grows faster than the length of one sentence). */
export const maxPiece = 2000

/**
 * Cut a block into pieces of at most `maxPiece` characters at a sentence end (`.`, `!`, `?`
 * before white space), or, in a "sentence" longer than that, at white space: no real
 * sentence is that long, and bounded pieces keep the parse linear.
 */
function pieces(text: string, from: number, to: number): Array<[number, number]> {
  if (to - from <= maxPiece) return [[from, to]]
  const out: Array<[number, number]> = []
  let start = from
  while (to - start > maxPiece) {
    const limit = start + maxPiece
    let cut = -1
    for (let index = limit - 1; index > start; index--) {
      const character = text[index] ?? ''
      if (/\s/.test(character) && /[.!?]/.test(text[index - 1] ?? '')) {
        cut = index
        break
      }
    }
    if (cut < 0) {
      cut = text.lastIndexOf(' ', limit)
      if (cut <= start) cut = limit
    }
    out.push([start, cut])
    start = cut
  }
  out.push([start, to])
  return out
}
