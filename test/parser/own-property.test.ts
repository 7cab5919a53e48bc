import { describe, expect, it } from 'vitest'
import { getClaim, getDisclaimer, getGlossaryTerm, getReference, getSection } from '../../src/lookups.js'
import { parseContent, type PolicyInput } from '../../src/parser/index.js'
import { renderClaim, renderDocument, renderSection, requiredDisclaimers, toJsonLd } from '../../src/render/index.js'
import { frontmatter } from './helpers.js'

// Names Object.prototype answers for: an id from the input must never find them.
const prototypeNames = ['constructor', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', '__proto__', '__defineGetter__', 'propertyIsEnumerable', 'toLocaleString']

const page = (section: string): string => `${frontmatter}\n# Exosome basics\n\n## Regulation\n\n${section}\n`
const claim = (id: string, extra = ''): string =>
  `:::claim{#${id} kind=regulatory evidence=regulatory-fact cite="fda-exosome-notification-2019"${extra}}\nThe FDA has not approved any exosome product.\n:::`

describe('ids from the input never resolve against Object.prototype', () => {
  for (const name of prototypeNames) {
    it(`reports \`::claim{ref=${name}}\`, \`::disclaimer{ref=${name}}\`, \`cite="${name}"\` and \`requires="${name}"\``, () => {
      for (const source of [page(`::claim{ref=${name}}`), page(`::disclaimer{ref=${name}}`), page(claim('a', ` cite="${name}"`)), page(claim('a', ` requires="${name}"`))]) {
        const { document, diagnostics } = parseContent(source)
        expect(document, source).toBeUndefined()
        expect(diagnostics.some((diagnostic) => diagnostic.severity === 'error')).toBe(true)
      }
    })
  }

  it('points `::claim{ref=constructor}` at its ref, with claim-ref-resolves', () => {
    const source = page('::claim{ref=constructor}')
    const found = parseContent(source).diagnostics.find((diagnostic) => diagnostic.ruleId === 'claim-ref-resolves')
    const line = source.split('\n').findIndex((text) => text === '::claim{ref=constructor}') + 1
    expect(found?.place).toMatchObject({ start: { line, column: 13 }, end: { line, column: 24 } })
  })

  it('keeps a claim defined with the id `constructor` and renders it everywhere', () => {
    const { document, diagnostics } = parseContent(page(`${claim('constructor')}\n\n::claim{ref=constructor}`))
    expect(diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([])
    if (document === undefined) throw new Error('expected a document')
    expect(Object.hasOwn(document.claims, 'constructor')).toBe(true)
    expect(getClaim('constructor', document)?.text).toContain('FDA')
    for (const format of ['html', 'markdown', 'text'] as const) {
      expect(renderDocument(document, { format })).toContain('has not approved')
      expect(renderClaim(document, 'constructor', { format })).toContain('has not approved')
      expect(renderSection(document, 'regulation', { format })).toContain('has not approved')
    }
    expect(requiredDisclaimers(document, { claims: ['constructor'] }).map((disclaimer) => disclaimer.id)).toContain('not-medical-advice')
    expect(JSON.stringify(toJsonLd(document))).toContain('MedicalWebPage')
  })

  it('gives undefined from every lookup and a RangeError from renderers for prototype names', async () => {
    const { exosomeOverview } = await import('../../src/overview.js')
    for (const name of prototypeNames) {
      expect(getClaim(name, exosomeOverview)).toBeUndefined()
      expect(getSection(name, exosomeOverview)).toBeUndefined()
      expect(getDisclaimer(name, exosomeOverview)).toBeUndefined()
      expect(getReference(name, exosomeOverview)).toBeUndefined()
      expect(getGlossaryTerm(name, exosomeOverview)).toBeUndefined()
      expect(() => renderClaim(exosomeOverview, name, { format: 'html' })).toThrow(RangeError)
      expect(() => renderSection(exosomeOverview, name, { format: 'text' })).toThrow(RangeError)
      expect(() => requiredDisclaimers(exosomeOverview, { claims: [name] })).toThrow(RangeError)
    }
  })

  it('does not read a pin for a disclaimer id from Object.prototype', () => {
    const source = frontmatter.replace('id: not-fda-approved', 'id: constructor').replace('placement: claim\n  - id: investigational', 'placement: document\n  - id: investigational') + '\n# Exosome basics\n'
    const policy: PolicyInput = { rules: { 'disclaimer-text-pinned': ['error', { pins: {} }] } }
    const found = parseContent(source, { policy }).diagnostics.filter((diagnostic) => diagnostic.ruleId === 'disclaimer-text-pinned')
    expect(found.map((diagnostic) => diagnostic.message).find((message) => message.includes('`constructor`'))).toMatch(/^Unexpected unpinned disclaimer `constructor`/)
  })
})
