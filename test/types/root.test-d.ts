import { describe, expectTypeOf, it } from 'vitest'
import {
  getClaim,
  getDisclaimer,
  getReference,
  getSection,
  type Claim,
  type Disclaimer,
  type EvidenceGrade,
  type OverviewClaimId,
  type Reference,
  type Section,
} from '../../src/index.js'

describe('root entry types', () => {
  it('returns a definite claim for a known id and a maybe-claim for any string', () => {
    expectTypeOf(getClaim('no-approved-products')).toEqualTypeOf<Claim>()
    expectTypeOf(getClaim('anything' as string)).toEqualTypeOf<Claim | undefined>()
    expectTypeOf(getSection('anything' as string)).toEqualTypeOf<Section | undefined>()
    expectTypeOf(getDisclaimer('not-medical-advice')).toEqualTypeOf<Disclaimer>()
    expectTypeOf(getReference('misev2023')).toEqualTypeOf<Reference>()
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
  })
})
