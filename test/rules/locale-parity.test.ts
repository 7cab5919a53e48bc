/**
 * `locale-parity` and the locale scope of `claim-id-stable`, through `checkConsistency` (parsed
 * documents) and `checkSummaries` (summaries as CI shards exchange them), with a property test
 * over mutated summaries: the rule reports exactly when a translation's structure differs.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { beforeAll, describe, expect, test } from 'vitest'
import { formatDiagnostic } from '../../src/diagnostics.js'
import { parseContent } from '../../src/parser/index.js'
import { checkConsistency, checkSummaries, documentSummarySchema, resolvePolicy, summarizeDocument, type DocumentSummary, type PolicyInput, type ResolvedPolicy } from '../../src/rules/index.js'
import type { Diagnostic } from '../../src/schema/diagnostic.js'
import type { ExosomeDocument } from '../../src/schema/document.js'

const fixtures = join(import.meta.dirname, 'fixtures/locale-parity')
const english = readFileSync(join(fixtures, '_other.md'), 'utf8')
const spanish = readFileSync(join(fixtures, 'ok-translation.md'), 'utf8')
const policy: PolicyInput = JSON.parse(readFileSync(join(fixtures, 'policy.json'), 'utf8')) as PolicyInput

function parse(source: string, file: string): ExosomeDocument {
  const { document, diagnostics } = parseContent(source, { path: file, policy: { ...policy, rules: { ...policy.rules, 'review-stale': 'off' } } })
  if (document === undefined) throw new Error(`${file} did not parse:\n${diagnostics.map(formatDiagnostic).join('\n')}`)
  return document
}

/** The Spanish fixture with one text replaced (the replaced text must be there). */
function variant(from: string, to: string, source = spanish): string {
  expect(source, from).toContain(from)
  return source.replace(from, to)
}

const lineOf = (source: string, needle: string): number => {
  const at = source.indexOf(needle)
  if (at < 0) throw new Error(`${needle} not found`)
  return source.slice(0, at).split('\n').length
}

const parity = (diagnostics: readonly Diagnostic[]): Diagnostic[] => diagnostics.filter((diagnostic) => diagnostic.ruleId === 'locale-parity')
const printed = (diagnostics: readonly Diagnostic[]): string[] => diagnostics.map((diagnostic) => `${diagnostic.file ?? ''} ${formatDiagnostic(diagnostic)}`)

function check(files: Array<[string, string]>, options?: PolicyInput): Diagnostic[] {
  return checkConsistency(
    files.map(([file, source]) => ({ file, document: parse(source, file) })),
    options,
  )
}

