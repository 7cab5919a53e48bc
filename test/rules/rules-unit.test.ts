// Each rule on small hand-built documents (no parser involved): what it reports, where.
import { describe, expect, test } from 'vitest'
import { resolvePolicy } from '../../src/rules/policy.js'
import { runRules } from '../../src/rules/run.js'
import type { Position } from '../../src/schema/primitives.js'
import { buildInput, type Meta } from './helpers/build-input.js'
import { lines, reference, spanOf } from './helpers/lines.js'

const refs = [reference('study', 'primary-study'), reference('review', 'review'), reference('fda', 'regulatory')]
const disclaimers: NonNullable<Meta['disclaimers']> = [
  { id: 'investigational', kind: 'investigational', title: 'Investigational', text: 'Investigational.', placement: 'section' },
  { id: 'not-fda-approved', kind: 'regulatory', title: 'Not approved', text: 'Not FDA-approved.', placement: 'document' },
  { id: 'not-medical-advice', kind: 'medical-advice', title: 'Not advice', text: 'Not medical advice.', placement: 'claim' },
]
const run = (body: string, ruleId: string, meta: Meta = {}, policy = resolvePolicy()): string[] =>
  lines(runRules(buildInput(body, { references: refs, disclaimers, ...meta }, { policy })), ruleId)
const claim = (attributes: string, text: string): string => `:::claim{${attributes}}\n${text}\n:::\n`

describe('claim-needs-citation', () => {
  test('ok: a claim with a citation', () => {
    expect(run(`## A\n\n${claim('#a kind=definition evidence=established cite="review"', 'Exosomes are vesicles.')}`, 'claim-needs-citation')).toEqual([])
  })
  test('not ok: a claim without citations is reported at the claim', () => {
    const body = `## A\n\n${claim('#a kind=definition evidence=established', 'Exosomes are vesicles.')}`
    expect(run(body, 'claim-needs-citation')).toEqual([
      '3:1-5:4: error claim-needs-citation Unexpected claim `a` without citations, expected at least one reference id in `cite`',
    ])
  })
})

describe('reference-unused', () => {
  const locate = (path: ReadonlyArray<PropertyKey>): Position | undefined =>
    path[0] === 'references' && typeof path[1] === 'number' && path.length === 2
      ? { start: { line: 10 + path[1], column: 5 }, end: { line: 10 + path[1], column: 20 } }
      : undefined
  test('ok: every reference cited by a claim or a glossary entry', () => {
    const body = `## A\n\n${claim('#a kind=definition evidence=established cite="review fda"', 'Text.')}`
    const input = buildInput(body, {
      references: [reference('review', 'review'), reference('fda', 'regulatory'), reference('g', 'review')],
      glossary: [{ id: 'ev', term: 'EV', definition: 'Extracellular vesicle.', cites: ['g'] }],
    }, { locate })
    expect(lines(runRules(input), 'reference-unused')).toEqual([])
  })
  test('not ok: an uncited reference warns at its frontmatter entry', () => {
    const body = `## A\n\n${claim('#a kind=definition evidence=established cite="review"', 'Text.')}`
    const input = buildInput(body, { references: [reference('review', 'review'), reference('fda', 'regulatory')] }, { locate })
    expect(lines(runRules(input), 'reference-unused')).toEqual([
      '11:5-11:20: warning reference-unused Unexpected unused reference `fda`, expected a claim or glossary entry to cite it, or the reference removed',
    ])
  })
})

