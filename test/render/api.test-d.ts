import type { MedicalWebPage, WithContext } from 'schema-dts'
import { describe, expectTypeOf, it } from 'vitest'
import type { DocumentDisclaimer, EmbeddedDocument, ExosomeDocument } from '../../src/index.js'
import {
  renderClaim,
  renderDocument,
  renderSection,
  requiredDisclaimers,
  toJsonLd,
  type HtmlClassName,
  type MedicalWebPageJsonLd,
  type RenderOptions,
} from '../../src/render/index.js'

declare const document: ExosomeDocument
declare const embedded: EmbeddedDocument

describe('render entry types', () => {
  it('renders to strings and takes typed options', () => {
    expectTypeOf(renderDocument(document, { format: 'html' })).toEqualTypeOf<string>()
    expectTypeOf(renderSection(document, 'id', { format: 'text', citations: 'author-year', headingOffset: 1 })).toEqualTypeOf<string>()
    expectTypeOf(renderClaim(document, 'id', { format: 'markdown', disclaimers: 'end', idPrefix: 'x-' })).toEqualTypeOf<string>()
    expectTypeOf<RenderOptions['format']>().toEqualTypeOf<'html' | 'markdown' | 'text'>()
    // @ts-expect-error format is required
    renderDocument(document, {})
    // @ts-expect-error only the three formats
    renderDocument(document, { format: 'pdf' })
    // @ts-expect-error omitting disclaimers needs the loudly named option
    renderDocument(document, { format: 'html', disclaimers: 'none' })
  })

  it('renders embedded documents too, with a locale and label overrides', () => {
    expectTypeOf(renderSection(embedded, 'id', { format: 'html', locale: 'es-MX', labels: { references: 'Fuentes', evidence: { preclinical: 'En laboratorio' } } })).toEqualTypeOf<string>()
    expectTypeOf(toJsonLd(embedded).inLanguage).toEqualTypeOf<string>()
    // @ts-expect-error only the renderer's own labels can be overridden
    renderDocument(embedded, { format: 'html', labels: { title: 'x' } })
    // @ts-expect-error evidence labels are per grade
    renderDocument(embedded, { format: 'html', labels: { evidence: { strong: 'x' } } })
  })

  it('returns disclaimers and schema-dts JSON-LD', () => {
    expectTypeOf(requiredDisclaimers(document, { sections: ['a'], claims: ['b'] })).toEqualTypeOf<DocumentDisclaimer[]>()
    expectTypeOf(requiredDisclaimers(embedded)).toEqualTypeOf<DocumentDisclaimer[]>()
    expectTypeOf(toJsonLd(document)).toEqualTypeOf<MedicalWebPageJsonLd>()
    // The published shape is valid schema.org as schema-dts types it, without making
    // consumers' type checks depend on schema-dts.
    expectTypeOf<MedicalWebPageJsonLd>().toExtend<WithContext<MedicalWebPage>>()
    expectTypeOf<'exo-claim'>().toExtend<HtmlClassName>()
  })
})
