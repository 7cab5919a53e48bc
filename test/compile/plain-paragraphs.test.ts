/**
 * `isPlainMarkdown` decides without a parser that markdown is plain paragraphs, and
 * `plainParagraphs` then gives exactly the mdast remark-parse gives (without positions): the
 * parser uses it for disclaimer texts, the compiler and loader for blocks.
 */
import fc from 'fast-check'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { isPlainMarkdown, plainParagraphs } from '../../src/util/plain-paragraphs.js'

const processor = unified().use(remarkParse)
const parsed = (markdown: string): unknown => JSON.parse(JSON.stringify(processor.parse(markdown).children, (key, value: unknown) => (key === 'position' ? undefined : value)))

describe('plain paragraphs', () => {
  it('are what remark-parse gives whenever isPlainMarkdown says so (property)', () => {
    const alphabet = fc.constantFrom(...'ab Z9é中 \n\n,.;?\'"()%/-1)*_[]<>!&#:~|{}=+`\\\t\u00a0'.split(''), '  \n', '    ', '1. ', '- ', '10) ', '\n   \n', 'word', 'http://x.org')
    let plain = 0
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 30 }).map((parts) => parts.join('')), (markdown) => {
        if (!isPlainMarkdown(markdown)) return
        plain++
        expect(plainParagraphs(markdown)).toEqual(parsed(markdown))
      }),
      { seed: 20_261_206, numRuns: 20_000 },
    )
    expect(plain).toBeGreaterThan(1000)
  })

  it('take real disclaimer sentences, and leave markup, list and code openers to the parser', () => {
    const sentences = [
      'This overview is general health information, not medical advice. Talk with a doctor (or nurse) before you start.',
      'Los usos de los exosomas que se describen aquí están en investigación.\n\nNo se ha demostrado que sean seguros.',
      'In 2019, 2 patients in Nebraska had serious side effects; 50% of them "recovered".',
    ]
    for (const text of sentences) {
      expect(isPlainMarkdown(text), text).toBe(true)
      expect(plainParagraphs(text)).toEqual(parsed(text))
    }
    for (const text of ['See [MedWatch](https://www.fda.gov).', '- a list', '1986. A year.', 'two spaces  \nbreak', '    code', 'a *b*', 'a\n---', 'x &amp; y', 'x: y']) {
      expect(isPlainMarkdown(text), text).toBe(false)
    }
  })
})
