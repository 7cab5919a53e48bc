// The Spanish overview passes every rule with the Spanish analysis running on it (not
// skipped): the same file with one hedge taken out, or one promotional sentence added,
// fails at the right place. Locales without an analysis keep their one info note.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, test } from 'vitest'
import { formatDiagnostic } from '../../src/diagnostics.js'
import { parseContent } from '../../src/parser/index.js'
import { wordingRuleIds } from '../../src/rules/index.js'
import { frontmatter, wordingOf } from './helpers.js'

const file = 'content/exosome-therapy.es.md'
const source = readFileSync(path.join(import.meta.dirname, '..', '..', file), 'utf8')
const lastReviewed = /^lastReviewed: (\S+)$/m.exec(source)?.[1] ?? ''
const wording = new Set<string>([...wordingRuleIds, 'wording-locale'])
const diagnosticsOf = (text: string) => parseContent(text, { path: file, policy: { rules: { 'review-stale': ['warn', { now: lastReviewed }] } } }).diagnostics
const check = (text: string): string[] => diagnosticsOf(text).map(formatDiagnostic)

const lineOf = (text: string, needle: string): number => {
  const at = text.indexOf(needle)
  expect(at, needle).toBeGreaterThanOrEqual(0)
  return text.slice(0, at).split('\n').length
}

describe(`${file} with every rule`, () => {
  test('no diagnostic at all: no error, warning or info, from the wording rules or any other', () => {
    expect(check(source)).toEqual([])
  })

  test('a hedge taken out of a graded claim is reported at the benefit', () => {
    const hedged = 'podrían activar los folículos del cabello'
    const bare = source.replace(hedged, 'activan los folículos del cabello')
    expect(bare).not.toBe(source)
    const found = diagnosticsOf(bare)
    expect(found.length).toBeGreaterThan(0)
    expect(new Set(found.map((diagnostic) => `${diagnostic.severity} ${diagnostic.ruleId}`))).toEqual(new Set(['error hedge-to-evidence']))
    expect(found[0]?.place.start.line).toBe(lineOf(bare, 'activan los folículos'))
    expect(found[0]?.message).toContain('`activan`')
  })

  test('an overclaim added to narrative is reported at its words', () => {
    const added = source.replace('## De un vistazo {#at-a-glance}', 'Nuestros exosomas son un tratamiento milagroso y sin efectos secundarios.\n\n## De un vistazo {#at-a-glance}')
    const found = diagnosticsOf(added).filter((diagnostic) => wording.has(diagnostic.ruleId))
    expect(found.map((diagnostic) => `${diagnostic.severity} ${diagnostic.ruleId}`)).toEqual(['error overclaim-wording', 'error overclaim-wording'])
    for (const diagnostic of found) expect(diagnostic.place.start.line).toBe(lineOf(added, 'Nuestros exosomas son'))
    expect(found.map((diagnostic) => diagnostic.message).join('\n')).toMatch(/milagroso[\s\S]*sin efectos secundarios/)
  })
})

describe('locales', () => {
  const claim = ':::claim{#c kind=therapeutic-potential evidence=early-clinical cite="rev"}\nLos exosomas curan la artritis.\n:::\n'
  test.each(['es', 'es-MX', 'es-US', 'es-419'])('%s is read as Spanish: no info note, the cure claim reported', (locale) => {
    expect(wordingOf(`${frontmatter('', locale)}${claim}`).map((d) => `${d.severity} ${d.ruleId}`)).toEqual(['error overclaim-wording'])
  })
  test('a locale with no analysis still gets its one info note and no reading', () => {
    const found = wordingOf(`${frontmatter('', 'pt-BR')}${claim}`)
    expect(found.map((d) => `${d.severity} ${d.ruleId}`)).toEqual(['info wording-locale'])
    expect(found[0]?.message).toContain('expected one of `en`, `es`')
  })
})
