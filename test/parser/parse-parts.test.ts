import { createRequire } from 'node:module'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { documentCuts, parseMarkdown, parseMarkdownInParts } from '../../src/parser/processor.js'
import { documentVariant, loadSource, sizedDocument } from '../../bench/corpus.js'
import { block } from '../fuzz/arbitraries.js'
import { frontmatter } from '../hostile/support.js'
import { fuzzRuns } from '../helpers/fuzz-runs.js'

const { tests: examples } = createRequire(import.meta.url)('commonmark-spec') as { tests: Array<{ markdown: string; number: number }> }

// A single micromark parse of the whole text: the reference every parse in parts must equal.
const whole = (source: string): ReturnType<typeof parseMarkdown> => parseMarkdown(source, Number.POSITIVE_INFINITY)

describe('parseMarkdown in parts', () => {
  it('cuts long documents before headings, after the frontmatter', () => {
    const source = sizedDocument(loadSource(), 100 * 1024)
    const cuts = documentCuts(source, 8192)
    expect(cuts.length).toBeGreaterThanOrEqual(5)
    // The frontmatter is a part of its own; the others start at headings after a blank line.
    const [frontmatterEnd, ...rest] = cuts
    expect(frontmatterEnd).toBe(source.indexOf('\n---\n', 3) + 5)
    for (const cut of rest) {
      expect(cut).toBeGreaterThan(frontmatterEnd ?? 0)
      expect(source.slice(cut - 2, cut + 1)).toMatch(/^\n\n#$/)
    }
    const { tree, parts } = parseMarkdownInParts(source, 8192)
    expect(parts).toBe(cuts.length + 1)
    expect(tree).toEqual(whole(source))
    expect(parseMarkdown(source)).toEqual(tree)
  })

  it('gives the tree of a single parse, positions included, on the overview and its variants', () => {
    const source = loadSource()
    for (const partSize of [64, 512, 4096]) expect(parseMarkdown(source, partSize)).toEqual(whole(source))
    const variants = Array.from({ length: 3 }, (_unused, index) => documentVariant(source, index)).join('\n\n')
    expect(documentCuts(variants, 1024).length).toBeGreaterThan(10)
    expect(parseMarkdown(variants, 1024)).toEqual(whole(variants))
  })

  it('does not cut short documents, or documents that may define links', () => {
    expect(documentCuts('# a\n\n## b\n', 8192)).toEqual([])
    const long = `${'text\n\n## heading\n\n'.repeat(2000)}`
    expect(documentCuts(long, 8192).length).toBeGreaterThan(0)
    expect(documentCuts(`${long}[x]: https://example.org\n`, 8192)).toEqual([])
    expect(documentCuts(`---\ntitle: x\n\n# comment\n${long}`, 8192)).toEqual([])
  })

  it('keeps a link whose definition is in a later section, and a frontmatter with headings-like comments', () => {
    const filler = 'Some text.\n\n## Heading\n\nMore text.\n\n'.repeat(20)
    const linked = `See [the notice][fda].\n\n${filler}## Sources\n\n[fda]: https://www.fda.gov\n`
    expect(whole(linked).children[0]).toMatchObject({ children: [{}, { type: 'linkReference' }, {}] })
    expect(parseMarkdown(linked, 64)).toEqual(whole(linked))
    const commented = `---\ntitle: x\n\n# A YAML comment\n\n## Another\nsummary: y\n---\n${filler}`
    expect(whole(commented).children[0]).toMatchObject({ type: 'yaml' })
    expect(documentCuts(commented, 8).every((cut) => cut > commented.indexOf('\n---\n'))).toBe(true)
    expect(parseMarkdownInParts(commented, 8)).toEqual({ tree: whole(commented), parts: documentCuts(commented, 8).length + 1 })
    // A `---` right after the frontmatter would open another one at the start of a part.
    for (const after of ['---\nnot: yaml\n---\n', '-\n', '\n---\n']) {
      const matter = '---\ntitle: x\n---\n'
      const source = `${matter}${after}${filler}`
      const cuts = documentCuts(source, 8)
      expect(cuts[0] === matter.length, after).toBe(!after.startsWith('-'))
      expect(parseMarkdownInParts(source, 8), after).toEqual({ tree: whole(source), parts: cuts.length + 1 })
    }
  })

  it('gives the yaml node of a single parse for the frontmatter part, whatever its line endings, spaces and characters', () => {
    const filler = 'Some text.\n\n## Heading\n\nMore text.\n\n'.repeat(4)
    const values = ['', 'title: x', 'title: x\n\n# comment\n', 'a:\t1\n\tb: 2', ' \n', 'nul: \u0000', 'é: ü\u2028ok', 'a: 1\n\n']
    for (const ending of ['\n', '\r\n', '\r']) {
      for (const open of ['---', '---  ', '---\t']) {
        for (const close of ['---', '--- \t']) {
          for (const value of values) {
            const matter = [open, ...(value === '' ? [] : [value]), close].join('\n').replace(/\n/g, ending)
            const source = `${matter}${ending}${filler.replace(/\n/g, ending)}`
            const label = JSON.stringify(matter)
            expect(whole(source).children[0], label).toMatchObject({ type: 'yaml' })
            expect(documentCuts(source, 64)[0], label).toBe(matter.length + ending.length)
            expect(parseMarkdownInParts(source, 64), label).toEqual({ tree: whole(source), parts: documentCuts(source, 64).length + 1 })
          }
        }
      }
    }
  })

  it('parses the rest in one piece when a fence, an HTML block or a directive is open at a cut', () => {
    const filler = 'Some text.\n\n## Heading\n\nMore text.\n\n'.repeat(20)
    for (const open of ['```\ncode', '~~~~\ncode\n```', '<!-- comment', '<script>\nx', '<?php', '<![CDATA[ x', '<!DOCTYPE', ':::note\ninside', '::::note\n:::inner\nx\n:::', '> quote\n```']) {
      const source = `${filler}${open}\n\n## Inside or not\n\n${filler}`
      const cuts = documentCuts(source, 64)
      expect(cuts.length).toBeGreaterThan(4)
      const { tree, parts } = parseMarkdownInParts(source, 64)
      expect(tree, open).toEqual(whole(source))
      // Parts before the open construct; the rest, which it runs into, in one piece.
      expect(parts, open).toBeGreaterThan(1)
      expect(parts, open).toBeLessThan(cuts.length + 1)
    }
    // A fence inside a list item ends with the item, which the heading closes.
    const inItem = `${filler}- item\n\n  \`\`\`\n  x\n\n## After\n\n${filler}`
    expect(parseMarkdownInParts(inItem, 64)).toEqual({ tree: whole(inItem), parts: documentCuts(inItem, 64).length + 1 })
    // Closed at the next cut: the part runs on to it, and parts resume after it.
    const closedLater = `${filler}<!-- comment\n\n## Inside\n\nstill -->\n\n${filler}`
    const { tree, parts } = parseMarkdownInParts(closedLater, 64)
    expect(tree).toEqual(whole(closedLater))
    expect(parts).toBe(documentCuts(closedLater, 64).length)
  })

  it('gives the tree of a single parse with each CommonMark example before a cut', () => {
    let cut = 0
    for (const example of examples) {
      const source = `## A\n\n${example.markdown}\n\n## B\n\ntext\n\n## C\n\ntext\n`
      const { tree, parts } = parseMarkdownInParts(source, 1)
      expect(tree, `example ${example.number}: ${JSON.stringify(example.markdown)}`).toEqual(whole(source))
      if (parts === 3) cut++
    }
    // Most examples close before the next heading; the rest run into it.
    expect(cut).toBeGreaterThan(examples.length * 0.8)
  })

  it('gives the tree of a single parse on every CommonMark example, cut before headings', () => {
    // Every example starts a section: unclosed fences, HTML blocks, lists, block quotes,
    // setext headings and tabs all meet a cut.
    const source = examples
      .filter((example) => !example.markdown.includes(']:'))
      .map((example) => `## Example ${example.number}\n\n${example.markdown}\n`)
      .join('\n')
    expect(documentCuts(source, 1).length).toBeGreaterThan(400)
    expect(parseMarkdown(source, 1)).toEqual(whole(source))
    for (const lineEnding of ['\r\n', '\r']) {
      const converted = source.replace(/\n/g, lineEnding)
      expect(documentCuts(converted, 1).length).toBeGreaterThan(400)
      expect(parseMarkdown(converted, 1)).toEqual(whole(converted))
    }
  }, 60_000)

  it('gives the tree of a single parse on documents that start with `---`, frontmatter or not (1000 inputs)', () => {
    const line = fc.constantFrom('---', '--- ', '----', '--- x', '---x', '- a', '> q', '```', '~~~', '<div>', '<!--', '-->', ':::note', ':::', 'text', 'a: 1', '# a', '', '    code', '===')
    const start = fc.array(line, { maxLength: 8 }).map((lines) => ['---', ...lines].join('\n'))
    const rest = fc.array(fc.constantFrom('\n', '\n\n', '\n\n## Heading\n\n', 'text', '- item', '---', '```'), { minLength: 1, maxLength: 30 }).map((parts) => parts.join(''))
    fc.assert(
      fc.property(start, rest, fc.integer({ min: 1, max: 40 }), (head, tail, partSize) => {
        const source = `${head}\n${tail}`
        expect(parseMarkdown(source, partSize)).toEqual(whole(source))
      }),
      { seed: 20_261_130, numRuns: 1000 },
    )
  })

  it(`gives the tree of a single parse on generated documents (${fuzzRuns(600)} inputs)`, () => {
    const section = fc
      .tuple(fc.constantFrom('#', '##', '###', '######', '# ', '#\t'), fc.array(fc.tuple(block, fc.constantFrom('\n\n', '\n', '\r\n\r\n', '\n \n')), { maxLength: 5 }))
      .map(([heading, blocks]) => `${heading} Title\n\n${blocks.map(([text, separator]) => text + separator).join('')}`)
    const document = fc
      .tuple(fc.boolean(), fc.array(section, { minLength: 1, maxLength: 12 }), fc.constantFrom('\n\n', '\n', '\n \t\n', '\r\n\r\n', ''))
      .map(([withFrontmatter, sections, separator]) => (withFrontmatter ? `${frontmatter}\n` : '') + sections.join(separator))
    fc.assert(
      fc.property(document, fc.integer({ min: 1, max: 400 }), (source, partSize) => {
        expect(parseMarkdown(source, partSize)).toEqual(whole(source))
      }),
      { seed: 20_261_129, numRuns: fuzzRuns(600) },
    )
  }, 120_000)
})
