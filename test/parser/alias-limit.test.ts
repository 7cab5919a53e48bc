import { describe, expect, it } from 'vitest'
import { parseContent } from '../../src/parser/index.js'

// Four levels of four aliases each: 16 alias tokens that expand to 256 copies of `x`. Each
// `*a` copies 5 nodes (the list and its four items), each `*b` 21: the four `*a` make 20, and
// the fourth `*b` takes the total from 83 to 104, past the cap of 100.
const laughs = ['a: &a [x, x, x, x]', 'b: &b [*a, *a, *a, *a]', 'c: &c [*b, *b, *b, *b]', 'd: &d [*c, *c, *c, *c]', 'e: &e [*d, *d, *d, *d]']
const source = `---\nid: x\n${laughs.join('\n')}\n---\n`

describe('limits.maxYamlAliases', () => {
  it('caps how far aliases may expand, at the first alias past the cap', () => {
    const { diagnostics } = parseContent(source, { rules: false })
    expect(diagnostics.map((diagnostic) => [diagnostic.ruleId, diagnostic.place.start.line, diagnostic.place.start.column])).toEqual([
      ['yaml-alias-limit', 5, 8 + 3 * 4],
    ])
    expect(diagnostics[0]?.message).toContain('past 100 nodes')
  })

  it('is raised by the option, for yaml itself as well as for the pre-scan', () => {
    const { diagnostics } = parseContent(source, { rules: false, limits: { maxYamlAliases: 100_000 } })
    expect(diagnostics.map((diagnostic) => diagnostic.ruleId)).not.toContain('yaml-alias-limit')
    expect(diagnostics.map((diagnostic) => diagnostic.ruleId)).toContain('frontmatter-unknown-key')
  })
})

describe('what aliases expand to, counted in nodes', () => {
  const document = (yaml: string): string => `---\nid: x\n${yaml}\n---\n`
  const at = (source: string, needle: string): [number, number] => {
    const before = source.slice(0, source.indexOf(needle)).split('\n')
    return [before.length, (before.at(-1) ?? '').length + 1]
  }
  const limitAt = (source: string, limits?: { maxYamlAliases: number }): Array<[string, number, number]> =>
    parseContent(source, { rules: false, ...(limits === undefined ? {} : { limits }) })
      .diagnostics.filter((diagnostic) => diagnostic.ruleId.includes('alias'))
      .map((diagnostic) => [diagnostic.ruleId, diagnostic.place.start.line, diagnostic.place.start.column])

  it('refuses 99 aliases of a 25,000-item list at the first alias', () => {
    for (const [length, separator] of [[25_000, ','], [15_000, ', '], [10_000, ',\n  ']] as const) {
      const source = document(`list: &big [${Array.from({ length }, () => 'x').join(separator)}]\nmore: [${'*big, '.repeat(99)}]`)
      expect(limitAt(source)).toEqual([['yaml-alias-limit', ...at(source, '*big')]])
    }
  })

  it('refuses block lists and mappings aliased past the cap, at the alias that passes it', () => {
    const list = Array.from({ length: 30 }, (_, index) => `  - item ${index}`).join('\n')
    // Each alias copies 31 nodes: the fourth passes 100.
    const source = document(`list: &l\n${list}\na: *l\nb: *l\nc: *l\nd: *l`)
    expect(limitAt(source)).toEqual([['yaml-alias-limit', ...at(source, 'd: *l').map((value, index) => (index === 1 ? value + 3 : value))]])
    const map = Array.from({ length: 20 }, (_, index) => `  k${index}: v`).join('\n')
    // A mapping of 20 pairs is 41 nodes: the third alias passes 100.
    const mapped = document(`map: &m\n${map}\nmore: [*m, *m, *m]`)
    const third = mapped.indexOf('*m', mapped.indexOf('*m', mapped.indexOf('*m') + 1) + 1)
    expect(limitAt(mapped)).toEqual([['yaml-alias-limit', ...at(mapped.slice(0, third) + '\u0000', '\u0000')]])
  })

  it('accepts aliases within the cap, and honours a raised cap', () => {
    expect(limitAt(document(`a: &a x\nb: [${'*a, '.repeat(100)}]`))).toEqual([])
    expect(limitAt(document(`a: &a [x, y, z, w]\nb: [${'*a, '.repeat(20)}]`))).toEqual([])
    const big = document(`list: &big [${Array.from({ length: 2000 }, () => 'x').join(',')}]\nmore: [${'*big, '.repeat(50)}]`)
    expect(limitAt(big)).toHaveLength(1)
    expect(limitAt(big, { maxYamlAliases: 200_000 })).toEqual([])
  })
})