describe('claim-needs-disclaimer', () => {
  const potential = claim('#p kind=therapeutic-potential evidence=preclinical cite="study"', 'Exosomes may help joints.')
  test('ok: section disclaimer placed in the section or a parent section; document placement counts', () => {
    expect(run(`## A\n\n::disclaimer{ref=investigational}\n\n${potential}`, 'claim-needs-disclaimer')).toEqual([])
    expect(run(`## A\n\n::disclaimer{ref=investigational}\n\n### B\n\n${potential}`, 'claim-needs-disclaimer')).toEqual([])
  })
  test('not ok: a section disclaimer not placed around the claim', () => {
    const body = `## A\n\n::disclaimer{ref=investigational}\n\n## B\n\n${potential}`
    expect(run(body, 'claim-needs-disclaimer')).toEqual([
      '7:1-9:4: error claim-needs-disclaimer Unexpected claim `p` without disclaimer `investigational` placed, expected `::disclaimer{ref=investigational}` in section `b` or a parent section',
    ])
  })
  test('not ok: a reuse in a section without the disclaimer is reported at the reuse', () => {
    const body = `## A\n\n::disclaimer{ref=investigational}\n\n${potential}\n## B\n\n::claim{ref=p}\n`
    expect(run(body, 'claim-needs-disclaimer')).toEqual([
      '11:1-11:15: error claim-needs-disclaimer Unexpected claim `p` without disclaimer `investigational` placed, expected `::disclaimer{ref=investigational}` in section `b` or a parent section',
    ])
  })
  test('not ok: a disclaimer the policy requires that is not declared', () => {
    const body = `## A\n\n${claim('#s kind=safety evidence=established cite="review" requires="risk-notice"', 'Side effects happen.')}`
    const read = (path: ReadonlyArray<PropertyKey>): Position | undefined =>
      path[0] === 'id' ? { start: { line: 2, column: 5 }, end: { line: 2, column: 10 } } : undefined
    const input = buildInput(body, { references: refs, disclaimers: [] }, { locate: read })
    // `risk-notice`, named by the claim itself, is the parser's `disclaimer-ref-resolves`.
    expect(lines(runRules(input), 'claim-needs-disclaimer')).toEqual([
      '3:1-5:4: error claim-needs-disclaimer Unexpected claim `s` (safety) requiring undeclared disclaimer `not-medical-advice`, expected `not-medical-advice` in the frontmatter `disclaimers`',
    ])
    // Nothing is judged missing when the frontmatter could not be read at all.
    expect(run(body, 'claim-needs-disclaimer', { disclaimers: [] })).toEqual([])
  })
  test('the policy decides the map', () => {
    const body = `## A\n\n${claim('#s kind=safety evidence=established cite="review"', 'Side effects happen.')}`
    expect(run(body, 'claim-needs-disclaimer', { disclaimers: [] }, resolvePolicy({ requires: { safety: [] } }))).toEqual([])
  })
})

