import { toString } from 'mdast-util-to-string'
import rehypeParse from 'rehype-parse'
import { unified } from 'unified'
import { visit } from 'unist-util-visit'
import type { Element } from 'hast'
import { describe, expect, it } from 'vitest'
import { parseContent } from '../../src/parser/index.js'
import {
  evidenceSummary,
  evidenceSummaryLabels,
  renderDocument,
  renderEvidenceSummary,
  renderSection,
  requiredDisclaimers,
} from '../../src/render/index.js'
import type { ExosomeDocument } from '../../src/schema/document.js'
import { loadOverview } from './overview.js'

const overview = loadOverview()

const frontmatter = `---
id: summary-page
title: Summary page
summary: A page with research areas.
locale: en
audience: general
version: 1.0.0
lastReviewed: 2026-03-05
references:
  - id: queen-2025-dermatology
    kind: review
    title: "Exosomes for Treating Hair Loss: A Review of Clinical Studies"
    journal: Dermatologic Surgery
    year: 2025
    doi: 10.1097/DSS.0000000000004480
disclaimers:
  - id: not-fda-approved
    kind: regulatory
    title: Not approved by the FDA
    text: As of March 5, 2026, the FDA has not approved any exosome product.
    placement: document
  - id: investigational
    kind: investigational
    title: Still being researched
    text: These uses are investigational.
    placement: section
  - id: risks
    kind: risk
    title: Known risks
    text: Unapproved products carry risks.
    placement: claim
---
`

function page(body: string): ExosomeDocument {
  const { document, diagnostics } = parseContent(`${frontmatter}\n${body}`)
  if (document === undefined) throw new Error(diagnostics.map((diagnostic) => diagnostic.message).join('\n'))
  return document
}

const areas = page(`# Summary page

## At a glance

::evidence-summary

## Research

::disclaimer{ref=investigational}

### Hair <b>loss</b> | scalp

:::claim{#hair-a kind=therapeutic-potential evidence=preclinical cite="queen-2025-dermatology"}
Exosomes might help hair grow in animal studies.
:::

:::claim{#hair-b kind=therapeutic-potential evidence=early-clinical cite="queen-2025-dermatology" requires="risks"}
Exosomes might help hair grow, in small studies.
:::

### Definitions only

:::claim{#what-it-is kind=definition evidence=established cite="queen-2025-dermatology"}
Exosomes are vesicles.
:::

::claim{ref=hair-a}
`)

const html = (markup: string): Element[] => {
  const found: Element[] = []
  visit(unified().use(rehypeParse, { fragment: true }).parse(markup), 'element', (node: Element) => {
    found.push(node)
  })
  return found
}

describe('evidenceSummary', () => {
  it('has one row per area of the overview, in order, with its strongest grade and status', () => {
    const rows = evidenceSummary(overview)
    expect(rows.map((row) => [row.section, row.evidence, row.claims])).toEqual([
      ['joints-and-arthritis', 'preclinical', ['joint-research']],
      ['skin', 'early-clinical', ['skin-research']],
      ['hair-loss', 'early-clinical', ['hair-research']],
      ['parkinsons-disease', 'preclinical', ['parkinsons-research']],
      ['the-heart', 'preclinical', ['heart-research']],
    ])
    for (const row of rows) expect(row.status).toEqual(['Still being researched', 'Not approved by the FDA'])
  })

  it('takes the strongest grade of a section, ignores other kinds and reuses, and collects what the claims require', () => {
    expect(evidenceSummary(areas)).toEqual([
      {
        section: 'hair-loss-scalp',
        area: 'Hair loss | scalp',
        evidence: 'early-clinical',
        claims: ['hair-a', 'hair-b'],
        disclaimers: ['investigational', 'not-fda-approved', 'risks'],
        status: ['Still being researched', 'Not approved by the FDA'],
      },
    ])
  })

  it('is empty for a document without therapeutic-potential claims', () => {
    const plain = page('## Basics\n\n::evidence-summary\n\n:::claim{#what-it-is kind=definition evidence=established cite="queen-2025-dermatology"}\nExosomes are vesicles.\n:::\n')
    expect(evidenceSummary(plain)).toEqual([])
    expect(renderEvidenceSummary(plain, { format: 'text' })).toContain(evidenceSummaryLabels.empty)
    expect(renderEvidenceSummary(plain, { format: 'html' })).toContain('class="exo-evidence-summary-empty"')
  })
})

