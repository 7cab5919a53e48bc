import { describe, expect, it } from 'vitest'
import { renderClaim, renderDocument, renderSection } from '../../src/render/index.js'
import { fixtureDocument } from './fixture.js'
import { occurrences, readTextDisclaimers } from './read-back.js'

const document = fixtureDocument()

describe('text renderer', () => {
  it('spells out each disclaimer in full after its marker', () => {
    const output = renderClaim(document, 'infection-risk', { format: 'text' })
    expect(output).toContain('Important: Not approved by the FDA. No exosome product is approved.')
    expect(output).toContain('Important: Get care. If you feel unwell after a treatment, get medical care.')
    expect(readTextDisclaimers(output, document)).toEqual(['not-fda-approved', 'not-medical-advice', 'seek-care'])
  })

  it('cites as [n] and lists the references at the end', () => {
    const output = renderSection(document, 'questions', { format: 'text' })
    expect(output).toContain('Exosomes are small vesicles that cells release. [1]')
    expect(output).toContain('See the agency (https://agency.example/notice). [2][3]')
    expect(output).toMatch(/References\n\n\[1\] Kalluri R, LeBleu VS\. A review of exosomes\. Science\. 2020;367\(6478\):eaau6977\. https:\/\/doi\.org\/10\.1126\/science\.aau6977\n\[2\] /)
  })

  it('keeps list items on their own lines and leaves no markdown syntax', () => {
    const output = renderDocument(document, { format: 'text' })
    expect(output).toContain('• First question?\n• Second question?')
    expect(output).not.toMatch(/[*_`#]|\]\(|:::/)
    expect(occurrences(output, 'Fixture: exosomes')).toBe(1)
  })

  it('supports author-year citations and end placement', () => {
    const output = renderClaim(document, 'none-approved', { format: 'text', citations: 'author-year', disclaimers: 'end' })
    expect(output).toContain('(Agency, 2019a; Agency, 2019b)')
    expect(output.indexOf('Important information')).toBeGreaterThan(output.indexOf('No exosome product is approved.'))
    const none = renderClaim(document, 'none-approved', { format: 'text', citations: 'none' })
    expect(none).not.toMatch(/\[\d\]|References/)
  })

  it('drops raw HTML and unsafe link targets from text too', () => {
    const output = renderClaim(fixtureDocument({ claim: 'Hi <img src=x onerror=alert(1)> [x](javascript:alert(1)) there.' }), 'vesicles-defined', { format: 'text' })
    expect(output).not.toMatch(/<img|javascript:/)
    expect(output).toContain('Hi')
  })
})

describe('author-year reference list', () => {
  it('is alphabetical by label', () => {
    const output = renderDocument(document, { format: 'text', citations: 'author-year' })
    const list = output.split('\n\nReferences\n\n')[1]?.trim().split('\n') ?? []
    expect(list.map((line) => line.split('.')[0])).toEqual(['Safety notice', 'Consumer alert', 'Doe J, Roe R, Poe P', 'Kalluri R, LeBleu VS', 'A guideline'])
  })
})
