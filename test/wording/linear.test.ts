// Every wording rule is linear in the text (the old rules rescanned the sentence per match).
// Two checks per input, both free of the machine's speed and load (`expectLinear`): a parse
// of the full size takes no more than 25 times a parse of a tenth of it, and it stays within
// 1 s on the quiet 2-core machine, scaled by how much slower this process runs a reference
// parse now (`test/helpers/pace.ts`). The absolute times are measured in `bench/linear.ts`
// (`npm run bench`).
import { describe, expect, test } from 'vitest'
import { parseContent } from '../../src/parser/index.js'
import { expectLinear } from '../helpers/pace.js'
import { linearBudgetMs, linearCases, linearLimits } from './linear-cases.js'

const policy = { rules: { 'review-stale': 'off' } } as const

describe('wording rules stay linear on inputs of repeated matches', () => {
  test.each(linearCases.map((item) => [item.name, item] as const))('%s', (_name, item) => {
    const result = expectLinear(item.source, (source) => parseContent(source, { limits: linearLimits, policy }), linearBudgetMs)
    expect(result.diagnostics.some((diagnostic) => diagnostic.ruleId === 'internal-error')).toBe(false)
  })
})

describe('the linearity check itself', () => {
  // A rescan of the rest of the text per match: 100 times the work at 10 times the size.
  const rescanPerMatch = (source: string): number => {
    let sum = 0
    for (let at = source.indexOf('a'); at >= 0; at = source.indexOf('a', at + 1)) for (let next = at; next < source.length; next++) sum += source.charCodeAt(next) & 1
    return sum
  }
  const text = (scale: number) => 'ab '.repeat(Math.round(8000 * scale))

  test('fails on a rescan per match, with the times it measured', () => {
    expect(() => expectLinear(text, rescanPerMatch, 60_000)).toThrow(/24000 characters: \d+ ms of CPU \(\d+ ms\); a tenth: \d+ ms of CPU/)
  })

  test('passes one scan of the text', () => {
    expect(expectLinear(text, (source) => source.split('a').length, 60_000)).toBe(8001)
  })
})
