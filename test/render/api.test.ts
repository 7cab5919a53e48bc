import { describe, expect, it } from 'vitest'

describe('exosome-content/render', () => {
  it('exports exactly its public API', async () => {
    expect(Object.keys(await import('../../src/render/index.js')).sort()).toEqual([
      'citationStyles',
      'disclaimerModes',
      'evidenceSummary',
      'evidenceSummaryLabels',
      'htmlClassNames',
      'jsonLdAudienceTypes',
      'jsonLdScript',
      'labelLocale',
      'renderClaim',
      'renderDocument',
      'renderEvidenceSummary',
      'renderFormats',
      'renderLabels',
      'renderSection',
      'requiredDisclaimers',
      'textDisclaimerMarker',
      'toJsonLd',
    ])
  })

  it('does not pull the parser or zod into the render entry', async () => {
    const { readFileSync, readdirSync } = await import('node:fs')
    const folder = new URL('../../src/render/', import.meta.url)
    for (const file of readdirSync(folder)) {
      const source = readFileSync(new URL(file, folder), 'utf8')
      expect(source, file).not.toMatch(/from '(?:zod|\.\.\/parser\/[^']*|\.\.\/rules\/[^']*)'/)
      expect(source, file).not.toMatch(/^import (?!type)[^\n]*from '\.\.\/schema\//m)
    }
  })
})
