// Every wording rule is linear in the text (the old rules rescanned the sentence per match).
import { describe, expect, test } from 'vitest'
import { defaultLimits, parseContent } from '../../src/parser/index.js'
import { frontmatter } from './helpers.js'

const limits = Object.fromEntries(Object.entries(defaultLimits).map(([name, value]) => [name, value * 64]))
const size = 250_000
const repeat = (piece: string): string => piece.repeat(Math.ceil(size / piece.length))

// The two cases of the old rules' rescans, at the sizes that took seconds to minutes: under 1 s.
const named: Array<[string, string]> = [
  ['a regulatory claim of `not FDA-approved ` x 10,000', `:::claim{#r kind=regulatory evidence=regulatory-fact cite="reg"}\n${'not FDA-approved '.repeat(10_000)}\n:::\n`],
  ['a preclinical claim of `may treat ` x 3,000', `:::claim{#t kind=therapeutic-potential evidence=preclinical cite="rev"}\n${'may treat '.repeat(3_000)}\n:::\n`],
]

// 250 KB of repeated matches of every kind: within the parser's 1.5 s bound for any input.
const inputs: Array<[string, string]> = [
  ['a regulatory claim of `not FDA-approved ` repeated', `:::claim{#r kind=regulatory evidence=regulatory-fact cite="reg"}\n${repeat('not FDA-approved ')}\n:::\n`],
  ['a preclinical claim of `may treat ` repeated', `:::claim{#t kind=therapeutic-potential evidence=preclinical cite="rev"}\n${repeat('may treat ')}\n:::\n`],
  ['narrative of one long sentence of benefits and frames', `${repeat('clinics claim exosomes cure, repair and restore skin with no side effects in up to 300% of cases, ')}\n`],
  ['narrative of many short sentences', `${repeat('Exosomes repair cartilage. It is not known. Thousands of patients saw results. ')}\n`],
  ['a quotation never closed', `${repeat('"miracle cure ')}\n`],
]

const timed = (body: string): { elapsed: number; internal: boolean } => {
  const source = `${frontmatter()}${body}`
  parseContent(source.slice(0, 20_000), { limits })
  const started = performance.now()
  const result = parseContent(source, { limits, policy: { rules: { 'review-stale': 'off' } } })
  return { elapsed: performance.now() - started, internal: result.diagnostics.some((diagnostic) => diagnostic.ruleId === 'internal-error') }
}

describe('the inputs that were quadratic parse in under a second', () => {
  test.each(named)('%s', (_name, body) => {
    const { elapsed, internal } = timed(body)
    expect(internal).toBe(false)
    expect(elapsed, `${Math.round(elapsed)} ms`).toBeLessThan(1000)
  })
})

describe('wording rules stay linear on 250 KB inputs', () => {
  test.each(inputs)('%s', (_name, body) => {
    const { elapsed, internal } = timed(body)
    expect(internal).toBe(false)
    expect(elapsed, `${Math.round(elapsed)} ms`).toBeLessThan(1500)
  })
})
