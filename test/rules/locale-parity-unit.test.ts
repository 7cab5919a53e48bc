/**
 * `findLocaleParity` on small hand-built summaries: which document is the original, how missing
 * and unexpected sections pair up as renamed ones (only between the counterparts of their kept
 * neighbours), where each difference is reported and in what order, and the exact message of
 * every kind of difference.
 */
import { describe, expect, test } from 'vitest'
import type { SummarizedDocument } from '../../src/rules/claim-id-stable.js'
import type { DocumentSummary, SummaryStep } from '../../src/rules/document-summary.js'
import { findLocaleParity } from '../../src/rules/locale-parity.js'
import type { Diagnostic } from '../../src/schema/diagnostic.js'

type Section = DocumentSummary['sections'][number]
type Claim = DocumentSummary['claims'][number]

const point = (line: number, column = 1) => ({ line, column, offset: line * 100 + column - 1 })
const span = (line: number, width = 4) => ({ start: point(line), end: point(line, 1 + width) })

/** A section `id` at `line` (depth 2, top level unless told). */
function section(id: string, line: number, more: Partial<Section> = {}): Section {
  return { id, depth: 2, position: span(line), steps: [], ...more }
}

function claim(id: string, sectionId: string, line: number, more: Partial<Claim> = {}): Claim {
  return { id, kind: 'context', evidence: 'preclinical', cites: ['review-a'], requires: [], section: sectionId, textHash: 'a'.repeat(64), position: span(line, 20), ...more }
}

function summary(locale: string, sections: Section[], more: Partial<DocumentSummary> = {}): DocumentSummary {
  return { id: 'page', locale, version: '1.0.0', hash: 'sha256-0', claims: [], disclaimers: [], intro: [], sections, ...more }
}

/** Sections `ids` one per ten lines from line 1 (depth 2, top level). */
const sections = (ids: readonly string[]): Section[] => ids.map((id, index) => section(id, index * 10 + 1))

const pair = (original: DocumentSummary, translation: DocumentSummary): SummarizedDocument[] => [
  { file: 'en.md', summary: original },
  { file: 'es.md', summary: translation },
]

const printed = (diagnostics: readonly Diagnostic[]): string[] =>
  diagnostics.map((diagnostic) => `${diagnostic.file ?? '-'} ${diagnostic.place.start.line}:${diagnostic.place.start.column} ${diagnostic.message}`)

const parity = (documents: readonly SummarizedDocument[], sourceLocale = 'en'): string[] => printed(findLocaleParity(documents, 'error', { sourceLocale }))

/** Sections only: the original's ids against the translation's. */
const sectionsOf = (from: readonly string[], to: readonly string[]): string[] => parity(pair(summary('en', sections(from)), summary('es', sections(to))))

const renamed = (line: number, id: string, expected: string): string => `es.md ${line}:1 Unexpected section id \`${id}\` in es, expected \`${expected}\` as in en (en.md): write \`{#${expected}}\` at the end of the heading`
const unexpected = (line: number, id: string): string => `es.md ${line}:1 Unexpected section \`${id}\` in es, expected only the sections of en (en.md)`
const missing = (line: number, id: string, where: string): string => `es.md ${line}:1 Missing section \`${id}\` in es, expected it ${where} as in en (en.md)`

