export { renderClaim, renderDocument, renderSection } from './render.js'
export type { CitationStyle, DisclaimerMode, RenderFormat, RenderOptions } from './options.js'
export { citationStyles, disclaimerModes, renderFormats } from './options.js'
export { requiredDisclaimers } from './required.js'
export { evidenceSummary, evidenceSummaryLabels, renderEvidenceSummary } from './evidence-summary.js'
export type { EvidenceSummaryLabels, EvidenceSummaryOptions, EvidenceSummaryRow } from './evidence-summary.js'
export type { RequiredDisclaimersSelection } from './required.js'
export { jsonLdAudienceTypes, jsonLdScript, toJsonLd } from './json-ld.js'
export type { JsonLdOptions } from './json-ld.js'
export { htmlClassNames } from './html-schema.js'
export type { HtmlClassName } from './html-schema.js'
export { textDisclaimerMarker } from './text.js'
export { labelLocale, renderLabels } from './labels.js'
export type { LabelLocale, RenderLabelOverrides, RenderLabels } from './labels.js'
export type {
  JsonLdMedicalAudience,
  JsonLdMedicalTherapy,
  JsonLdOrganization,
  JsonLdPerson,
  JsonLdScholarlyArticle,
  JsonLdWebPage,
  JsonLdWebPageElement,
  MedicalWebPageJsonLd,
} from './json-ld-types.js'
