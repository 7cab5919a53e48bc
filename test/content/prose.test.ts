/**
 * The overview's prose is its own and plain: no run of 8 or more words in common with the
 * article the package was created from, and a Flesch–Kincaid grade of 8 or below.
 *
 * The article is not kept in the repository: `source-runs.json` holds the fingerprints of its
 * 8-word runs (made by `make-source-runs.ts`). Where the facts folder sits beside the
 * repository, the fingerprints are checked against the article itself.
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseContent } from '../../src/parser/index.js'
import { renderDocument } from '../../src/render/index.js'
import { normalizedWords, proseOf, readingCounts, readingGrade, runFingerprint, syllablesOf, wordRuns } from './prose.js'

const root = path.resolve(import.meta.dirname, '../..')
const { document } = parseContent(readFileSync(path.join(root, 'content', 'exosome-therapy.md'), 'utf8'), { rules: false })
if (document === undefined) throw new Error('content/exosome-therapy.md does not parse')

const source = JSON.parse(readFileSync(path.join(import.meta.dirname, 'source-runs.json'), 'utf8')) as { runLength: number; fingerprints: string[] }
const fingerprints = new Set(source.fingerprints)

/** The runs of a text that also occur in the source article. */
const shared = (text: string): string[] => wordRuns(text, source.runLength).filter((run) => fingerprints.has(runFingerprint(run)))

// The facts folder beside a clone (CI) or beside the folder of worktrees.
const article = [path.join(root, '..', 'shared', 'facts', 'source-article.txt'), path.join(root, '..', '..', 'shared', 'facts', 'source-article.txt')].find((candidate) =>
  existsSync(candidate),
)

describe('copy check against the source article', () => {
  it('has the fingerprints of the article\'s 8-word runs', () => {
    expect(source.runLength).toBe(8)
    expect(source.fingerprints.length).toBeGreaterThan(500)
    for (const fingerprint of source.fingerprints) expect(fingerprint).toMatch(/^[0-9a-f]{16}$/)
    if (article !== undefined) {
      const fresh = [...new Set(wordRuns(readFileSync(article, 'utf8'), 8).map(runFingerprint))].sort()
      expect(source.fingerprints).toEqual(fresh)
    }
  })

  it('finds a copied run: the first edition\'s disclaimer sentence shares one', () => {
    const firstEdition = 'The U.S. Food and Drug Administration (FDA) has not approved any exosome product to treat any disease or condition.'
    expect(shared(firstEdition).length).toBeGreaterThan(0)
    // Case, punctuation and curly apostrophes do not hide a run.
    expect(shared(firstEdition.toUpperCase().replaceAll(' ', '  ').replaceAll('.', ',').replaceAll('(', '“'))).toEqual(shared(firstEdition))
  })

  it('normalises words the same way on both sides', () => {
    expect(normalizedWords('The body’s “U.S.” cells,and—RNA')).toEqual(['the', 'bodys', 'u', 's', 'cells', 'and', 'rna'])
  })

  it.each(proseOf(document).map((prose) => [prose.where, prose.text] as const))('%s shares no run of 8 words with the article', (_where, text) => {
    expect(shared(text)).toEqual([])
  })

  it('shares no run of 8 words across block boundaries either (the whole overview as text)', () => {
    expect(shared(renderDocument(document, { format: 'text', citations: 'none' }))).toEqual([])
  })
})

describe('readability', () => {
  const sentences = proseOf(document)
    .filter((prose) => prose.sentences)
    .map((prose) => prose.text)

  it('reads at a Flesch–Kincaid grade of 8 or below', () => {
    const counts = readingCounts(sentences)
    // Claims, narrative, summary, disclaimers and glossary: the whole overview is measured.
    expect(counts.sentence).toBeGreaterThan(150)
    expect(counts.word).toBeGreaterThan(2000)
    expect(readingGrade(sentences)).toBeLessThanOrEqual(8)
  })

  it('scores dense technical prose above grade 8, so the bound means something', () => {
    const dense = 'Mesenchymal stromal cell derived extracellular vesicles demonstrate immunomodulatory characteristics necessitating standardized characterization methodologies.'
    expect(readingGrade([dense])).toBeGreaterThan(12)
    expect(readingGrade(['The cat sat on the mat. It was warm.'])).toBeLessThan(3)
  })

  it('counts initialisms letter by letter and keeps "U.S." inside its sentence', () => {
    expect(syllablesOf('FDA')).toBe(3)
    expect(syllablesOf('MSCs')).toBe(3)
    expect(syllablesOf('mRNA')).toBe(4)
    expect(syllablesOf('2026')).toBe(4)
    expect(syllablesOf('vesicle')).toBe(3)
    expect(readingCounts(['The U.S. Food and Drug Administration is an agency. It approves drugs.']).sentence).toBe(2)
  })
})
