// The Spanish analysis (parse-latin, the conjugated lexicon, the subjunctive and concord
// checks) stays linear: 250 KB of repeated matches in a `locale: es` document parse within
// the parser's 1.5 s bound for any input, as English does (`linear.test.ts`). On a machine
// too loaded for any wall-clock bound, a parse of 250 KB that takes no more than 25 times a
// parse of 25 KB of the same text is linear too (a quadratic rescan takes 100 times as long).
// Each time is the fastest of two parses. Speed itself is measured in bench/ as ratios.
import { describe, expect, test } from 'vitest'
import { defaultLimits, parseContent } from '../../src/parser/index.js'
import { frontmatter } from './helpers.js'

const limits = Object.fromEntries(Object.entries(defaultLimits).map(([name, value]) => [name, value * 64]))
const size = 250_000
const repeat = (piece: string, length = size): string => piece.repeat(Math.ceil(length / piece.length))

// Claims of repeated matches, the Spanish counterparts of the cases that were quadratic.
const claims: Array<[string, string, string]> = [
  ['a preclinical claim of `podría curar ` repeated', ':::claim{#t kind=therapeutic-potential evidence=preclinical cite="rev"}\n', 'podría curar '],
  ['a regulatory claim of `no aprobado por la FDA ` repeated', ':::claim{#r kind=regulatory evidence=regulatory-fact cite="reg"}\n', 'no aprobado por la FDA '],
]

// Narrative of every kind of match.
const narrative: Array<[string, string, string]> = [
  ['one long sentence of benefits, frames and concord', '', 'las clínicas afirman que los exosomas curan, reparan y rejuvenecen la piel sin ningún efecto secundario hasta un 300%, que regeneren y que reduzcan, '],
  ['many short sentences', '', 'Los exosomas reparan el cartílago. Todavía no se sabe. Miles de pacientes vieron resultados. Sin cirugía, ni dolor. '],
  ['a quotation never closed', '', '«cura milagrosa '],
  ['abbreviations that never end a sentence', '', 'El Dr. M. Pérez de EE. UU. afirma que '],
]

const documentOf = (open: string, piece: string, length: number): string => `${frontmatter('', 'es')}${open}${repeat(piece, length)}\n${open === '' ? '' : ':::\n'}`

/** The fastest of two parses, and the rule ids reported. */
const timed = (source: string): { elapsed: number; rules: Set<string> } => {
  let elapsed = Number.POSITIVE_INFINITY
  let rules = new Set<string>()
  for (let run = 0; run < 2; run += 1) {
    const started = performance.now()
    const result = parseContent(source, { limits, policy: { rules: { 'review-stale': 'off' } } })
    elapsed = Math.min(elapsed, performance.now() - started)
    rules = new Set(result.diagnostics.map((diagnostic) => diagnostic.ruleId))
  }
  return { elapsed, rules }
}

const check = (open: string, piece: string): void => {
  const small = timed(documentOf(open, piece, size / 10))
  const full = timed(documentOf(open, piece, size))
  expect(full.rules.has('internal-error')).toBe(false)
  expect(full.rules.has('wording-locale'), 'the Spanish analysis ran').toBe(false)
  const bound = Math.max(1500, 25 * small.elapsed)
  expect(full.elapsed, `250 KB: ${Math.round(full.elapsed)} ms; 25 KB: ${Math.round(small.elapsed)} ms`).toBeLessThan(bound)
}

describe('Spanish claims of repeated matches parse in linear time', () => {
  test.each(claims)('%s', (_name, open, piece) => check(open, piece))
})

describe('the Spanish analysis stays linear on 250 KB of narrative', () => {
  test.each(narrative)('%s', (_name, open, piece) => check(open, piece))
})
