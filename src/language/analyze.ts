import type { Paragraph, Root, Sentence } from 'nlcst'
import type { LanguageDefinition } from './language.js'
import { analyzeSentence, type PreparedLanguage, type QuoteState } from './sentence.js'
import { sentenceTokens } from './tokens.js'
import type { SentenceFacts } from './types.js'

/**
 * Analyze a prose unit's plain text: split it into sentences with the language's nlcst
 * parser and find each sentence's facts. A line break separates blocks (a list item, a table
 * cell): no sentence runs across one. Linear in the text's length.
 *
 * @param text Plain text of one prose unit (offsets of the result index into it).
 * @param definition The language.
 * @param language The language prepared with the policy's lexicon.
 * @returns The facts of each sentence, in order.
 */
export function analyzeText(text: string, definition: LanguageDefinition, language: PreparedLanguage): SentenceFacts[] {
  const out: SentenceFacts[] = []
  let base = 0
  while (base <= text.length) {
    let lineEnd = text.indexOf('\n', base)
    if (lineEnd < 0) lineEnd = text.length
    for (const [from, to] of pieces(text, base, lineEnd)) {
      const piece = text.slice(from, to)
      if (piece.trim() !== '') analyzeBlock(definition.parse(piece), from, text, definition, language, out)
    }
    base = lineEnd + 1
  }
  return out
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

function analyzeBlock(tree: Root, base: number, text: string, definition: LanguageDefinition, language: PreparedLanguage, out: SentenceFacts[]): void {
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue
    const quotes: QuoteState = { open: false }
    for (const sentence of (paragraph as Paragraph).children) {
      if (sentence.type !== 'SentenceNode') continue
      const tokens = sentenceTokens(sentence as Sentence, base, definition.tokens)
      if (tokens.length > 0) out.push(analyzeSentence(tokens, text, language, quotes))
    }
  }
}
