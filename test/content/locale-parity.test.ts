/**
 * The built-in overview and its Spanish translation under `locale-parity` and
 * `claim-id-stable`: the pair passes, and a copy of the Spanish file with one translation
 * mistake fails with `locale-parity` at the line of the mistake, `related` in the English file.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { formatDiagnostic } from '../../src/diagnostics.js'
import { parseContent } from '../../src/parser/index.js'
import { checkConsistency } from '../../src/rules/index.js'
import type { ExosomeDocument } from '../../src/schema/document.js'

const root = path.resolve(import.meta.dirname, '../..')
const englishFile = 'content/exosome-therapy.md'
const spanishFile = 'content/exosome-therapy.es.md'
const englishSource = readFileSync(path.join(root, englishFile), 'utf8')
const spanishSource = readFileSync(path.join(root, spanishFile), 'utf8')

function load(source: string, file: string): ExosomeDocument {
  const { document, diagnostics } = parseContent(source, { path: file, rules: false })
  if (document === undefined) throw new Error(`${file} did not parse:\n${diagnostics.map(formatDiagnostic).join('\n')}`)
  return document
}

const english = load(englishSource, englishFile)
const lineOf = (source: string, needle: string): number => {
  const at = source.indexOf(needle)
  if (at < 0) throw new Error(`${needle} not found`)
  return source.slice(0, at).split('\n').length
}

describe(`${spanishFile} beside ${englishFile}`, () => {
  it('passes locale-parity and claim-id-stable in either order', () => {
    const spanish = load(spanishSource, spanishFile)
    expect(checkConsistency([{ file: englishFile, document: english }, { file: spanishFile, document: spanish }])).toEqual([])
    expect(checkConsistency([{ file: spanishFile, document: spanish }, { file: englishFile, document: english }])).toEqual([])
  })

  // [mistake, text in the Spanish file, replacement, where the diagnostic starts, where related starts in English, message]
  const mistakes: Array<[string, string, string, string, string, string]> = [
    [
      'a dropped citation',
      'cite="olumesi-goldberg-2023-skin flores-2026-skin-review"}',
      'cite="olumesi-goldberg-2023-skin"}',
      ':::claim{#skin-research',
      ':::claim{#skin-research',
      'Unexpected citations `olumesi-goldberg-2023-skin` for claim `skin-research` in es, expected `olumesi-goldberg-2023-skin flores-2026-skin-review` as in en (content/exosome-therapy.md): missing `flores-2026-skin-review`',
    ],
    [
      'a changed grade',
      '#hair-research kind=therapeutic-potential evidence=early-clinical',
      '#hair-research kind=therapeutic-potential evidence=clinical',
      ':::claim{#hair-research',
      ':::claim{#hair-research',
      'Unexpected grade `clinical` for claim `hair-research` in es, expected `early-clinical` as in en (content/exosome-therapy.md)',
    ],
    [
      'a changed kind',
      '#evidence-is-early kind=context',
      '#evidence-is-early kind=regulatory',
      ':::claim{#evidence-is-early',
      ':::claim{#evidence-is-early',
      'Unexpected kind `regulatory` for claim `evidence-is-early` in es, expected `context` as in en (content/exosome-therapy.md)',
    ],
    [
      'a missing disclaimer placement',
      '::disclaimer{ref=report-problems}\n',
      '\n',
      '## Cómo protegerse',
      '::disclaimer{ref=report-problems}',
      'Missing `::disclaimer{ref=report-problems}` in section `protecting-yourself` of es, expected it after claim `report-problems-to-medwatch` as in en (content/exosome-therapy.md)',
    ],
    [
      'a missing evidence summary',
      '::evidence-summary\n',
      '\n',
      '## De un vistazo',
      '::evidence-summary',
      'Missing `::evidence-summary` in section `at-a-glance` of es, expected it at the start of the section as in en (content/exosome-therapy.md)',
    ],
    [
      'a missing reuse',
      '::claim{ref=no-approved-products}\n\n:::claim{#evidence-is-early',
      ':::claim{#evidence-is-early',
      '## La regulación',
      '::claim{ref=no-approved-products}',
      'Missing `::claim{ref=no-approved-products}` in section `regulation-and-the-state-of-the-evidence` of es, expected it at the start of the section as in en (content/exosome-therapy.md)',
    ],
    [
      'a heading without its section id',
      '## Piel {#skin}',
      '## Piel',
      '## Piel',
      '### Skin',
      'Unexpected section id `piel` in es, expected `skin` as in en (content/exosome-therapy.md): write `{#skin}` at the end of the heading',
    ],
  ]

  it.each(mistakes)('%s fails with locale-parity at its line', (_name, from, to, at, relatedAt, message) => {
    expect(spanishSource, from).toContain(from)
    const source = spanishSource.replace(from, to)
    const found = checkConsistency([{ file: englishFile, document: english }, { file: spanishFile, document: load(source, spanishFile) }])
    const diagnostic = found.find((item) => item.message === message)
    expect(found.map((item) => item.message)).toContain(message)
    expect(found.every((item) => item.ruleId === 'locale-parity' && item.file === spanishFile)).toBe(true)
    expect(diagnostic?.place.start.line).toBe(lineOf(source, at))
    expect(diagnostic?.related?.place.start.line).toBe(lineOf(englishSource, relatedAt))
    expect(diagnostic?.related?.message).toContain(`in en (${englishFile})`)
  })

  it('a missing claim is reported at the heading of the section that should define it', () => {
    const claim = /:::claim\{#hair-research[\s\S]*?\n:::\n/.exec(spanishSource)?.[0] ?? ''
    expect(claim).not.toBe('')
    const source = spanishSource.replace(claim, '')
    const found = checkConsistency([{ file: englishFile, document: english }, { file: spanishFile, document: load(source, spanishFile) }])
    expect(found.map((item) => `${item.place.start.line} ${item.ruleId} ${item.message}`)).toEqual([
      `${lineOf(source, '{#hair-loss}')} locale-parity Missing claim \`hair-research\` in es, expected it in section \`hair-loss\` as in en (content/exosome-therapy.md)`,
    ])
  })
})
