import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseContent } from '../../src/parser/index.js'
import { readFrontmatter } from '../../src/parser/frontmatter.js'
import { createLineIndex } from '../../src/parser/position.js'
import { parseMarkdown } from '../../src/parser/processor.js'
import { createReporter } from '../../src/parser/reporter.js'
import { formatDiagnostics } from './projection.js'
import { frontmatter } from './helpers.js'

const body = '\n## Part\n\nText.\n'

/** 1-based line and column of the `occurrence`-th match of `needle` in `source`. */
function where(source: string, needle: string, occurrence = 1): string {
  let offset = -1
  for (let count = 0; count < occurrence; count++) offset = source.indexOf(needle, offset + 1)
  if (offset === -1) throw new Error(`missing ${needle}`)
  const before = source.slice(0, offset).split(/\r\n|\r|\n/)
  return `${before.length}:${(before[before.length - 1] ?? '').length + 1}`
}

function printed(source: string): string {
  return formatDiagnostics(parseContent(source, { rules: false }).diagnostics)
}

describe('frontmatter positions are file positions', () => {
  it('points at a block scalar that is too long, from its indicator', () => {
    const long = Array.from({ length: 12 }, () => '  Exosomes are small vesicles released by cells.').join('\n')
    const source = frontmatter.replace('summary: A short page about exosomes.', `summary: |\n${long}`) + body
    expect(printed(source)).toMatch(new RegExp(`^${where(source, '|')}-\\d+:\\d+: error frontmatter-invalid Unexpected \\d+ characters in \`summary\`, expected at most 300\\n$`))
  })

  it('counts lines after a multi-line quoted string', () => {
    const source = frontmatter.replace('title: Exosome basics', 'title: "Exosome\n  basics"').replace('locale: en', 'locale: EN_us') + body
    expect(printed(source)).toBe(
      `${where(source, 'EN_us')}-${where(source, 'EN_us').split(':')[0]}:${Number(where(source, 'EN_us').split(':')[1]) + 5}: error frontmatter-invalid Unexpected \`EN_us\` for \`locale\`, expected a BCP 47 language tag such as en or en-US\n`,
    )
  })

  it('points inside flow mappings and flow sequences spanning lines', () => {
    const glossary = 'glossary: [{id: Bad_Id, term: EV, definition: A vesicle.},\n  {id: ok, term: Exosome, definition: A small vesicle., aliases: [EV,\n    ""]}]\n---\n'
    const source = frontmatter.replace(/---\n$/, glossary) + body
    const lines = printed(source).trimEnd().split('\n')
    expect(lines).toHaveLength(2)
    expect(lines[0]).toMatch(new RegExp(`^${where(source, 'Bad_Id')}-.*\`glossary\\[0\\]\\.id\``))
    expect(lines[1]).toMatch(new RegExp(`^${where(source, '""')}-.*\`glossary\\[1\\]\\.aliases\\[1\\]\``))
  })

  it('gives the same lines and columns with CRLF line endings', () => {
    const source = frontmatter.replace('audience: general', 'audience: kids') + body
    expect(printed(source.replaceAll('\n', '\r\n'))).toBe(printed(source))
    expect(printed(source)).toMatch(new RegExp(`^${where(source, 'kids')}-`))
  })

  it('reads frontmatter with CR-only line endings as YAML 1.2 does: the same document and diagnostics as with LF', () => {
    const overview = readFileSync(new URL('../../content/exosome-therapy.md', import.meta.url), 'utf8')
    const lf = parseContent(overview, { now: '2026-12-01' })
    const cr = parseContent(overview.replaceAll('\n', '\r'), { now: '2026-12-01' })
    expect(lf.diagnostics).toEqual([])
    expect(cr.diagnostics).toEqual([])
    expect(cr.document?.references).toEqual(lf.document?.references)
    expect(cr.document?.disclaimers.map((disclaimer) => disclaimer.id)).toEqual(lf.document?.disclaimers.map((disclaimer) => disclaimer.id))
    const source = frontmatter.replace('audience: general', 'audience: kids') + body
    expect(printed(source.replaceAll('\n', '\r'))).toBe(printed(source))
  })

  it('finds duplicate keys among 2000 keys with the first occurrence related', () => {
    const keys = Array.from({ length: 2000 }, (_, index) => `  k${index}: ${index}`).join('\n')
    const source = frontmatter.replace('---\n', `---\nextra:\n${keys}\n  k17: again\n`) + body
    const { diagnostics } = parseContent(source, { rules: false })
    const duplicate = diagnostics.filter((diagnostic) => diagnostic.ruleId === 'yaml-duplicate-key')
    expect(duplicate).toHaveLength(1)
    expect(`${duplicate[0]?.place.start.line}:${duplicate[0]?.place.start.column}`).toBe(where(source, 'k17: again'))
    expect(`${duplicate[0]?.related?.place.start.line}:${duplicate[0]?.related?.place.start.column}`).toBe(where(source, 'k17:'))
  })

  it('locates values by draft path, skipping dropped invalid entries', () => {
    const source = frontmatter.replace('    kind: regulatory\n', '') + body
    const lines = createLineIndex(source)
    const reporter = createReporter(undefined)
    const result = readFrontmatter(parseMarkdown(source), lines, reporter)
    expect(result.draft.references.map((reference) => reference.id)).toEqual(['misev2018'])
    const doi = result.locate(['references', 0, 'doi'])
    expect(`${doi?.start.line}:${doi?.start.column}`).toBe(where(source, '10.1080'))
    expect(doi?.end.column).toBe((doi?.start.column ?? 0) + '10.1080/20013078.2018.1535750'.length)
    expect(result.locate(['references', 1])).toBeUndefined()
    const title = result.locate(['title'])
    expect(source.slice(title?.start.offset, title?.end.offset)).toBe('Exosome basics')
  })

  it('reports __proto__ keys and does not let them change a prototype', () => {
    const source = frontmatter.replace('locale: en\n', 'locale: en\n__proto__:\n  polluted: true\n') + body
    const lines = createLineIndex(source)
    const reporter = createReporter(undefined)
    const result = readFrontmatter(parseMarkdown(source), lines, reporter)
    expect(reporter.diagnostics.map((diagnostic) => diagnostic.ruleId)).toEqual(['yaml-forbidden-key'])
    expect(Object.getPrototypeOf(result.draft)).toBe(Object.prototype)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})