describe('the original of a group', () => {
  const graded = (locale: string, evidence: Claim['evidence']): DocumentSummary => summary(locale, [section('a', 1)], { claims: [claim('c', 'a', 3, { evidence })] })

  test('the document in the source locale (any case) comes before an earlier one of the same language', () => {
    const documents: SummarizedDocument[] = [
      { file: 'us.md', summary: graded('en-US', 'clinical') },
      { file: 'gb.md', summary: graded('en-GB', 'preclinical') },
    ]
    const expected = ['us.md 3:1 Unexpected grade `clinical` for claim `c` in en-US, expected `preclinical` as in en-GB (gb.md)']
    expect(parity(documents, 'en-GB')).toEqual(expected)
    expect(parity(documents, 'en-gb')).toEqual(expected)
    // Without an exact match, the first document of the language is the original.
    expect(parity(documents, 'en')).toEqual(['gb.md 3:1 Unexpected grade `preclinical` for claim `c` in en-GB, expected `clinical` as in en-US (us.md)'])
  })

  test('without options, English is the source locale', () => {
    const documents: SummarizedDocument[] = [
      { file: 'es.md', summary: graded('es', 'clinical') },
      { file: 'en.md', summary: graded('en', 'preclinical') },
    ]
    expect(printed(findLocaleParity(documents, 'warning'))).toEqual(['es.md 3:1 Unexpected grade `clinical` for claim `c` in es, expected `preclinical` as in en (en.md)'])
    expect(findLocaleParity(documents, 'warning')[0]?.severity).toBe('warning')
  })

  test('without file names, messages name the original "another document"', () => {
    const found = findLocaleParity([{ summary: graded('en', 'preclinical') }, { summary: graded('es', 'clinical') }], 'error')
    expect(printed(found)).toEqual(['- 3:1 Unexpected grade `clinical` for claim `c` in es, expected `preclinical` as in en (another document)'])
  })
})

describe('sections', () => {
  test('each difference of a translation is reported in position order, whichever comparison finds it', () => {
    const original = summary('en', sections(['a', 'b']), { claims: [claim('c', 'a', 3)], disclaimers: [{ id: 'd', kind: 'risk', placement: 'section' }] })
    const translation = summary('es', sections(['a', 'x']), { claims: [claim('c', 'a', 3), claim('extra', 'a', 5)] })
    expect(parity(pair(original, translation))).toEqual([
      'es.md 1:1 Missing disclaimer `d` in es, expected it in the frontmatter\'s disclaimers as in en (en.md)',
      'es.md 5:1 Unexpected claim `extra` in es, expected only the claims of en (en.md)',
      renamed(11, 'x', 'b'),
    ])
  })

  test('a section is reported at the `#` marks of its heading, with offsets when the summary has them', () => {
    const original = summary('en', [section('a', 1, { depth: 3 })])
    const place = findLocaleParity(pair(original, summary('es', [section('x', 7, { depth: 3 })])), 'error')[0]?.place
    expect(place).toEqual({ start: { line: 7, column: 1, offset: 700 }, end: { line: 7, column: 4, offset: 703 } })
    const withoutOffsets = section('x', 7, { depth: 3, position: { start: { line: 7, column: 2 }, end: { line: 9, column: 1 } } })
    expect(findLocaleParity(pair(original, summary('es', [withoutOffsets])), 'error')[0]?.place).toEqual({ start: { line: 7, column: 2 }, end: { line: 7, column: 5 } })
    const top = findLocaleParity(pair(summary('en', [section('a', 1)]), summary('es', [section('x', 7)])), 'error')[0]?.place
    expect(top?.end).toEqual({ line: 7, column: 3, offset: 702 })
  })

  test('a missing section pairs with an unexpected one after the counterpart of the kept section before it', () => {
    // `b` follows `a`: `p` and `x` come before `a` in the translation, so only `y` stands for `b`.
    expect(sectionsOf(['a', 'b', 'c'], ['p', 'x', 'a', 'y', 'c'])).toEqual([unexpected(1, 'p'), unexpected(11, 'x'), renamed(31, 'y', 'b')])
    // The nearest kept section before `b` is `k`, not `a`.
    expect(sectionsOf(['a', 'k', 'b', 'c'], ['p', 'a', 'k', 'y', 'c'])).toEqual([unexpected(1, 'p'), renamed(31, 'y', 'b')])
    // Two missing in a row: both after `a`, each with its own unexpected section, in order.
    expect(sectionsOf(['a', 'b1', 'b2', 'c'], ['p', 'q', 'a', 'y1', 'y2', 'c'])).toEqual([unexpected(1, 'p'), unexpected(11, 'q'), renamed(31, 'y1', 'b1'), renamed(41, 'y2', 'b2')])
  })

  test('a missing section pairs only with an unexpected one before the counterpart of the kept section after it', () => {
    expect(sectionsOf(['a', 'b1', 'b2', 'c'], ['a', 'c', 'z'])).toEqual([missing(11, 'b1', 'before section `c`'), missing(11, 'b2', 'before section `c`'), unexpected(21, 'z')])
    // The first section missing, its kept neighbour first in the translation.
    expect(sectionsOf(['b', 'c'], ['c', 'z'])).toEqual([missing(1, 'b', 'before section `c`'), unexpected(11, 'z')])
    // Nothing kept after it: any unexpected section after the kept one before it.
    expect(sectionsOf(['a', 'b'], ['a', 'z'])).toEqual([renamed(11, 'z', 'b')])
  })

  test('a missing section with no section left is expected in the body, at the start of the file', () => {
    expect(sectionsOf(['b'], [])).toEqual([missing(1, 'b', 'in the body')])
    expect(sectionsOf(['a', 'b'], ['a'])).toEqual([missing(1, 'b', 'after section `a`')])
  })

  test('a renamed parent still holds its subsections; a subsection moved to the top level is reported', () => {
    const original = summary('en', [section('r', 1), section('s', 11, { depth: 3, parent: 'r' })])
    expect(parity(pair(original, summary('es', [section('x', 1), section('s', 11, { depth: 3, parent: 'x' })])))).toEqual([renamed(1, 'x', 'r')])
    expect(parity(pair(original, summary('es', [section('r', 1), section('s', 11)])))).toEqual(['es.md 11:1 Unexpected section `s` at the top level in es, expected it inside section `r` as in en (en.md)'])
  })

  test('when a hand-edited summary repeats a section id, its first section stands for it', () => {
    const original = summary('en', sections(['a', 'b']))
    const translation = summary('es', [section('a', 11, { depth: 3 }), section('a', 21), section('b', 31)])
    expect(parity(pair(original, translation))).toEqual(['es.md 11:1 Unexpected heading depth 3 for section `a` in es, expected 2 (##) as in en (en.md)'])
  })
})

