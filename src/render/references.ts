import type { Reference } from '../schema/reference.js'
import { deepFreeze } from '../util/deep-freeze.js'
import { memoizeFrozen } from '../util/memo.js'

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
  /** Year, or full date when known. */
  date: string
  /** Volume and pages, e.g. `7(1):1535750`. */
  details?: string
  /** DOI link first, then the URL. */
  links: Array<{ href: string; text: string }>
  /** `Accessed 2026-11-28`. */
  accessed?: string
}

// Parts of frozen references (every parsed document's), computed once per reference.
const frozenParts = memoizeFrozen((reference: Reference): Readonly<ReferenceParts> => deepFreeze(computeParts(reference)))

/**
 * Split a reference into display parts.
 *
 * @param reference A reference.
 * @returns Its parts, in display order (frozen).
 */
export function referenceParts(reference: Reference): Readonly<ReferenceParts> {
  return frozenParts(reference)
}

function computeParts(reference: Reference): ReferenceParts {
  const links: ReferenceParts['links'] = []
  if (reference.doi !== undefined) links.push({ href: doiUrl(reference.doi), text: `https://doi.org/${reference.doi}` })
  if (reference.url !== undefined) links.push({ href: reference.url, text: reference.url })
  const details = [reference.volume, reference.pages].filter((part) => part !== undefined).join(':')
  const container = reference.journal ?? reference.publisher
  return {
    ...(reference.authors === undefined ? {} : { authors: reference.authors }),
    title: reference.title,
    ...(container === undefined ? {} : { container }),
    // An undated page (cited by its `accessed` day) shows "n.d.", as citation styles do.
    date: reference.date ?? (reference.year === undefined ? 'n.d.' : String(reference.year)),
    ...(details === '' ? {} : { details }),
    links,
    ...(reference.accessed === undefined ? {} : { accessed: `Accessed ${reference.accessed}` }),
  }
}

/**
 * One line of plain text for a reference list.
 *
 * @param reference A reference.
 * @returns `Authors. Title. Journal. 2018;7(1):1535750. https://doi.org/...`
 */
export function referenceLine(reference: Reference): string {
  const parts = referenceParts(reference)
  const sentence = (text: string): string => (/[.?!]$/.test(text) ? text : `${text}.`)
  const pieces = [
    parts.authors === undefined ? undefined : sentence(parts.authors),
    sentence(parts.title),
    parts.container === undefined ? undefined : sentence(parts.container),
    sentence(parts.details === undefined ? parts.date : `${parts.date};${parts.details}`),
    ...parts.links.map((link) => link.text),
    parts.accessed === undefined ? undefined : sentence(parts.accessed),
  ]
  return pieces.filter((piece) => piece !== undefined).join(' ')
}

/**
 * Short author-year label such as `Théry et al., 2018` or `U.S. Food and Drug Administration, 2019`.
 *
 * @param reference A reference.
 * @returns The label without parentheses or disambiguation suffix.
 */
export function authorYearLabel(reference: Reference): string {
  const year = reference.year === undefined ? (reference.date?.slice(0, 4) ?? 'n.d.') : String(reference.year)
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
      who = etAl || people.length > 2 ? `${first} et al.` : people.length === 2 ? `${first} and ${surname(people[1] ?? '')}` : first
    }
  }
  return `${who}, ${year}`
}
