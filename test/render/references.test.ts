import { describe, expect, it } from 'vitest'
import { renderLabels } from '../../src/render/labels.js'
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
const { en, es } = renderLabels

describe('reference display', () => {
  it('shows n.d. and the access day for an undated page', () => {
    expect(referenceLine(undated, en)).toBe(
      'Health Fraud Scams. U.S. Food and Drug Administration. n.d. https://www.fda.gov/consumers/health-fraud-scams Accessed 2026-11-28.',
    )
    expect(authorYearLabel(undated, en)).toBe('U.S. Food and Drug Administration, n.d.')
  })

  it('uses the year of a dated reference', () => {
    const dated: Reference = { ...undated, date: '2020-07-22' }
    expect(referenceLine(dated, en)).toContain('. 2020-07-22. ')
    expect(authorYearLabel(dated, en)).toBe('U.S. Food and Drug Administration, 2020')
    expect(authorYearLabel({ ...undated, authors: 'Théry C, Witwer KW, et al.', year: 2018 }, en)).toBe('Théry et al., 2018')
  })

  it('writes the citation words of the labels: Spanish "s. f.", "Consultado el", "y"', () => {
    expect(referenceLine(undated, es)).toBe(
      'Health Fraud Scams. U.S. Food and Drug Administration. s. f. https://www.fda.gov/consumers/health-fraud-scams Consultado el 2026-11-28.',
    )
    expect(authorYearLabel(undated, es)).toBe('U.S. Food and Drug Administration, s. f.')
    expect(authorYearLabel({ ...undated, authors: 'Kalluri R, LeBleu VS', year: 2020 }, es)).toBe('Kalluri y LeBleu, 2020')
    expect(authorYearLabel({ ...undated, authors: 'Doe J, Roe R, Poe P', year: 2021 }, es)).toBe('Doe et al., 2021')
  })
})