describe('claims', () => {
  const original = summary('en', sections(['a', 'b']), {
    claims: [claim('c1', 'a', 3), claim('c2', 'a', 5, { requires: ['z-last', 'a-first', 'm-middle'] }), claim('c3', 'a', 7)],
  })

  test('each message names what differs; the order of required disclaimers does not matter', () => {
    const translation = summary('es', sections(['a', 'b']), {
      claims: [claim('c1', 'a', 3, { cites: ['study-a'] }), claim('c2', 'a', 5, { requires: ['m-middle', 'z-last', 'a-first'] }), claim('c3', 'b', 13), claim('extra', 'b', 15)],
    })
    expect(parity(pair(original, translation))).toEqual([
      'es.md 3:1 Unexpected citations `study-a` for claim `c1` in es, expected `review-a` as in en (en.md): missing `review-a`, added `study-a`',
      'es.md 13:1 Unexpected section `b` for claim `c3` in es, expected it defined in section `a` as in en (en.md)',
      'es.md 15:1 Unexpected claim `extra` in es, expected only the claims of en (en.md)',
    ])
  })

  test('when a hand-edited summary defines a claim id twice, its first definition is compared', () => {
    const twice = (first: Claim['evidence'], second: Claim['evidence']) => summary('es', sections(['a', 'b']), { claims: [claim('c1', 'a', 3, { evidence: first }), claim('c1', 'a', 9, { evidence: second }), original.claims[1] as Claim, original.claims[2] as Claim] })
    expect(parity(pair(original, twice('preclinical', 'clinical')))).toEqual([])
    expect(parity(pair(original, twice('clinical', 'preclinical')))).toEqual(['es.md 3:1 Unexpected grade `clinical` for claim `c1` in es, expected `preclinical` as in en (en.md)'])
  })
})

