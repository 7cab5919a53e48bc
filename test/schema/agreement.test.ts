/**
 * The JSON Schema for editors and the parser agree on every frontmatter whose validity JSON
 * Schema can express. The cases JSON Schema cannot express are listed by name below, each
 * with the way the two disagree, and are asserted to disagree in exactly that way (so a case
 * that starts to agree, or a new disagreement, fails here).
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { baseFrontmatter, judge, judgeYaml, type Data } from './support.js'

type Edit = (data: Data) => void

const reference = (data: Data, index = 0): Data => (data['references'] as Data[])[index] as Data
const disclaimer = (data: Data): Data => (data['disclaimers'] as Data[])[0] as Data
const glossary = (data: Data): Data => (data['glossary'] as Data[])[0] as Data

interface Case {
  name: string
  /** What both judges must say. */
  valid: boolean
  edit: Edit
}

const cases: Case[] = [
  { name: 'the base frontmatter', valid: true, edit: () => {} },
  { name: 'only the required keys', valid: true, edit: (d) => { delete d['disclaimers']; delete d['glossary'] } },
  { name: 'a $schema key', valid: true, edit: (d) => { d['$schema'] = './frontmatter.schema.json' } },
  { name: 'an unknown top-level key', valid: false, edit: (d) => { d['author'] = 'someone' } },
  { name: 'a missing id', valid: false, edit: (d) => { delete d['id'] } },
  { name: 'an id with capitals', valid: false, edit: (d) => { d['id'] = 'Clinic-FAQ' } },
  { name: 'an id with a double hyphen', valid: false, edit: (d) => { d['id'] = 'clinic--faq' } },
  { name: 'an id that is a number', valid: false, edit: (d) => { d['id'] = 2024 } },
  { name: 'an empty title', valid: false, edit: (d) => { d['title'] = '' } },
  { name: 'a title of white space only', valid: false, edit: (d) => { d['title'] = ' \t ' } },
  { name: 'a title with white space around it', valid: true, edit: (d) => { d['title'] = '  Padded title  ' } },
  { name: 'a summary of exactly 300 characters', valid: true, edit: (d) => { d['summary'] = 'a'.repeat(300) } },
  { name: 'a summary of 301 characters', valid: false, edit: (d) => { d['summary'] = 'a'.repeat(301) } },
  { name: 'a summary of 300 characters with spaces around it', valid: true, edit: (d) => { d['summary'] = `   ${'b'.repeat(300)}   ` } },
  { name: 'a summary of 300 characters with inner line breaks', valid: true, edit: (d) => { d['summary'] = `${'c'.repeat(150)}\n${'c'.repeat(149)}` } },
  { name: 'a summary of 300 emoji (600 UTF-16 code units)', valid: true, edit: (d) => { d['summary'] = '🧬'.repeat(300) } },
  { name: 'a summary of 301 emoji', valid: false, edit: (d) => { d['summary'] = '🧬'.repeat(301) } },
  { name: 'a summary of one character', valid: true, edit: (d) => { d['summary'] = 'x' } },
  { name: 'a summary that is a list', valid: false, edit: (d) => { d['summary'] = ['a'] } },
  { name: 'a locale with a region', valid: true, edit: (d) => { d['locale'] = 'en-US' } },
  { name: 'a locale with an underscore', valid: false, edit: (d) => { d['locale'] = 'en_US' } },
  { name: 'an unknown audience', valid: false, edit: (d) => { d['audience'] = 'investors' } },
  { name: 'a pre-release version', valid: true, edit: (d) => { d['version'] = '2.1.0-draft.1' } },
  { name: 'a version YAML reads as a number', valid: false, edit: (d) => { d['version'] = 1.5 } },
  { name: 'a version with two parts', valid: false, edit: (d) => { d['version'] = '1.0' } },
  { name: 'a leap day', valid: true, edit: (d) => { d['lastReviewed'] = '2024-02-29' } },
  { name: 'a leap day in a common year', valid: false, edit: (d) => { d['lastReviewed'] = '2025-02-29' } },
  { name: 'the 31st of a 30-day month', valid: false, edit: (d) => { d['lastReviewed'] = '2026-04-31' } },
  { name: 'a date without leading zeros', valid: false, edit: (d) => { d['lastReviewed'] = '2026-1-5' } },
  { name: 'no references', valid: false, edit: (d) => { d['references'] = [] } },
  { name: 'references as a mapping', valid: false, edit: (d) => { d['references'] = { a: 1 } } },
  { name: 'a reference with only id, kind and title', valid: false, edit: (d) => { d['references'] = [{ id: 'a', kind: 'review', title: 'T' }] } },
  { name: 'a reference without doi or url', valid: false, edit: (d) => { delete reference(d, 1)['doi'] } },
  { name: 'an undated reference, without year, date or accessed', valid: true, edit: (d) => { delete reference(d, 1)['year'] } },
  { name: 'an undated web page dated by accessed', valid: true, edit: (d) => { delete reference(d)['date']; reference(d)['accessed'] = '2026-11-01' } },
  { name: 'accessed without url', valid: false, edit: (d) => { reference(d, 1)['accessed'] = '2026-11-01' } },
  { name: 'both journal and publisher', valid: false, edit: (d) => { reference(d, 1)['publisher'] = 'Wolters Kluwer' } },
  { name: 'a year and a date of the same year', valid: true, edit: (d) => { reference(d)['year'] = 2020 } },
  { name: 'a year before 1800', valid: false, edit: (d) => { reference(d, 1)['year'] = 1799 } },
  { name: 'a year after 2200', valid: false, edit: (d) => { reference(d, 1)['year'] = 2201 } },
  { name: 'a fractional year', valid: false, edit: (d) => { reference(d, 1)['year'] = 2020.5 } },
  { name: 'a year in quotes', valid: false, edit: (d) => { reference(d, 1)['year'] = '2025' } },
  { name: 'an unknown reference kind', valid: false, edit: (d) => { reference(d)['kind'] = 'website' } },
  { name: 'an unknown reference key', valid: false, edit: (d) => { reference(d)['isbn'] = '978-3-16-148410-0' } },
  { name: 'a DOI with a resolver prefix', valid: false, edit: (d) => { reference(d, 1)['doi'] = 'https://doi.org/10.1097/DSS.0000000000004480' } },
  { name: 'a DOI with a three-digit registrant', valid: false, edit: (d) => { reference(d, 1)['doi'] = '10.109/DSS.1' } },
  { name: 'a DOI with a space', valid: false, edit: (d) => { reference(d, 1)['doi'] = '10.1097/DSS 1' } },
  { name: 'an ftp URL', valid: false, edit: (d) => { reference(d)['url'] = 'ftp://files.example.org/a.pdf' } },
  { name: 'a URL on localhost', valid: false, edit: (d) => { reference(d)['url'] = 'http://localhost:8080/a' } },
  { name: 'a URL on an IP address', valid: false, edit: (d) => { reference(d)['url'] = 'https://192.168.0.1/a' } },
  { name: 'a URL without //', valid: false, edit: (d) => { reference(d)['url'] = 'https:www.fda.gov/a' } },
  { name: 'a URL in capitals with a port, query and fragment', valid: true, edit: (d) => { reference(d)['url'] = 'HTTPS://WWW.FDA.GOV:443/A?b=1#c' } },
  { name: 'a URL with spaces around it and in its path', valid: true, edit: (d) => { reference(d)['url'] = '  https://www.fda.gov/a b  ' } },
  { name: 'a URL with a port past 65535', valid: false, edit: (d) => { reference(d)['url'] = 'https://www.fda.gov:65536/a' } },
  { name: 'a URL with user info', valid: true, edit: (d) => { reference(d)['url'] = 'https://reader@www.fda.gov/a' } },
  { name: 'a URL with a label of 64 characters', valid: false, edit: (d) => { reference(d)['url'] = `https://${'a'.repeat(64)}.org/` } },
  { name: 'a URL with a one-letter top-level domain', valid: false, edit: (d) => { reference(d)['url'] = 'https://fda.g/' } },
  { name: 'a URL with extra slashes after the scheme', valid: true, edit: (d) => { reference(d)['url'] = 'https:///www.fda.gov/a' } },
  { name: 'a URL with a backslash path', valid: true, edit: (d) => { reference(d)['url'] = 'https://www.fda.gov\\a' } },
  { name: 'a javascript: URL', valid: false, edit: (d) => { reference(d)['url'] = 'javascript:alert(1)' } },
  { name: 'an empty disclaimer text', valid: false, edit: (d) => { disclaimer(d)['text'] = '   ' } },
  { name: 'an unknown placement', valid: false, edit: (d) => { disclaimer(d)['placement'] = 'footer' } },
  { name: 'a section disclaimer (placed nowhere: a warning, not an error)', valid: true, edit: (d) => { disclaimer(d)['placement'] = 'section' } },
  { name: 'an unknown disclaimer kind', valid: false, edit: (d) => { disclaimer(d)['kind'] = 'legal' } },
  { name: 'a disclaimer without a title', valid: false, edit: (d) => { delete disclaimer(d)['title'] } },
  { name: 'disclaimers: null', valid: false, edit: (d) => { d['disclaimers'] = null } },
  { name: 'a glossary entry without aliases and cites', valid: true, edit: (d) => { delete glossary(d)['aliases']; delete glossary(d)['cites'] } },
  { name: 'an empty alias', valid: false, edit: (d) => { glossary(d)['aliases'] = ['EV', ' '] } },
  { name: 'a glossary cite that is not kebab-case', valid: false, edit: (d) => { glossary(d)['cites'] = ['Queen_2025'] } },
  { name: 'a glossary entry with an unknown key', valid: false, edit: (d) => { glossary(d)['plural'] = 'EVs' } },
]

