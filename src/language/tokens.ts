import type { Sentence, SentenceContent } from 'nlcst'

/** One word, number, punctuation mark or symbol of a sentence, as the analysis reads it. */
export interface Token {
  /** Lower case, curly apostrophes straightened. */
  norm: string
  /** As written. */
  text: string
  /** Offset in the unit's text. */
  start: number
  /** Offset after it in the unit's text. */
  end: number
  kind: 'word' | 'number' | 'punctuation' | 'symbol'
  /** White space stands before it. */
  spaced: boolean
  /** A part of a hyphenated word after the first ("approved" in "FDA-approved"). */
  joined: boolean
}

/** How a language splits and reads words while tokenizing. */
export interface TokenRules {
  /**
   * Split a word into the words it stands for, e.g. English `doesn't` into `does`, `not`.
   *
   * @returns The words, or `undefined` to keep it whole.
   */
  expand?: (norm: string) => readonly string[] | undefined
  /**
   * Words without an apostrophe that `expand` changes although they are written in ASCII
   * letters and digits alone, or into words with other first two letters or another length
   * (English `cannot`: "can", "not"). The pre-filter rules an ASCII word without an
   * apostrophe out by the word itself, and any other word without an apostrophe by its first
   * two letters and its length, so `expand` may change a word without an apostrophe only
   * where it holds a character outside ASCII and keeps both (Spanish accents folded) or
   * the word is listed here.
   */
  expandable?: ReadonlySet<string>
  /** Number words ("two", "a dozen" aside): read as numbers by `#`. */
  numberWords: ReadonlySet<string>
  /** Words joining two numbers into a range ("two to three"). */
  rangeWords: ReadonlySet<string>
}

const hyphens = new Set(['-', '\u2010', '\u2011'])
const dashes = new Set(['-', '\u2010', '\u2011', '\u2012', '\u2013'])
const digits = /^\d+(?:[.,]\d+)*$/

const offsetOf = (node: { position?: { start: { offset?: number | undefined } } | undefined }): number => node.position?.start.offset ?? 0
const endOf = (node: { position?: { end: { offset?: number | undefined } } | undefined }): number => node.position?.end.offset ?? 0

function valueOf(node: SentenceContent): string {
  if ('value' in node) return node.value
  let out = ''
  for (const child of node.children) out += 'value' in child ? child.value : ''
  return out
}

/**
 * The tokens of an nlcst sentence: hyphenated words split into their parts, numbers written
 * with separators (`10,000`) and ranges (`2-3`, `two to three`) joined into one number.
 *
 * @param sentence The sentence node (positions relative to the parsed text).
 * @param base Offset of the parsed text in the unit's text.
 * @param rules The language's tokenizing rules.
 * @returns Tokens in order.
 */
export function sentenceTokens(sentence: Sentence, base: number, rules: TokenRules): Token[] {
  const raw: Token[] = []
  let spaced = false
  for (const node of sentence.children) {
    if (node.type === 'WhiteSpaceNode') {
      spaced = true
      continue
    }
    if (node.type === 'WordNode') {
      // Parts between hyphens are words of their own ("FDA-approved": "FDA", "approved").
      let partStart = -1
      let text = ''
      let joined = false
      for (const child of node.children) {
        if (child.type === 'PunctuationNode' && hyphens.has(child.value)) {
          if (text !== '') {
            pushWord(raw, text, base + partStart, base + offsetOf(child), spaced, joined, rules)
            spaced = false
            joined = true
            text = ''
          }
          continue
        }
        if (text === '') partStart = offsetOf(child)
        text += child.value
      }
      if (text !== '') pushWord(raw, text, base + partStart, base + endOf(node), spaced, joined, rules)
      spaced = false
      continue
    }
    const value = valueOf(node)
    raw.push({
      norm: value,
      text: value,
      start: base + offsetOf(node),
      end: base + endOf(node),
      kind: node.type === 'SymbolNode' ? 'symbol' : 'punctuation',
      spaced,
      joined: false,
    })
    spaced = false
  }
  return joinNumbers(raw, rules)
}

/**
 * Push the token(s) of one word (or one part of a hyphenated word): lower case, curly
 * apostrophes straightened, a number recognised, a contraction split by the language.
 *
 * @param out Tokens so far.
 * @param text The word as written.
 * @param start Its offset.
 * @param end The offset after it.
 * @param spaced White space stands before it.
 * @param joined It follows a hyphen in the same word.
 * @param rules The language's tokenizing rules.
 */
export function pushWord(out: Token[], text: string, start: number, end: number, spaced: boolean, joined: boolean, rules: TokenRules): void {
  const lower = text.toLowerCase()
  const norm = lower.includes('\u2019') ? lower.replaceAll('\u2019', "'") : lower
  const first = norm.charCodeAt(0)
  const kind = (first >= 48 && first <= 57 && digits.test(norm)) || rules.numberWords.has(norm) ? 'number' : 'word'
  const parts = kind === 'word' ? rules.expand?.(norm) : undefined
  if (parts === undefined) {
    out.push({ norm, text, start, end, kind, spaced, joined })
    return
  }
  // Every part keeps the span of the whole word, so a match on either reports the word.
  for (const [index, part] of parts.entries()) {
    out.push({ norm: part, text, start, end, kind: 'word', spaced: index === 0 ? spaced : true, joined: index === 0 ? joined : false })
  }
}

/**
 * Join numbers written with separators (`10,000`) or as ranges (`2-3`, `two to three`) into
 * one number token.
 *
 * @param tokens Tokens in order (the joined numbers are updated in place).
 * @param rules The language's tokenizing rules.
 * @returns The tokens with each number one token.
 */
export function joinNumbers(tokens: Token[], rules: TokenRules): Token[] {
  // Most sentences hold no number: nothing to join.
  let numbers = false
  for (let index = 0; index < tokens.length && !numbers; index++) if ((tokens[index] as Token).kind === 'number') numbers = true
  if (!numbers) return tokens
  const out: Token[] = []
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index] as Token
    const previous = out.at(-1)
    if (token.kind === 'number' && previous?.kind === 'number' && !token.spaced) {
      // Two numbers side by side without space are one: a hyphenated range (`2-3`, split at
      // its hyphen above).
      previous.end = token.end
      previous.text += token.text
      previous.norm += token.norm
      continue
    }
    if (previous?.kind === 'number') {
      const next = tokens[index + 1]
      const separator = (token.norm === ',' || token.norm === '.') && !token.spaced && next?.kind === 'number' && !next.spaced && /^\d{3}$/.test(next.norm)
      const range = (dashes.has(token.norm) || rules.rangeWords.has(token.norm)) && next?.kind === 'number'
      if (separator || range) {
        previous.end = next?.end ?? token.end
        previous.norm += `${token.norm}${next?.norm ?? ''}`
        previous.text = `${previous.text}${token.spaced ? ' ' : ''}${token.text}${next?.spaced ? ' ' : ''}${next?.text ?? ''}`
        index++
        continue
      }
    }
    out.push(token)
  }
  return out
}
