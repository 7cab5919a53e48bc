import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compareDiagnostics, parseContent } from '../../src/parser/index.js'
import { frontmatter } from './helpers.js'

const fragments = [
  '---\n', '---', 'id: x\n', 'title: "a\n', 'a: &a [*a]\n', '*b\n', '__proto__: 1\n', 'references:\n  - id: x\n', '\n',
  '\r\n', '\r', '\uFEFF', '\u0000', '\uD800', '## Heading\n', '# Title\n', '##\n', ':::claim{#a kind=definition evidence=established cite="x"}\n',
  ':::claim', '::claim{ref=a}\n', '::disclaimer{ref=', ':::\n', '::::\n', ':word', 'cite="', '{', '}', '[', ']', '`', '<!-- c -->', '- item\n',
  '> quote\n', '    code\n', 'text ', '\t', ' ', '10:30', '\\:', 'é', '🙂',
]

const junk = fc.oneof(
  fc.array(fc.constantFrom(...fragments), { maxLength: 40 }).map((parts) => parts.join('')),
  fc.array(fc.constantFrom(...fragments), { maxLength: 30 }).map((parts) => frontmatter + parts.join('')),
  fc.string({ unit: 'binary', maxLength: 200 }),
)

function lineCount(source: string): number {
  return source.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/).length
}

describe('parseContent on arbitrary input', () => {
  it('never throws, sorts diagnostics, keeps positions in the file, and returns a document iff no error', () => {
    fc.assert(
      fc.property(junk, (source) => {
        const { document, diagnostics } = parseContent(source, { rules: false })
        expect([...diagnostics].sort(compareDiagnostics)).toEqual(diagnostics)
        for (const diagnostic of diagnostics) {
          expect(diagnostic.place.start.line).toBeGreaterThanOrEqual(1)
          expect(diagnostic.place.start.column).toBeGreaterThanOrEqual(1)
          expect(diagnostic.place.end.line).toBeLessThanOrEqual(lineCount(source))
          expect(diagnostic.message.length).toBeGreaterThan(0)
        }
        expect(document === undefined).toBe(diagnostics.some((diagnostic) => diagnostic.severity === 'error'))
      }),
      { seed: 20_261_210, numRuns: 150 },
    )
  })

  it('never throws with the consistency rules on', () => {
    fc.assert(
      fc.property(junk, (source) => {
        expect(() => parseContent(source)).not.toThrow()
      }),
      { seed: 20_261_211, numRuns: 40 },
    )
  })

  it('returns a diagnostic instead of throwing on nesting far past the limits', () => {
    const deep = `${frontmatter}\n## Deep\n\n${'> '.repeat(4000)}text\n`
    const limits = { maxContainerNesting: 100_000, maxDelimiterRun: 100_000 }
    let result: ReturnType<typeof parseContent> | undefined
    expect(() => {
      result = parseContent(deep, { rules: false, limits, path: 'deep.md' })
    }).not.toThrow()
    const errors = result?.diagnostics.filter((diagnostic) => diagnostic.severity === 'error') ?? []
    expect(errors.every((diagnostic) => diagnostic.ruleId === 'parse-failed' && diagnostic.file === 'deep.md')).toBe(true)
    expect(result?.document === undefined).toBe(errors.length > 0)
  })
})
