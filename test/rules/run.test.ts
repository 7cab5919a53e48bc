import { describe, expect, test } from 'vitest'
import * as api from '../../src/rules/index.js'
import { checkConsistency, resolvePolicy, runRules } from '../../src/rules/index.js'
import type { Claim } from '../../src/schema/claim.js'
import { buildInput } from './helpers/build-input.js'
import { lines, reference, spanOf } from './helpers/lines.js'

const refs = [reference('review', 'review'), reference('study', 'primary-study')]
const claim = (attributes: string, text: string): string => `:::claim{${attributes}}\n${text}\n:::\n`

test('the rules entry exports exactly these names', () => {
  expect(Object.keys(api).sort()).toEqual([
    'checkConsistency',
    'checkSummaries',
    'comparableClaimText',
    'disclaimerPin',
    'documentSummarySchema',
    'hedgedGrades',
    'policySchema',
    'recommendedPolicy',
    'recommendedRequires',
    'resolvePolicy',
    'ruleLevels',
    'rules',
    'runRules',
    'summarizeDocument',
    'wordingRuleIds',
  ])
})

test('every rule: id is its file name, one-line description, docs URL', async () => {
  for (const [key, rule] of Object.entries(api.rules)) {
    expect(rule.id).toBe(key)
    await expect(import(`../../src/rules/${rule.id}.ts`)).resolves.toBeDefined()
    expect(rule.description).not.toMatch(/\n/)
    expect(rule.url).toBe(`https://unpkg.com/exosome-content/docs/rules.md#${rule.id}`)
  }
})

describe('runRules', () => {
  const body = `## A\n\n${claim('#a kind=definition evidence=established', 'Exosomes cure pain.')}`

  test('policy levels decide severities; off rules do not run; output is sorted by position', () => {
    const policy = resolvePolicy({ rules: { 'claim-needs-citation': 'warn', 'overclaim-wording': 'error', 'reference-unused': 'off' } })
    const result = runRules(buildInput(body, { references: refs }, { policy }))
    expect(lines(result)).toEqual([
      '3:1-5:4: warning claim-needs-citation Unexpected claim `a` without citations, expected at least one reference id in `cite`',
      `${spanOf(body, 'cure')}: error overclaim-wording Unexpected cure claim \`cure\` asserted as fact ("Exosomes cure pain") in claim \`a\`, expected no cure asserted: say what was studied and found (e.g. "in animal studies ..."), or report the claim as someone else's (e.g. "clinics claim ...")`,
    ])
    expect(result[0]?.file).toBe('test.md')
    expect(result[0]?.url).toBe('https://unpkg.com/exosome-content/docs/rules.md#claim-needs-citation')
  })

  test('a rule that throws becomes an internal-error diagnostic; the other rules still report', () => {
    const input = buildInput(body, { references: refs })
    const broken = { ...input.document.claims.a, content: { markdown: '', mdast: null } } as unknown as Claim
    const result = runRules({ ...input, document: { ...input.document, claims: { a: broken } } })
    const internal = result.filter((diagnostic) => diagnostic.ruleId === 'internal-error')
    expect(internal.length).toBeGreaterThan(0)
    expect(internal[0]?.message).toMatch(/^Unexpected exception in rule `(overclaim-wording|hedge-to-evidence|regulatory-misdirection|numeric-promise|testimonial|wording-locale)`/)
    expect(internal[0]?.place.start).toEqual({ line: 1, column: 1, offset: 0 })
    expect(lines(result, 'claim-needs-citation')).toHaveLength(1)
  })

  test('options that do not validate (a hand-built policy) become internal-error, never a throw', () => {
    const policy = resolvePolicy()
    const bad = { ...policy, rules: { ...policy.rules, 'review-stale': { level: 'warn' as const, options: { months: 'x' } } } }
    const result = runRules(buildInput(body, { references: refs }, { policy: bad }))
    expect(lines(result, 'internal-error')[0]).toMatch(/^1:1-1:1: error internal-error Unexpected exception in rule `review-stale`/)
  })
})

