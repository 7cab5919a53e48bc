import { describe, expect, it } from 'vitest'
import { parseContent } from '../../src/parser/index.js'
import { renderDocument, toJsonLd } from '../../src/render/index.js'
import { frontmatter } from './helpers.js'

const original = 'text: No exosome product is approved by the FDA.'
// The disclaimer's `text` value as written in the YAML, on the line of `text:`.
const withText = (yaml: string): string => `${frontmatter.replace(original, yaml)}\n# Exosome basics\n`
const textLine = frontmatter.split('\n').findIndex((line) => line.includes(original)) + 1

describe('disclaimer text is held to the body limits at parse time', () => {
  const payloads: Array<[string, string]> = [
    [`${'- '.repeat(4000)}x`, 'limit-nesting'],
    [`${'> '.repeat(40)}x`, 'limit-nesting'],
    [`${'*'.repeat(200)}x`, 'limit-delimiter-run'],
    ['[a]('.repeat(400), 'limit-inline-markup'],
    ['*a'.repeat(1100), 'limit-inline-markup'],
    [`${'1. '.repeat(30)}x`, 'limit-nesting'],
  ]
  for (const [payload, ruleId] of payloads) {
    for (const [style, yaml] of [
      ['double-quoted', `text: ${JSON.stringify(payload)}`],
      ['single-quoted', `text: '${payload.replaceAll("'", "''")}'`],
      ['literal block', `text: |\n      ${payload}`],
    ] as const) {
      it(`reports ${ruleId} for ${payload.slice(0, 12)}… as a ${style} scalar, at the scalar`, () => {
        const { document, diagnostics } = parseContent(withText(yaml), { path: 'page.md' })
        expect(document).toBeUndefined()
        const found = diagnostics.find((diagnostic) => diagnostic.ruleId === ruleId)
        expect(found, diagnostics.map((diagnostic) => diagnostic.ruleId).join(', ')).toBeDefined()
        expect(found?.message).toContain('in the `text` of disclaimer `not-fda-approved`')
        expect(found?.file).toBe('page.md')
        // The value's position: the line of `text:`, after `text: ` (a block scalar starts at `|`).
        expect(found?.place.start).toMatchObject({ line: textLine, column: 11 })
      })
    }
  }

  it('counts what the renderers parse: plain CommonMark, where `::a{b}` is text', () => {
    // 600 lines of leaf-directive look-alikes: one paragraph of 1200 braces to remark-parse.
    const text = '::a{b}\n'.repeat(600)
    const { diagnostics } = parseContent(withText(`text: |\n${text.replace(/^/gm, '      ')}`))
    expect(diagnostics.map((diagnostic) => diagnostic.ruleId)).toContain('limit-inline-markup')
  })

  it('accepts disclaimer text within the limits and renders it in every format', () => {
    const text = `Read *this* first.\n\n${'- item with [a link](https://example.org)\n'.repeat(50)}`
    // The document-wide disclaimer, so every render shows it.
    const source = `${frontmatter.replace('text: This page does not replace advice from a clinician.', `text: |\n${text.replace(/^(?=.)/gm, '      ')}`)}\n# Exosome basics\n`
    const { document, diagnostics } = parseContent(source)
    expect(diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([])
    if (document === undefined) throw new Error('expected a document')
    for (const format of ['html', 'markdown', 'text'] as const) expect(renderDocument(document, { format })).toContain('first')
    expect(JSON.stringify(toJsonLd(document))).toContain('MedicalWebPage')
  })

  it('applies raised limits to disclaimer text too', () => {
    const yaml = `text: "${'> '.repeat(20)}x"`
    expect(parseContent(withText(yaml)).diagnostics.map((diagnostic) => diagnostic.ruleId)).toContain('limit-nesting')
    const raised = parseContent(withText(yaml), { limits: { maxContainerNesting: 32 } })
    expect(raised.diagnostics.map((diagnostic) => diagnostic.ruleId)).not.toContain('limit-nesting')
  })
})
