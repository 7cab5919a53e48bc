import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { parseContent } from '../../src/parser/index.js'
import { frontmatter, misplaced } from '../hostile/support.js'
import { documentText, markdownText } from './text.js'

interface SpecExample {
  markdown: string
  number: number
  section: string
}

const { tests: examples } = createRequire(import.meta.url)('commonmark-spec') as { tests: SpecExample[] }
const head = `${frontmatter}\n## Example\n\n`

describe('CommonMark spec examples as a section body', () => {
  it(`loads the spec examples (${examples.length})`, () => {
    expect(examples.length).toBeGreaterThanOrEqual(600)
  })

  it('parses every example without throwing, and keeps all of its text in the document', () => {
    const rejected: string[] = []
    for (const example of examples) {
      const source = head + example.markdown
      const { document, diagnostics } = parseContent(source, { rules: false })
      const label = `example ${example.number} (${example.section}): ${JSON.stringify(example.markdown)}`
      expect(misplaced(source, diagnostics), label).toEqual([])
      if (document === undefined) {
        // Only with a reason: e.g. an empty heading, or `:name` read as an unknown directive.
        expect(diagnostics.some((diagnostic) => diagnostic.severity === 'error'), label).toBe(true)
        rejected.push(label)
        continue
      }
      // Section titles, narrative and claims hold every character of the example, in order.
      expect(documentText(document), label).toBe(`Example${markdownText(example.markdown)}`)
    }
    expect(rejected.length, rejected.join('\n')).toBeLessThanOrEqual(examples.length / 100)
  }, 120_000)
})
