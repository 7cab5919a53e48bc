/**
 * Spanish readability for the content tests: a syllable counter for Spanish words and the
 * Szigriszt-Pazos (INFLESZ) and Fernández Huerta scores.
 *
 * No Spanish syllable counter on npm is kept up to date (the one published splitter has a
 * single release and ships its test framework as runtime dependencies), so the count follows
 * the orthographic rules of the Real Academia Española's *Ortografía* (2010), §4.1.1–4.1.3:
 *
 * 1. A syllable has one vowel nucleus, so a word has as many syllables as vowel nuclei.
 * 2. The `u` of `que`, `qui`, `gue`, `gui` is not pronounced; `ü` (`pingüino`) is a vowel.
 * 3. A `y` at the end of a word after a vowel (`hay`, `muy`, `estoy`) is a vowel; the word
 *    `y` is one syllable; any other `y` is a consonant.
 * 4. Adjacent vowels form one nucleus (a diphthong or triphthong: `cie-lo`, `buey`) unless
 *    they are two open vowels (`a e o`: `le-er`, `a-é-re-o`), a stressed closed vowel `í ú`
 *    next to any vowel (`dí-a`, `re-ú-ne`), or the same closed vowel twice (`chi-i-ta`).
 *    The `h` is counted as a consonant (it rarely stands between vowels in this text).
 * 5. An initialism (two or more capitals: `FDA`, `ARNm`, `CMM`) is read letter by letter,
 *    each letter by the syllables of its Spanish name (`efe` 2, `de` 1, `a` 1).
 * 6. A number counts one syllable per digit (an approximation: `2026` is read in five,
 *    `20,000` in three).
 */

const open = new Set(['a', 'e', 'o', 'á', 'é', 'ó'])
const stressedClosed = new Set(['í', 'ú'])
const vowels = new Set([...open, ...stressedClosed, 'i', 'u', 'ü'])

/** Syllables of the Spanish name of each letter (`efe`, `erre`, `uve`...). */
const letterNames: Record<string, number> = {
  a: 1, b: 1, c: 1, d: 1, e: 1, f: 2, g: 1, h: 2, i: 1, j: 2, k: 1, l: 2, m: 2, n: 2, ñ: 2,
  o: 1, p: 1, q: 1, r: 2, s: 2, t: 1, u: 1, v: 1, w: 3, x: 2, y: 1, z: 2,
}

/** Whether two adjacent vowels are in separate syllables (a hiatus). */
function hiatus(first: string, second: string): boolean {
  if (open.has(first) && open.has(second)) return true
  if (stressedClosed.has(first) || stressedClosed.has(second)) return true
  return first === second
}

/**
 * Syllables of a Spanish word (rules 1–6 above).
 *
 * @param word A word as written.
 * @returns Its syllable count, at least 1.
 */
export function spanishSyllables(word: string): number {
  const written = word.normalize('NFC').replaceAll('.', '')
  if (/^[0-9][0-9,]*$/u.test(written)) return written.replaceAll(',', '').length
  if ((written.match(/\p{Lu}/gu) ?? []).length >= 2) {
    return [...written.toLowerCase()].reduce((sum, letter) => sum + (letterNames[letter] ?? 1), 0)
  }
  let letters = written.toLowerCase().replaceAll(/[^a-záéíóúüñ]/gu, '')
  if (letters === 'y') return 1
  letters = letters.replaceAll(/([qg])u([eiéí])/gu, '$1$2').replace(/([aeiouáéíóú])y$/u, '$1i')
  let count = 0
  let previous: string | undefined
  for (const letter of letters) {
    if (!vowels.has(letter)) {
      previous = undefined
      continue
    }
    if (previous === undefined || hiatus(previous, letter)) count++
    previous = letter
  }
  return Math.max(1, count)
}

const sentenceSegmenter = new Intl.Segmenter('es', { granularity: 'sentence' })
const wordSegmenter = new Intl.Segmenter('es', { granularity: 'word' })

/** Sentence, word and syllable counts of some Spanish prose. */
export interface SpanishCounts {
  sentence: number
  word: number
  syllable: number
}

/**
 * Count sentences (Unicode sentence boundaries: a line break inside a paragraph ends no
 * sentence, so each text is read as one line), words (word-like segments) and syllables
 * (`spanishSyllables`). A text without an end mark counts as one sentence.
 *
 * @param texts Texts written in sentences.
 * @returns The counts.
 */
export function spanishCounts(texts: readonly string[]): SpanishCounts {
  const counts: SpanishCounts = { sentence: 0, word: 0, syllable: 0 }
  for (const text of texts) {
    for (const { segment } of sentenceSegmenter.segment(text.replaceAll(/\s+/g, ' '))) {
      const words = [...wordSegmenter.segment(segment)].filter((part) => part.isWordLike === true).map((part) => part.segment)
      if (words.length === 0) continue
      counts.sentence += 1
      counts.word += words.length
      counts.syllable += words.reduce((sum, item) => sum + spanishSyllables(item), 0)
    }
  }
  return counts
}

/**
 * Szigriszt-Pazos perspicuity (1993), read on the INFLESZ scale (Barrio-Cantalejo et al.,
 * 2008): below 40 very hard, 40–55 somewhat hard, 55–65 normal, 65–80 fairly easy
 * ("bastante fácil"), above 80 very easy.
 *
 * @param counts Counts from `spanishCounts`.
 * @returns The score.
 */
export function szigrisztPazos(counts: SpanishCounts): number {
  return 206.835 - (62.3 * counts.syllable) / counts.word - counts.word / counts.sentence
}

/**
 * Fernández Huerta's reading ease (1959), with words per sentence as in Flesch's formula it
 * adapts (the printed "sentences per 100 words" would reward longer sentences): 60–70 normal,
 * 70–80 fairly easy, 80–90 easy, above 90 very easy.
 *
 * @param counts Counts from `spanishCounts`.
 * @returns The score.
 */
export function fernandezHuerta(counts: SpanishCounts): number {
  return 206.84 - (60 * counts.syllable) / counts.word - (1.02 * counts.word) / counts.sentence
}
