// The suppression comments on their own: how a comment is read, which block it covers, and
// which diagnostics it drops, against a plain filter over many generated diagnostics.
import fc from 'fast-check'
import type { Root } from 'mdast'
import { describe, expect, it } from 'vitest'
import { resolvePolicy } from '../../src/rules/policy.js'
import { applySuppressions, readSuppressions, type Suppression } from '../../src/rules/suppressions.js'
import type { Diagnostic } from '../../src/schema/diagnostic.js'
import type { Position } from '../../src/schema/primitives.js'

const at = (line: number, endLine = line, column = 1, endColumn = 10): Position => ({ start: { line, column }, end: { line: endLine, column: endColumn } })
const diagnostic = (ruleId: string, line: number, endLine = line): Diagnostic => ({ ruleId, severity: 'warning', message: `${ruleId} at ${line}`, place: at(line, endLine) }) as Diagnostic
const suppression = (ruleIds: string[], target: Position | undefined, reason = 'checked by hand'): Suppression => ({ ruleIds, reason, position: at(1, 1, 1, 40), target })
const policy = resolvePolicy()

describe('applySuppressions', () => {
  it('drops exactly the diagnostics of the rule that start in the covered block', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 40 }), { maxLength: 30 }), fc.integer({ min: 1, max: 40 }), fc.integer({ min: 0, max: 10 }), (lines, start, length) => {
        const diagnostics = lines.map((line, index) => diagnostic(index % 3 === 0 ? 'numeric-promise' : 'testimonial', line, line + (index % 2)))
        const target = at(start, start + length)
        const result = applySuppressions(diagnostics, [suppression(['testimonial'], target)], policy, undefined)
        const covered = diagnostics.filter((each) => each.ruleId === 'testimonial' && each.place.start.line >= start && each.place.start.line <= start + length)
        const kept = diagnostics.filter((each) => !covered.includes(each))
        expect(result.slice(0, kept.length)).toEqual(kept)
        expect(result.slice(kept.length).map((each) => each.ruleId)).toEqual(covered.length === 0 ? ['suppression-unused'] : [])
      }),
      { numRuns: 200 },
    )
  })

  it('warns about an unused suppression, at the comment, unless the rule is off', () => {
    const [kept, warning, ...rest] = applySuppressions([diagnostic('testimonial', 9)], [suppression(['testimonial'], at(3, 5))], policy, 'page.md')
    expect(rest).toEqual([])
    expect(kept?.message).toBe('testimonial at 9')
    expect(warning).toMatchObject({
      ruleId: 'suppression-unused',
      severity: 'warning',
      file: 'page.md',
      place: at(1, 1, 1, 40),
      message: 'Unexpected unused suppression of `testimonial`, expected a problem of `testimonial` in the block after the comment',
    })
    expect(warning?.url).toMatch(/rules\.md#suppression-unused$/)
    // A comment that ends its parent covers nothing.
    expect(applySuppressions([diagnostic('testimonial', 1)], [suppression(['testimonial'], undefined)], policy, undefined).map((each) => each.ruleId)).toEqual(['testimonial', 'suppression-unused'])
    // A rule that is off, by the policy or by default, has nothing to report: no warning.
    expect(applySuppressions([], [suppression(['testimonial'], at(3, 5))], resolvePolicy({ rules: { testimonial: 'off' } }), undefined)).toEqual([])
    expect(applySuppressions([], [suppression(['disclaimer-text-pinned'], at(3, 5))], policy, undefined)).toEqual([])
    expect(applySuppressions([], [suppression(['disclaimer-text-pinned'], at(3, 5))], resolvePolicy({ rules: { 'disclaimer-text-pinned': 'warn' } }), undefined).map((each) => each.ruleId)).toEqual(['suppression-unused'])
  })

  it('warns about a suppression without a rule id or a reason, and about unknown rules', () => {
    expect(applySuppressions([diagnostic('testimonial', 3)], [suppression([], at(3))], policy, undefined).map((each) => [each.ruleId, each.message])).toEqual([
      ['testimonial', 'testimonial at 3'],
      ['suppression-rule-unknown', 'Unexpected suppression without a rule id, expected `exosome-content-ignore rule-id: reason`'],
    ])
    // Without a reason, the suppression still applies.
    expect(applySuppressions([diagnostic('testimonial', 3), diagnostic('numeric-promise', 3)], [suppression(['testimonial', 'numeric-promise'], at(3), '')], policy, undefined).map((each) => [each.ruleId, each.message])).toEqual([
      ['suppression-reason-missing', 'Unexpected suppression of `testimonial numeric-promise` without a reason, expected `: reason` after the rule id'],
    ])
    expect(applySuppressions([diagnostic('testimonial', 3)], [suppression(['no-such-rule', 'limit-nesting', 'testimonial'], at(3))], policy, undefined).map((each) => [each.ruleId, each.message])).toEqual([
      ['suppression-rule-unknown', 'Unexpected unknown rule `no-such-rule` in suppression, expected the id of a consistency rule from docs/rules.md (parser checks cannot be suppressed)'],
      ['suppression-rule-unknown', 'Unexpected unknown rule `limit-nesting` in suppression, expected the id of a consistency rule from docs/rules.md (parser checks cannot be suppressed)'],
    ])
  })
})