describe('suppressions', () => {
  const cure = claim('#a kind=definition evidence=established cite="review"', 'Exosomes cure pain.')
  const quiet = resolvePolicy({ rules: { 'reference-unused': 'off' } })
  const run = (body: string): string[] => lines(runRules(buildInput(body, { references: refs }, { policy: quiet })))
  const ignore = (rest: string): string => `<!-- exosome-content-ignore ${rest} -->`
  const at = (line: number, comment: string): string => `${line}:1-${line}:${comment.length + 1}`

  test('a suppression with a reason drops that rule on the next block only', () => {
    const body = `## A\n\n<!-- exosome-content-ignore overclaim-wording: quoted from an FDA warning letter -->\n${cure}\n${cure.replace('#a', '#b')}`
    expect(run(body)).toEqual([
      `${spanOf(body, 'cure', 1)}: error overclaim-wording Unexpected cure claim \`cure\` asserted as fact ("Exosomes cure pain") in claim \`b\`, expected no cure asserted: say what was studied and found (e.g. "in animal studies ..."), or report the claim as someone else's (e.g. "clinics claim ...")`,
    ])
  })

  test('a suppression without a reason still applies but warns', () => {
    const comment = ignore('overclaim-wording')
    const body = `## A\n\n${comment}\n${cure}`
    expect(run(body)).toEqual([
      `${at(3, comment)}: warning suppression-reason-missing Unexpected suppression of \`overclaim-wording\` without a reason, expected \`: reason\` after the rule id`,
    ])
  })

  test('an unused suppression, an unknown rule and a missing rule id warn at the comment', () => {
    const [unused, unknown, missing] = [ignore('hedge-to-evidence: not needed'), ignore('no-such-rule: typo'), ignore(': why')]
    const body = `## A\n\n${unused}\nPlain narrative.\n\n${unknown}\nMore.\n\n${missing}\nEnd.\n`
    expect(run(body)).toEqual([
      `${at(3, unused)}: warning suppression-unused Unexpected unused suppression of \`hedge-to-evidence\`, expected a problem of \`hedge-to-evidence\` in the block after the comment`,
      `${at(6, unknown)}: warning suppression-rule-unknown Unexpected unknown rule \`no-such-rule\` in suppression, expected the id of a consistency rule from docs/rules.md (parser checks cannot be suppressed)`,
      `${at(9, missing)}: warning suppression-rule-unknown Unexpected suppression without a rule id, expected \`exosome-content-ignore rule-id: reason\``,
    ])
  })

  test('a suppression at the end of its parent covers nothing; one for a rule that is off is not reported', () => {
    const late = ignore('overclaim-wording: late')
    const body = `## A\n\n${cure}\n${late}\n`
    expect(run(body)).toEqual([
      `${spanOf(body, 'cure')}: error overclaim-wording Unexpected cure claim \`cure\` asserted as fact ("Exosomes cure pain") in claim \`a\`, expected no cure asserted: say what was studied and found (e.g. "in animal studies ..."), or report the claim as someone else's (e.g. "clinics claim ...")`,
      `${at(7, late)}: warning suppression-unused Unexpected unused suppression of \`overclaim-wording\`, expected a problem of \`overclaim-wording\` in the block after the comment`,
    ])
    const policy = resolvePolicy({ rules: { 'overclaim-wording': 'off', 'reference-unused': 'off' } })
    const offBody = `## A\n\n<!-- exosome-content-ignore overclaim-wording: off anyway -->\nText.\n`
    expect(lines(runRules(buildInput(offBody, { references: refs }, { policy })))).toEqual([])
  })

  test('one comment may name several rules', () => {
    const body = `## A\n\n<!-- exosome-content-ignore overclaim-wording claim-needs-citation: legacy page -->\n${claim('#a kind=definition evidence=established', 'Exosomes cure pain.')}`
    expect(run(body)).toEqual([])
  })
})

describe('checkConsistency (claim-id-stable)', () => {
  const doc = (text: string) => buildInput(`## A\n\n${claim('#shared kind=definition evidence=established cite="review"', text)}`, { references: refs }).document

  test('same id, same text (white space normalised): no problem', () => {
    expect(checkConsistency([{ file: 'a.md', document: doc('Exosomes are  small.') }, { file: 'b.md', document: doc('Exosomes are\nsmall.') }])).toEqual([])
  })

  test('same id, different text: an error at the later definition, related to the first', () => {
    const result = checkConsistency([
      { file: 'a.md', document: doc('Exosomes are small.') },
      { file: 'b.md', document: doc('Exosomes are tiny.') },
    ])
    expect(result).toEqual([
      {
        ruleId: 'claim-id-stable',
        severity: 'error',
        message: 'Unexpected text for claim `shared`, expected the same text as its definition in a.md: a claim id names one statement everywhere',
        place: { start: { line: 3, column: 1 }, end: { line: 5, column: 4 } },
        file: 'b.md',
        related: { message: 'Claim `shared` defined in a.md with different text', place: { start: { line: 3, column: 1 }, end: { line: 5, column: 4 } }, file: 'a.md' },
        url: 'https://unpkg.com/exosome-content/docs/rules.md#claim-id-stable',
      },
    ])
  })

  test('the policy sets the level, written or resolved', () => {
    const pair = [{ document: doc('A.') }, { document: doc('B.') }]
    expect(checkConsistency(pair, { rules: { 'claim-id-stable': 'off' } })).toEqual([])
    expect(checkConsistency(pair, resolvePolicy({ rules: { 'claim-id-stable': 'warn' } }))[0]?.severity).toBe('warning')
    expect(checkConsistency(pair)[0]?.message).toContain('in another document')
  })
})