/**
 * What JSON Schema cannot express. Each case is listed by name with how the two judges rule;
 * the test asserts exactly that, and the parser's error id.
 */
const inexpressible: Array<{ name: string; why: string; edit: Edit; parser: boolean; schema: boolean; ruleId?: string }> = [
  {
    name: 'two references with one id',
    why: 'ids unique across the entries of a list (`uniqueItems` compares whole entries)',
    edit: (d) => { (d['references'] as Data[]).push({ ...reference(d), title: 'Another title' }) },
    parser: false,
    schema: true,
    ruleId: 'duplicate-reference-id',
  },
  {
    name: 'two disclaimers with one id',
    why: 'ids unique across the entries of a list',
    edit: (d) => { (d['disclaimers'] as Data[]).push({ ...disclaimer(d), title: 'Another' }) },
    parser: false,
    schema: true,
    ruleId: 'duplicate-disclaimer-id',
  },
  {
    name: 'two glossary entries with one id',
    why: 'ids unique across the entries of a list',
    edit: (d) => { (d['glossary'] as Data[]).push({ ...glossary(d), term: 'Vesicle' }) },
    parser: false,
    schema: true,
    ruleId: 'duplicate-glossary-id',
  },
  {
    name: 'a glossary cite of an undeclared reference',
    why: 'a cross-reference: the cited id must be the id of an entry in `references`',
    edit: (d) => { glossary(d)['cites'] = ['misev-2099'] },
    parser: false,
    schema: true,
    ruleId: 'citation-resolves',
  },
  {
    name: 'a year and a date of different years',
    why: 'a comparison of two values',
    edit: (d) => { reference(d)['year'] = 2019 },
    parser: false,
    schema: true,
    ruleId: 'frontmatter-invalid',
  },
  {
    name: 'a URL with an internationalised host name',
    why: 'the URL parser turns the host into punycode before the host check',
    edit: (d) => { reference(d)['url'] = 'https://bücher.example/a' },
    parser: true,
    schema: false,
  },
  {
    name: 'a URL with a percent-encoded host name',
    why: 'the URL parser decodes the host before the host check',
    edit: (d) => { reference(d)['url'] = 'https://www.fd%61.gov/a' },
    parser: true,
    schema: false,
  },
  {
    name: 'a URL with a tab inside its host name',
    why: 'the URL parser removes ASCII tabs and line breaks anywhere in the address',
    edit: (d) => { reference(d)['url'] = 'https://www.fda\t.gov/a' },
    parser: true,
    schema: false,
  },
]