describe('readSuppressions', () => {
  const comment = (value: string, line: number) => ({ value, position: at(line, line, 1, value.length + 1) })
  const empty: Root = { type: 'root', children: [] }

  it('reads the rule ids and the reason of a comment', () => {
    const read = (value: string): Array<[string[], string]> => readSuppressions([comment(value, 1)], empty).map((each) => [each.ruleIds, each.reason])
    expect(read('<!-- exosome-content-ignore testimonial: quoted from a study -->')).toEqual([[['testimonial'], 'quoted from a study']])
    expect(read('  <!--exosome-content-ignore a, b  c:  r: s  -->  ')).toEqual([[['a', 'b', 'c'], 'r: s']])
    expect(read('<!-- exosome-content-ignore a:\nline one\nline two -->')).toEqual([[['a'], 'line one\nline two']])
    expect(read('<!-- exosome-content-ignore -->')).toEqual([[[], '']])
    expect(read('<!-- exosome-content-ignore: why -->')).toEqual([[[], 'why']])
    expect(read('<!-- exosome-content-ignore\ta -->')).toEqual([[['a'], '']])
    for (const other of ['<!-- exosome-content-ignorex a: r -->', '<!-- note exosome-content-ignore a: r -->', '<!-- exosome-content -->', '<!-- -->']) expect(read(other), other).toEqual([])
  })

  it('covers the block after the HTML node that holds the comment', () => {
    const node = (type: 'html' | 'paragraph', line: number, endLine = line) => (type === 'html' ? { type, value: '<!-- -->', position: at(line, endLine, 1, 20) } : { type, children: [], position: at(line, endLine, 1, 20) })
    const tree = {
      type: 'root',
      children: [
        node('paragraph', 1),
        node('html', 3),
        node('paragraph', 5, 7),
        { type: 'list', position: at(9, 14), children: [{ type: 'listItem', position: at(9, 14), children: [node('html', 9, 10), node('paragraph', 11, 12), node('html', 14)] }] },
        node('html', 16),
      ],
    } as unknown as Root
    const targets = readSuppressions(
      [3, 9, 10, 14, 16, 2].map((line) => ({ value: '<!-- exosome-content-ignore testimonial: r -->', position: at(line, line, 1, 20) })),
      tree,
    ).map((each) => each.target)
    expect(targets).toEqual([at(5, 7, 1, 20), at(11, 12, 1, 20), at(11, 12, 1, 20), undefined, undefined, undefined])
  })

  it('compares columns on a line the comment shares with its HTML node', () => {
    const tree = {
      type: 'root',
      children: [
        { type: 'html', value: '<!-- -->', position: at(3, 3, 5, 20) },
        { type: 'paragraph', children: [], position: at(4, 4, 1, 9) },
      ],
    } as unknown as Root
    const target = (column: number, endColumn: number): Position | undefined =>
      readSuppressions([{ value: '<!-- exosome-content-ignore testimonial: r -->', position: at(3, 3, column, endColumn) }], tree)[0]?.target
    expect(target(5, 20)).toEqual(at(4, 4, 1, 9))
    expect(target(8, 12)).toEqual(at(4, 4, 1, 9))
    // Before the node starts, or ending after it ends: not in it.
    expect(target(2, 12)).toBeUndefined()
    expect(target(8, 25)).toBeUndefined()
  })
})
