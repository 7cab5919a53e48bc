// The JSON-LD shapes `toJsonLd` produces. They are plain types so that consumers' type checks
// never depend on schema-dts; `json-ld.ts` checks them against schema-dts with `satisfies`.

/** A schema.org `Organization`, by name. */
export interface JsonLdOrganization {
  '@type': 'Organization'
  name: string
}

/** A schema.org `Person`, by name. */
export interface JsonLdPerson {
  '@type': 'Person'
  name: string
}

/** A journal article cited by the page, with its DOI when it has one. */
export interface JsonLdScholarlyArticle {
  '@type': 'ScholarlyArticle'
  name: string
  datePublished?: string
  author?: JsonLdPerson[]
  isPartOf?: { '@type': 'Periodical'; name: string }
  publisher?: JsonLdOrganization
  identifier?: { '@type': 'PropertyValue'; propertyID: 'DOI'; value: string }
  sameAs?: string
  url?: string
}

/** A web page cited by the page (a regulator's notice, say). */
export interface JsonLdWebPage {
  '@type': 'WebPage'
  name: string
  datePublished?: string
  publisher?: JsonLdOrganization
  url?: string
}

/** The therapy the page is about. */
export interface JsonLdMedicalTherapy {
  '@type': 'MedicalTherapy'
  name: string
}

/** Who the page is written for. */
export interface JsonLdMedicalAudience {
  '@type': 'MedicalAudience'
  audienceType: string
}

/**
 * A section of the page: its heading and the CSS selector of the element the HTML renderer
 * makes for it (`section[data-section-id="<id>"]`), with its subsections.
 */
export interface JsonLdWebPageElement {
  '@type': 'WebPageElement'
  name: string
  cssSelector: string
  hasPart?: JsonLdWebPageElement[]
}

/** schema.org `MedicalWebPage` JSON-LD with its `@context`, as `toJsonLd` returns it. */
export interface MedicalWebPageJsonLd {
  '@context': 'https://schema.org'
  '@type': 'MedicalWebPage'
  '@id'?: string
  url?: string
  name: string
  description: string
  inLanguage: string
  version: string
  lastReviewed: string
  medicalAudience: JsonLdMedicalAudience
  about: JsonLdMedicalTherapy
  mainEntity: JsonLdMedicalTherapy
  citation: Array<JsonLdScholarlyArticle | JsonLdWebPage>
  /** The sections, in order. */
  hasPart: JsonLdWebPageElement[]
}
