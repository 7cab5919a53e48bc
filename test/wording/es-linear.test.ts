// The Spanish analysis (parse-latin, the conjugated lexicon, the subjunctive and concord
// checks) stays linear: 250 KB of repeated matches in a `locale: es` document, as English
// does (`linear.test.ts`), checked without reading the machine's speed: a parse of 250 KB
// takes no more than 25 times a parse of 25 KB of the same text (a quadratic rescan takes
// 100 times as long), and stays within 1.5 s on the quiet 2-core machine, scaled by how much
// slower a reference parse runs in this process now (`test/helpers/pace.ts`). Speed itself
// is measured in bench/ as ratios.
import { describe, expect, test } from 'vitest'
import { parseContent } from '../../src/parser/index.js'
import { frontmatter } from './helpers.js'
import { linearLimits } from './linear-cases.js'
import { expectLinear } from '../helpers/pace.js'

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

const policy = { rules: { 'review-stale': 'off' } } as const

const check = (open: string, piece: string): void => {
  const { diagnostics } = expectLinear((scale) => documentOf(open, piece, size * scale), (source) => parseContent(source, { limits: linearLimits, policy }), 1500)
  const rules = new Set(diagnostics.map((diagnostic) => diagnostic.ruleId))
  expect(rules.has('internal-error')).toBe(false)
  expect(rules.has('wording-locale'), 'the Spanish analysis ran').toBe(false)
}

describe('Spanish claims of repeated matches parse in linear time', () => {
  test.each(claims)('%s', (_name, open, piece) => check(open, piece))
})

describe('the Spanish analysis stays linear on 250 KB of narrative', () => {
  test.each(narrative)('%s', (_name, open, piece) => check(open, piece))
})