describe('locale-parity', () => {
  test('a faithful translation passes, and claim-id-stable leaves its translated texts alone', () => {
    expect(check([['en.md', english], ['es.md', spanish]])).toEqual([])
    // The same pair with the Spanish file first: the original is still the English one.
    expect(check([['es.md', spanish], ['en.md', english]])).toEqual([])
  })

  test.each([
    ['a dropped citation', 'cite="review-a study-a"', 'cite="review-a"', ':::claim{#skin-research', 'Unexpected citations `review-a` for claim `skin-research` in es, expected `review-a study-a` as in en (en.md): missing `study-a`'],
    ['an added citation', 'cite="fda-a"}', 'cite="fda-a review-a"}', ':::claim{#no-approved-products', 'Unexpected citations `fda-a review-a` for claim `no-approved-products` in es, expected `fda-a` as in en (en.md): added `review-a`'],
    ['citations in another order', 'cite="review-a study-a"', 'cite="study-a review-a"', ':::claim{#skin-research', 'Unexpected citations `study-a review-a` for claim `skin-research` in es, expected `review-a study-a` as in en (en.md): the same ids in another order'],
    ['a changed grade', 'evidence=early-clinical', 'evidence=clinical', ':::claim{#skin-research', 'Unexpected grade `clinical` for claim `skin-research` in es, expected `early-clinical` as in en (en.md)'],
    ['a changed kind', '#exosomes-are-vesicles kind=definition', '#exosomes-are-vesicles kind=mechanism', ':::claim{#exosomes-are-vesicles', 'Unexpected kind `mechanism` for claim `exosomes-are-vesicles` in es, expected `definition` as in en (en.md)'],
    ['an extra required disclaimer', 'evidence=regulatory-fact cite="fda-a"', 'evidence=regulatory-fact cite="fda-a" requires="not-fda-approved"', ':::claim{#no-approved-products', 'Unexpected required disclaimers `not-fda-approved` for claim `no-approved-products` in es, expected (none) as in en (en.md): added `not-fda-approved`'],
    ['a missing claim', ':::claim{#exosomes-are-vesicles kind=definition evidence=established cite="review-a"}\nLos exosomas son vesículas pequeñas que liberan las células.\n:::\n', 'Los exosomas son vesículas pequeñas que liberan las células.\n', '## Qué son los exosomas', 'Missing claim `exosomes-are-vesicles` in es, expected it in section `what-exosomes-are` as in en (en.md)'],
    ['a missing disclaimer placement', '\n::disclaimer{ref=report-problems}\n', '', '## Regulación', 'Missing `::disclaimer{ref=report-problems}` in section `regulation` of es, expected it after claim `no-approved-products` as in en (en.md)'],
    ['a missing reuse', '::claim{ref=no-approved-products}\n', 'Ningún producto de exosomas está aprobado.\n', '## En resumen', 'Missing `::claim{ref=no-approved-products}` in section `in-short` of es, expected it at the start of the section as in en (en.md)'],
    ['an extra reuse', '## En resumen {#in-short}\n', '## En resumen {#in-short}\n\n::claim{ref=exosomes-are-vesicles}\n', '::claim{ref=exosomes-are-vesicles}', 'Unexpected `::claim{ref=exosomes-are-vesicles}` in section `in-short` of es, expected none as in en (en.md)'],
    ['a renamed section id', '## Regulación {#regulation}', '## Regulación', '## Regulación', 'Unexpected section id `regulacion` in es, expected `regulation` as in en (en.md): write `{#regulation}` at the end of the heading'],
    ['a missing section', '\n## En resumen {#in-short}\n\n::claim{ref=no-approved-products}\n', '', '## Regulación', 'Missing section `in-short` in es, expected it after section `regulation` as in en (en.md)'],
    ['an extra section', '## En resumen {#in-short}', '## Más {#more}\n\nTexto.\n\n## En resumen {#in-short}', '## Más', 'Unexpected section `more` in es, expected only the sections of en (en.md)'],
    ['a section moved under another', '## Regulación {#regulation}', '### Regulación {#regulation}', '### Regulación', 'Unexpected section `regulation` inside section `research` in es, expected it at the top level as in en (en.md)'],
    ['a changed heading depth', '### Piel {#skin}', '#### Piel {#skin}', '#### Piel', 'Unexpected heading depth 4 for section `skin` in es, expected 3 (###) as in en (en.md)'],
    ['a changed disclaimer placement', '    placement: section\n  - id: not-fda-approved', '    placement: document\n  - id: not-fda-approved', '---', 'Unexpected placement `document` for disclaimer `investigational` in es, expected `section` as in en (en.md)'],
  ])('%s is reported at its line of the translation, with related in the original', (_name, from, to, at, message) => {
    const source = variant(from, to)
    const found = parity(check([['en.md', english], ['es.md', source]]))
    expect(found.map((diagnostic) => diagnostic.message)).toContain(message)
    const diagnostic = found.find((item) => item.message === message) as Diagnostic
    expect(diagnostic).toMatchObject({ file: 'es.md', severity: 'error', url: 'https://unpkg.com/exosome-content/docs/rules.md#locale-parity' })
    expect(diagnostic.place.start.line).toBe(lineOf(source, at))
    expect(diagnostic.related?.message).toContain('in en (en.md)')
    expect(diagnostic.related?.place.start.line).toBeGreaterThanOrEqual(1)
  })

  test('related points at the original claim, placement or section', () => {
    const grade = parity(check([['en.md', english], ['es.md', variant('evidence=early-clinical', 'evidence=clinical')]]))[0]
    expect(grade?.related).toEqual({ message: 'Claim `skin-research` in en (en.md)', place: expect.objectContaining({ start: expect.objectContaining({ line: lineOf(english, ':::claim{#skin-research') }) }), file: 'en.md' })
    const placement = parity(check([['en.md', english], ['es.md', variant('\n::disclaimer{ref=report-problems}\n', '')]]))[0]
    expect(placement?.related?.place.start.line).toBe(lineOf(english, '::disclaimer{ref=report-problems}'))
    const section = parity(check([['en.md', english], ['es.md', variant('## Regulación {#regulation}', '## Regulación')]]))[0]
    expect(section?.related?.place.start.line).toBe(lineOf(english, '## Regulation'))
    // Every difference names the original's file, whatever it is about.
    for (const found of [grade, placement, section]) expect(found?.related?.file).toBe('en.md')
  })

  test('related names the file of the original, not the first file given nor the translation', () => {
    const found = parity(check([['b/es.md', variant('evidence=early-clinical', 'evidence=clinical')], ['a/en.md', english]]))
    expect(found.length).toBeGreaterThan(0)
    for (const diagnostic of found) {
      expect(diagnostic.file).toBe('b/es.md')
      expect(diagnostic.related?.file).toBe('a/en.md')
    }
  })

  test('without file names, related carries no file', () => {
    const [original, translation] = [parse(english, 'en.md'), parse(variant('evidence=early-clinical', 'evidence=clinical'), 'es.md')]
    const found = checkConsistency([{ document: original }, { document: translation }]).filter((diagnostic) => diagnostic.ruleId === 'locale-parity')
    expect(found.length).toBeGreaterThan(0)
    for (const diagnostic of found) expect(diagnostic.related !== undefined && 'file' in diagnostic.related).toBe(false)
  })

  test('the order of sections and of claims and placements within a section is kept', () => {
    const swapped = variant(
      '## Regulación {#regulation}\n\n:::claim{#no-approved-products kind=regulatory evidence=regulatory-fact cite="fda-a"}\nEl organismo regulador no ha aprobado ningún producto de exosomas para tratar una enfermedad.\n:::\n\n::disclaimer{ref=report-problems}\n',
      '## Regulación {#regulation}\n\n::disclaimer{ref=report-problems}\n\n:::claim{#no-approved-products kind=regulatory evidence=regulatory-fact cite="fda-a"}\nEl organismo regulador no ha aprobado ningún producto de exosomas para tratar una enfermedad.\n:::\n',
    )
    expect(printed(parity(check([['en.md', english], ['es.md', swapped]])))).toEqual([
      `es.md ${lineOf(swapped, '::disclaimer{ref=report-problems}')}:1-${lineOf(swapped, '::disclaimer{ref=report-problems}')}:34: error locale-parity Unexpected \`::disclaimer{ref=report-problems}\` at this place in section \`regulation\` of es, expected claim \`no-approved-products\` here, in the order of en (en.md)`,
    ])
    const sections = variant('## Qué son los exosomas {#what-exosomes-are}', '## Regulación previa {#in-short}\n\nTexto.\n\n## Qué son los exosomas {#what-exosomes-are}').replace('## En resumen {#in-short}\n\n::claim{ref=no-approved-products}\n', '')
    const found = printed(parity(check([['en.md', english], ['es.md', sections]])))
    expect(found.some((line) => line.includes('Unexpected section `in-short` at this place in es, expected section `what-exosomes-are` here, in the order of en (en.md)'))).toBe(true)
  })

  test('three locales: each translation is compared with the original only', () => {
    const french = variant('locale: es', 'locale: fr', variant('evidence=early-clinical', 'evidence=preclinical'))
    const brokenSpanish = variant('cite="review-a study-a"', 'cite="review-a"')
    const found = parity(check([['en.md', english], ['es.md', brokenSpanish], ['fr.md', french]]))
    expect(found.map((diagnostic) => `${diagnostic.file} ${diagnostic.message}`)).toEqual([
      'es.md Unexpected citations `review-a` for claim `skin-research` in es, expected `review-a study-a` as in en (en.md): missing `study-a`',
      'fr.md Unexpected grade `preclinical` for claim `skin-research` in fr, expected `early-clinical` as in en (en.md)',
    ])
    expect(check([['fr.md', variant('locale: es', 'locale: fr')], ['en.md', english], ['es.md', spanish]])).toEqual([])
  })

  test('sourceLocale picks the original; else the language; else the first document checked', () => {
    const changed = variant('evidence=early-clinical', 'evidence=clinical')
    // Spanish as the source: the English file is the translation.
    const fromSpanish = parity(check([['en.md', english], ['es.md', changed]], { rules: { 'locale-parity': ['error', { sourceLocale: 'es' }] } }))
    expect(fromSpanish.map((diagnostic) => `${diagnostic.file} ${diagnostic.message}`)).toEqual(['en.md Unexpected grade `early-clinical` for claim `skin-research` in en, expected `clinical` as in es (es.md)'])
    // `en-US` is the original for the default `en`.
    const american = english.replace('locale: en', 'locale: en-US')
    expect(parity(check([['es.md', changed], ['en.md', american]])).map((diagnostic) => `${diagnostic.file} ${diagnostic.message}`)).toEqual([
      'es.md Unexpected grade `clinical` for claim `skin-research` in es, expected `early-clinical` as in en-US (en.md)',
    ])
    // No document in the source language: the first one checked is the original.
    const french = variant('locale: es', 'locale: fr')
    expect(parity(check([['fr.md', french], ['es.md', changed]])).map((diagnostic) => diagnostic.file)).toEqual(['es.md'])
    expect(parity(check([['es.md', changed], ['fr.md', french]])).map((diagnostic) => diagnostic.file)).toEqual(['fr.md'])
    // Locale tags compare case-insensitively.
    expect(check([['en.md', english], ['es.md', variant('locale: es', 'locale: es-US')], ['es2.md', variant('locale: es', 'locale: es-us')]])).toEqual([])
  })

  test('documents with different ids are never compared', () => {
    const other = variant('id: fixture', 'id: another-page', variant('evidence=early-clinical', 'evidence=clinical'))
    expect(check([['en.md', english], ['es.md', other]])).toEqual([])
  })

  test('two files of one id and one locale keep the claim-id-stable behaviour and are not compared by locale-parity', () => {
    const reworded = english.replace('Exosomes are small vesicles that cells release.', 'Exosomes are tiny vesicles that cells release.')
    const line = lineOf(reworded, ':::claim{#exosomes-are-vesicles')
    expect(printed(check([['a.md', english], ['b.md', reworded]]))).toEqual([
      `b.md ${line}:1-${line + 2}:4: error claim-id-stable Unexpected text for claim \`exosomes-are-vesicles\`, expected the same text as its definition in a.md: a claim id names one statement everywhere`,
    ])
    const regraded = english.replace('evidence=early-clinical', 'evidence=clinical')
    expect(check([['a.md', english], ['b.md', regraded]])).toEqual([])
    // A translation beside them: compared with the first English one only.
    expect(parity(check([['a.md', english], ['b.md', regraded], ['es.md', spanish]]))).toEqual([])
  })

  test('claim-id-stable compares texts within one locale only, across documents of any id', () => {
    const otherPage = spanish.replace('id: fixture', 'id: another-page')
    expect(check([['en.md', english], ['es.md', otherPage]])).toEqual([])
    const rewordedSpanish = otherPage.replace('Los exosomas son vesículas pequeñas', 'Los exosomas son vesículas diminutas')
    expect(printed(check([['en.md', english], ['es.md', otherPage], ['es2.md', rewordedSpanish]])).map((line) => line.split(' error ')[1]?.split(' ')[0])).toEqual(['claim-id-stable'])
  })

  test('the policy sets the level; bad options are a TypeError', () => {
    const pair: Array<[string, string]> = [['en.md', english], ['es.md', variant('evidence=early-clinical', 'evidence=clinical')]]
    expect(check(pair, { rules: { 'locale-parity': 'off' } })).toEqual([])
    expect(check(pair, { rules: { 'locale-parity': 'warn' } }).map((diagnostic) => diagnostic.severity)).toEqual(['warning'])
    expect(() => resolvePolicy({ rules: { 'locale-parity': ['error', { sourceLocale: 'EN_us' }] } })).toThrow(TypeError)
    expect(() => resolvePolicy({ rules: { 'locale-parity': ['error', { source: 'en' }] } })).toThrow(/unknown key/)
    expect(resolvePolicy().rules['locale-parity']).toEqual({ level: 'error', options: { sourceLocale: 'en' } })
  })
})

