/**
 * Write `test/content/source-runs.es.json`: the fingerprints of every 8-word run of the
 * Spanish pages read while choosing the overview's Spanish terms (the FDA's and the National
 * Cancer Institute's Spanish pages, MedlinePlus en español, Spanish copies of FDA notices).
 * Each file starts with the page's address on its first line; only the addresses and the
 * fingerprints are kept in the repository, not the pages.
 *
 *     npx tsx test/content/make-source-runs-es.ts page1.txt page2.txt ...
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { runFingerprint, wordRuns } from './prose.js'

const runLength = 8
const files = process.argv.slice(2)
if (files.length === 0) {
  console.error('usage: npx tsx test/content/make-source-runs-es.ts <page.txt>...')
  process.exit(2)
}
const pages = files.map((file) => {
  const [address = '', ...lines] = readFileSync(file, 'utf8').split('\n')
  return { address: address.trim(), text: lines.join('\n') }
})
const out = {
  description: `Fingerprints (first 16 hex digits of SHA-256) of every ${runLength}-word run of the Spanish pages listed, words normalised as normalizedWords() in prose.ts does. Made by make-source-runs-es.ts.`,
  runLength,
  sources: pages.map((page) => page.address).sort(),
  fingerprints: [...new Set(pages.flatMap((page) => wordRuns(page.text, runLength).map(runFingerprint)))].sort(),
}
writeFileSync(new URL('source-runs.es.json', import.meta.url), `${JSON.stringify(out, null, 2)}\n`)
console.log(`source-runs.es.json: ${out.sources.length} pages, ${out.fingerprints.length} runs`)
