import { describe, expect, it } from 'vitest'
import { htmlClassNames, renderClaim, renderDocument, renderSection } from '../../src/render/index.js'
import { fixtureDocument } from './fixture.js'
import { occurrences, readHtml, squash } from './read-back.js'

const document = fixtureDocument()
const classList = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : [])

describe('HTML renderer', () => {
  it('marks every claim with data-claim-id and data-evidence, once per occurrence', () => {
    const html = readHtml(renderDocument(document, { format: 'html' }))
    expect(html.claims).toEqual(['vesicles-defined', 'joint-study', 'infection-risk', 'vesicles-defined', 'none-approved'])
    const evidence = html.elements.filter((element) => element.properties['dataClaimId'] !== undefined).map((element) => element.properties['dataEvidence'])
    expect(evidence).toEqual(['established', 'preclinical', 'established', 'established', 'regulatory-fact'])
    expect(occurrences(html.text, 'Exosomes are being studied for joints. So far only in animals.')).toBe(1)
    expect(occurrences(html.text, squash(document.claims['vesicles-defined']?.text ?? '-'))).toBe(2)
  })

  it('links every citation to an item of the reference list, and DOIs to doi.org', () => {
    const html = readHtml(renderDocument(document, { format: 'html' }))
    expect(html.fragments.length).toBeGreaterThan(0)
    for (const fragment of html.fragments) expect(html.referenceIds).toContain(fragment)
    expect(html.referenceIds).toEqual(['exo-ref-review-2020', 'exo-ref-animal-2021', 'exo-ref-agency-2019a', 'exo-ref-agency-2019b', 'exo-ref-glossary-source'])
    expect(html.hrefs).toContain('https://doi.org/10.1126/science.aau6977')
    expect(new Set(html.ids).size).toBe(html.ids.length)
  })

  it('numbers citations in order of first citation, or labels them author-year', () => {
    const numeric = readHtml(renderSection(document, 'questions', { format: 'html' }))
    const labels = numeric.elements.filter((element) => classList(element.properties['className']).includes('exo-citation')).map((element) => squash(element.children.map((child) => ('value' in child ? child.value : '')).join('')))
    expect(labels).toEqual(['[1]', '[2]', '[3]'])
    const authorYear = readHtml(renderSection(document, 'questions', { format: 'html', citations: 'author-year' }))
    expect(authorYear.text).toContain('(Kalluri and LeBleu, 2020)')
    expect(authorYear.text).toContain('(Agency, 2019a; Agency, 2019b)')
  })

  it('with citations none shows no markers and no reference list', () => {
    const html = readHtml(renderDocument(document, { format: 'html', citations: 'none' }))
    expect(html.fragments).toEqual([])
    expect(html.referenceIds).toEqual([])
  })

  it('applies idPrefix to every id and link, and headingOffset to every heading', () => {
    const html = readHtml(renderDocument(document, { format: 'html', idPrefix: 'faq-', headingOffset: 1 }))
    expect(html.ids.length).toBeGreaterThan(5)
    for (const id of html.ids) expect(id).toMatch(/^faq-(?:section|claim|ref|disclaimer|glossary)-/)
    for (const fragment of html.fragments) expect(html.ids).toContain(fragment)
    const headings = html.elements.filter((element) => /^h[1-6]$/.test(element.tagName)).map((element) => element.tagName)
    expect(headings[0]).toBe('h2')
    expect(headings).toContain('h4')
    expect(headings).not.toContain('h1')
    const bare = readHtml(renderDocument(document, { format: 'html', idPrefix: '' }))
    expect(bare.ids).toContain('ref-review-2020')
  })

  it('uses only documented class names', () => {
    const html = readHtml(renderDocument(document, { format: 'html', disclaimers: 'end' }))
    const used = new Set(html.elements.flatMap((element) => classList(element.properties['className'])))
    for (const name of used) expect(htmlClassNames).toContain(name)
    for (const name of ['exo-document', 'exo-section', 'exo-claim', 'exo-citation', 'exo-disclaimer', 'exo-references', 'exo-glossary', 'exo-disclaimers-end']) {
      expect(used).toContain(name)
    }
  })

  it('puts the disclaimers at the end in end mode', () => {
    const html = readHtml(renderClaim(document, 'joint-study', { format: 'html', disclaimers: 'end' }))
    const order = html.elements.flatMap((element) => (element.properties['dataClaimId'] ? ['claim'] : element.properties['dataDisclaimerId'] ? ['disclaimer'] : []))
    expect(order).toEqual(['claim', 'disclaimer', 'disclaimer', 'disclaimer'])
  })

  it('shows the title once, from the document, not again from the intro', () => {
    const html = readHtml(renderDocument(document, { format: 'html' }))
    expect(html.elements.filter((element) => element.tagName === 'h1')).toHaveLength(1)
  })

  it('is deterministic and does not mutate a frozen document', () => {
    const frozen = Object.freeze(fixtureDocument())
    const first = renderDocument(frozen, { format: 'html' })
    expect(renderDocument(frozen, { format: 'html' })).toBe(first)
  })
})
