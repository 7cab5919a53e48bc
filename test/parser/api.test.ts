import { describe, expect, it } from 'vitest'
import { parseContent } from '../../src/parser/index.js'
import { frontmatter } from './helpers.js'

const body = `
## Regulation

:::claim{#no-approved-products kind=regulatory evidence=regulatory-fact cite="fda-exosome-notification-2019"}
The FDA has not approved any exosome product.
:::

## Research

:::claim{#joint-research kind=therapeutic-potential evidence=preclinical cite="misev2018" requires="not-medical-advice"}
Exosomes are being studied in animal models of joint disease.
:::
`

describe('exosome-content/parser entry', () => {
  it('exports exactly the documented names', async () => {
    const entry = await import('../../src/parser/index.js')
    expect(Object.keys(entry).sort()).toEqual([
      'checkConsistency',
      'compareDiagnostics',
      'defaultLimits',
      'disclaimerPin',
      'formatDiagnostic',
      'parseContent',
      'policySchema',
      'recommendedPolicy',
      'remarkExosomeContent',
      'resolvePolicy',
      'rules',
    ])
  })
})

describe('parseContent options', () => {
  it('throws TypeError for a source that is not a string', () => {
    expect(() => parseContent(42 as unknown as string)).toThrow(TypeError)
    expect(() => parseContent(undefined as unknown as string)).toThrow(TypeError)
  })

  it('throws TypeError for bad options and an invalid policy', () => {
    expect(() => parseContent('', 'x' as never)).toThrow(TypeError)
    expect(() => parseContent('', { path: 3 as never })).toThrow(TypeError)
    expect(() => parseContent('', { rules: 'yes' as never })).toThrow(TypeError)
    expect(() => parseContent('', { policy: { extends: 'strict' as never } })).toThrow(TypeError)
  })

  it('stamps options.path on every diagnostic', () => {
    const { diagnostics } = parseContent('no frontmatter', { path: 'pages/a.md', rules: false })
    expect(diagnostics.length).toBeGreaterThan(0)
    expect(diagnostics.every((diagnostic) => diagnostic.file === 'pages/a.md')).toBe(true)
  })
})

describe('parseContent document', () => {
  it('never returns a document with an uncited claim, even with the rules off', () => {
    const uncited = body.replace(' cite="fda-exosome-notification-2019"', '')
    for (const options of [{ rules: false }, { policy: { rules: { 'claim-needs-citation': 'warn' as const } } }]) {
      const { document, diagnostics } = parseContent(frontmatter + uncited, options)
      expect(document).toBeUndefined()
      const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error')
      expect(errors.map((diagnostic) => [diagnostic.ruleId, diagnostic.place.start.line])).toContainEqual([
        'claim-needs-citation',
        frontmatter.split('\n').length + 3,
      ])
    }
  })

  it('returns a deep-frozen document with claims in source order', () => {
    const { document, diagnostics } = parseContent(frontmatter + body, { rules: false })
    expect(diagnostics).toEqual([])
    expect(document).toBeDefined()
    if (document === undefined) return
    expect(Object.keys(document.claims)).toEqual(['no-approved-products', 'joint-research'])
    expect(Object.isFrozen(document)).toBe(true)
    expect(Object.isFrozen(document.claims['joint-research']?.cites)).toBe(true)
    expect(Object.isFrozen(document.sections[0]?.blocks[0])).toBe(true)
    expect(() => {
      ;(document.claims['no-approved-products'] as { text: string }).text = 'changed'
    }).toThrow(TypeError)
  })

  it('adds the disclaimers the policy requires to the explicit ones', () => {
    const recommended = parseContent(frontmatter + body, { rules: false }).document
    expect(recommended?.claims['joint-research']?.requires).toEqual(['investigational', 'not-fda-approved', 'not-medical-advice'])
    expect(recommended?.claims['no-approved-products']?.requires).toEqual([])
    const bare = parseContent(frontmatter + body, { rules: false, policy: { extends: 'none' } }).document
    expect(bare?.claims['joint-research']?.requires).toEqual(['not-medical-advice'])
    const custom = parseContent(frontmatter + body, { rules: false, policy: { requires: { regulatory: ['not-medical-advice'] } } }).document
    expect(custom?.claims['no-approved-products']?.requires).toEqual(['not-medical-advice'])
  })

  it('hashes the source with line endings normalised', () => {
    const lf = parseContent(frontmatter + body, { rules: false }).document
    const crlf = parseContent((frontmatter + body).replaceAll('\n', '\r\n'), { rules: false }).document
    const other = parseContent(frontmatter + body.replace('animal', 'laboratory'), { rules: false }).document
    expect(lf?.hash).toMatch(/^sha256-[0-9a-f]{64}$/)
    expect(crlf?.hash).toBe(lf?.hash)
    expect(other?.hash).not.toBe(lf?.hash)
  })

  it('keeps claim text, markdown and mdast with file positions', () => {
    const source = `${frontmatter}\n## Part\n\n:::claim{#two-paragraphs kind=definition evidence=established cite=misev2018}\nExosomes are *vesicles*.\n\nA ratio of 1:2 is written as is.\n:::\n`
    const result = parseContent(source, { rules: false })
    const claim = Object.values(result.document?.claims ?? {})[0]
    // `:2` is a text directive: reported, yet the words stay in the claim's text.
    expect(result.diagnostics.map((diagnostic) => diagnostic.ruleId)).toEqual(['directive-unknown'])
    const broken = parseContent(source.replace('1:2', '1\\:2'), { rules: false })
    const fixed = Object.values(broken.document?.claims ?? {})[0]
    expect(fixed?.text).toBe('Exosomes are vesicles. A ratio of 1:2 is written as is.')
    expect(fixed?.content.markdown).toBe('Exosomes are *vesicles*.\n\nA ratio of 1\\:2 is written as is.')
    expect(fixed?.content.mdast.map((node) => node.type)).toEqual(['paragraph', 'paragraph'])
    const offset = source.indexOf('Exosomes are *vesicles*')
    const line = source.slice(0, offset).split('\n').length
    expect(fixed?.content.mdast[0]?.position?.start).toEqual({ line, column: 1, offset })
    expect(fixed?.position.start).toEqual({ line: line - 1, column: 1, offset: source.indexOf(':::claim') })
    expect(fixed?.section).toBe('part')
    expect(claim).toBeUndefined()
  })

  it('runs the consistency rules unless rules is false', () => {
    const uncited = `${frontmatter}\n## Part\n\n:::claim{#no-source kind=definition evidence=established}\nExosomes are vesicles.\n:::\n`
    const withRules = parseContent(uncited)
    expect(withRules.diagnostics.map((diagnostic) => diagnostic.ruleId)).toContain('claim-needs-citation')
    expect(withRules.document).toBeUndefined()
    expect(withRules.diagnostics.map((diagnostic) => diagnostic.ruleId)).toContain('reference-unused')
    const without = parseContent(uncited, { rules: false })
    // Only the schema's own citation check remains; no policy rule runs.
    expect(without.diagnostics.map((diagnostic) => diagnostic.ruleId)).toEqual(['claim-needs-citation'])
  })
})
