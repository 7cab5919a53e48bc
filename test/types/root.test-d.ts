import { describe, expectTypeOf, it } from 'vitest'
import {
  exosomeOverview,
  getClaim,
  getDisclaimer,
  getReference,
  getSection,
  type Claim,
  type DocumentDisclaimer,
  type EmbeddedClaim,
  type EmbeddedDocument,
  type EmbeddedSection,
  type EvidenceGrade,
  type ExosomeDocument,
  type OverviewClaimId,
  type Position,
  type Reference,
  type Section,
} from '../../src/index.js'

declare const parsed: ExosomeDocument

describe('root entry types', () => {
  it('returns a definite claim for a known id and a maybe-claim for any string', () => {
    expectTypeOf(getClaim('no-approved-products')).toEqualTypeOf<EmbeddedClaim>()
    expectTypeOf(getClaim('anything' as string)).toEqualTypeOf<EmbeddedClaim | undefined>()
    expectTypeOf(getSection('anything' as string)).toEqualTypeOf<EmbeddedSection | undefined>()
    expectTypeOf(getDisclaimer('not-medical-advice')).toEqualTypeOf<DocumentDisclaimer>()
    expectTypeOf(getReference('misev2023')).toEqualTypeOf<Reference>()
  })

  it('says that the embedded overview may lack positions, and a parsed document has them', () => {
    expectTypeOf(exosomeOverview).toEqualTypeOf<EmbeddedDocument>()
    expectTypeOf<EmbeddedClaim['position']>().toEqualTypeOf<Position | undefined>()
    expectTypeOf<Claim['position']>().toEqualTypeOf<Position>()
    // Lookups on a parsed document give its own (positioned) types.
    expectTypeOf(getClaim('x', parsed)).toEqualTypeOf<Claim | undefined>()
    expectTypeOf(getSection('x', parsed)).toEqualTypeOf<Section | undefined>()
    expectTypeOf<ExosomeDocument>().toExtend<EmbeddedDocument>()
    expectTypeOf<EmbeddedDocument>().not.toExtend<ExosomeDocument>()
  })

  it('knows the overview claim ids as a union, not as string', () => {
    expectTypeOf<'no-approved-products'>().toExtend<OverviewClaimId>()
    expectTypeOf<string>().not.toExtend<OverviewClaimId>()
  })

  it('derives enums from the schemas', () => {
    expectTypeOf<EvidenceGrade>().toEqualTypeOf<
      'established' | 'clinical' | 'early-clinical' | 'preclinical' | 'regulatory-fact'
    >()
    expectTypeOf<Claim['cites']>().toEqualTypeOf<string[]>()
    expectTypeOf<DocumentDisclaimer['content']['mdast']>().toEqualTypeOf<Claim['content']['mdast']>()
  })
})
