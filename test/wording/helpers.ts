// Check one sentence the way a page would hold it: as a claim with a kind and grade, or as a
// narrative paragraph, with the full parser; return the wording diagnostics.
import { formatDiagnostic } from '../../src/diagnostics.js'
import { parseContent } from '../../src/parser/index.js'
import type { PolicyInput } from '../../src/rules/index.js'
import { wordingRuleIds } from '../../src/rules/index.js'
import type { Diagnostic } from '../../src/schema/diagnostic.js'

export const frontmatter = (extra = '', locale = 'en'): string => `---
id: page
title: A page
summary: A page for the wording tests.
locale: ${locale}
audience: general
version: 1.0.0
lastReviewed: 2026-11-28
references:
  - id: rev
    kind: review
    title: A review
    journal: Journal
    year: 2024
    doi: 10.1000/rev
  - id: reg
    kind: regulatory
    title: A notice
    publisher: Regulator
    date: 2024-01-01
    url: https://example.org/notice
disclaimers:
  - id: investigational
    kind: investigational
    title: Investigational
    text: These uses are investigational.
    placement: section
  - id: not-fda-approved
    kind: regulatory
    title: Not approved
    text: This product is not approved.
    placement: document
  - id: not-medical-advice
    kind: medical-advice
    title: Not advice
    text: This page is not medical advice.
    placement: document
${extra}---

## Section

::disclaimer{ref=investigational}

`

const policy: PolicyInput = { rules: { 'review-stale': 'off' } }
const wording = new Set<string>(wordingRuleIds)

/** Wording diagnostics of a whole source. */
export function wordingOf(source: string, extra: PolicyInput = {}): Diagnostic[] {
  return parseContent(source, { path: 'page.md', policy: { ...policy, ...extra, rules: { ...policy.rules, ...extra.rules } } }).diagnostics.filter(
    (diagnostic) => wording.has(diagnostic.ruleId) || diagnostic.ruleId === 'wording-locale',
  )
}

/** Rule ids reported for a sentence written as a claim of this grade. */
export function asClaim(text: string, evidence = 'early-clinical', kind = 'therapeutic-potential'): string[] {
  return wordingOf(`${frontmatter()}:::claim{#c kind=${kind} evidence=${evidence} cite="rev reg"}\n${text}\n:::\n`).map((d) => d.ruleId)
}

/** Rule ids reported for a sentence written as narrative. */
export function asNarrative(text: string): string[] {
  return wordingOf(`${frontmatter()}${text}\n`).map((d) => d.ruleId)
}

/** Printed diagnostics, as fixture files compare them. */
export const printed = (diagnostics: readonly Diagnostic[]): string[] => diagnostics.map(formatDiagnostic)