const apply = (edit: Edit): Data => {
  const data = baseFrontmatter()
  edit(data)
  return data
}

describe('frontmatter JSON Schema and parser', () => {
  it('has at least 40 agreement cases, good and bad', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40)
    expect(cases.filter((item) => item.valid).length).toBeGreaterThanOrEqual(10)
    expect(cases.filter((item) => !item.valid).length).toBeGreaterThanOrEqual(30)
    expect(new Set(cases.map((item) => item.name)).size).toBe(cases.length)
  })

  it.each(cases)('agree on $name', ({ edit, valid }) => {
    const verdicts = judge(apply(edit))
    expect({ parser: verdicts.parser, schema: verdicts.schema }, JSON.stringify(verdicts, null, 2)).toEqual({ parser: valid, schema: valid })
  })

  it.each(inexpressible)('differ, as listed, on $name ($why)', ({ edit, parser, schema, ruleId }) => {
    const verdicts = judge(apply(edit))
    expect({ parser: verdicts.parser, schema: verdicts.schema }, JSON.stringify(verdicts, null, 2)).toEqual({ parser, schema })
    if (ruleId !== undefined) expect(verdicts.parserErrors.map((error) => error.split(' ')[0])).toEqual([ruleId])
  })

  it('agree on YAML written by hand: anchors, quoting, block scalars', () => {
    const yaml = `id: clinic-faq
title: 'Quoted: with a colon'
summary: >-
  Folded over
  two lines.
locale: en
audience: patient
version: "1.0.0"
lastReviewed: 2026-11-01
references:
  - &fda
    id: fda-consumer-alert-2020
    kind: regulatory
    title: Consumer Alert
    publisher: U.S. Food and Drug Administration
    date: 2020-07-22
    url: https://www.fda.gov/a
`
    expect(judgeYaml(yaml)).toMatchObject({ parser: true, schema: true })
    expect(judgeYaml(yaml.replace('version: "1.0.0"', 'version: 1.0'))).toMatchObject({ parser: false, schema: false })
    expect(judgeYaml(yaml.replace('date: 2020-07-22', 'date: 2020-07-22T10:00:00Z'))).toMatchObject({ parser: false, schema: false })
  })
})

