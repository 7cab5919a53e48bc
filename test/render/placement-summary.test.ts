/**
 * Where the disclaimers that an evidence summary needs go: after the summary, unless a
 * section of the same output places them itself (then they stay where the author put them),
 * and a repeated `::disclaimer` placement is marked, not shown twice.
 */
import { describe, expect, it } from 'vitest'
import { parseContent } from '../../src/parser/index.js'
import { planRender, type PlanItem, type PlanSection } from '../../src/render/placement.js'

const page = `---
id: summary-placements
title: Summary placements
summary: An evidence summary in one section, the disclaimer it needs placed in another.
locale: en
audience: general
version: 1.0.0
lastReviewed: 2026-11-01
references:
  - {id: a, kind: review, title: A review, year: 2020, doi: 10.1234/x}
disclaimers:
  - {id: not-fda-approved, kind: regulatory, title: Not approved, text: No such product is approved., placement: document}
  - {id: investigational, kind: investigational, title: Research, text: This use is still being studied., placement: section}
---

# Summary placements

## At a glance

::evidence-summary

## Research

::disclaimer{ref=investigational}

:::claim{#joints kind=therapeutic-potential evidence=preclinical cite="a"}
Exosomes might help joints in animal studies.
:::

## Both

::evidence-summary

::disclaimer{ref=investigational}

### More research

::disclaimer{ref=investigational}

:::claim{#skin kind=therapeutic-potential evidence=preclinical cite="a"}
Exosomes might help skin in animal studies.
:::
`

const parsed = parseContent(page, { now: '2026-12-01' })
const doc = parsed.document
if (doc === undefined) throw new Error(`the page did not parse: ${parsed.diagnostics.map((item) => item.message).join('; ')}`)

/** Each item as a short string: `summary:<links>`, `disclaimers:<anchor>:<ids>`, `placement:<id>`, `claim:<id>`. */
function flow(items: readonly PlanItem[]): string[] {
  return items.map((item) => {
    if (item.type === 'evidence-summary') return `summary:${item.links}:${item.rows.length}`
    if (item.type === 'disclaimers') return `disclaimers:${item.anchor}:${item.disclaimers.map((disclaimer) => disclaimer.id).join(',')}`
    if (item.type === 'placement') return `placement:${item.disclaimer.id}`
    if (item.type === 'claim') return `claim:${item.claim.id}`
    return item.type
  })
}

function flows(sections: readonly PlanSection[]): Record<string, string[]> {
  return Object.fromEntries(sections.flatMap((planned) => [[planned.section.id, flow(planned.items)], ...Object.entries(flows(planned.sections))]))
}

const inline = { mode: 'inline', omit: false } as const

describe('evidence summary disclaimers', () => {
  it('in the whole document, leaves a disclaimer that a section places to that section', () => {
    const plan = planRender(doc, { type: 'document' }, inline)
    expect(flows(plan.sections)).toEqual({
      'at-a-glance': ['summary:rendered:2'],
      research: ['disclaimers:section:investigational', 'claim:joints'],
      both: ['summary:rendered:2', 'placement:investigational'],
      'more-research': ['placement:investigational', 'claim:skin'],
    })
    expect(plan.disclaimers.map((disclaimer) => disclaimer.id)).toEqual(['not-fda-approved', 'investigational'])
  })

  it('in a section that places nothing, puts the disclaimer right after the summary', () => {
    const plan = planRender(doc, { type: 'section', id: 'at-a-glance' }, inline)
    expect(flows(plan.sections)).toEqual({ 'at-a-glance': ['summary:rendered:2', 'disclaimers:claim:investigational'] })
    expect(plan.disclaimers.map((disclaimer) => disclaimer.id)).toEqual(['not-fda-approved', 'investigational'])
  })

  it('in a section that places it after its summary, keeps it at the placement', () => {
    const plan = planRender(doc, { type: 'section', id: 'both' }, inline)
    expect(flows(plan.sections)).toEqual({ both: ['summary:rendered:2', 'disclaimers:section:investigational'], 'more-research': ['placement:investigational', 'claim:skin'] })
  })

  it('in a section whose subsection places it, keeps it at the subsection', () => {
    const alone = parseContent(page.replace('## Both\n\n::evidence-summary\n\n::disclaimer{ref=investigational}\n', '## Both\n\n::evidence-summary\n'), { now: '2026-12-01' }).document
    if (alone === undefined) throw new Error('the variant did not parse')
    const plan = planRender(alone, { type: 'section', id: 'both' }, inline)
    expect(flows(plan.sections)).toEqual({ both: ['summary:rendered:2'], 'more-research': ['disclaimers:section:investigational', 'claim:skin'] })
  })

  it('for the summary alone, follows it with what its claims require', () => {
    const plan = planRender(doc, { type: 'evidence-summary' }, inline)
    expect(flow(plan.items)).toEqual(['summary:rendered:2', 'disclaimers:claim:investigational'])
    expect(plan.sections).toEqual([])
    expect(plan.lead.map((disclaimer) => disclaimer.id)).toEqual(['not-fda-approved'])
    const end = planRender(doc, { type: 'evidence-summary' }, { mode: 'end', omit: false })
    expect(flow(end.items)).toEqual(['summary:rendered:2'])
    expect(end.end.map((disclaimer) => disclaimer.id)).toEqual(['not-fda-approved', 'investigational'])
  })

  it('omitted, keeps no disclaimer item and no placement', () => {
    const plan = planRender(doc, { type: 'document' }, { mode: 'inline', omit: true })
    expect(Object.values(flows(plan.sections)).flat().filter((item) => item.startsWith('disclaimers') || item.startsWith('placement'))).toEqual([])
    expect(plan.disclaimers).toEqual([])
  })
})
