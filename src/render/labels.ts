import type { EvidenceGrade } from '../schema/claim.js'
import { evidenceSummaryLabels, type EvidenceSummaryLabels } from './evidence-summary-table.js'

/**
 * The words renderers write themselves (never the document's own text), per locale. Values
 * with `{name}` placeholders are templates.
 */
export interface RenderLabels {
  /** Reader-facing name of each evidence grade. */
  evidence: Record<EvidenceGrade, string>
  /** Heading of the reference list. */
  references: string
  /** Heading of the glossary. */
  glossary: string
  /** Heading of the disclaimers collected at the end (`disclaimers: 'end'`). */
  disclaimers: string
  /** Opening word of a disclaimer in text output (`Important: <title>.`). */
  important: string
  /** `{date}`: the review date of the document. */
  lastReviewed: string
  /** `{version}`: the content version. */
  version: string
  /** `{date}`: the day an undated page was read. */
  accessed: string
  /** Date of a reference without one. */
  noDate: string
  /** After the first author of three or more (author-year citations). */
  etAl: string
  /** Between two authors (author-year citations). */
  and: string
  /** The words of the evidence summary (`::evidence-summary`, `renderEvidenceSummary`). */
  evidenceSummary: EvidenceSummaryLabels
}

/** Label overrides: any label, evidence names one by one. */
export type RenderLabelOverrides = Partial<Omit<RenderLabels, 'evidence' | 'evidenceSummary'>> & { evidence?: Partial<Record<EvidenceGrade, string>> }

/** Locales with a label table. */
export const labelLocales = ['en', 'es'] as const

/** A locale with a label table. */
export type LabelLocale = (typeof labelLocales)[number]

/** The label tables: English, and Spanish written for a general Latin American readership. */
export const renderLabels = {
  en: {
    evidence: {
      established: 'Established science',
      clinical: 'Clinical evidence',
      'early-clinical': 'Early clinical evidence',
      preclinical: 'Preclinical evidence (laboratory or animal studies)',
      'regulatory-fact': 'Regulatory fact',
    },
    references: 'References',
    glossary: 'Glossary',
    disclaimers: 'Important information',
    important: 'Important:',
    lastReviewed: 'Last reviewed {date}',
    version: 'Version {version}',
    accessed: 'Accessed {date}',
    noDate: 'n.d.',
    etAl: 'et al.',
    and: 'and',
    evidenceSummary: evidenceSummaryLabels,
  },
  es: {
    evidence: {
      established: 'Ciencia establecida',
      clinical: 'Evidencia clínica',
      'early-clinical': 'Evidencia clínica inicial',
      preclinical: 'Evidencia preclínica (estudios de laboratorio o en animales)',
      'regulatory-fact': 'Dato regulatorio',
    },
    references: 'Referencias',
    glossary: 'Glosario',
    disclaimers: 'Información importante',
    important: 'Importante:',
    lastReviewed: 'Última revisión: {date}',
    version: 'Versión {version}',
    accessed: 'Consultado el {date}',
    noDate: 's. f.',
    etAl: 'et al.',
    and: 'y',
    evidenceSummary: {
      caption: 'La evidencia de un vistazo',
      asOf: 'al',
      area: 'Área',
      evidence: 'Evidencia en personas',
      status: 'Situación',
      noStatus: 'No indicada',
      empty: 'Esta página no tiene afirmaciones de investigación que resumir.',
      grades: {
        established: 'Establecida',
        clinical: 'Demostrada en ensayos clínicos controlados',
        'early-clinical': 'Inicial: pocos estudios pequeños',
        preclinical: 'Aún no demostrada: solo estudios de laboratorio y en animales',
        'regulatory-fact': 'Una declaración de un organismo regulador, no un estudio',
      },
    },
  },
} as const satisfies Record<LabelLocale, RenderLabels>

/**
 * The label table for a BCP 47 locale: its language subtag when there is a table for it
 * (`es`, `es-MX`, `es-419` → `es`), English otherwise.
 *
 * @param locale A locale such as a document's `locale`.
 * @returns The table's locale.
 */
export function labelLocale(locale: string): LabelLocale {
  const language = locale.split('-')[0]?.toLowerCase() ?? ''
  return (labelLocales as readonly string[]).includes(language) ? (language as LabelLocale) : 'en'
}

/**
 * Labels for a locale with overrides applied.
 *
 * @param locale A locale (see `labelLocale`).
 * @param overrides Labels to replace.
 * @returns The labels.
 */
export function resolveLabels(locale: string, overrides: RenderLabelOverrides | undefined): RenderLabels {
  const table: RenderLabels = renderLabels[labelLocale(locale)]
  if (overrides === undefined) return table
  return { ...table, ...overrides, evidence: { ...table.evidence, ...overrides.evidence } }
}

/**
 * Fill a label template.
 *
 * @param template A label such as `Last reviewed {date}`.
 * @param values The placeholder values.
 * @returns The label with the values in.
 */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? (values[name] ?? '') : whole))
}

/**
 * Heading level after the offset, capped at 6.
 *
 * @param depth Level in the document (1 for the title).
 * @param offset `headingOffset`.
 * @returns 1..6.
 */
export function headingLevel(depth: number, offset: number): number {
  return Math.min(6, Math.max(1, depth + offset))
}
