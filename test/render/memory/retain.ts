/**
 * Child process of `memory.test.ts` (run with `--expose-gc`): parse and render many distinct
 * documents, each with its own large disclaimer text, in every format and with many id
 * prefixes, dropping each document after its renders, as a long-lived server does. Prints
 * the heap used after a full collection at checkpoints, as JSON.
 */
import { parseContent } from '../../../src/parser/index.js'
import { renderClaim, renderDocument, renderSection, requiredDisclaimers, toJsonLd } from '../../../src/render/index.js'

const gc = (globalThis as { gc?: () => void }).gc
if (gc === undefined) throw new Error('run with --expose-gc')

const documents = Number(process.argv[2] ?? 300)
const items = Number(process.argv[3] ?? 400)
const checkpoints = new Set([Math.floor(documents / 6), Math.floor(documents / 2), documents])

function source(index: number): string {
  // A disclaimer text of its own per document: a list of `items` items, all distinct.
  const list = Array.from({ length: items }, (_, item) => `- Point ${item} of notice ${index}: ask your doctor.`).join('\n')
  return `---
id: page-${index}
title: Page ${index}
summary: A page rendered once by a long-lived server.
locale: ${index % 2 === 0 ? 'en' : 'es-MX'}
audience: general
version: 1.0.0
lastReviewed: 2026-11-01
references:
  - {id: source-${index}, kind: review, title: Source ${index}, year: 2020, doi: 10.1234/x${index}}
disclaimers:
  - id: notice-${index}
    kind: regulatory
    title: Notice ${index}
    placement: document
    text: |
${list.replaceAll(/^/gm, '      ')}
---

Intro of page ${index}.

## Section ${index}

:::claim{#claim-${index} kind=context evidence=established cite="source-${index}"}
Claim ${index} is a plain *statement*.
:::
`
}

const heap: Record<string, number> = {}
for (let index = 1; index <= documents; index++) {
  const { document, diagnostics } = parseContent(source(index), { rules: false })
  if (!document) throw new Error(`document ${index} did not parse: ${diagnostics[0]?.message ?? ''}`)
  for (const format of ['html', 'text', 'markdown'] as const) {
    renderDocument(document, { format, idPrefix: `p${index}-` })
    renderDocument(document, { format })
    renderSection(document, `section-${index}`, { format, disclaimers: 'end' })
    renderClaim(document, `claim-${index}`, { format, citations: 'author-year' })
  }
  requiredDisclaimers(document)
  toJsonLd(document)
  if (checkpoints.has(index)) {
    gc()
    gc()
    heap[index] = process.memoryUsage().heapUsed
  }
}
process.stdout.write(`${JSON.stringify(heap)}\n`)
