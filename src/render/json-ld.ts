import type { MedicalWebPage, WithContext } from 'schema-dts'
import type { Audience } from '../schema/frontmatter.js'
import type { EmbeddedDocument, ExosomeDocument } from '../schema/document.js'
import type { Reference } from '../schema/reference.js'
import type {
  JsonLdMedicalAudience,
  JsonLdMedicalTherapy,
  JsonLdScholarlyArticle,
  JsonLdWebPage,
  JsonLdWebPageElement,
  MedicalWebPageJsonLd,
} from './json-ld-types.js'
import type { EmbeddedSection as Section } from '../schema/section.js'
import { doiUrl } from './references.js'

/** Options of `toJsonLd`. */
export interface JsonLdOptions {
  /**
   * Canonical URL of the page that shows the document; sets `url` and `@id`.
   *
   * @example 'https://clinic.example/exosomes'
   */
  url?: string
  /**
   * Name of the therapy the page is about (`about` / `mainEntity`).
   *
   * @default the document title up to its first colon
   */
  therapyName?: string
}

/**
 * schema.org `audienceType` of each audience: the `MedicalAudienceType` names where schema.org
 * has one (`Clinician`, `MedicalResearcher`) or the `Patient` type name, plain text otherwise.
 */
export const jsonLdAudienceTypes = {
  patient: 'Patient',
  clinician: 'Clinician',
  researcher: 'MedicalResearcher',
  caregiver: 'Caregiver',
  general: 'General public',
} as const satisfies Record<Audience, string>

function citation(reference: Reference): JsonLdScholarlyArticle | JsonLdWebPage {
  const published = reference.date ?? (reference.year === undefined ? undefined : String(reference.year))
  const common = {
    name: reference.title,
    ...(published === undefined ? {} : { datePublished: published }),
  }
  if (reference.doi !== undefined || reference.journal !== undefined) {
    const authors = (reference.authors ?? '')
      .split(',')
      .map((name) => name.trim())
      .filter((name) => name !== '' && !/^et al\.?$/i.test(name))
    const article: JsonLdScholarlyArticle = {
      '@type': 'ScholarlyArticle',
      ...common,
      ...(authors.length === 0 ? {} : { author: authors.map((name) => ({ '@type': 'Person' as const, name })) }),
      ...(reference.journal === undefined ? {} : { isPartOf: { '@type': 'Periodical', name: reference.journal } }),
      ...(reference.publisher === undefined ? {} : { publisher: { '@type': 'Organization', name: reference.publisher } }),
      ...(reference.doi === undefined
        ? {}
        : {
            identifier: { '@type': 'PropertyValue', propertyID: 'DOI', value: reference.doi },
            sameAs: doiUrl(reference.doi),
          }),
      ...(reference.url === undefined && reference.doi !== undefined ? { url: doiUrl(reference.doi) } : {}),
      ...(reference.url === undefined ? {} : { url: reference.url }),
    }
    return article
  }
  const page: JsonLdWebPage = {
    '@type': 'WebPage',
    ...common,
    ...(reference.publisher === undefined ? {} : { publisher: { '@type': 'Organization', name: reference.publisher } }),
    ...(reference.url === undefined ? {} : { url: reference.url }),
  }
  return page
}

function part(section: Section): JsonLdWebPageElement {
  return {
    '@type': 'WebPageElement',
    name: section.title,
    // Section ids are kebab-case, so the attribute value needs no escaping.
    cssSelector: `section[data-section-id="${section.id}"]`,
    ...(section.sections.length === 0 ? {} : { hasPart: section.sections.map((child) => part(child)) }),
  }
}

/**
 * schema.org `MedicalWebPage` JSON-LD for a document: name, description, language, version,
 * `lastReviewed`, `medicalAudience`, the therapy as `about` and `mainEntity`, every
 * reference as a `citation` (`ScholarlyArticle` with its DOI, or `WebPage` with its URL), and
 * the sections as `hasPart` (`WebPageElement`s located by the HTML renderer's
 * `data-section-id`).
 *
 * @param document The document, parsed or embedded, such as `exosomeOverview`; its `locale`
 *   is the page's `inLanguage`.
 * @param options Page URL and therapy name.
 * @returns A plain object, ready for `JSON.stringify` or `jsonLdScript`.
 * @example jsonLdScript(toJsonLd(exosomeOverview, { url: 'https://clinic.example/exosomes' }))
 */
export function toJsonLd(document: ExosomeDocument | EmbeddedDocument, options: JsonLdOptions = {}): MedicalWebPageJsonLd {
  const therapy: JsonLdMedicalTherapy = {
    '@type': 'MedicalTherapy',
    name: options.therapyName ?? document.title.split(':')[0]?.trim() ?? document.title,
  }
  const audience: JsonLdMedicalAudience = { '@type': 'MedicalAudience', audienceType: jsonLdAudienceTypes[document.audience] }
  const page: MedicalWebPageJsonLd = {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    ...(options.url === undefined ? {} : { '@id': options.url, url: options.url }),
    name: document.title,
    description: document.summary,
    inLanguage: document.locale,
    version: document.version,
    lastReviewed: document.lastReviewed,
    medicalAudience: audience,
    about: therapy,
    mainEntity: therapy,
    citation: document.references.map((reference) => citation(reference)),
    hasPart: document.sections.map((section) => part(section)),
  }
  // Only real schema.org properties on the right types: checked against schema-dts here.
  return page satisfies WithContext<MedicalWebPage>
}

/**
 * Serialize JSON-LD into a `<script type="application/ld+json">` element that is safe to put
 * in HTML: `<`, `>`, `&` and the JavaScript line separators are escaped, so no content can
 * close the script element.
 *
 * @param data JSON-LD, such as the result of `toJsonLd`.
 * @returns The script element as a string.
 */
export function jsonLdScript(data: object): string {
  const json = JSON.stringify(data)
    .replaceAll('<', '\\u003c')
    .replaceAll('>', '\\u003e')
    .replaceAll('&', '\\u0026')
    .replaceAll('\u2028', '\\u2028')
    .replaceAll('\u2029', '\\u2029')
  return `<script type="application/ld+json">${json}</script>`
}
