// The Spanish analysis (parse-latin, the conjugated lexicon, the subjunctive and concord
// checks) stays linear: 250 KB of repeated matches in a `locale: es` document parse within
// the parser's 1.5 s bound for any input, as English does (`linear.test.ts`); the fastest of
// two parses is timed, since a quadratic rescan is slow every time and load on a shared
// machine is not. Speed itself is measured in bench/ as ratios.
import { describe, expect, test } from 'vitest'
import { defaultLimits, parseContent } from '../../src/parser/index.js'
import { frontmatter } from './helpers.js'

const limits = Object.fromEntries(Object.entries(defaultLimits).map(([name, value]) => [name, value * 64]))
const size = 250_000
const repeat = (piece: string): string => piece.repeat(Math.ceil(size / piece.length))

// Claims of repeated matches, the Spanish counterparts of the cases that were quadratic.
const claims: Array<[string, string]> = [
  ['a preclinical claim of `podría curar ` repeated', `:::claim{#t kind=therapeutic-potential evidence=preclinical cite="rev"}\n${repeat('podría curar ')}\n:::\n`],
  ['a regulatory claim of `no aprobado por la FDA ` repeated', `:::claim{#r kind=regulatory evidence=regulatory-fact cite="reg"}\n${repeat('no aprobado por la FDA ')}\n:::\n`],
]

// Narrative of every kind of match.
const narrative: Array<[string, string]> = [
  ['one long sentence of benefits, frames and concord', `${repeat('las clínicas afirman que los exosomas curan, reparan y rejuvenecen la piel sin ningún efecto secundario hasta un 300%, que regeneren y que reduzcan, ')}\n`],
  ['many short sentences', `${repeat('Los exosomas reparan el cartílago. Todavía no se sabe. Miles de pacientes vieron resultados. Sin cirugía, ni dolor. ')}\n`],
  ['a quotation never closed', `${repeat('«cura milagrosa ')}\n`],
  ['abbreviations that never end a sentence', `${repeat('El Dr. M. Pérez de EE. UU. afirma que ')}\n`],
]

/** The fastest of `runs` parses (a quadratic rescan is slow every time; load on a shared machine is not). */
const timed = (body: string, runs = 2): { elapsed: number; rules: Set<string> } => {
  const source = `${frontmatter('', 'es')}${body}`
  parseContent(source.slice(0, 20_000), { limits })
  let elapsed = Number.POSITIVE_INFINITY
  let rules = new Set<string>()
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now()
    const result = parseContent(source, { limits, policy: { rules: { 'review-stale': 'off' } } })
    elapsed = Math.min(elapsed, performance.now() - started)
    rules = new Set(result.diagnostics.map((diagnostic) => diagnostic.ruleId))
  }
  return { elapsed, rules }
}

describe('Spanish claims of repeated matches parse within the bound', () => {
  test.each(claims)('%s', (_name, body) => {
    const { elapsed, rules } = timed(body)
    expect(rules.has('internal-error')).toBe(false)
    expect(rules.has('wording-locale'), 'the Spanish analysis ran').toBe(false)
    expect(elapsed, `${Math.round(elapsed)} ms`).toBeLessThan(1500)
  })
})

describe('the Spanish analysis stays linear on 250 KB of narrative', () => {
  test.each(narrative)('%s', (_name, body) => {
    const { elapsed, rules } = timed(body)
    expect(rules.has('internal-error')).toBe(false)
    expect(rules.has('wording-locale'), 'the Spanish analysis ran').toBe(false)
    expect(elapsed, `${Math.round(elapsed)} ms`).toBeLessThan(1500)
  })
})
