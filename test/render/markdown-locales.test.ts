/**
 * Markdown round trip of both built-in overviews and of disclaimers placed by more than one
 * section: `renderDocument(doc, { format: 'markdown' })` read back with `parseContent` keeps
 * the claims, the disclaimers and every placement (intro, section, claim-placed).
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { exosomeOverview, exosomeOverviewEs } from '../../src/index.js'
import { parseContent } from '../../src/parser/index.js'
import { renderDocument, renderSection } from '../../src/render/index.js'
import type { EmbeddedDocument, ExosomeDocument } from '../../src/schema/document.js'
import type { EmbeddedSection } from '../../src/schema/section.js'
import { metaAndClaims } from './essence.js'
import { allSections } from './overview.js'

const now = '2026-12-01'
const parse = (source: string): ReturnType<typeof parseContent> => parseContent(source, { now })

function parsed(source: string): ExosomeDocument {
  const { document, diagnostics } = parse(source)
  const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error')
  if (document === undefined || errors.length > 0) throw new Error(`does not parse: ${errors.map((error) => `${error.ruleId} ${error.message}`).join('; ')}`)
  return document
}

type AnyDocument = ExosomeDocument | EmbeddedDocument

/** Every block of a section in order, as kind and id (claims with their reuse flag). */
function steps(section: Pick<EmbeddedSection, 'blocks'>): string[] {
  return section.blocks.map((block) =>
    block.type === 'claim' ? `claim:${block.claim}${block.reuse ? ':reuse' : ''}` : block.type === 'disclaimer' ? `disclaimer:${block.disclaimer}` : block.type,
  )
}

/** Where each disclaimer is placed: the intro, each section by id, in order. */
function placements(document: AnyDocument): Array<[string, string[]]> {
  const of = (blocks: AnyDocument['intro']): string[] => blocks.flatMap((block) => (block.type === 'disclaimer' ? [block.disclaimer] : []))
  return [['(intro)', of(document.intro)], ...allSections(document.sections as readonly EmbeddedSection[]).map((section): [string, string[]] => [section.id, [...section.disclaimers]])]
}

/** What the round trip keeps: claims, disclaimers (declared and placed), sections and their steps. */
function essence(document: AnyDocument): unknown {
  return {
    ...metaAndClaims(document),
    disclaimers: document.disclaimers.map(({ id, kind, title, text, placement }) => ({ id, kind, title, text, placement })),
    references: document.references,
    placements: placements(document),
    intro: steps({ blocks: document.intro }),
    sections: allSections(document.sections as readonly EmbeddedSection[]).map((section) => ({ id: section.id, title: section.title, claims: section.claims, steps: steps(section) })),
  }
}

function roundTrip(document: AnyDocument): ExosomeDocument {
  return parsed(renderDocument(document, { format: 'markdown' }))
}

const source = (file: string): string => readFileSync(new URL(`../../content/${file}`, import.meta.url), 'utf8')

describe('markdown round trip of both overviews', () => {
  it.each([
    ['exosome-therapy.md', 'en'],
    ['exosome-therapy.es.md', 'es'],
  ])('%s, parsed, renders to markdown that parses back to the same claims, disclaimers and placements', (file, locale) => {
    const original = parsed(source(file))
    expect(original.locale).toBe(locale)
    const back = roundTrip(original)
    expect(essence(back)).toEqual(essence(original))
    // Some placements to keep: the overview places disclaimers in the intro and in sections.
    expect(placements(original).flatMap(([, ids]) => ids).length).toBeGreaterThan(1)
  })

  it.each([
    ['exosomeOverview', exosomeOverview],
    ['exosomeOverviewEs', exosomeOverviewEs],
  ] as const)('the embedded %s renders to markdown that parses back to itself', (_name, embedded) => {
    const back = roundTrip(embedded)
    expect(essence(back)).toEqual(essence(embedded))
    // A fixed point from the first read-back on: rendering it again gives the same markdown.
    const again = renderDocument(back, { format: 'markdown' })
    expect(renderDocument(parsed(again), { format: 'markdown' })).toBe(again)
    expect(again.split('::disclaimer{').length).toBe(renderDocument(embedded, { format: 'markdown' }).split('::disclaimer{').length)
  })

  it('the Spanish markdown keeps the Spanish section titles with the English section ids', () => {
    const back = roundTrip(exosomeOverviewEs)
    expect(allSections(back.sections).map((section) => [section.id, section.title])).toEqual(allSections(exosomeOverviewEs.sections).map((section) => [section.id, section.title]))
    expect(allSections(back.sections).map((section) => section.id)).toEqual(allSections(exosomeOverview.sections).map((section) => section.id))
  })
})