describe('the flow of a section', () => {
  const disclaimer = (id: string, line: number): SummaryStep => ({ type: 'disclaimer', id, position: span(line, 20) })
  const flow = (steps: SummaryStep[], claims: Claim[], locale = 'es'): DocumentSummary => summary(locale, [section('a', 1, { steps })], { claims })
  const c = (line: number) => claim('c', 'a', line)

  test('a claim defined or dropped is reported once, as a claim, not as a placement', () => {
    const original = flow([{ type: 'claim', id: 'c' }], [c(3)], 'en')
    expect(parity(pair(original, flow([], [])))).toEqual(['es.md 1:1 Missing claim `c` in es, expected it in section `a` as in en (en.md)'])
    expect(parity(pair(original, flow([{ type: 'claim', id: 'c' }, { type: 'claim', id: 'z' }], [c(3), claim('z', 'a', 5)])))).toEqual(['es.md 5:1 Unexpected claim `z` in es, expected only the claims of en (en.md)'])
  })

  test('a placement added or repeated is reported where it is, and the order is compared over what both have', () => {
    const original = flow([{ type: 'claim', id: 'c' }, disclaimer('d', 5)], [c(3)], 'en')
    const translation = flow([disclaimer('e', 3), { type: 'claim', id: 'c' }, disclaimer('d', 7), disclaimer('d', 9)], [c(5)])
    expect(parity(pair(original, translation))).toEqual([
      'es.md 3:1 Unexpected `::disclaimer{ref=e}` in section `a` of es, expected none as in en (en.md)',
      'es.md 9:1 Unexpected `::disclaimer{ref=d}` in section `a` of es, expected only 1 as in en (en.md)',
    ])
  })

  test('out of order: reported at the translation\'s step, related at the original\'s claim or, when the summary lacks it, its section', () => {
    const original = flow([{ type: 'claim', id: 'c' }, disclaimer('d', 5)], [c(3)], 'en')
    const [swapped] = findLocaleParity(pair(original, flow([disclaimer('d', 3), { type: 'claim', id: 'c' }], [c(5)])), 'error')
    expect(swapped).toMatchObject({ message: 'Unexpected `::disclaimer{ref=d}` at this place in section `a` of es, expected claim `c` here, in the order of en (en.md)', place: span(3, 20) })
    expect(swapped?.related).toEqual({ message: 'claim `c` in section `a` in en (en.md)', place: span(3, 20), file: 'en.md' })
    // A flow that names a claim the summary does not define: the section's heading.
    const [unknown] = findLocaleParity(pair(flow([{ type: 'claim', id: 'c' }, disclaimer('d', 5)], [], 'en'), flow([disclaimer('d', 3), { type: 'claim', id: 'c' }], [])), 'error')
    expect(unknown?.related?.place).toEqual({ start: point(1), end: point(1, 3) })
  })
})

describe('declared disclaimers', () => {
  test('missing, of another kind or placement, or unexpected: each reported at the start of the file', () => {
    const original = summary('en', [], { disclaimers: [{ id: 'd1', kind: 'risk', placement: 'section' }, { id: 'd2', kind: 'regulatory', placement: 'document' }] })
    const translation = summary('es', [], { disclaimers: [{ id: 'd1', kind: 'investigational', placement: 'claim' }, { id: 'd3', kind: 'risk', placement: 'section' }] })
    expect(parity(pair(original, translation))).toEqual([
      'es.md 1:1 Missing disclaimer `d2` in es, expected it in the frontmatter\'s disclaimers as in en (en.md)',
      'es.md 1:1 Unexpected disclaimer `d3` in es, expected only the disclaimers of en (en.md)',
      'es.md 1:1 Unexpected kind `investigational` for disclaimer `d1` in es, expected `risk` as in en (en.md)',
      'es.md 1:1 Unexpected placement `claim` for disclaimer `d1` in es, expected `section` as in en (en.md)',
    ])
  })
})
