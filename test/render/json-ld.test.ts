import type { MedicalAudience, MedicalWebPage, ScholarlyArticle, WebPage, WithContext } from 'schema-dts'
import { describe, expect, expectTypeOf, it } from 'vitest'
import { jsonLdScript, toJsonLd } from '../../src/render/index.js'
import { doiUrl } from '../../src/render/references.js'
import { fixtureDocument } from './fixture.js'
import { loadOverview } from './overview.js'

const overview = loadOverview()

describe('toJsonLd', () => {
  it('is typed as a schema.org MedicalWebPage', () => {
    const data = toJsonLd(overview)
    const typed: WithContext<MedicalWebPage> = data
    expect(typed).toBe(data)
    expect(data['@context']).toBe('https://schema.org')
    expect(data['@type']).toBe('MedicalWebPage')
  })

  it('states the facts of the document', () => {
    const data = toJsonLd(overview, { url: 'https://clinic.example/exosomes' })
    expect(data).toMatchObject({
      '@id': 'https://clinic.example/exosomes',
      url: 'https://clinic.example/exosomes',
      name: overview.title,
      description: overview.summary,
      inLanguage: overview.locale,
      version: overview.version,
      lastReviewed: overview.lastReviewed,
      about: { '@type': 'MedicalTherapy', name: 'Exosome therapy' },
      mainEntity: { '@type': 'MedicalTherapy', name: 'Exosome therapy' },
    })
    const audience = data.medicalAudience as MedicalAudience
    expect(audience).toEqual({ '@type': 'MedicalAudience', audienceType: 'General public' })
  })

  it('maps audiences to schema.org audience types', () => {
    expect(toJsonLd(fixtureDocument()).medicalAudience).toEqual({ '@type': 'MedicalAudience', audienceType: 'Patient' })
    const clinician = { ...fixtureDocument(), audience: 'clinician' as const }
    expect(toJsonLd(clinician).medicalAudience).toEqual({ '@type': 'MedicalAudience', audienceType: 'Clinician' })
  })

  it('cites every reference by its DOI or URL', () => {
    const citations = toJsonLd(overview).citation as Array<ScholarlyArticle | WebPage>
    expect(citations).toHaveLength(overview.references.length)
    overview.references.forEach((reference, index) => {
      const citation = citations[index] as unknown as Record<string, unknown>
      expect(citation['name']).toBe(reference.title)
      if (reference.doi !== undefined) {
        expect(citation['@type']).toBe('ScholarlyArticle')
        expect(citation['sameAs']).toBe(`https://doi.org/${reference.doi}`)
        expect(citation['identifier']).toEqual({ '@type': 'PropertyValue', propertyID: 'DOI', value: reference.doi })
      } else {
        expect(citation['@type']).toBe('WebPage')
        expect(citation['url']).toBe(reference.url)
      }
    })
  })

  it('percent-encodes DOI characters that a URL cannot hold', () => {
    expect(doiUrl('10.1002/(SICI)1097-4636(199706)35:4<423::AID-JBM2>3.0.CO;2-#')).toBe('https://doi.org/10.1002/(SICI)1097-4636(199706)35:4%3C423::AID-JBM2%3E3.0.CO;2-%23')
  })
})

describe('jsonLdScript', () => {
  it('cannot be broken out of by content', () => {
    const document = { ...fixtureDocument(), summary: '</script><script>alert(1)</script> & more' }
    const script = jsonLdScript(toJsonLd(document))
    expect(script.startsWith('<script type="application/ld+json">')).toBe(true)
    expect(script.indexOf('</script>')).toBe(script.length - '</script>'.length)
    const json = script.slice('<script type="application/ld+json">'.length, -'</script>'.length)
    expect(JSON.parse(json).description).toBe(document.summary)
  })
})

describe('toJsonLd sections', () => {
  it('lists every section as a WebPageElement, nested as the page is, located by the HTML renderer\'s data-section-id', async () => {
    const { renderDocument } = await import('../../src/render/index.js')
    const { default: rehypeParse } = await import('rehype-parse')
    const { unified } = await import('unified')
    const { visit } = await import('unist-util-visit')
    const data = toJsonLd(overview)
    const tree = unified().use(rehypeParse, { fragment: true }).parse(renderDocument(overview, { format: 'html' }))
    const located = (id: string): string[] => {
      const found: string[] = []
      visit(tree, 'element', (element) => {
        if (element.properties['dataSectionId'] === id) found.push(element.tagName)
      })
      return found
    }
    type Part = (typeof data.hasPart)[number]
    const walk = (parts: readonly Part[], sections: typeof overview.sections): void => {
      expect(parts.map((part) => part.name)).toEqual(sections.map((section) => section.title))
      parts.forEach((part, index) => {
        const section = sections[index]
        if (section === undefined) throw new Error(`no section for ${part.name}`)
        expect(part['@type']).toBe('WebPageElement')
        expect(part.cssSelector).toBe(`section[data-section-id="${section.id}"]`)
        expect(located(section.id).filter((tag) => tag === 'section')).toHaveLength(1)
        walk(part.hasPart ?? [], section.sections)
      })
    }
    walk(data.hasPart, overview.sections)
    expect(data.hasPart.map((part) => part.name)).toEqual(expect.arrayContaining(['At a glance', 'Protecting yourself', 'About this overview']))
  })
})
