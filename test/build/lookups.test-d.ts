import { describe, expectTypeOf, it } from 'vitest'
import {
  getClaim,
  getDisclaimer,
  getReference,
  getSection,
  type CompiledDocument,
  type DocumentIdOf,
  type DocumentDisclaimer,
  type EmbeddedClaim,
  type EmbeddedDocument,
  type EmbeddedSection,
  type Reference,
} from '../../src/index.js'

type Page = CompiledDocument<{ claim: 'what-exosomes-are' | 'no-approved-products'; section: 'basics'; disclaimer: 'not-medical-advice'; reference: 'misev2023' }>
declare const page: Page
declare const embedded: EmbeddedDocument

describe('lookups on a compiled page', () => {
  it('accept the ids of the page and return entries known to exist', () => {
    expectTypeOf(getClaim('what-exosomes-are', page)).toEqualTypeOf<EmbeddedClaim>()
    expectTypeOf(getSection('basics', page)).toEqualTypeOf<EmbeddedSection>()
    expectTypeOf(getDisclaimer('not-medical-advice', page)).toEqualTypeOf<DocumentDisclaimer>()
    expectTypeOf(getReference('misev2023', page)).toEqualTypeOf<Reference>()
    expectTypeOf<DocumentIdOf<Page, 'claim'>>().toEqualTypeOf<'what-exosomes-are' | 'no-approved-products'>()
  })

  it('reject an id the page does not hold', () => {
    // @ts-expect-error: a misspelt claim id
    getClaim('what-exosome-are', page)
    // @ts-expect-error: a section id of another page
    getSection('regulation', page)
    // @ts-expect-error: not a disclaimer of the page
    getDisclaimer('investigational', page)
    // @ts-expect-error: not a reference of the page
    getReference('misev2018', page)
    // @ts-expect-error: any string is not one of the ids
    getClaim('what-exosomes-are' as string, page)
  })

  it('leave other documents as they were: any string, maybe undefined', () => {
    expectTypeOf(getClaim('anything' as string, embedded)).toEqualTypeOf<EmbeddedClaim | undefined>()
    expectTypeOf(getSection('anything', embedded)).toEqualTypeOf<EmbeddedSection | undefined>()
    expectTypeOf(getDisclaimer('anything', embedded)).toEqualTypeOf<DocumentDisclaimer | undefined>()
    expectTypeOf<DocumentIdOf<EmbeddedDocument, 'claim'>>().toEqualTypeOf<string>()
  })
})
