/**
 * `claim.text` and a narrative block's `text` read on one line (chat, SMS, screen readers):
 * every run of spaces, tabs and line breaks is one space; the markdown keeps its line breaks.
 */
import { describe, expect, it } from 'vitest'
import { exosomeOverview, getClaim } from '../../src/index.js'
import { parseContent } from '../../src/parser/index.js'

const page = (body: string): string => `---
id: page
title: Page
summary: A page.
locale: en
audience: general
version: 1.0.0
lastReviewed: 2026-11-01
references:
  - {id: a, kind: review, title: A, year: 2020, doi: 10.1234/x}
---

## Section

${body}
`

describe('claim and block text', () => {
  it('has no line breaks or doubled spaces in the built-in overview, whose markdown keeps them', () => {
    const claims = Object.values(exosomeOverview.claims)
    expect(claims.filter((claim) => claim.content.markdown.includes('\n')).length).toBeGreaterThan(claims.length / 2)
    for (const claim of claims) {
      expect(claim.text, claim.id).not.toMatch(/[\n\r\t]| {2}|^ | $/)
      expect(getClaim(claim.id)?.text).toBe(claim.text)
    }
    for (const block of exosomeOverview.intro) if (block.type === 'narrative') expect(block.text).not.toMatch(/[\n\r\t]| {2}/)
  })

  it('normalises soft and hard line breaks, tabs, paragraphs and list items to single spaces', () => {
    const body = `Intro  text\twith\ttabs
and a soft break, a hard one\\
here, and two spaces  
there.

- one
- two

:::claim{#c kind=context evidence=established cite="a"}
First  line
second line.

Second paragraph\\
after a hard break.
:::
`
    const { document } = parseContent(page(body), { rules: false })
    if (!document) throw new Error('no document')
    const narrative = document.sections[0]?.blocks[0]
    expect(narrative?.type === 'narrative' && narrative.text).toBe('Intro text with tabs and a soft break, a hard one here, and two spaces there. one two')
    expect(document.claims['c']?.text).toBe('First line second line. Second paragraph after a hard break.')
    expect(document.claims['c']?.content.markdown).toBe('First  line\nsecond line.\n\nSecond paragraph\\\nafter a hard break.')
  })

  it('keeps no-break and other chosen spaces, and CRLF sources read the same', () => {
    const body = ':::claim{#c kind=context evidence=established cite="a"}\r\nSize: 30\u00a0nm to\r\n150\u2009nm.\r\n:::\r\n'
    const { document } = parseContent(page(body).replaceAll('\n', '\r\n'), { rules: false })
    expect(document?.claims['c']?.text).toBe('Size: 30\u00a0nm to 150\u2009nm.')
  })
})
