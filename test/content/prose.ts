/**
 * The prose of a document, as the content tests read it: every string a reader sees that the
 * author wrote (title, summary, headings, narrative, claims, disclaimers, glossary), plus the
 * measures the tests apply to it (shared word runs, reading grade).
 */
import { createHash } from 'node:crypto'
import { fleschKincaid } from 'flesch-kincaid'
import { syllable } from 'syllable'
import type { Nodes } from 'mdast'
import { toString } from 'mdast-util-to-string'
import type { EmbeddedDocument as ExosomeDocument } from '../../src/schema/document.js'
import type { EmbeddedBlock as Block, EmbeddedSection as Section } from '../../src/schema/section.js'

/** One string of prose and where it comes from. */
export interface Prose {
  where: string
  text: string
  /** Whether it is written in sentences (headings, titles and terms are not). */
  sentences: boolean
}

// The text of content, one line per paragraph, heading or table cell (a list item without a
// full stop still reads as a sentence of its own), whitespace inside each normalised.
function linesOf(nodes: readonly Nodes[]): string {
  const lines: string[] = []
  const visit = (node: Nodes): void => {
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') lines.push(toString(node).replaceAll(/\s+/g, ' ').trim())
    else if ('children' in node) for (const child of node.children) visit(child as Nodes)
  }
  nodes.forEach(visit)
  return lines.join('\n')
}

const allSections = (sections: readonly Section[]): Section[] => sections.flatMap((section) => [section, ...allSections(section.sections)])

/**
 * Every prose string of a document, in document order.
 *
 * @param document A parsed document.
 * @returns The strings.
 */
export function proseOf(document: ExosomeDocument): Prose[] {
  const out: Prose[] = [
    { where: 'title', text: document.title, sentences: false },
    { where: 'summary', text: document.summary, sentences: true },
  ]
  const blocks = (list: readonly Block[], where: string): void => {
    list.forEach((block, index) => {
      if (block.type === 'narrative') out.push({ where: `${where} narrative ${index + 1}`, text: linesOf(block.content.mdast), sentences: true })
      if (block.type === 'claim' && !block.reuse) out.push({ where: `claim ${block.claim}`, text: linesOf(document.claims[block.claim]?.content.mdast ?? []), sentences: true })
    })
  }
  blocks(document.intro, 'intro')
  for (const section of allSections(document.sections)) {
    out.push({ where: `heading ${section.id}`, text: section.title, sentences: false })
    blocks(section.blocks, `section ${section.id}`)
  }
  for (const disclaimer of document.disclaimers) {
    out.push({ where: `disclaimer ${disclaimer.id} title`, text: disclaimer.title, sentences: false })
    out.push({ where: `disclaimer ${disclaimer.id}`, text: disclaimer.content === undefined ? disclaimer.text : linesOf(disclaimer.content.mdast), sentences: true })
  }
  for (const term of document.glossary) {
    out.push({ where: `glossary ${term.id} term`, text: term.term, sentences: false })
    out.push({ where: `glossary ${term.id}`, text: term.definition, sentences: true })
  }
  return out
}

/**
 * Words for the copy check: Unicode-normalised, lower case, apostrophes dropped (so "body’s"
 * and "body's" match), split at every character that is not a letter or a digit.
 *
 * @param text Any text.
 * @returns The words.
 */
export function normalizedWords(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replaceAll(/['\u2018\u2019\u02bc]/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '')
}

/**
 * Every run of `size` consecutive words of a text, joined by one space.
 *
 * @param text Any text.
 * @param size Run length.
 * @returns The runs, in order.
 */
export function wordRuns(text: string, size: number): string[] {
  const words = normalizedWords(text)
  return Array.from({ length: Math.max(0, words.length - size + 1) }, (_, index) => words.slice(index, index + size).join(' '))
}

/**
 * The fingerprint of a word run: the first 16 hex digits of its SHA-256. The copy check keeps
 * fingerprints of the source article's runs, not the article.
 *
 * @param run A run from `wordRuns`.
 * @returns The fingerprint.
 */
export function runFingerprint(run: string): string {
  return createHash('sha256').update(run, 'utf8').digest('hex').slice(0, 16)
}

const sentenceSegmenter = new Intl.Segmenter('en', { granularity: 'sentence' })
const wordSegmenter = new Intl.Segmenter('en', { granularity: 'word' })

/** Sentence, word and syllable counts of some prose. */
export interface ReadingCounts {
  sentence: number
  word: number
  syllable: number
}

// A sentence boundary after one of these is not one ("U.S. Food", "e.g. this").
const abbreviation = /(?:\b(?:[A-Za-z]\.){2,}|\b(?:e\.g|i\.e|etc|vs|approx|Dr|Mr|Mrs|Ms|St)\.)\s*$/u

function sentencesOf(line: string): string[] {
  const out: string[] = []
  for (const { segment } of sentenceSegmenter.segment(line)) {
    const previous = out.at(-1)
    if (previous !== undefined && abbreviation.test(previous)) out[out.length - 1] = previous + segment
    else out.push(segment)
  }
  return out
}

/**
 * Syllables of a word as it is read aloud: an initialism (FDA, MSCs, mRNA) letter by letter,
 * a number digit by digit (an upper bound for most numbers), any other word by the `syllable`
 * package (at least one).
 *
 * @param word A word-like segment.
 * @returns Its syllable count.
 */
export function syllablesOf(word: string): number {
  const letters = word.replaceAll('.', '')
  if (/^[a-z]?[A-Z]{2,}s?$/u.test(letters)) return letters.replace(/s$/u, '').length
  const digits = letters.replaceAll(/[^0-9]/gu, '')
  if (/^[0-9][0-9,]*$/u.test(letters)) return digits.length
  return Math.max(1, syllable(word))
}

/**
 * Count sentences (Unicode sentence boundaries, not after an abbreviation), words (word-like
 * segments) and syllables (`syllablesOf`) of texts written in sentences. A list item or a
 * line without an end mark still counts as one sentence.
 *
 * @param texts The texts.
 * @returns The counts.
 */
export function readingCounts(texts: readonly string[]): ReadingCounts {
  const counts: ReadingCounts = { sentence: 0, word: 0, syllable: 0 }
  for (const text of texts) {
    for (const line of text.split(/\n+/)) {
      for (const sentence of sentencesOf(line)) {
        const words = [...wordSegmenter.segment(sentence)].filter((part) => part.isWordLike === true).map((part) => part.segment)
        if (words.length === 0) continue
        counts.sentence += 1
        counts.word += words.length
        counts.syllable += words.reduce((sum, word) => sum + syllablesOf(word), 0)
      }
    }
  }
  return counts
}

/**
 * Flesch–Kincaid grade level of some prose.
 *
 * @param texts The texts (written in sentences).
 * @returns The U.S. school grade.
 */
export function readingGrade(texts: readonly string[]): number {
  return fleschKincaid({ ...readingCounts(texts) })
}