const head = (locale: string): string => `---
id: shared-placements
title: Shared placements
summary: One disclaimer placed by more than one section.
locale: ${locale}
audience: general
version: 1.0.0
lastReviewed: 2026-11-01
references:
  - {id: a, kind: review, title: A review, year: 2020, doi: 10.1234/x}
disclaimers:
  - {id: not-fda-approved, kind: regulatory, title: Not approved, text: No such product is approved., placement: document}
  - {id: investigational, kind: investigational, title: Research, text: This use is still being studied., placement: section}
  - {id: care, kind: risk, title: Care, text: Get care for a bad reaction., placement: claim}
---

# Shared placements
`

const claim = (id: string, requires = ''): string =>
  `:::claim{#${id} kind=therapeutic-potential evidence=preclinical cite="a"${requires === '' ? '' : ` requires="${requires}"`}}\nExosomes might help in ${id} in animal studies.\n:::\n`

/** Pages where one section-placed disclaimer is placed by two or more sections. */
const shared: Array<[string, string]> = [
  ['two sibling sections', `\n## Joints\n\n::disclaimer{ref=investigational}\n\n${claim('joints')}\n## Skin\n\n::disclaimer{ref=investigational}\n\n${claim('skin')}`],
  ['a section and its subsection', `\n## Uses\n\n::disclaimer{ref=investigational}\n\n${claim('uses')}\n### Hair\n\n::disclaimer{ref=investigational}\n\n${claim('hair')}`],
  ['a parent and two subsections, the parent with no claim of its own', `\n## Uses\n\n::disclaimer{ref=investigational}\n\nSome uses.\n\n### Hair\n\n::disclaimer{ref=investigational}\n\n${claim('hair')}\n### Skin\n\n::disclaimer{ref=investigational}\n\n${claim('skin')}`],
  ['the intro and a section', `\n::disclaimer{ref=investigational}\n\nAn intro.\n\n## Joints\n\n::disclaimer{ref=investigational}\n\n${claim('joints')}`],
  ['three sections, one of them after a claim-placed disclaimer', `\n## A\n\n::disclaimer{ref=investigational}\n\n${claim('a-use', 'care')}\n## B\n\n${claim('b-use', 'care')}\n::disclaimer{ref=investigational}\n\n## C\n\n::disclaimer{ref=investigational}\n\n${claim('c-use')}`],
  ['a section that places it after its claims, and one before', `\n## A\n\n${claim('a-use')}\n::disclaimer{ref=investigational}\n\n## B\n\n::disclaimer{ref=investigational}\n\n${claim('b-use')}`],
]

describe('markdown round trip of a disclaimer placed by several sections', () => {
  it.each(shared)('%s: the placements read back are the original ones', (_name, body) => {
    for (const locale of ['en', 'es']) {
      const original = parsed(`${head(locale)}${body}`)
      const count = placements(original).flatMap(([, ids]) => ids).filter((id) => id === 'investigational').length
      expect(count).toBeGreaterThanOrEqual(2)
      const output = renderDocument(original, { format: 'markdown' })
      const back = parsed(output)
      expect(essence(back)).toEqual(essence(original))
      // Written once per placement, no more (a placement the serializer invents would read back as one).
      expect(output.split('::disclaimer{ref=investigational}').length - 1).toBe(count)
      expect(parse(output).diagnostics.map((diagnostic) => diagnostic.ruleId)).toEqual(parse(`${head(locale)}${body}`).diagnostics.map((diagnostic) => diagnostic.ruleId))
    }
  })

  it.each(shared)('%s: each section rendered alone reads back with the disclaimer placed and every claim covered', (_name, body) => {
    const original = parsed(`${head('en')}${body}`)
    for (const section of allSections(original.sections)) {
      const { document, diagnostics } = parse(renderSection(original, section.id, { format: 'markdown' }))
      expect(diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([])
      if (document === undefined) throw new Error('no document')
      const placed = placements(document).flatMap(([, ids]) => ids)
      // A section whose claims need `investigational` shows it, once at most per section read back.
      const needs = allSections([section]).some((item) => item.claims.length > 0)
      if (needs) expect(placed).toContain('investigational')
      for (const [, ids] of placements(document)) expect(ids.filter((id) => id === 'investigational').length).toBeLessThanOrEqual(1)
      expect(diagnostics.map((diagnostic) => diagnostic.ruleId)).not.toContain('claim-needs-disclaimer')
    }
  })
})