describe('overclaim-wording', () => {
  test('ok: hedged, negated and reported wording', () => {
    expect(run(`## A\n\n${claim('#a kind=definition evidence=established cite="review"', 'Exosomes may help. Security is procured.')}`, 'overclaim-wording')).toEqual([])
    for (const text of ['Exosomes do not cure arthritis.', 'No treatment is risk-free.', 'Clinics claim that exosomes cure arthritis.', 'Beware of clinics that promise a "miracle cure".']) {
      expect(run(`## A\n\n${claim('#r kind=context evidence=established cite="review"', text)}`, 'overclaim-wording'), text).toEqual([])
    }
  })
  test('not ok: exact line:column of each phrase, through emphasis, links, code and line breaks', () => {
    const body = `## A\n\n${claim('#a kind=definition evidence=established cite="review"', 'Exosomes **Cure** pain, [clinically proven](https://example.com) and\n`completely` safe with no\nside effects.')}`
    const found = run(body, 'overclaim-wording')
    expect(found.map((line) => line.split(': ')[0])).toEqual([
      spanOf(body, 'Cure'),
      spanOf(body, 'clinically proven'),
      spanOf(body, 'completely` safe'),
      spanOf(body, 'no\nside effects'),
    ])
    expect(found[0]).toBe(
      `${spanOf(body, 'Cure')}: error overclaim-wording Unexpected cure claim \`Cure\` asserted as fact ("Exosomes Cure pain") in claim \`a\`, expected no cure asserted: say what was studied and found (e.g. "in animal studies ..."), or report the claim as someone else's (e.g. "clinics claim ...")`,
    )
  })
  test('not ok: exact positions inside a blockquote and a list, after escapes and entities', () => {
    const text = '> \\*Exosomes\\* &amp; stem cells are a cure.\n> They are clinically proven.\n\n- It is *completely\n  safe*.\n- A `miracle`.'
    const body = `## A\n\n${claim('#a kind=definition evidence=established cite="review"', text)}`
    expect(run(body, 'overclaim-wording').map((line) => line.split(': ')[0])).toEqual([
      spanOf(body, 'cure'),
      spanOf(body, 'clinically proven'),
      spanOf(body, 'completely\n  safe'),
      spanOf(body, 'miracle'),
    ])
  })
  test('a hedge does not soften a cure or a promise to reverse (camouflage)', () => {
    const body = `## A\n\n${claim('#a kind=therapeutic-potential evidence=early-clinical cite="review"', 'Exosomes may help reverse aging.')}`
    const found = run(body, 'overclaim-wording')
    expect(found.map((line) => line.split(': ')[0])).toEqual([spanOf(body, 'reverse')])
    expect(found[0]).toContain('behind the hedge `may`')
  })
  test('options: phrases extend the hype list, allow removes a lexicon phrase', () => {
    const body = `## A\n\n${claim('#a kind=definition evidence=established cite="review"', 'A breakthrough and a wondrous elixir.')}`
    const policy = resolvePolicy({ rules: { 'overclaim-wording': ['error', { phrases: ['wondrous elixir'], allow: ['Breakthrough'] }] } })
    expect(run(body, 'overclaim-wording', {}, policy).map((line) => line.split(': ')[0])).toEqual([spanOf(body, 'wondrous elixir')])
  })
})

describe('regulatory-misdirection', () => {
  test('ok: negated, attributed or required approval', () => {
    for (const text of ['No exosome product is FDA-approved.', 'Exosome products are not FDA approved.', "Clinics aren't FDA-cleared.", 'Such products must be approved before they are sold.', 'A clinic saying its product is "registered with FDA" does not mean the FDA reviewed or approved it.']) {
      expect(run(`## A\n\n${claim('#r kind=regulatory evidence=regulatory-fact cite="fda"', text)}`, 'regulatory-misdirection'), text).toEqual([])
    }
  })
  test('not ok: an asserted approval or registration, and a misstated status', () => {
    const body = `## A\n\n${claim('#r kind=regulatory evidence=regulatory-fact cite="fda"', 'This product is FDA-approved. Our lab is FDA-registered. Exosomes are not regulated as drugs.')}`
    expect(run(body, 'regulatory-misdirection').map((line) => line.split(': ')[0])).toEqual([spanOf(body, 'FDA-approved'), spanOf(body, 'FDA-registered'), spanOf(body, 'not regulated as drugs')])
  })
})