describe('locale-parity on summaries', () => {
  // Made before the tests rather than while they are collected, so that a failure here fails
  // them instead of leaving the file without tests.
  let en: DocumentSummary
  let es: DocumentSummary
  let recommended: ResolvedPolicy
  beforeAll(() => {
    en = summarizeDocument(parse(english, 'en.md'))
    es = summarizeDocument(parse(spanish, 'es.md'))
    recommended = resolvePolicy(policy)
  })

  test('summaries carry the flow of each section and validate against their schema', () => {
    expect(documentSummarySchema.parse(es)).toEqual(es)
    expect(es.sections.map((section) => [section.id, section.parent, section.steps.map((step) => (step.type === 'evidence-summary' ? step.type : `${step.type}:${step.id}`))])).toEqual([
      ['what-exosomes-are', undefined, ['claim:exosomes-are-vesicles']],
      ['research', undefined, ['disclaimer:investigational']],
      ['skin', 'research', ['claim:skin-research']],
      ['regulation', undefined, ['claim:no-approved-products', 'disclaimer:report-problems']],
      ['in-short', undefined, ['reuse:no-approved-products']],
    ])
    expect(es.intro).toEqual([])
    // No text travels in a summary.
    expect(JSON.stringify(es)).not.toContain('vesículas')
  })

  test('placements before the first section are compared too, and reported at the start of the file', () => {
    const withIntro = (summary: DocumentSummary): DocumentSummary => ({ ...summary, intro: [{ type: 'evidence-summary', position: { start: { line: 47, column: 1 }, end: { line: 47, column: 20 } } }] })
    const found = checkSummaries([{ file: 'en.md', summary: withIntro(en) }, { file: 'es.md', summary: es }], recommended)
    expect(printed(found)).toEqual(['es.md 1:1-1:1: error locale-parity Missing `::evidence-summary` before the first section of es, expected it at the start as in en (en.md)'])
    expect(found[0]?.related?.place.start.line).toBe(47)
  })

  // At the parser's limits (20,000 lines, so up to 20,000 headings; 1,000 directives) and beyond
  // (a merged summary file holds any number): linear work per section, not per pair of sections.
  test('20,000 sections, every id renamed or every other one missing: each reported at its heading, in well under the test timeout', () => {
    const place = (line: number) => ({ start: { line, column: 1, offset: line * 10 }, end: { line, column: 3, offset: line * 10 + 2 } })
    const made = (locale: string, prefix: string, count: number, keep: (index: number) => boolean = () => true): DocumentSummary => ({
      ...en,
      locale,
      claims: Array.from({ length: 1000 }, (_, index) => ({ id: `c-${index}`, kind: 'context', evidence: 'preclinical', cites: ['review-a'], requires: [], section: `${prefix}-${index * 20}`, textHash: 'a'.repeat(64), position: place(index * 20 + 2) })),
      disclaimers: [],
      intro: [],
      sections: Array.from({ length: count }, (_, index) => ({
        id: `${prefix}-${index}`,
        depth: 2,
        position: place(index + 1),
        steps: index % 20 === 0 ? [{ type: 'claim' as const, id: `c-${index / 20}` }, { type: 'disclaimer' as const, id: 'investigational', position: place(index + 1) }] : [],
      })).filter((_, index) => keep(index)),
    })
    const count = 20_000
    const original = made('en', 's', count)
    const renamed = checkSummaries([{ file: 'en.md', summary: original }, { file: 'es.md', summary: made('es', 't', count) }], recommended)
    expect(renamed).toHaveLength(count)
    expect(renamed[12_345]).toMatchObject({ message: 'Unexpected section id `t-12345` in es, expected `s-12345` as in en (en.md): write `{#s-12345}` at the end of the heading', place: { start: { line: 12_346 } } })
    const halved = made('es', 's', count, (index) => index % 2 === 0 || index === count - 1)
    const missing = checkSummaries([{ file: 'en.md', summary: original }, { file: 'es.md', summary: halved }], recommended)
    expect(missing).toHaveLength(count / 2 - 1)
    expect(missing[0]).toMatchObject({ message: 'Missing section `s-1` in es, expected it before section `s-2` as in en (en.md)', place: { start: { line: 3 } } })
  })

  // Structure as the rule compares it: everything but texts and positions.
  const structure = (summary: DocumentSummary): unknown => ({
    claims: [...summary.claims].map(({ id, kind, evidence, cites, requires, section }) => ({ id, kind, evidence, cites, requires: [...requires].sort(), section })).sort((a, b) => a.id.localeCompare(b.id)),
    sections: summary.sections.map(({ id, depth, parent, steps }) => ({ id, depth, parent, steps: steps.map((step) => (step.type === 'evidence-summary' ? step.type : `${step.type}:${step.id}`)) })),
    intro: summary.intro.map((step) => (step.type === 'evidence-summary' ? step.type : `${step.type}:${step.id}`)),
    disclaimers: [...summary.disclaimers].sort((a, b) => a.id.localeCompare(b.id)),
  })

  const at = (line: number) => ({ start: { line, column: 1 }, end: { line, column: 5 } })
  type Mutation = (summary: DocumentSummary, pick: number) => DocumentSummary
  const nth = <T>(items: readonly T[], pick: number): number => (items.length === 0 ? -1 : pick % items.length)
  const mutations: Mutation[] = [
    (s, p) => ({ ...s, claims: s.claims.filter((_, index) => index !== nth(s.claims, p)) }),
    (s, p) => ({ ...s, claims: s.claims.map((claim, index) => (index === nth(s.claims, p) ? { ...claim, evidence: claim.evidence === 'preclinical' ? 'clinical' : 'preclinical' } : claim)) }),
    (s, p) => ({ ...s, claims: s.claims.map((claim, index) => (index === nth(s.claims, p) ? { ...claim, kind: claim.kind === 'context' ? 'safety' : 'context' } : claim)) }),
    (s, p) => ({ ...s, claims: s.claims.map((claim, index) => (index === nth(s.claims, p) ? { ...claim, cites: claim.cites.slice(1) } : claim)) }),
    (s, p) => ({ ...s, claims: s.claims.map((claim, index) => (index === nth(s.claims, p) ? { ...claim, requires: [...claim.requires, 'extra-disclaimer'] } : claim)) }),
    (s, p) => ({ ...s, sections: s.sections.map((section, index) => (index === nth(s.sections, p) ? { ...section, id: `${section.id}-x` } : section)) }),
    (s, p) => ({ ...s, sections: s.sections.filter((_, index) => index !== nth(s.sections, p)) }),
    (s, p) => ({ ...s, sections: s.sections.map((section, index) => (index === nth(s.sections, p) ? { ...section, steps: section.steps.filter((step, at) => step.type === 'claim' || at !== section.steps.findIndex((first) => first.type !== 'claim')) } : section)) }),
    (s, p) => ({ ...s, sections: s.sections.map((section, index) => (index === nth(s.sections, p) ? { ...section, steps: [...section.steps, { type: 'disclaimer', id: 'investigational', position: at(90) }] } : section)) }),
    (s, p) => ({ ...s, sections: s.sections.map((section, index) => (index === nth(s.sections, p) ? { ...section, steps: [...section.steps].reverse() } : section)) }),
    (s, p) => ({ ...s, sections: s.sections.map((section, index) => (index === nth(s.sections, p) ? { ...section, depth: section.depth + 1 } : section)) }),
    (s, p) => ({ ...s, sections: s.sections.map((section, index) => (index === nth(s.sections, p) ? (section.parent === undefined ? { ...section, parent: 'research' } : { id: section.id, depth: section.depth, position: section.position, steps: section.steps }) : section)) }),
    (s, p) => ({ ...s, sections: nth(s.sections, p) < 1 ? s.sections : [...s.sections.slice(0, nth(s.sections, p) - 1), s.sections[nth(s.sections, p)] as DocumentSummary['sections'][number], s.sections[nth(s.sections, p) - 1] as DocumentSummary['sections'][number], ...s.sections.slice(nth(s.sections, p) + 1)] }),
    (s, p) => ({ ...s, disclaimers: s.disclaimers.map((item, index) => (index === nth(s.disclaimers, p) ? { ...item, placement: item.placement === 'claim' ? 'document' : 'claim' } : item)) }),
    (s, p) => ({ ...s, disclaimers: s.disclaimers.filter((_, index) => index !== nth(s.disclaimers, p)) }),
    (s) => ({ ...s, intro: [...s.intro, { type: 'reuse', id: 'skin-research', position: at(46) }] }),
    // Changes a translation may make: texts and positions.
    (s, p) => ({ ...s, claims: s.claims.map((claim, index) => (index === nth(s.claims, p) ? { ...claim, textHash: 'f'.repeat(64), position: at(claim.position.start.line + 3) } : claim)) }),
  ]

  test('property: a mutated translation is reported exactly when its structure differs, only in its own file, never throwing', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(mutations.length - 1), fc.nat(50)), { maxLength: 4 }), fc.boolean(), (steps, mutateOriginal) => {
        let mutated: DocumentSummary = es
        for (const [which, pick] of steps) mutated = (mutations[which] as Mutation)(mutated, pick)
        const [original, translation] = mutateOriginal ? [{ ...mutated, locale: 'en' }, { ...en, locale: 'es' }] : [en, mutated]
        const found = checkSummaries([{ file: 'en.md', summary: original }, { file: 'es.md', summary: translation }], recommended)
        const differs = JSON.stringify(structure(original)) !== JSON.stringify(structure(translation))
        expect(found.length > 0).toBe(differs)
        for (const diagnostic of found) {
          expect(diagnostic.ruleId).toBe('locale-parity')
          expect(diagnostic.file).toBe('es.md')
          expect(diagnostic.related?.message).toContain('en (en.md)')
          expect(diagnostic.place.start.line).toBeGreaterThanOrEqual(1)
        }
      }),
      { numRuns: 400, seed: 17 },
    )
  })

  // What no parser writes but a hand-edited summary may hold: still no exception.
  const inconsistent: Mutation[] = [
    (s, p) => ({ ...s, sections: s.sections.map((section, index) => (index === nth(s.sections, p) ? { ...section, steps: [{ type: 'claim', id: 'no-such-claim' }, ...section.steps.slice(1)] } : section)) }),
    (s, p) => ({ ...s, claims: s.claims.map((claim, index) => (index === nth(s.claims, p) ? { ...claim, section: 'no-such-section' } : claim)) }),
    (s) => ({ ...s, sections: [...s.sections, ...s.sections] }),
    (s) => ({ ...s, claims: [...s.claims, ...s.claims] }),
    (s, p) => ({ ...s, sections: s.sections.map((section, index) => (index === nth(s.sections, p) ? { ...section, parent: section.id } : section)) }),
    (s) => ({ ...s, sections: [] }),
  ]

  test('property: inconsistent summaries never throw, and every diagnostic is in the translation', () => {
    const all = [...mutations, ...inconsistent]
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(all.length - 1), fc.nat(50)), { maxLength: 5 }), fc.array(fc.tuple(fc.nat(all.length - 1), fc.nat(50)), { maxLength: 2 }), (steps, originalSteps) => {
        let translation: DocumentSummary = es
        for (const [which, pick] of steps) translation = (all[which] as Mutation)(translation, pick)
        let original: DocumentSummary = en
        for (const [which, pick] of originalSteps) original = (all[which] as Mutation)(original, pick)
        const found = checkSummaries([{ file: 'es.md', summary: translation }, { file: 'en.md', summary: original }], recommended)
        for (const diagnostic of parity(found)) expect(diagnostic.file).toBe('es.md')
      }),
      { numRuns: 300, seed: 18 },
    )
  })
})
