import { describe, expectTypeOf, it } from 'vitest'
import type { EvidenceGrade, ExosomeDocument } from '../../src/index.js'
import { evidenceSummary, evidenceSummaryLabels, renderEvidenceSummary, type EvidenceSummaryOptions, type EvidenceSummaryRow } from '../../src/render/index.js'

declare const document: ExosomeDocument

describe('evidence summary types', () => {
  it('returns typed rows and a string, with the render options plus sectionLinks', () => {
    expectTypeOf(evidenceSummary(document)).toEqualTypeOf<EvidenceSummaryRow[]>()
    expectTypeOf<EvidenceSummaryRow['evidence']>().toEqualTypeOf<EvidenceGrade>()
    expectTypeOf(renderEvidenceSummary(document, { format: 'markdown', sectionLinks: true, idPrefix: 'x-' })).toEqualTypeOf<string>()
    expectTypeOf<EvidenceSummaryOptions['sectionLinks']>().toEqualTypeOf<boolean | undefined>()
    expectTypeOf(evidenceSummaryLabels.grades.preclinical).toBeString()
    // @ts-expect-error format is required
    renderEvidenceSummary(document, {})
    // @ts-expect-error only the three formats
    renderEvidenceSummary(document, { format: 'pdf' })
  })
})
