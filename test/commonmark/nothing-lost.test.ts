import { readFileSync, readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseContent } from '../../src/parser/index.js'
import { documentText, sourceText, squeeze } from './text.js'

const files = [
  'content/exosome-therapy.md',
  ...readdirSync('test/fixtures', { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && readdirSync(`test/fixtures/${entry.name}`).includes('output.json'))
    .map((entry) => `test/fixtures/${entry.name}/input.md`),
]

describe('nothing the author wrote is lost', () => {
  it(`checks the overview and the valid fixtures (${files.length} files)`, () => {
    expect(files.length).toBeGreaterThan(5)
  })

  for (const file of files) {
    it(`keeps every paragraph and claim of ${file} in the parsed document`, () => {
      const source = readFileSync(file, 'utf8')
      const { document, diagnostics } = parseContent(source, { path: file })
      expect(document, diagnostics.map((diagnostic) => diagnostic.message).join('\n')).toBeDefined()
      if (document === undefined) return
      const { title, text } = sourceText(source)
      // Every character of the body, in source order, is in the intro, sections and claims.
      expect(documentText(document)).toBe(text)
      // A `#` title heading is the document title, or a title-mismatch warning says it is not.
      if (title !== undefined && squeeze(document.title) !== title) {
        expect(diagnostics.map((diagnostic) => diagnostic.ruleId)).toContain('title-mismatch')
      }
      // Every claim the source defines is in the document, with the text written for it.
      for (const match of source.matchAll(/^:::claim\{#([a-z0-9-]+)/gm)) {
        const id = match[1] ?? ''
        expect(document.claims[id]?.text.length, id).toBeGreaterThan(0)
      }
    })
  }
})