describe('hedge-to-evidence', () => {
  test('ok: hedged preclinical and early-clinical claims; established claims need no hedge', () => {
    for (const text of ['Exosomes may repair cartilage.', 'In animal studies, exosomes repair cartilage.', 'Early research suggests a benefit.', 'Evidence for hair growth is exploratory.', 'Exosomes do not repair cartilage.']) {
      expect(run(`## A\n\n${claim('#a kind=mechanism evidence=preclinical cite="study"', text)}`, 'hedge-to-evidence'), text).toEqual([])
    }
    expect(run(`## A\n\n${claim('#a kind=mechanism evidence=established cite="review"', 'Exosomes repair cartilage.')}`, 'hedge-to-evidence')).toEqual([])
  })
  test('abbreviations do not end a sentence: "e.g." keeps the hedge with the verb', () => {
    const hedged = claim('#a kind=mechanism evidence=preclinical cite="study"', 'Exosomes may help tissue, e.g. repair cartilage, in the U.S. and elsewhere.')
    expect(run(`## A\n\n${hedged}`, 'hedge-to-evidence')).toEqual([])
    const split = claim('#a kind=mechanism evidence=preclinical cite="study"', 'Exosomes may help. They repair cartilage!')
    expect(run(`## A\n\n${split}`, 'hedge-to-evidence')).toHaveLength(1)
  })
  test('not ok: a benefit asserted as fact is reported at the predicate', () => {
    const body = `## A\n\n${claim('#a kind=mechanism evidence=early-clinical cite="study"', 'Exosomes thicken hair.')}`
    expect(run(body, 'hedge-to-evidence')).toEqual([
      `${spanOf(body, 'thicken')}: error hedge-to-evidence Unexpected benefit \`thicken\` asserted as fact ("Exosomes thicken hair") in claim \`a\` graded \`early-clinical\`, expected a hedge or what was studied in the same sentence (e.g. "in animal studies ..." or "may thicken")`,
    ])
  })
  test('not ok: each sentence needs its own hedge', () => {
    const body = `## A\n\n${claim('#a kind=mechanism evidence=preclinical cite="study"', 'Exosomes may help joints.\nThey *restore* cartilage.')}`
    expect(run(body, 'hedge-to-evidence').map((line) => line.split(': ')[0])).toEqual([spanOf(body, 'restore')])
  })
  test('narrative has no grade: a benefit stated as fact there is a warning', () => {
    const body = `## A\n\nExosomes repair cartilage.\n`
    expect(run(body, 'hedge-to-evidence').map((line) => line.split(': ').slice(0, 2).join(': '))).toEqual([`${spanOf(body, 'repair')}: warning hedge-to-evidence Unexpected benefit \`repair\` asserted as fact ("Exosomes repair cartilage") in narrative, which has no evidence grade, expected a hedge (e.g. "may repair", "in animal studies ...") or a claim with its grade and sources`])
  })
  test('options: extra hedges and verbs', () => {
    const body = `## A\n\n${claim('#a kind=mechanism evidence=preclinical cite="study"', 'In hamsters, exosomes reinvigorate skin.')}`
    const policy = resolvePolicy({ rules: { 'hedge-to-evidence': ['error', { hedges: ['in hamsters'], verbs: ['reinvigorate'] }] } })
    expect(run(body, 'hedge-to-evidence', {}, policy)).toEqual([])
    const noHedge = resolvePolicy({ rules: { 'hedge-to-evidence': ['error', { verbs: ['reinvigorate'] }] } })
    expect(run(body, 'hedge-to-evidence', {}, noHedge).map((line) => line.split(': ')[0])).toEqual([spanOf(body, 'reinvigorate')])
  })
})

describe('evidence-matches-sources', () => {
  test('ok: clinical with a review; regulatory-fact with a regulator; preclinical on a primary study', () => {
    const body = [
      claim('#a kind=mechanism evidence=clinical cite="study review"', 'A.'),
      claim('#b kind=regulatory evidence=regulatory-fact cite="fda"', 'B.'),
      claim('#c kind=mechanism evidence=preclinical cite="study"', 'C may.'),
    ].join('\n')
    expect(run(`## A\n\n${body}`, 'evidence-matches-sources')).toEqual([])
  })
  test('not ok: clinical resting only on primary studies; regulatory-fact on a review', () => {
    const body = `## A\n\n${claim('#a kind=mechanism evidence=clinical cite="study"', 'A.')}\n${claim('#b kind=regulatory evidence=regulatory-fact cite="review"', 'B.')}`
    expect(run(body, 'evidence-matches-sources')).toEqual([
      '3:1-5:4: error evidence-matches-sources Unexpected claim `a` graded `clinical` citing only `primary-study` sources, expected at least one `review`, `guideline` or `regulatory` source',
      '7:1-9:4: error evidence-matches-sources Unexpected claim `b` graded `regulatory-fact` citing only `review` sources, expected at least one `regulatory` or `guideline` source',
    ])
  })
  test('unresolved or missing citations are left to other checks', () => {
    const body = `## A\n\n${claim('#a kind=mechanism evidence=clinical cite="nowhere"', 'A.')}`
    expect(run(body, 'evidence-matches-sources')).toEqual([])
  })
})

