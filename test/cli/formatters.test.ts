import type { Log } from 'sarif'
import { describe, expect, it } from 'vitest'
import { escapeData, escapeProperty, formatGithub } from '../../src/node/format/github.js'
import { formatJson } from '../../src/node/format/json.js'
import { toSarif } from '../../src/node/format/sarif.js'
import { formatStylish, stylish } from '../../src/node/format/stylish.js'
import { painterFor } from '../../src/cli/io.js'
import type { FileResult } from '../../src/node/format/result.js'
import { diagnostic, sink } from './helpers.js'

const plain = painterFor(sink(false), {})

const results: FileResult[] = [
  {
    file: 'content/a.md',
    diagnostics: [
      diagnostic('claim-needs-citation', 'error', 'Unexpected claim without citation, expected cite', [3, 1], [5, 4]),
      diagnostic('review-stale', 'warning', 'Unexpected old review', [7, 15], [7, 25]),
    ],
  },
  { file: 'content/clean.md', diagnostics: [] },
  {
    file: 'docs/b c.md',
    diagnostics: [diagnostic('overclaim-wording', 'error', 'Unexpected "cures", expected hedged wording', [12, 30], [12, 35])],
  },
]

describe('stylish', () => {
  it('groups by file with line:col, severity, message and rule id, then a summary', () => {
    const lines = stylish(results, plain).split('\n')
    expect(lines[0]).toBe('content/a.md')
    expect(lines[1]).toMatch(/^ {2}3:1 {3}error {4}Unexpected claim without citation, expected cite {2}claim-needs-citation$/)
    expect(lines[2]).toMatch(/^ {2}7:15 {2}warning {2}Unexpected old review +review-stale$/)
    expect(lines).not.toContain('content/clean.md')
    expect(lines).toContain('docs/b c.md')
    expect(lines.at(-2)).toBe('✖ 3 problems (2 errors, 1 warning)')
  })

  it('prints a related place below its diagnostic, in its own file when it names one', () => {
    const related = diagnostic('locale-parity', 'error', 'Unexpected grade', [4, 1], [4, 9])
    const lines = stylish(
      [
        { file: 'faq.es.md', diagnostics: [{ ...related, related: { message: 'the original claim', place: { start: { line: 9, column: 3 }, end: { line: 9, column: 8 } }, file: 'faq.en.md' } }] },
        { file: 'b.md', diagnostics: [{ ...related, related: { message: 'first use', place: { start: { line: 2, column: 1 }, end: { line: 2, column: 4 } } } }] },
      ],
      plain,
    ).split('\n')
    expect(lines[2]).toBe('       ↳ faq.en.md:9:3  the original claim')
    expect(lines[6]).toBe('       ↳ b.md:2:1  first use')
  })

  it('says so when there is no problem', () => {
    expect(stylish([{ file: 'a.md', diagnostics: [] }], plain)).toBe('✔ 1 file checked, no problems\n')
  })

  it('colours only for a TTY without NO_COLOR', () => {
    const escape = '\u001b['
    expect(stylish(results, painterFor(sink(true), {}))).toContain(escape)
    expect(stylish(results, painterFor(sink(true), { NO_COLOR: '1' }))).not.toContain(escape)
    expect(stylish(results, painterFor(sink(false), {}))).not.toContain(escape)
    expect(formatStylish(results, { color: true })).toContain(escape)
    expect(formatStylish(results)).toBe(stylish(results, plain))
  })
})

describe('json', () => {
  it('is an array of { file, diagnostics } for every file', () => {
    const parsed = JSON.parse(formatJson(results)) as Array<{ file: string; diagnostics: unknown[] }>
    expect(parsed.map((entry) => [entry.file, entry.diagnostics.length])).toEqual([
      ['content/a.md', 2],
      ['content/clean.md', 0],
      ['docs/b c.md', 1],
    ])
    expect(parsed[0]?.diagnostics[0]).toEqual(results[0]?.diagnostics[0])
  })
})

