// One call, every problem: a schema error in one frontmatter entry does not hide the body's
// rule diagnostics; the rules run on the valid remainder.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { parseContent } from '../../src/parser/index.js'

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

test('{ rules: false } parses only: no rule diagnostics', () => {
  const source = fixture.replace(/ cite="review-a"/, '')
  expect(parseContent(source, { rules: false }).diagnostics.map((diagnostic) => diagnostic.ruleId)).not.toContain('claim-needs-citation')
  expect(parseContent(source).diagnostics.map((diagnostic) => diagnostic.ruleId)).toContain('claim-needs-citation')
})