// Values drawn for each key: valid ones, invalid ones, and (undefined) absent, none from a
// class listed in `inexpressible`.
const pools = {
  title: ['Exosome basics', '  Padded  ', '', ' ', 42, ['x']],
  summary: ['Short.', 'a'.repeat(300), ` ${'a'.repeat(300)} `, 'a'.repeat(301), '', '\n'],
  locale: ['en', 'en-US', 'es-419', 'EN', 'e', 'en_US', 'en-'],
  audience: ['patient', 'general', 'Patient', 'everyone'],
  version: ['1.0.0', '0.1.0-rc.1', '1.0', 'v1.0.0', 1],
  date: ['2020-07-22', '2024-02-29', '2023-02-29', '2020-13-01', '2020-7-22', ' 2020-07-22', 20200722],
  doi: ['10.1038/ncb1596', '10.1080/20013078.2018.1535750', '10.123/x', 'doi:10.1038/x', '10.1038/', '10.1038/a b'],
  url: [
    'https://www.fda.gov/a',
    'http://example.org',
    'https://example.org:8080/x?y#z',
    'HTTPS://EXAMPLE.ORG',
    '  https://example.org  ',
    'https://user:secret@example.org/',
    'https://a@b@example.org/',
    'https://xn--bcher-kva.example/',
    'https://example.org:0080/',
    'https://example.org:',
    'https://example.org:65535/',
    'https://example.org:99999/',
    'https://example.org:80:80/',
    'https://localhost/',
    'https://10.0.0.1/',
    'https://example.o/',
    'https://-example.org/',
    'https://example-.org/',
    'https://exa_mple.org/',
    'https://example.org./',
    'https:/example.org',
    'ftp://example.org',
    'example.org',
    'https://',
    '',
  ],
  kind: ['regulatory', 'review', 'Review', 'blog'],
  placement: ['document', 'section', 'claim', 'page'],
} as const

const maybe = <T>(values: readonly T[]) => fc.option(fc.constantFrom(...values), { nil: undefined })

const referenceArbitrary = fc.record({
  kind: fc.constantFrom(...pools.kind),
  title: maybe(pools.title),
  authors: maybe(pools.title),
  journal: maybe(pools.title),
  publisher: maybe(pools.title),
  year: maybe([2020, 1799, 2201, 2020.5, '2020'] as const),
  date: maybe(pools.date),
  doi: maybe(pools.doi),
  url: maybe(pools.url),
  accessed: maybe(pools.date),
})

const frontmatterArbitrary = fc.record({
  id: fc.constantFrom('page', 'a-b-1', 'A', 'a--b', ''),
  title: maybe(pools.title),
  summary: maybe(pools.summary),
  locale: maybe(pools.locale),
  audience: maybe(pools.audience),
  version: maybe(pools.version),
  lastReviewed: maybe(pools.date),
  references: fc.array(referenceArbitrary, { maxLength: 3 }),
  disclaimers: fc.option(
    fc.array(fc.record({ kind: fc.constantFrom('regulatory', 'risk', 'legal'), title: maybe(pools.title), text: maybe(pools.title), placement: maybe(pools.placement) }), { maxLength: 2 }),
    { nil: undefined },
  ),
})

const withoutUndefined = (value: Record<string, unknown>): Data => Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined))

describe('frontmatter JSON Schema and parser on generated frontmatters', () => {
  it('agree on every frontmatter built from valid and invalid values', () => {
    fc.assert(
      fc.property(frontmatterArbitrary, (generated) => {
        const data = withoutUndefined(generated)
        // Unique ids, and a year that matches the date when both are there: listed as inexpressible.
        data['references'] = generated.references.map((entry, index) => {
          const item = withoutUndefined({ id: `ref-${index}`, ...entry })
          if (typeof item['year'] === 'number' && typeof item['date'] === 'string' && /^\d{4}-/.test(item['date'])) item['year'] = Number(item['date'].slice(0, 4))
          return item
        })
        if (generated.disclaimers !== undefined) data['disclaimers'] = generated.disclaimers.map((entry, index) => withoutUndefined({ id: `disclaimer-${index}`, ...entry }))
        const verdicts = judge(data)
        expect(verdicts.schema, JSON.stringify({ data, verdicts }, null, 2)).toBe(verdicts.parser)
      }),
      { numRuns: 400, seed: 20261101 },
    )
  })
})
