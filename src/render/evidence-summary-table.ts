import type { Element, ElementContent } from 'hast'
import type { EvidenceGrade } from '../schema/claim.js'
import type { Disclaimer } from '../schema/disclaimer.js'
import type { EmbeddedDocument } from '../schema/document.js'
import type { EmbeddedSection as Section } from '../schema/section.js'
import { allSections } from '../util/sections.js'

/** One row of the evidence summary: one area of research, from the claims of one section. */
export interface EvidenceSummaryRow {
  /** Id of the section the row sums up. */
  section: string
  /** The area: that section's title. */
  area: string
  /** The strongest evidence grade among the section's `therapeutic-potential` claims. */
  evidence: EvidenceGrade
  /** The `therapeutic-potential` claims defined in the section, in document order. */
  claims: string[]
  /** Ids of the disclaimers those claims require, once each, in the order they first need them. */
  disclaimers: string[]
  /**
   * Titles of the `investigational` and `regulatory` disclaimers among them: what the row says
   * about the area's standing (for the overview, "Still being researched" and "Not approved by
   * the FDA").
   */
  status: string[]
}

/** Reader-facing words of the evidence summary (the `evidenceSummary` labels of a locale). */
export interface EvidenceSummaryLabels {
  /** Table caption, followed by the review date. */
  caption: string
  /** Joins the caption and the document's review date. */
  asOf: string
  /** Column header: the area of research. */
  area: string
  /** Column header: the evidence in people. */
  evidence: string
  /** Column header: the area's standing. */
  status: string
  /** Status cell of a row whose claims require no investigational or regulatory disclaimer. */
  noStatus: string
  /** Shown instead of the table when the document has no `therapeutic-potential` claims. */
  empty: string
  /** What each grade means for evidence in people (the strongest grade of the area's claims). */
  grades: Record<EvidenceGrade, string>
}

/** The English words of the evidence summary. */
export const evidenceSummaryLabels = {
  caption: 'Evidence at a glance',
  asOf: 'as of',
  area: 'Area',
  evidence: 'Evidence in people',
  status: 'Status',
  noStatus: 'Not stated',
  empty: 'This page has no research claims to sum up.',
  grades: {
    established: 'Established',
    clinical: 'Shown in controlled clinical trials',
    'early-clinical': 'Early: a few small studies',
    preclinical: 'Not yet shown: lab and animal studies only',
    'regulatory-fact': 'A statement by a regulator, not a study',
  },
} as const satisfies EvidenceSummaryLabels

// Strongest evidence first, as the schema orders grades; a statement by a regulator says the
// least about evidence in people.
const gradeRank = {
  established: 0,
  clinical: 1,
  'early-clinical': 2,
  preclinical: 3,
  'regulatory-fact': 4,
} as const satisfies Record<EvidenceGrade, number>

const statusKinds = new Set<Disclaimer['kind']>(['investigational', 'regulatory'])

/**
 * The evidence summary of a document, as data: one row per section that defines at least one
 * `therapeutic-potential` claim (the area is the section's title), in document order, each with
 * the strongest grade of those claims and the disclaimers they require. For apps that draw the
 * table with their own components; `renderEvidenceSummary` renders it.
 *
 * @param document A parsed document, such as `exosomeOverview`.
 * @returns The rows; empty when the document has no `therapeutic-potential` claim.
 * @example evidenceSummary(exosomeOverview).map((row) => `${row.area}: ${row.evidence}`)
 */
export function evidenceSummary(document: EmbeddedDocument): EvidenceSummaryRow[] {
  const disclaimers = new Map(document.disclaimers.map((disclaimer) => [disclaimer.id, disclaimer]))
  const rows: EvidenceSummaryRow[] = []
  for (const section of allSections(document.sections)) {
    const claims = sectionClaims(document, section)
    if (claims.length === 0) continue
    const required = [...new Set(claims.flatMap((claim) => claim.requires))]
    const strongest = claims.reduce((best, claim) => (gradeRank[claim.evidence] < gradeRank[best] ? claim.evidence : best), claims[0]?.evidence ?? 'preclinical')
    rows.push({
      section: section.id,
      area: section.title,
      evidence: strongest,
      claims: claims.map((claim) => claim.id),
      disclaimers: required,
      status: required.flatMap((id) => {
        const found = disclaimers.get(id)
        return found !== undefined && statusKinds.has(found.kind) ? [found.title] : []
      }),
    })
  }
  return rows
}

// The therapeutic-potential claims a section defines (not the ones it reuses from elsewhere).
function sectionClaims(document: EmbeddedDocument, section: Section): EmbeddedDocument['claims'][string][] {
  return section.blocks.flatMap((block) => {
    if (block.type !== 'claim' || block.reuse) return []
    const claim = Object.hasOwn(document.claims, block.claim) ? document.claims[block.claim] : undefined
    return claim !== undefined && claim.kind === 'therapeutic-potential' && claim.section === section.id ? [claim] : []
  })
}

/**
 * The caption: the label and the document's review date, written for its locale.
 *
 * @param document The document.
 * @param labels The words of the render's locale.
 * @param locale The render's locale, for the date.
 * @returns For the overview, `Evidence at a glance, as of December 1, 2026`.
 */
