// Every wording rule is linear in the text: a claim of 250 KB of repeated matches parses in
// well under a second (the old rules rescanned the sentence per match).
import { describe, expect, test } from 'vitest'
import { defaultLimits, parseContent } from '../../src/parser/index.js'
import { frontmatter } from './helpers.js'

const limits = Object.fromEntries(Object.entries(defaultLimits).map(([name, value]) => [name, value * 64]))
const size = 250_000
const repeat = (piece: string): string => piece.repeat(Math.ceil(size / piece.length))

const inputs: Array<[string, string]> = [
  ['a regulatory claim of `not FDA-approved ` repeated', `:::claim{#r kind=regulatory evidence=regulatory-fact cite="reg"}\n${repeat('not FDA-approved ')}\n:::\n`],
  ['a preclinical claim of `may treat ` repeated', `:::claim{#t kind=therapeutic-potential evidence=preclinical cite="rev"}\n${repeat('may treat ')}\n:::\n`],
  ['narrative of one long sentence of benefits and frames', `${repeat('clinics claim exosomes cure, repair and restore skin with no side effects in up to 300% of cases, ')}\n`],
  ['narrative of many short sentences', `${repeat('Exosomes repair cartilage. It is not known. Thousands of patients saw results. ')}\n`],
  ['a quotation never closed', `${repeat('"miracle cure ')}\n`],
]

describe('wording rules stay linear on 250 KB inputs', () => {
  test.each(inputs)('%s', (_name, body) => {
    const source = `${frontmatter()}${body}`
    parseContent(source.slice(0, 20_000), { limits })
    const started = performance.now()
    const result = parseContent(source, { limits, policy: { rules: { 'review-stale': 'off' } } })
    const elapsed = performance.now() - started
    expect(result.diagnostics.every((diagnostic) => diagnostic.ruleId !== 'internal-error')).toBe(true)
    expect(elapsed, `${Math.round(elapsed)} ms`).toBeLessThan(1000)
  })
})
