/**
 * The Spanish overview: the same claims, sections and disclaimers as the English one, frozen,
 * rendered with Spanish labels, and in a bundle only when it is imported.
 */
import { existsSync } from 'node:fs'
import path from 'node:path'
import { build } from 'esbuild'
import { describe, expect, it } from 'vitest'
import { exosomeOverview, exosomeOverviewEs, type OverviewClaimId, type OverviewEsClaimId } from '../../src/index.js'
import { renderDocument, renderSection, toJsonLd } from '../../src/render/index.js'
import type { EmbeddedDocument } from '../../src/schema/document.js'
import type { EmbeddedSection } from '../../src/schema/section.js'

const sectionIds = (sections: readonly EmbeddedSection[]): string[] => sections.flatMap((section) => [section.id, ...sectionIds(section.sections)])
const claimFacts = (document: EmbeddedDocument): unknown[] =>
  Object.values(document.claims).map(({ id, kind, evidence, cites, requires, section }) => ({ id, kind, evidence, cites, requires, section }))

// Both id types are the same union: each is assignable to the other.
const sameIds = (id: OverviewClaimId): OverviewEsClaimId => id
const sameIdsBack = (id: OverviewEsClaimId): OverviewClaimId => id

describe('exosomeOverviewEs', () => {
  it('is a deep-frozen Spanish document with the English claims, sections and disclaimers', () => {
    expect(exosomeOverviewEs.locale).toBe('es')
    expect(exosomeOverviewEs.id).toBe(exosomeOverview.id)
    expect(exosomeOverviewEs.title).not.toBe(exosomeOverview.title)
    expect(Object.isFrozen(exosomeOverviewEs)).toBe(true)
    expect(Object.isFrozen(exosomeOverviewEs.claims['no-approved-products'])).toBe(true)
    expect(claimFacts(exosomeOverviewEs)).toEqual(claimFacts(exosomeOverview))
    expect(sectionIds(exosomeOverviewEs.sections)).toEqual(sectionIds(exosomeOverview.sections))
    expect(exosomeOverviewEs.disclaimers.map((item) => [item.id, item.kind, item.placement])).toEqual(exosomeOverview.disclaimers.map((item) => [item.id, item.kind, item.placement]))
    expect(sameIdsBack(sameIds('no-approved-products'))).toBe('no-approved-products')
  })

  it('renders with Spanish labels and JSON-LD inLanguage es', () => {
    const html = renderDocument(exosomeOverviewEs, { format: 'html' })
    expect(html).toContain('lang="es"')
    expect(html).toContain('Referencias')
    expect(html).toContain('La evidencia de un vistazo, al 1 de diciembre de 2026')
    expect(html).not.toContain('Evidence at a glance')
    expect(renderSection(exosomeOverviewEs, 'at-a-glance', { format: 'text' })).toContain('Evidencia en personas')
    expect(toJsonLd(exosomeOverviewEs).inLanguage).toBe('es')
  })
})

const entry = path.resolve(import.meta.dirname, '../../dist/index.js')

describe.runIf(existsSync(entry))('bundles of the root entry', () => {
  const bundle = async (name: string): Promise<string> => {
    const result = await build({
      stdin: { contents: `import { ${name} } from ${JSON.stringify(entry)}\nglobalThis.title = ${name}.title\n`, resolveDir: path.dirname(entry) },
      bundle: true,
      platform: 'browser',
      format: 'esm',
      minify: true,
      write: false,
      logLevel: 'silent',
    })
    return result.outputFiles[0]?.text ?? ''
  }

  it('hold only the overview they import', async () => {
    const english = await bundle('exosomeOverview')
    const spanish = await bundle('exosomeOverviewEs')
    expect(english).toContain('Exosome therapy: what it is and what to know')
    expect(english).not.toContain('Terapia con exosomas')
    expect(spanish).toContain('Terapia con exosomas')
    expect(spanish).not.toContain('Exosome therapy: what it is and what to know')
  })
})
