// Properties of the Spanish analysis on generated prose: words of the lexicons, function
// words, numbers, abbreviations and every kind of quotation mark and punctuation, in any
// order. It never throws, every finding points at its own words in the text, the parser
// reports no internal error, and text written without accents reads as text written with
// them (except where the accent tells two words apart).
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { analyzeText } from '../../src/language/analyze.js'
import { spanish } from '../../src/language/es/index.js'
import { keepAccent } from '../../src/language/es/inflect.js'
import { prepareLanguage } from '../../src/language/prepare.js'
import { parseContent } from '../../src/parser/index.js'
import { wordingRuleIds } from '../../src/rules/index.js'
import { asClaim, asNarrative } from './es-helpers.js'
import { frontmatter } from './helpers.js'

const prepared = prepareLanguage(spanish)
const wording = new Set<string>([...wordingRuleIds, 'wording-locale'])

const words = [
  'los', 'exosomas', 'curan', 'cura', 'curó', 'reparan', 'regeneran', 'rejuvenece', 'rejuvenecerla', 'podrían', 'pueden', 'podría', 'puede', 'que',
  'no', 'ningún', 'ni', 'sin', 'riesgo', 'efectos', 'secundarios', 'milagroso', 'milagrosa', 'clínicamente', 'comprobado', 'según', 'la', 'clínica',
  'afirma', 'afirman', 'se', 'venden', 'como', 'ofrecen', 'tratamiento', 'terapia', 'en', 'estudios', 'con', 'animales', 'todavía', 'sabe', 'si',
  'hasta', 'un', '300', '%', 'miles', 'de', 'pacientes', 'satisfechos', 'aprobado', 'por', 'fda', 'registrado', 'ante', 'está', 'es', 'seguro',
  'piel', 'cabello', 'artritis', 'mejora', 'mejoran', 'reduzcan', 'hace', 'para', 'primera', 'sesión', 'desde', 'solo', 'único', 'Dr.', 'EE.', 'UU.',
  'M.', 'nuestros', 'mi', 'me', 'sentí', 'mejor', 'y', 'o', 'pero', 'aunque', 'cuando', 'ideal', 'lo', 'carece', 'único', '2-3', '10.000',
]
const marks = ['.', ',', ';', ':', '?', '¿', '!', '¡', '"', '“', '”', '«', '»', "'", '(', ')', '—', '-', '…']
const prose = fc
  .array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...words) }, { weight: 1, arbitrary: fc.constantFrom(...marks) }), { minLength: 1, maxLength: 60 })
  .map((pieces) => pieces.join(' ').replace(/^\p{Ll}/u, (first) => first.toUpperCase()))

const plain: Record<string, string> = { á: 'a', é: 'e', í: 'i', ó: 'o', ú: 'u', ü: 'u' }
/** The text with acute accents taken off where they tell no two words apart. */
const unaccented = (text: string): string =>
  text.replace(/\p{L}+/gu, (word) => (keepAccent.has(word.toLowerCase()) || word.endsWith('ó') ? word : word.replace(/[áéíóúü]/g, (c) => plain[c] ?? c)))

describe('the Spanish analysis on generated prose', () => {
  test('never throws, and every finding points at its own words', () => {
    fc.assert(
      fc.property(prose, (text) => {
        for (const sentence of analyzeText(text, spanish, prepared)) {
          expect(sentence.start).toBeGreaterThanOrEqual(0)
          expect(sentence.end).toBeLessThanOrEqual(text.length)
          for (const fact of [...sentence.benefits, ...sentence.tactics]) {
            expect(fact.start).toBeGreaterThanOrEqual(sentence.start)
            expect(fact.end).toBeLessThanOrEqual(sentence.end)
            expect(text.slice(fact.start, fact.end)).toBe(fact.found)
          }
        }
      }),
      { seed: 20_261_213, numRuns: 300 },
    )
  })

  test('the parser reports no internal error and places every wording diagnostic in the body', () => {
    fc.assert(
      fc.property(prose, (text) => {
        const head = frontmatter('', 'es')
        const source = `${head}${text}\n`
        const { diagnostics } = parseContent(source, { policy: { rules: { 'review-stale': 'off' } } })
        expect(diagnostics.filter((diagnostic) => diagnostic.ruleId === 'internal-error')).toEqual([])
        const bodyLine = head.split('\n').length
        for (const diagnostic of diagnostics.filter((found) => wording.has(found.ruleId))) {
          expect(diagnostic.ruleId).not.toBe('wording-locale')
          expect(diagnostic.place.start.line).toBeGreaterThanOrEqual(bodyLine)
        }
      }),
      { seed: 20_261_214, numRuns: 80 },
    )
  })

  test('text written without accents is read as the same text', () => {
    fc.assert(
      fc.property(prose, (text) => {
        const bare = unaccented(text)
        expect(asNarrative(bare)).toEqual(asNarrative(text))
        expect(asClaim(bare, 'preclinical')).toEqual(asClaim(text, 'preclinical'))
      }),
      { seed: 20_261_215, numRuns: 60 },
    )
  })
})