export function evidenceSummaryCaption(document: EmbeddedDocument, labels: EvidenceSummaryLabels = evidenceSummaryLabels, locale = document.locale): string {
  return `${labels.caption}, ${labels.asOf} ${reviewDate(document, locale)}`
}

// Date formatters by locale (`null`: a locale the runtime does not know). Creating one costs
// more than the rest of a caption, so each is made once; the map stays small (a render's
// locale is a label locale or the document's own, and it is cleared when it grows).
const formatters = new Map<string, Intl.DateTimeFormat | null>()

function formatter(locale: string): Intl.DateTimeFormat | null {
  let found = formatters.get(locale)
  if (found === undefined) {
    try {
      found = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' })
    } catch {
      found = null
    }
    if (formatters.size >= 32) formatters.clear()
    formatters.set(locale, found)
  }
  return found
}

function reviewDate(document: EmbeddedDocument, locale: string): string {
  const day = new Date(`${document.lastReviewed}T00:00:00Z`)
  if (Number.isNaN(day.getTime())) return document.lastReviewed
  // A locale the runtime does not know: the ISO date is still unambiguous.
  return formatter(locale)?.format(day) ?? document.lastReviewed
}

/** The status cell of a row. */
const statusText = (row: EvidenceSummaryRow, labels: EvidenceSummaryLabels): string => (row.status.length === 0 ? labels.noStatus : row.status.join('; '))

/** How the HTML links each area to its section: only to sections in the same output, to all, or none. */
export type EvidenceSummaryLinks = 'rendered' | 'all' | 'none'

const text = (value: string): ElementContent => ({ type: 'text', value })
const element = (tagName: string, properties: Element['properties'], children: ElementContent[]): Element => ({ type: 'element', tagName, properties, children })

/**
 * The evidence summary as hast (sanitized with the rest of the render): a table with a caption,
 * a header row, and one row per area whose header cell links to the area's section.
 *
 * @param rows The rows.
 * @param caption The caption.
 * @param href The link target of a section, or undefined for no link.
 * @param labels The words of the render's locale.
 * @returns The element.
 */
export function evidenceSummaryHast(rows: readonly EvidenceSummaryRow[], caption: string, href: (section: string) => string | undefined, labels: EvidenceSummaryLabels): Element {
  if (rows.length === 0) {
    return element('div', { className: ['exo-evidence-summary'] }, [element('p', { className: ['exo-evidence-summary-empty'] }, [text(labels.empty)])])
  }
  const header = (label: string): Element => element('th', { scope: 'col' }, [text(label)])
  const body = rows.map((row) => {
    const target = href(row.section)
    const area = target === undefined ? text(row.area) : element('a', { href: target }, [text(row.area)])
    return element('tr', { dataSectionId: row.section, dataEvidence: row.evidence }, [
      element('th', { scope: 'row' }, [area]),
      element('td', {}, [text(labels.grades[row.evidence])]),
      element('td', {}, [text(statusText(row, labels))]),
    ])
  })
  return element('div', { className: ['exo-evidence-summary'] }, [
    element('table', { className: ['exo-evidence-summary-table'] }, [
      element('caption', { className: ['exo-evidence-summary-caption'] }, [text(caption)]),
      element('thead', {}, [element('tr', {}, [header(labels.area), header(labels.evidence), header(labels.status)])]),
      element('tbody', {}, body),
    ]),
  ])
}

/**
 * The evidence summary as plain text: the caption, then one line per area.
 *
 * @param rows The rows.
 * @param caption The caption.
 * @param labels The words of the render's locale.
 * @returns Plain text (no trailing newline).
 */
export function evidenceSummaryText(rows: readonly EvidenceSummaryRow[], caption: string, labels: EvidenceSummaryLabels): string {
  if (rows.length === 0) return labels.empty
  const lines = rows.map((row) => `• ${row.area}. ${labels.evidence}: ${labels.grades[row.evidence]}. ${labels.status}: ${statusText(row, labels)}.`)
  return [caption, ...lines].join('\n')
}

// A table cell's text: markup characters and the cell separator escaped.
const cellText = (value: string): string => value.replace(/[\\`*_[\]<>!&|~]/g, '\\$&').replace(/\s+/g, ' ')

/**
 * The evidence summary as a GitHub-flavoured markdown table, columns padded to one width.
 *
 * @param rows The rows (at least one).
 * @param labels The words of the render's locale.
 * @returns The table's lines (no trailing newline).
 */
export function evidenceSummaryTableText(rows: readonly EvidenceSummaryRow[], labels: EvidenceSummaryLabels): string {
  const table = [
    [labels.area, labels.evidence, labels.status],
    ...rows.map((row) => [row.area, labels.grades[row.evidence], statusText(row, labels)]),
  ].map((cells) => cells.map(cellText))
  const widths = [0, 1, 2].map((column) => Math.max(3, ...table.map((cells) => (cells[column] ?? '').length)))
  const line = (cells: readonly string[]): string => `| ${cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ')} |`
  const [header = [], ...body] = table
  return [line(header), `| ${widths.map((width) => '-'.repeat(width)).join(' | ')} |`, ...body.map(line)].join('\n')
}