describe('github', () => {
  it('prints one workflow command per diagnostic with the full range', () => {
    expect(formatGithub(results).split('\n')).toEqual([
      '::error file=content/a.md,line=3,col=1,endLine=5,endColumn=4,title=claim-needs-citation::Unexpected claim without citation, expected cite',
      '::warning file=content/a.md,line=7,col=15,endLine=7,endColumn=25,title=review-stale::Unexpected old review',
      '::error file=docs/b c.md,line=12,col=30,endLine=12,endColumn=35,title=overclaim-wording::Unexpected "cures", expected hedged wording',
      '',
    ])
  })

  it('escapes %, CR and LF in messages and also : and , in properties', () => {
    expect(escapeData('100% sure\r\nnext')).toBe('100%25 sure%0D%0Anext')
    expect(escapeProperty('C:\\a,b.md')).toBe('C%3A\\a%2Cb.md')
    const line = formatGithub([{ file: 'a,b:c.md', diagnostics: [diagnostic('x-y', 'info', 'a\nb: c, d', [1, 1], [1, 2])] }])
    expect(line).toBe('::notice file=a%2Cb%3Ac.md,line=1,col=1,endLine=1,endColumn=2,title=x-y::a%0Ab: c, d\n')
  })
})

describe('sarif', () => {
  const log: Log = toSarif(results, {
    version: '9.9.9',
    describeRule: (id) => (id === 'review-stale' ? { id, description: 'Review date too old.', defaultSeverity: 'warning', url: 'https://docs.test/review-stale' } : undefined),
  })
  const run = log.runs[0]

  it('is a SARIF 2.1.0 log naming the tool', () => {
    expect(log.version).toBe('2.1.0')
    expect(log.$schema).toMatch(/sarif-2\.1\.0/)
    expect(run?.tool.driver.name).toBe('exosome-content')
    expect(run?.tool.driver.version).toBe('9.9.9')
    expect(run?.tool.driver.informationUri).toMatch(/^https:\/\//)
  })

  it('lists each rule once, with description, help URI and default level', () => {
    const rules = run?.tool.driver.rules ?? []
    expect(rules.map((rule) => rule.id)).toEqual(['claim-needs-citation', 'review-stale', 'overclaim-wording'])
    expect(rules[1]).toEqual({
      id: 'review-stale',
      shortDescription: { text: 'Review date too old.' },
      helpUri: 'https://docs.test/review-stale',
      defaultConfiguration: { level: 'warning' },
    })
    expect(rules[0]?.helpUri).toBe('https://example.test/claim-needs-citation')
  })

  it('has one result per diagnostic with rule index, level and region', () => {
    const resultsOut = run?.results ?? []
    expect(resultsOut).toHaveLength(3)
    const [first, second, third] = resultsOut
    expect(first?.ruleIndex).toBe(0)
    expect(second?.level).toBe('warning')
    expect(second?.ruleIndex).toBe(1)
    expect(third?.message.text).toBe('Unexpected "cures", expected hedged wording')
    expect(first?.locations?.[0]?.physicalLocation?.region).toEqual({ startLine: 3, startColumn: 1, endLine: 5, endColumn: 4 })
    expect(third?.locations?.[0]?.physicalLocation?.artifactLocation?.uri).toBe('docs/b%20c.md')
  })

  it('gives a related place as a relatedLocation, in the file it names or in the result file', () => {
    const base = diagnostic('locale-parity', 'error', 'Unexpected grade', [4, 1], [4, 9])
    const place = { start: { line: 9, column: 3 }, end: { line: 9, column: 8 } }
    const log = toSarif(
      [
        { file: 'faq.es.md', diagnostics: [{ ...base, related: { message: 'the original claim', place, file: 'docs/faq en.md' } }, base] },
        { file: 'b.md', diagnostics: [{ ...base, related: { message: 'first use', place } }] },
      ],
      { version: '1.0.0', describeRule: () => undefined },
    )
    const [withFile, without, sameFile] = log.runs[0]?.results ?? []
    expect(withFile?.relatedLocations).toEqual([
      { id: 0, message: { text: 'the original claim' }, physicalLocation: { artifactLocation: { uri: 'docs/faq%20en.md' }, region: { startLine: 9, startColumn: 3, endLine: 9, endColumn: 8 } } },
    ])
    expect(without?.relatedLocations).toBeUndefined()
    expect(sameFile?.relatedLocations?.[0]?.physicalLocation?.artifactLocation?.uri).toBe('b.md')
  })

  it('gives files outside the working directory a file: URI', () => {
    const outside = toSarif([{ file: '/srv/content/a b.md', diagnostics: [diagnostic('x-y', 'info', 'm', [1, 1], [1, 2])] }], { version: '1.0.0', describeRule: () => undefined })
    const result = outside.runs[0]?.results?.[0]
    expect(result?.locations?.[0]?.physicalLocation?.artifactLocation?.uri).toBe('file:///srv/content/a%20b.md')
    expect(result?.level).toBe('note')
  })
})
