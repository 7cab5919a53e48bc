/**
 * The renderers' own words come from a locale table (English, Spanish), chosen by the
 * document's `locale` (`es`, `es-*` → Spanish; anything else → English) and overridable per
 * render; JSON-LD carries the document's locale as `inLanguage`.
 */
import { describe, expect, it } from 'vitest'
import { labelLocale, renderDocument, renderLabels, renderSection, textDisclaimerMarker, toJsonLd } from '../../src/render/index.js'
import type { ExosomeDocument } from '../../src/schema/document.js'
import { fixtureDocument } from './fixture.js'
import { readHtml, readTextDisclaimers } from './read-back.js'

const withLocale = (locale: string): ExosomeDocument => ({ ...fixtureDocument(), locale })

/** Every word of a label table, as it appears in output. */
function words(table: (typeof renderLabels)['en' | 'es']): string[] {
  const fixed = [table.references, table.glossary, table.disclaimers, table.important, ...Object.values(table.evidence)]
  return [...fixed, table.lastReviewed.split(' {')[0] ?? '', table.version.split(' {')[0] ?? '']
}

describe('renderer labels', () => {
  it('picks the table by the language subtag of a locale, English for any other', () => {
    expect(['es', 'es-MX', 'es-419', 'ES-us'].map(labelLocale)).toEqual(['es', 'es', 'es', 'es'])
    expect(['en', 'en-US', 'fr', 'zz-Latn', 'esx', ''].map(labelLocale)).toEqual(['en', 'en', 'en', 'en', 'en', 'en'])
    expect(Object.keys(renderLabels.es).sort()).toEqual(Object.keys(renderLabels.en).sort())
    expect(Object.keys(renderLabels.es.evidence).sort()).toEqual(Object.keys(renderLabels.en.evidence).sort())
  })

  it('writes Spanish labels for an es-* document in HTML and text, and no English ones', () => {
    const document = withLocale('es-MX')
    for (const disclaimers of ['inline', 'end'] as const) {
      const html = readHtml(renderDocument(document, { format: 'html', disclaimers, citations: 'author-year' }))
      const text = renderDocument(document, { format: 'text', disclaimers, citations: 'author-year' })
      // Evidence grades are named in HTML only.
      expect(html.text).toContain('Evidencia preclínica (estudios de laboratorio o en animales)')
      expect(html.text).toContain('Ciencia establecida')
      for (const output of [html.text, text]) {
        expect(output).toContain('Referencias')
        expect(output).toContain('Glosario')
        expect(output).toContain('Última revisión: 2026-11-01')
        expect(output).toContain('Versión 1.2.3')
        expect(output).toContain('Kalluri y LeBleu, 2020')
        if (disclaimers === 'end') expect(output).toContain('Información importante')
        for (const english of words(renderLabels.en)) expect(output, english).not.toContain(english)
        expect(output).not.toContain('Kalluri and LeBleu')
      }
      expect(text).toContain('Importante: Not approved by the FDA. No exosome product is approved.')
      expect(readTextDisclaimers(text, document).length).toBe(0)
    }
    expect(html(document)).toContain('lang="es-MX"')
  })

  it('writes English labels for en and for locales without a table', () => {
    for (const locale of ['en', 'fr-CA']) {
      const text = renderDocument(withLocale(locale), { format: 'text', disclaimers: 'end' })
      const html = readHtml(renderDocument(withLocale(locale), { format: 'html', disclaimers: 'end' })).text
      const used = new Set<string>(Object.values(fixtureDocument().claims).map((claim) => renderLabels.en.evidence[claim.evidence]))
      const evidence = new Set<string>(Object.values(renderLabels.en.evidence))
      for (const english of words(renderLabels.en).filter((word) => word !== renderLabels.en.important && (!evidence.has(word) || used.has(word)))) {
        expect(html, `${locale} ${english}`).toContain(english)
      }
      for (const english of ['References', 'Glossary', 'Important information', 'Important:', 'Last reviewed 2026-11-01', 'Version 1.2.3']) expect(text, `${locale} ${english}`).toContain(english)
      for (const spanish of ['Referencias', 'Glosario', 'Importante:', 'Versión']) expect(text).not.toContain(spanish)
    }
  })

  it('takes the locale and single labels from the options', () => {
    const spanish = renderSection(fixtureDocument(), 'research', { format: 'text', locale: 'es' })
    expect(spanish).toContain('Referencias')
    expect(spanish).toContain('Importante:')
    const custom = renderDocument(withLocale('es'), { format: 'html', labels: { references: 'Fuentes', evidence: { preclinical: 'En laboratorio' } } })
    expect(readHtml(custom).text).toContain('Fuentes')
    expect(readHtml(custom).text).toContain('En laboratorio')
    // The rest of the table stays.
    expect(readHtml(custom).text).toContain('Ciencia establecida')
    expect(readHtml(custom).text).toContain('Glosario')
    const marker = textDisclaimerMarker(fixtureDocument().disclaimers[0] as never, renderLabels.es)
    expect(marker).toBe('Importante: Not approved by the FDA.')
    expect(textDisclaimerMarker(fixtureDocument().disclaimers[0] as never)).toBe('Important: Not approved by the FDA.')
  })

  it('refuses bad locale and label options as programmer errors', () => {
    const document = fixtureDocument()
    expect(() => renderDocument(document, { format: 'html', locale: 3 as never })).toThrow(TypeError)
    expect(() => renderDocument(document, { format: 'html', labels: 'x' as never })).toThrow(TypeError)
    expect(() => renderDocument(document, { format: 'html', labels: { title: 'x' } as never })).toThrow(RangeError)
    expect(() => renderDocument(document, { format: 'html', labels: { references: 1 } as never })).toThrow(TypeError)
    expect(() => renderDocument(document, { format: 'html', labels: { evidence: { strong: 'x' } } as never })).toThrow(RangeError)
    expect(() => renderDocument(document, { format: 'html', labels: { evidence: { clinical: null } } as never })).toThrow(TypeError)
  })

  it('sets JSON-LD inLanguage from the document locale', () => {
    expect(toJsonLd(withLocale('es-MX')).inLanguage).toBe('es-MX')
    expect(toJsonLd(withLocale('en')).inLanguage).toBe('en')
  })
})

function html(document: ExosomeDocument): string {
  return renderDocument(document, { format: 'html' })
}
