// One call, every problem: a schema error in one frontmatter entry does not hide the body's
// rule diagnostics; the rules run on the valid remainder.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { parseContent as parse, type ParseOptions } from '../../src/parser/index.js'

// A fixed day: the fixtures' reviews do not go stale with the calendar.
const parseContent = (source: string, options: ParseOptions = {}) => parse(source, { now: '2026-11-29', ...options })

const fixture = readFileSync(join(import.meta.dirname, 'fixtures/claim-needs-citation/ok-cited.md'), 'utf8')

test('a frontmatter schema error and body rule errors are reported together', () => {
  const source = fixture
    .replace('doi: 10.1000/study-a', 'doi: not-a-doi')
    .replace('Exosomes are small vesicles that cells release.', 'Exosomes are a proven cure.')
    .replace(/ cite="review-a"/, '')
  const { document, diagnostics } = parseContent(source, { path: 'page.md' })
  expect(document).toBeUndefined()
  const ruleIds = new Set(diagnostics.map((diagnostic) => diagnostic.ruleId))
  const schemaError = diagnostics.find((diagnostic) => diagnostic.message.includes('DOI'))
  expect(schemaError?.place.start.line).toBe(source.split('\n').findIndex((line) => line.includes('not-a-doi')) + 1)
  expect(ruleIds).toContain('claim-needs-citation')
  expect(ruleIds).toContain('overclaim-wording')
  const line = source.split('\n').findIndex((text) => text.includes('a proven cure')) + 1
  const overclaims = diagnostics.filter((diagnostic) => diagnostic.ruleId === 'overclaim-wording')
  expect(overclaims.map((diagnostic) => `${diagnostic.place.start.line}:${diagnostic.place.start.column}`)).toEqual([`${line}:16`, `${line}:23`])
})

test('{ rules: false } parses only: no policy rule runs', () => {
  const stale = fixture.replace(/lastReviewed: .*/, 'lastReviewed: 2000-01-01')
  const withRules = parseContent(stale).diagnostics.map((diagnostic) => diagnostic.ruleId)
  const without = parseContent(stale, { rules: false }).diagnostics.map((diagnostic) => diagnostic.ruleId)
  expect(withRules).toContain('review-stale')
  expect(without).toEqual([])
  // An uncited claim is still refused: the document schema itself requires a citation.
  const uncited = fixture.replace(/ cite="review-a"/, '')
  expect(parseContent(uncited).diagnostics.map((diagnostic) => diagnostic.ruleId)).toContain('claim-needs-citation')
  expect(parseContent(uncited, { rules: false }).document).toBeUndefined()
})

test('a problem reported by the parser is not reported again as a rule problem', () => {
  const research = readFileSync(join(import.meta.dirname, 'fixtures/hedge-to-evidence/ok-hedged.md'), 'utf8')
  // An invalid disclaimer entry: the schema error only, not also "undeclared disclaimer".
  const invalidEntry = research.replace(/(- id: not-fda-approved\n\s+kind:) regulatory/, '$1 regulatoryx')
  expect(invalidEntry).not.toBe(research)
  expect(parseContent(invalidEntry).diagnostics.map((diagnostic) => diagnostic.ruleId)).toEqual(['frontmatter-invalid'])
  // A YAML syntax error: the syntax error only, no rule judging an unreadable frontmatter.
  const unreadable = research.replace('title: Fixture', 'title: [Fixture')
  expect(parseContent(unreadable).diagnostics.map((diagnostic) => diagnostic.ruleId)).toEqual(['yaml-syntax'])
  // A misspelt citation on a clinical claim: `citation-resolves`, not also a wrong-source error.
  const clinical = fixture.replace('evidence=established cite="review-a"', 'evidence=clinical cite="study-a reveiw-a"')
  expect(clinical).not.toBe(fixture)
  expect(parseContent(clinical).diagnostics.map((diagnostic) => diagnostic.ruleId)).toEqual(['citation-resolves'])
})
