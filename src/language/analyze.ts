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
    const line = text.slice(base, lineEnd)
    if (line.trim() !== '') analyzeBlock(definition.parse(line), base, text, definition, language, out)
    base = lineEnd + 1
  }
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
