import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { formatDiagnostic, parseContent } from '../../src/parser/index.js'
import type { Section } from '../../src/schema/section.js'

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/${name}/input.md`, import.meta.url), 'utf8')
const frontmatter = fixture('valid-heading-ids').slice(0, fixture('valid-heading-ids').indexOf('\n---\n') + 5)
const claim = ':::claim{#vesicles kind=definition evidence=established cite=misev2018}\nLos exosomas son vesículas extracelulares.\n:::\n'
const all = (sections: readonly Section[]): Section[] => sections.flatMap((section) => [section, ...all(section.sections)])

describe('section ids written on headings', () => {
  it('reports the same places in a CRLF file as in an LF file', () => {
    for (const name of ['heading-id-invalid', 'heading-id-duplicate']) {
      const lf = parseContent(fixture(name), { rules: false }).diagnostics.map(formatDiagnostic)
      const crlf = parseContent(fixture(name).replaceAll('\n', '\r\n'), { rules: false }).diagnostics.map(formatDiagnostic)
      expect(lf.length).toBeGreaterThan(0)
      expect(crlf).toEqual(lf)
    }
  })

  it('takes no id on the `#` title: the suffix stays in its text and title-mismatch says so', () => {
    const source = fixture('valid-heading-ids').replace('# Heading ids\n', '# Heading ids {#heading-ids}\n')
    const { document, diagnostics } = parseContent(source, { rules: false })
    expect(diagnostics.map((diagnostic) => diagnostic.ruleId)).toEqual(['title-mismatch'])
    expect(diagnostics[0]?.message).toContain('`Heading ids {#heading-ids}`')
    expect(document?.title).toBe('Heading ids')
  })

  it('files each claim under the id written on its section', () => {
    const { document } = parseContent(fixture('valid-heading-ids'), { rules: false })
    expect(document?.claims['vesicles']?.section).toBe('what-exosomes-are')
  })

  it('gives each of 2000 headings its written id', () => {
    const count = 2000
    const body = Array.from({ length: count }, (_, index) => `## Sección ${index} {#section-${count - index}}\n\nTexto.\n`).join('\n')
    const { document, diagnostics } = parseContent(`${frontmatter}\n## Primera {#first}\n\n${claim}\n${body}`, { rules: false })
    expect(diagnostics).toEqual([])
    const ids = all(document?.sections ?? []).map((section) => section.id)
    expect(ids).toHaveLength(count + 1)
    expect(ids[1]).toBe(`section-${count}`)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('reports each repeat of a written id once, and headings without one keep their slugs', () => {
    const body = Array.from({ length: 50 }, () => '## Repetida {#same}\n\n## Repetida\n').join('\n')
    const { diagnostics } = parseContent(`${frontmatter}\n## Primera {#first}\n\n${claim}\n${body}`, { rules: false })
    expect(diagnostics.map((diagnostic) => diagnostic.ruleId)).toEqual(Array.from({ length: 49 }, () => 'heading-id-duplicate'))
  })
})
