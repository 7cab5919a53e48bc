// The analysis parses and analyzes only the sentences that can hold a finding. These tests
// hold it to the full analysis (every sentence parsed with nlcst and analyzed): the same
// facts for real prose, the corpus and generated text, and the same sentences for text cut
// at the places the pre-filter cuts it.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import type { Paragraph, Sentence } from 'nlcst'
import { describe, expect, test } from 'vitest'
import { readCorpus } from '../../scripts/eval-wording.js'
import { analyzeText, maxPiece } from '../../src/language/analyze.js'
import { english } from '../../src/language/en/index.js'
import { spanish } from '../../src/language/es/index.js'
import type { LanguageDefinition } from '../../src/language/language.js'
import * as lexicon from '../../src/language/en/lexicon/tactics.js'
import { benefitPredicates } from '../../src/language/en/lexicon/predicates.js'
import { prepareLanguage } from '../../src/language/prepare.js'
import { hasAnchor, sentenceCuts } from '../../src/language/scan.js'
import { analyzeSentence, type PreparedLanguage, type QuoteState } from '../../src/language/sentence.js'
import { sentenceTokens } from '../../src/language/tokens.js'
import type { SentenceFacts } from '../../src/language/types.js'

const language = prepareLanguage(english)
const spanishLanguage = prepareLanguage(spanish)

/** Every sentence parsed and analyzed, as before the pre-filter; those without a finding left out. */
function fullAnalysis(text: string, definition: LanguageDefinition = english, prepared: PreparedLanguage = language): SentenceFacts[] {
  const out: SentenceFacts[] = []
  let base = 0
  while (base <= text.length) {
    let lineEnd = text.indexOf('\n', base)
    if (lineEnd < 0) lineEnd = text.length
    expect(lineEnd - base, 'the test text has no piece longer than the parser is handed at once').toBeLessThanOrEqual(maxPiece)
    const tree = definition.parse(text.slice(base, lineEnd))
    for (const paragraph of tree.children) {
      if (paragraph.type !== 'ParagraphNode') continue
      const quotes: QuoteState = { open: false }
      for (const sentence of (paragraph as Paragraph).children) {
        if (sentence.type !== 'SentenceNode') continue
        const tokens = sentenceTokens(sentence as Sentence, base, definition.tokens)
        if (tokens.length === 0) continue
        const facts = analyzeSentence(tokens, text, prepared, quotes)
        if (facts.benefits.length > 0 || facts.tactics.length > 0 || facts.camouflage !== undefined || facts.limitation) out.push(facts)
      }
    }
    base = lineEnd + 1
  }
  return out
}

/** Sentence start offsets of a text as parse-english splits it. */
function sentenceStarts(text: string, base = 0): number[] {
  const starts: number[] = []
  for (const paragraph of english.parse(text).children) {
    if (paragraph.type !== 'ParagraphNode') continue
    for (const sentence of (paragraph as Paragraph).children) {
      if (sentence.type === 'SentenceNode') starts.push(base + (sentence.position?.start.offset ?? 0))
    }
  }
  return starts
}

const root = path.join(import.meta.dirname, '..', '..')
const overview = readFileSync(path.join(root, 'content', 'exosome-therapy.md'), 'utf8')
// The overview's paragraphs, as plain lines (markdown marks do not matter to the comparison).
const overviewLines = overview
  .split(/\n\s*\n/)
  .map((block) => block.replace(/\s*\n\s*/g, ' ').trim())
  .filter((block) => block !== '' && block.length <= maxPiece)
const corpus = readCorpus(path.join(import.meta.dirname, 'corpus.jsonl')).map((row) => row.text)
const spanishCorpus = readCorpus(path.join(import.meta.dirname, 'corpus.es.jsonl')).map((row) => row.text)

