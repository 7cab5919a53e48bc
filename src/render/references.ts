import type { Reference } from '../schema/reference.js'
import { fill, type RenderLabels } from './labels.js'

/**
 * The resolver URL of a DOI, with the characters a URL cannot hold percent-encoded.
 *
 * @param doi A DOI such as `10.1038/ncb1596`.
 * @returns `https://doi.org/<doi>`.
 */
export function doiUrl(doi: string): string {
  return `https://doi.org/${encodeURI(doi).replaceAll('#', '%23').replaceAll('?', '%3F')}`
}

/** A reference split into the parts every format shows. */
export interface ReferenceParts {
  authors?: string
  title: string
  /** Journal or publisher. */
  container?: string
  /** Year, or full date when known; undefined for an undated page. */
  date?: string
  /** Volume and pages, e.g. `7(1):1535750`. */
  details?: string
  /** DOI link first, then the URL. */
  links: Array<{ href: string; text: string }>
  /** The day an undated page was read, `2026-11-28`. */
  accessed?: string
}

/**
 * Split a reference into display parts.
 *
 * @param reference A reference.
 * @returns Its parts, in display order.
 */
export function referenceParts(reference: Reference): Readonly<ReferenceParts> {
  return computeParts(reference)
}

function computeParts(reference: Reference): ReferenceParts {
  const links: ReferenceParts['links'] = []
  if (reference.doi !== undefined) links.push({ href: doiUrl(reference.doi), text: `https://doi.org/${reference.doi}` })
  if (reference.url !== undefined) links.push({ href: reference.url, text: reference.url })
  const { authors, volume, pages, accessed } = reference
  const container = reference.journal ?? reference.publisher
  const date = reference.date ?? (reference.year === undefined ? undefined : String(reference.year))
  const details = volume === undefined ? pages : pages === undefined ? volume : `${volume}:${pages}`
  // Fields set one by one, in display order (no object spread: this runs per reference and render).
  const parts: ReferenceParts = authors === undefined ? { title: reference.title, links } : { authors, title: reference.title, links }
  if (container !== undefined) parts.container = container
  if (date !== undefined) parts.date = date
  if (details !== undefined && details !== '') parts.details = details
  if (accessed !== undefined) parts.accessed = accessed
  return parts
}

/**
 * The date part of a reference (`2018;7(1):1535750`): "n.d." (per locale) for an undated
 * page, as citation styles write it.
 *
 * @param parts The reference's parts.
 * @param labels The renderer's labels.
 * @returns The date and details.
 */
export function referenceDate(parts: Readonly<ReferenceParts>, labels: RenderLabels): string {
  const date = parts.date ?? labels.noDate
  return parts.details === undefined ? date : `${date};${parts.details}`
}

/**
 * The "Accessed <date>" note of a reference read online without a date, per locale.
 *
 * @param parts The reference's parts.
 * @param labels The renderer's labels.
 * @returns The note, or undefined.
 */
export function referenceAccessed(parts: Readonly<ReferenceParts>, labels: RenderLabels): string | undefined {
  return parts.accessed === undefined ? undefined : fill(labels.accessed, { date: parts.accessed })
}

/**
 * One line of plain text for a reference list.
 *
 * @param reference A reference.
 * @param labels The renderer's labels.
 * @returns `Authors. Title. Journal. 2018;7(1):1535750. https://doi.org/...`
 */
export function referenceLine(reference: Reference, labels: RenderLabels): string {
  const parts = referenceParts(reference)
  const sentence = (text: string): string => (/[.?!]$/.test(text) ? text : `${text}.`)
  const accessed = referenceAccessed(parts, labels)
  const pieces = [
    parts.authors === undefined ? undefined : sentence(parts.authors),
    sentence(parts.title),
    parts.container === undefined ? undefined : sentence(parts.container),
    sentence(referenceDate(parts, labels)),
    ...parts.links.map((link) => link.text),
    accessed === undefined ? undefined : sentence(accessed),
  ]
  return pieces.filter((piece) => piece !== undefined).join(' ')
}

/**
 * Short author-year label such as `Théry et al., 2018` or `U.S. Food and Drug Administration, 2019`.
 *
 * @param reference A reference.
 * @param labels The renderer's labels (`et al.`, `and`, `n.d.`).
 * @returns The label without parentheses or disambiguation suffix.
 */
export function authorYearLabel(reference: Reference, labels: RenderLabels): string {
  const year = reference.year === undefined ? (reference.date?.slice(0, 4) ?? labels.noDate) : String(reference.year)
  let who = reference.publisher ?? reference.journal ?? reference.title
  if (reference.authors !== undefined) {
    const names = reference.authors
      .split(/,|;|\band\b|&/)
      .map((name) => name.trim())
      .filter((name) => name !== '')
    const etAl = names.some((name) => /^et al\.?$/i.test(name))
    const people = names.filter((name) => !/^et al\.?$/i.test(name))
    // "Théry C" -> "Théry": drop trailing initials of Vancouver-style names.
    const surname = (name: string): string => name.replace(/\s+[A-Z]{1,3}\.?$/, '')
    if (people.length > 0) {
      const first = surname(people[0] ?? '')
      who = etAl || people.length > 2 ? `${first} ${labels.etAl}` : people.length === 2 ? `${first} ${labels.and} ${surname(people[1] ?? '')}` : first
    }
  }
  return `${who}, ${year}`
}
