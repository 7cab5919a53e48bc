import { describe, expect, it } from 'vitest'
import { findFrontmatter, opensFrontmatter, withoutByteOrderMarks } from '../../src/parser/frontmatter-span.js'
import { parseContent } from '../../src/parser/index.js'
import { prescan } from '../../src/parser/prescan.js'
import { parseMarkdown } from '../../src/parser/processor.js'
import { frontmatter } from '../hostile/support.js'

// micromark's own answer: the `yaml` node remark-frontmatter makes, parsed in one piece.
function micromarkSpan(text: string): { closeEnd: number } | undefined {
  const first = parseMarkdown(text, Number.POSITIVE_INFINITY).children[0]
  return first?.type === 'yaml' ? { closeEnd: first.position?.end.offset ?? -1 } : undefined
}

const ids = (source: string): string[] => parseContent(source, { rules: false }).diagnostics.map((found) => found.ruleId)
const brackets = Array.from({ length: 34 }, () => '['.repeat(30)).join('\n#\n')

describe('findFrontmatter', () => {
  it('finds the frontmatter where micromark does, for fence whitespace, line endings and lookalikes', () => {
    const fences = ['---', '--- ', '---\t', `---${' '.repeat(14)}`, `---${' '.repeat(40)}`, '---\t \t', '----', '-- -', ' ---', '---x', '--- x', '---\u00a0', '---\f', '—']
    for (const open of fences) {
      for (const close of fences) {
        for (const eol of ['\n', '\r\n', '\r']) {
          for (const after of ['', eol, `${eol}# Title${eol}`]) {
            const text = `${open}${eol}a: 1${eol}${close}${after}`
            const found = findFrontmatter(text)
            expect(found === undefined ? undefined : { closeEnd: found.closeEnd }, JSON.stringify(text)).toEqual(micromarkSpan(text))
          }
        }
      }
    }
  })

  it('gives the offsets of the YAML text and of the body', () => {
    const text = `---  \r\nid: x\r\n\r\n---\t\r\n# Title\r\n`
    expect(findFrontmatter(text)).toEqual({ valueStart: 7, closeStart: 16, closeEnd: 20, bodyStart: 22 })
    expect(text.slice(7, 16)).toBe('id: x\r\n\r\n')
    // An empty frontmatter, and one closed at the end of the text.
    expect(findFrontmatter('---\n---')).toEqual({ valueStart: 4, closeStart: 4, closeEnd: 7, bodyStart: 7 })
    expect(findFrontmatter('---\n---\n')?.bodyStart).toBe(8)
  })

  it('finds none without an opening fence line or a closing one', () => {
    for (const text of ['', '---', '--- ', '---\n', '---\nid: x', '---\nid: x\n', '---\nid: x\n--- x\n', 'x\n---\nid: x\n---\n', '\n---\nid: x\n---\n']) {
      expect(findFrontmatter(text), JSON.stringify(text)).toBeUndefined()
      expect(micromarkSpan(text), JSON.stringify(text)).toBeUndefined()
    }
    expect(opensFrontmatter('---\nid: x\n')).toBe(true)
    expect(opensFrontmatter('---')).toBe(false)
    expect(opensFrontmatter('----\n')).toBe(false)
  })
})

describe('one view of the input', () => {
  it('drops every leading byte order mark, and only those', () => {
    expect(withoutByteOrderMarks('\uFEFF\uFEFF---\n')).toBe('---\n')
    expect(withoutByteOrderMarks('a\uFEFF')).toBe('a\uFEFF')
    expect(withoutByteOrderMarks('plain')).toBe('plain')
  })

  it('holds frontmatter behind trailing spaces or tabs on its fences to the YAML limits', () => {
    for (const whitespace of [' '.repeat(14), '\t'.repeat(9), ' \t'.repeat(20), ' '.repeat(200)]) {
      for (const eol of ['\n', '\r\n', '\r']) {
        const source = `---${whitespace}${eol}${brackets.replaceAll('\n', eol)}${eol}---${whitespace}${eol}`
        expect(ids(source), JSON.stringify(whitespace + eol)).toEqual(['limit-yaml-depth'])
      }
    }
  })

  it('scans what follows a closing fence with trailing whitespace as body', () => {
    const payload = `${'- '.repeat(4000)}x\n`
    for (const whitespace of [' '.repeat(14), ' '.repeat(20), '\t\t\t\t\t\t'.repeat(3)]) {
      // A later `---` line must not pass for the closing fence: micromark closes at the first.
      const source = frontmatter.replace(/---\n$/, `---${whitespace}\n`) + payload + '\n---\n'
      expect(ids(source)).toEqual(['limit-nesting'])
      expect(prescan(source).map((found) => found.place.start.line)).toEqual([frontmatter.split('\n').length])
    }
  })

  it('reads a file with one or two byte order marks the way micromark does', () => {
    for (const marks of ['\uFEFF', '\uFEFF\uFEFF', '\uFEFF\uFEFF\uFEFF']) {
      expect(ids(`${marks}---\n${brackets}\n---\n`)).toEqual(['limit-yaml-depth'])
      const { document, diagnostics } = parseContent(`${marks}${frontmatter}\n# Hostile input\n`)
      expect(diagnostics.filter((found) => found.severity === 'error')).toEqual([])
      expect(document?.title).toBe('Hostile input')
      // Positions count from the first character after the marks.
      expect(diagnostics.find((found) => found.ruleId === 'reference-unused')?.place.start).toMatchObject({ line: 10, column: 5 })
    }
  })

  it('answers the bracket frontmatter twice in one process with limit-yaml-depth', () => {
    const source = `---${' '.repeat(14)}\n${brackets}\n---\n`
    expect([ids(source), ids(source), ids(`\uFEFF\uFEFF---\n${brackets}\n---\n`)]).toEqual([['limit-yaml-depth'], ['limit-yaml-depth'], ['limit-yaml-depth']])
  })
})