describe('review-stale', () => {
  const locate = (path: ReadonlyArray<PropertyKey>): Position | undefined =>
    path[0] === 'lastReviewed' ? { start: { line: 8, column: 15 }, end: { line: 8, column: 25 } } : undefined
  const policy = (now: string, months?: number): ReturnType<typeof resolvePolicy> =>
    resolvePolicy({ rules: { 'review-stale': ['warn', months === undefined ? { now } : { now, months }] } })
  const check = (lastReviewed: string, now: string, months?: number): string[] =>
    lines(runRules(buildInput('', { lastReviewed }, { locate, policy: policy(now, months) })), 'review-stale')
  test('ok: reviewed within the window, the cutoff day included', () => {
    expect(check('2025-06-01', '2026-05-31')).toEqual([])
    expect(check('2025-05-31', '2026-05-31')).toEqual([])
    expect(check('2026-01-01', '2026-05-31', 6)).toEqual([])
  })
  test('not ok: older than the window, reported at the lastReviewed value', () => {
    expect(check('2025-05-30', '2026-05-31')).toEqual([
      '8:15-8:25: warning review-stale Unexpected `lastReviewed` 2025-05-30, older than 12 months before 2026-05-31, expected a review on or after 2025-05-31',
    ])
    expect(check('2025-11-30', '2026-05-31', 6)).toEqual([])
    expect(check('2025-11-29', '2026-05-31', 6).map((line) => line.split(': ')[0])).toEqual(['8:15-8:25'])
  })
})

describe('disclaimer-text-pinned', () => {
  const locate = (path: ReadonlyArray<PropertyKey>): Position | undefined => {
    const index = path[1]
    if (path[0] !== 'disclaimers' || typeof index !== 'number' || index > 1) return undefined
    if (path[2] === 'id') return { start: { line: 1, column: 7 + index * 20 }, end: { line: 1, column: 7 + index * 20 + 3 } }
    return { start: { line: 20 + index, column: 11 }, end: { line: 20 + index, column: 30 } }
  }
  const source = '- id: one             - id: two'
  const pinned = (pins: Record<string, string>): ReturnType<typeof resolvePolicy> => resolvePolicy({ rules: { 'disclaimer-text-pinned': ['error', { pins }] } })
  const check = (pins: Record<string, string>): string[] => {
    const input = buildInput('', {
      disclaimers: [
        { id: 'one', kind: 'risk', title: 'One', text: 'Text one.', placement: 'document' },
        { id: 'two', kind: 'risk', title: 'Two', text: 'Text two.', placement: 'document' },
      ],
    }, { locate, policy: pinned(pins) })
    return lines(runRules({ ...input, source }), 'disclaimer-text-pinned')
  }
  // Independently computed: `printf %s 'Text one.' | sha256sum`.
  const one = 'sha256-a83ae9c89e9555ccaebcc96a99e9a767de83783bb019aeb618c04dfe07930b85'
  const two = 'sha256-d8927cd3e0a00d5e940d0ae9fc538b3d6b1de56c8623caed6de83a887ac0ec54'
  test('off by default', () => {
    expect(lines(runRules(buildInput('', { disclaimers }, { locate })), 'disclaimer-text-pinned')).toEqual([])
  })
  test('ok: every text matches its pin', () => {
    expect(check({ one, two })).toEqual([])
  })
  test('not ok: a changed text and a missing pin, at the disclaimer text, telling the hash to pin', () => {
    expect(check({ one: two })).toEqual([
      `20:11-20:30: error disclaimer-text-pinned Unexpected text of disclaimer \`one\` (\`${one}\`), expected the pinned \`${two}\`: pin \`${one}\` once the new text is approved`,
      `21:11-21:30: error disclaimer-text-pinned Unexpected unpinned disclaimer \`two\`, expected a pin in the policy: pin \`${two}\` once the text is approved`,
    ])
  })
})
