import { describe, expect, it } from 'vitest'
import { parseContent } from '../../src/parser/index.js'

// Four levels of four aliases each: 16 alias tokens that expand to 256 copies of `x`.
const laughs = ['a: &a [x, x, x, x]', 'b: &b [*a, *a, *a, *a]', 'c: &c [*b, *b, *b, *b]', 'd: &d [*c, *c, *c, *c]', 'e: &e [*d, *d, *d, *d]']
const source = `---\nid: x\n${laughs.join('\n')}\n---\n`

describe('limits.maxYamlAliases', () => {
  it('caps how far aliases may expand, at the first alias past the cap', () => {
    const { diagnostics } = parseContent(source, { rules: false })
    expect(diagnostics.map((diagnostic) => [diagnostic.ruleId, diagnostic.place.start.line, diagnostic.place.start.column])).toEqual([
      ['yaml-alias-limit', 4, 8],
    ])
    expect(diagnostics[0]?.message).toContain('past 100 nodes')
  })

  it('is raised by the option, for yaml itself as well as for the pre-scan', () => {
    const { diagnostics } = parseContent(source, { rules: false, limits: { maxYamlAliases: 100_000 } })
    expect(diagnostics.map((diagnostic) => diagnostic.ruleId)).not.toContain('yaml-alias-limit')
    expect(diagnostics.map((diagnostic) => diagnostic.ruleId)).toContain('frontmatter-unknown-key')
  })
})
