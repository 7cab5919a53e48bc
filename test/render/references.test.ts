import { describe, expect, it } from 'vitest'
import { authorYearLabel, referenceLine } from '../../src/render/references.js'
import type { Reference } from '../../src/schema/reference.js'

const undated: Reference = {
  id: 'fda-health-fraud',
  kind: 'regulatory',
  title: 'Health Fraud Scams',
  publisher: 'U.S. Food and Drug Administration',
  url: 'https://www.fda.gov/consumers/health-fraud-scams',
  accessed: '2026-11-28',
}

describe('reference display', () => {
  it('shows n.d. and the access day for an undated page', () => {
    expect(referenceLine(undated)).toBe(
      'Health Fraud Scams. U.S. Food and Drug Administration. n.d. https://www.fda.gov/consumers/health-fraud-scams Accessed 2026-11-28.',
    )
    expect(authorYearLabel(undated)).toBe('U.S. Food and Drug Administration, n.d.')
  })

  it('uses the year of a dated reference', () => {
    const dated: Reference = { ...undated, date: '2020-07-22' }
    expect(referenceLine(dated)).toContain('. 2020-07-22. ')
    expect(authorYearLabel(dated)).toBe('U.S. Food and Drug Administration, 2020')
    expect(authorYearLabel({ ...undated, authors: 'Théry C, Witwer KW, et al.', year: 2018 })).toBe('Théry et al., 2018')
  })
})
