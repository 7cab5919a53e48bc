/**
 * Write `test/content/source-runs.json`: the fingerprints of every 8-word run of the article
 * the package was created from, which the copy check compares the overview with. Only the
 * fingerprints are kept in the repository, not the article.
 *
 *     npx tsx test/content/make-source-runs.ts path/to/source-article.txt
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { runFingerprint, wordRuns } from './prose.js'

export const runLength = 8

const [articlePath] = process.argv.slice(2)
if (articlePath === undefined) {
  console.error('usage: npx tsx test/content/make-source-runs.ts <source-article.txt>')
  process.exit(2)
}
const article = readFileSync(articlePath, 'utf8')
const fingerprints = [...new Set(wordRuns(article, runLength).map(runFingerprint))].sort()
const out = {
  description: `Fingerprints (first 16 hex digits of SHA-256) of every ${runLength}-word run of the source article, words normalised as normalizedWords() in prose.ts does. Made by make-source-runs.ts.`,
  runLength,
  fingerprints,
}
writeFileSync(new URL('source-runs.json', import.meta.url), `${JSON.stringify(out, null, 2)}\n`)
console.log(`source-runs.json: ${fingerprints.length} runs`)