describe('renderEvidenceSummary', () => {
  it('renders a captioned, dated table with a header row and one row per area, in sanitized HTML', () => {
    const out = renderEvidenceSummary(areas, { format: 'html' })
    const elements = html(out)
    const table = elements.find((element) => element.tagName === 'table')
    expect(table?.properties['className']).toEqual(['exo-evidence-summary-table'])
    const caption = elements.find((element) => element.tagName === 'caption')
    expect(caption && toString(caption as never)).toBe('Evidence at a glance, as of March 5, 2026')
    const headers = elements.filter((element) => element.tagName === 'th' && element.properties['scope'] === 'col')
    expect(headers.map((element) => toString(element as never))).toEqual(['Area', 'Evidence in people', 'Status'])
    const rows = elements.filter((element) => element.tagName === 'tr' && element.properties['dataSectionId'] !== undefined)
    expect(rows.map((row) => [row.properties['dataSectionId'], row.properties['dataEvidence']])).toEqual([['hair-loss-scalp', 'early-clinical']])
    // The section title is text: markup in it is neither lost nor live.
    expect(out).toContain('Hair loss | scalp')
    expect(out).not.toMatch(/<b>/)
    expect(out).toContain(evidenceSummaryLabels.grades['early-clinical'])
    expect(out).toContain('Still being researched; Not approved by the FDA')
  })

  it('carries every disclaimer the summed-up claims require and the document-level ones, once each', () => {
    for (const disclaimers of ['inline', 'end'] as const) {
      const out = renderEvidenceSummary(areas, { format: 'html', disclaimers })
      const ids = html(out).flatMap((element) => (typeof element.properties['dataDisclaimerId'] === 'string' ? [element.properties['dataDisclaimerId']] : []))
      expect(ids.sort()).toEqual(['investigational', 'not-fda-approved', 'risks'])
    }
    const text = renderEvidenceSummary(areas, { format: 'text' })
    for (const title of ['Important: Not approved by the FDA.', 'Important: Still being researched.', 'Important: Known risks.']) {
      expect(text.split(title)).toHaveLength(2)
    }
    const markdown = renderEvidenceSummary(areas, { format: 'markdown' })
    for (const title of ['Not approved by the FDA', 'Still being researched', 'Known risks']) expect(markdown).toContain(title)
    expect(renderEvidenceSummary(areas, { format: 'html', unsafeOmitDisclaimers: true })).not.toContain('data-disclaimer-id')
  })

  it('links areas to their sections only when asked, with the id prefix', () => {
    expect(renderEvidenceSummary(areas, { format: 'html' })).not.toContain('href=')
    const linked = renderEvidenceSummary(areas, { format: 'html', sectionLinks: true, idPrefix: 'p-' })
    expect(linked).toContain('href="#p-section-hair-loss-scalp"')
  })

  it('writes a GitHub-flavoured table in markdown and one line per area in text', () => {
    const markdown = renderEvidenceSummary(areas, { format: 'markdown' })
    expect(markdown).toContain('**Evidence at a glance, as of March 5, 2026**')
    expect(markdown).toMatch(/^\| Area +\| Evidence in people +\| Status +\|$/m)
    // A pipe in an area's name is escaped, so the row keeps its three cells.
    expect(markdown).toMatch(/^\| Hair loss \\\| scalp \| Early: a few small studies \| Still being researched; Not approved by the FDA \|$/m)
    const text = renderEvidenceSummary(areas, { format: 'text' })
    expect(text).toContain('Evidence at a glance, as of March 5, 2026\n• Hair loss | scalp. Evidence in people: Early: a few small studies. Status: Still being researched; Not approved by the FDA.')
  })

  it('throws on bad options, as the other renderers do', () => {
    expect(() => renderEvidenceSummary(areas, { format: 'pdf' as 'html' })).toThrow(RangeError)
    expect(() => renderEvidenceSummary(areas, { format: 'html', sectionLinks: 'yes' as unknown as boolean })).toThrow(TypeError)
    expect(() => renderEvidenceSummary(areas, { format: 'html', colour: 'red' } as never)).toThrow(RangeError)
    expect(() => renderEvidenceSummary(areas, null as never)).toThrow(TypeError)
  })
})

describe('::evidence-summary in a page', () => {
  it('is expanded where the page places it, linking to the sections in the same output', () => {
    const out = renderDocument(areas, { format: 'html' })
    const glance = out.indexOf('data-section-id="at-a-glance"')
    const table = out.indexOf('<table class="exo-evidence-summary-table"')
    expect(glance).toBeGreaterThan(-1)
    expect(table).toBeGreaterThan(glance)
    expect(table).toBeLessThan(out.indexOf('data-section-id="research"'))
    expect(out).toContain('href="#exo-section-hair-loss-scalp"')
    // Rendered alone, the section cannot link to areas that are not in the output.
    const alone = renderSection(areas, 'at-a-glance', { format: 'html' })
    expect(alone).toContain('<table class="exo-evidence-summary-table"')
    expect(alone).not.toContain('href="#exo-section-')
  })

  it('brings the disclaimers of the summed-up claims into a section that shows only the summary', () => {
    const ids = requiredDisclaimers(areas, { sections: ['at-a-glance'] }).map((disclaimer) => disclaimer.id)
    expect(ids.sort()).toEqual(['investigational', 'not-fda-approved', 'risks'])
    const text = renderSection(areas, 'at-a-glance', { format: 'text' })
    expect(text).toContain('Important: Still being researched.')
    expect(text).toContain('• Hair loss | scalp.')
  })

  it('round-trips through markdown as the directive', () => {
    const markdown = renderDocument(areas, { format: 'markdown' })
    expect(markdown).toMatch(/^::evidence-summary$/m)
    const { document, diagnostics } = parseContent(markdown)
    expect(diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([])
    expect(document?.sections[0]?.blocks.map((block) => block.type)).toEqual(['evidence-summary'])
    expect(evidenceSummary(document as ExosomeDocument)).toEqual(evidenceSummary(areas))
  })

  it('shows the overview\'s summary first, with every area and the disclaimers it needs', () => {
    const text = renderSection(overview, 'at-a-glance', { format: 'text' })
    for (const area of ['Joints and arthritis', 'Skin', 'Hair loss', "Parkinson's disease", 'The heart']) expect(text).toContain(`• ${area}.`)
    expect(text).toContain('Important: Not approved by the FDA.')
    expect(text).toContain('Important: Still being researched.')
  })
})
