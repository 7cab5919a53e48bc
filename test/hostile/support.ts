import type { Diagnostic } from '../../src/schema/diagnostic.js'

/** A valid frontmatter block with references and disclaimers the generated bodies can use. */
export const frontmatter = `---
id: hostile-input
title: Hostile input
summary: A page used to feed unusual input to the parser.
locale: en
audience: general
version: 1.0.0
lastReviewed: 2026-11-01
references:
  - id: fda-exosome-notification-2019
    kind: regulatory
    title: Public Safety Notification on Exosome Products
    publisher: U.S. Food and Drug Administration (CBER)
    date: 2019-12-06
    url: https://www.fda.gov/vaccines-blood-biologics/safety-availability-biologics/public-safety-notification-exosome-products
disclaimers:
  - id: not-fda-approved
    kind: regulatory
    title: Not FDA-approved
    text: No exosome product is approved by the FDA.
    placement: document
---
`

/** The head of a document whose body starts a section; `payload` goes after it. */
export const head = `${frontmatter}
## Section

`

/**
 * A whole document with a payload as the body of its first section.
 *
 * @param payload Markdown placed in the section.
 * @returns The source text.
 */
export function inSection(payload: string): string {
  return head + payload
}

/**
 * 1-based line and column of an offset, counted independently of the parser's own index.
 *
 * @param source The text.
 * @param offset An offset into it.
 * @returns The point.
 */
export function pointAt(source: string, offset: number): { line: number; column: number } {
  const before = source.slice(0, offset).split(/\r\n|\r|\n/)
  return { line: before.length, column: (before.at(-1) ?? '').length + 1 }
}

/**
 * Check the shape of every diagnostic: a valid 1-based range inside the file.
 *
 * @param source The parsed text.
 * @param diagnostics Its diagnostics.
 * @returns Problems found, empty when all are well placed.
 */
export function misplaced(source: string, diagnostics: readonly Diagnostic[]): string[] {
  // Positions count from the first character after the leading byte order marks.
  const text = source.replace(/^\uFEFF+/, '')
  const lines = text.split(/\r\n|\r|\n/)
  const problems: string[] = []
  for (const diagnostic of diagnostics) {
    for (const point of [diagnostic.place.start, diagnostic.place.end]) {
      const line = lines[point.line - 1]
      if (!Number.isInteger(point.line) || !Number.isInteger(point.column) || point.line < 1 || point.column < 1 || line === undefined || point.column > line.length + 1) {
        problems.push(`${diagnostic.ruleId} at ${point.line}:${point.column} is outside the file`)
      }
    }
    const { start, end } = diagnostic.place
    if (end.line < start.line || (end.line === start.line && end.column < start.column)) problems.push(`${diagnostic.ruleId} ends before it starts`)
  }
  return problems
}