describe('the pre-filter finds what the full analysis finds', () => {
  test('the overview, paragraph by paragraph', () => {
    for (const line of overviewLines) expect(analyzeText(line, english, language), line).toEqual(fullAnalysis(line))
  })

  test('the corpus sentences, one by one and run together in paragraphs of five', () => {
    for (const sentence of corpus) expect(analyzeText(sentence, english, language), sentence).toEqual(fullAnalysis(sentence))
    for (let at = 0; at < corpus.length; at += 5) {
      const paragraph = corpus.slice(at, at + 5).join(' ')
      if (paragraph.length > maxPiece) continue
      expect(analyzeText(paragraph, english, language), paragraph).toEqual(fullAnalysis(paragraph))
    }
  })

  test('a phrase whose other words are signs: "up to # %" is found through its words and its number', () => {
    for (const sentence of ['It works up to 3 %.', 'Results improve up to 40 % in a week.']) {
      const facts = analyzeText(sentence, english, language)
      expect(facts, sentence).toEqual(fullAnalysis(sentence))
      expect(facts.length, sentence).toBeGreaterThan(0)
    }
  })

  // Spanish words are compared with their accents folded ("curaría" is "curaria"): the
  // pre-filter reads them as the tokens do.
  test('the Spanish corpus sentences, one by one and run together in paragraphs of five', () => {
    for (const sentence of spanishCorpus) expect(analyzeText(sentence, spanish, spanishLanguage), sentence).toEqual(fullAnalysis(sentence, spanish, spanishLanguage))
    for (let at = 0; at < spanishCorpus.length; at += 5) {
      const paragraph = spanishCorpus.slice(at, at + 5).join(' ')
      if (paragraph.length > maxPiece) continue
      expect(analyzeText(paragraph, spanish, spanishLanguage), paragraph).toEqual(fullAnalysis(paragraph, spanish, spanishLanguage))
    }
    for (const sentence of ['La terapia curaría la artritis.', 'Curó mi rodilla.', 'Sin efectos secundarios, regenerará tu piel.']) {
      const facts = analyzeText(sentence, spanish, spanishLanguage)
      expect(facts, sentence).toEqual(fullAnalysis(sentence, spanish, spanishLanguage))
      expect(facts.length, sentence).toBeGreaterThan(0)
    }
  })

  // Words of every kind the pre-filter reads: phrases of the lists, numbers, contractions,
  // hyphens, quotation marks, first-person words, abbreviations and plain words.
  const pieces = [
    ...benefitPredicates.slice(0, 40),
    ...lexicon.hype.slice(0, 30),
    ...lexicon.absoluteSafety.slice(0, 30),
    ...lexicon.regulatoryMisdirection.slice(0, 30),
    ...lexicon.numericPromise.slice(0, 30).map((phrase) => phrase.replaceAll('#', '3')),
    ...lexicon.testimonial.slice(0, 20).map((phrase) => phrase.replaceAll('#', '1,000')),
    'two to three months', '2-3 sessions', '300 %', "doesn't", "it's", 'cannot', 'FDA-approved', 'risk free', 'my knee',
    'I', '"', '“', '”', "'", '’', '(', ')', ';', ',', '.', '!', '?', ' - ', 'Dr.', 'e.g.', 'U.S.', 'etc.', 'Fig.', 'No.',
    'exosomes', 'the', 'clinic', 'patients', 'may', 'not', 'in mice', 'claims that', 'Researchers', 'Therapy', 'results',
  ]
  const sentence = fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 14 }).map((words) => words.join(' '))
  const paragraph = fc.array(sentence, { minLength: 1, maxLength: 6 }).map((sentences) => sentences.join('. '))

  test('generated paragraphs', () => {
    fc.assert(
      fc.property(paragraph, (text) => {
        expect(analyzeText(text, english, language)).toEqual(fullAnalysis(text))
      }),
      { seed: 20_261_216, numRuns: 400 },
    )
  })
})

describe('the pre-filter cuts text only where the parser ends a sentence anyway', () => {
  const words = ['Exosomes', 'repair', 'cartilage', 'tissue', 'Dr', 'Mr', 'etc', 'Fig', 'No', 'cent', 'ibid', 'Thurs', 'Sept', 'approx',
    'Northants', 'U.S', 'e.g', 'i.e', 'al', 'treatment', 'remarkable', 'b', '2019', 'v2', 'self-healing', 'sessions', 'It', 'They', 'In']
  const terminal = ['.', '!', '?', '...', '.)', '."', '”.', '.”', ',', ';', '']
  const text = fc
    .array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(...terminal), fc.constantFrom(' ', '  ', '')), { minLength: 1, maxLength: 30 })
    .map((parts) => parts.map(([word, mark, space]) => `${word}${mark}${space}`).join(''))

  test('cut at the cuts, the parts have the sentences of the whole', () => {
    fc.assert(
      fc.property(text, (value) => {
        const cuts = sentenceCuts(value, 0, value.length)
        const bounds = [0, ...cuts, value.length]
        const parts: number[] = []
        for (let index = 0; index + 1 < bounds.length; index++) {
          parts.push(...sentenceStarts(value.slice(bounds[index], bounds[index + 1]), bounds[index]))
        }
        expect(parts).toEqual(sentenceStarts(value))
        for (const cut of cuts) expect(sentenceStarts(value)).toContain(cut)
      }),
      { seed: 20_261_217, numRuns: 1000 },
    )
  })

  test('real prose is cut at its sentence ends', () => {
    const line = overviewLines.find((candidate) => sentenceStarts(candidate).length >= 4) ?? ''
    expect(sentenceCuts(line, 0, line.length).length).toBeGreaterThan(0)
    for (const block of overviewLines) {
      const starts = sentenceStarts(block)
      for (const cut of sentenceCuts(block, 0, block.length)) expect(starts, block).toContain(cut)
    }
  })
})

describe('the pre-filter reads every anchor word however it is written', () => {
  // ASCII words are ruled out by a hash of their lower case computed while they are read:
  // it must agree with the table built from the lexicon, in any case and inside any text.
  const cases: Array<[string, LanguageDefinition, PreparedLanguage]> = [
    ['English', english, language],
    ['Spanish', spanish, spanishLanguage],
  ]
  test.each(cases)('%s: each anchor that needs no second word, in lower, title and upper case', (_name, definition, prepared) => {
    const missed: string[] = []
    let checked = 0
    for (const [word, anchor] of prepared.anchors) {
      if (anchor.firstPerson || anchor.seconds?.has('') !== true || !/^[a-z]+$/.test(word)) continue
      checked++
      for (const written of [word, `${word.charAt(0).toUpperCase()}${word.slice(1)}`, word.toUpperCase()]) {
        const text = `Some text, then ${written}, then more.`
        if (!hasAnchor(text, 0, text.length, definition, prepared)) missed.push(written)
      }
    }
    expect(checked).toBeGreaterThan(100)
    expect(missed).toEqual([])
  })

  test.each(cases)('%s: a text of words that are no anchor holds none', (_name, definition, prepared) => {
    const text = 'Zzyx qwv blorft, zzyx qwv blorft; Zzyx QWV.'
    expect(hasAnchor(text, 0, text.length, definition, prepared)).toBe(false)
  })
})
