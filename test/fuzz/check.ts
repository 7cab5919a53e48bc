import { expect } from 'vitest'
import { parseContent } from '../../src/parser/index.js'
import { renderClaim, renderDocument, renderSection, toJsonLd } from '../../src/render/index.js'
import { misplaced } from '../hostile/support.js'
import { budgetFor } from '../helpers/pace.js'
import { expectRenderHolds } from './oracle.js'

/** Per-input budget on the quiet 2-core machine for inputs up to 256 KB (scaled by `budgetFor`). */
export const budgetMs = 1000

/**
 * Run one input through `parseContent` and, when a document results, every renderer, and
 * assert the invariants: no throw, a document or an error, well-placed diagnostics, within budget.
 *
 * @param source The input.
 */
export function checkInput(source: string): void {
  const start = performance.now()
  const { document, diagnostics } = parseContent(source, { path: 'fuzz.md' })
  if (document === undefined) {
    expect(diagnostics.some((diagnostic) => diagnostic.severity === 'error')).toBe(true)
  } else {
    expect(Object.isFrozen(document)).toBe(true)
    // Each render holds every claim and the disclaimers it needs (not just a string).
    for (const format of ['html', 'markdown', 'text'] as const) expectRenderHolds(document, { type: 'document' }, format, renderDocument(document, { format }))
    // Section and claim renders share the document renderer's code; sample them cheaply.
    const section = document.sections.at(-1)
    if (section !== undefined && section.blocks.length < 3) expect(typeof renderSection(document, section.id, { format: 'html' })).toBe('string')
    const claim = Object.keys(document.claims).at(-1)
    if (claim !== undefined && Object.keys(document.claims).length < 3) expect(typeof renderClaim(document, claim, { format: 'text' })).toBe('string')
    expect(JSON.stringify(toJsonLd(document))).toContain('MedicalWebPage')
  }
  expect(misplaced(source, diagnostics)).toEqual([])
  expect(diagnostics.every((diagnostic) => diagnostic.file === 'fuzz.md')).toBe(true)
  const elapsed = performance.now() - start
  expect(elapsed).toBeLessThan(budgetFor(elapsed, budgetMs))
}
