import type { Reference } from '../schema/reference.js'
import type { RenderLabels } from './labels.js'
import type { CitationStyle } from './options.js'
import { planItems, type Plan } from './placement.js'
import { authorYearLabel } from './references.js'

/** The references a rendered subset lists, and how each one is cited. */
export interface Citations {
  style: CitationStyle
  /** References in list order (numeric: order of first citation; author-year: by label). Empty for style `none`. */
  references: Reference[]
  /** Label of one reference in the flow: `1` or `Théry et al., 2018` (no brackets). */
  label: (id: string) => string
}

/**
 * Number the references of a plan in order of first citation. The document scope also
 * lists what its glossary cites and, last, references nothing cites.
 *
 * @param plan The placement plan.
 * @param style Citation style.
 * @param words The renderer's labels (for author-year labels).
 * @returns The reference list and labels.
 */
export function collectCitations(plan: Plan, style: CitationStyle, words: RenderLabels): Citations {
  const { document } = plan
  const byId = new Map(document.references.map((reference) => [reference.id, reference]))
  const order: Reference[] = []
  const seen = new Set<string>()
  // `where` names the citing place for the error message only, so it is built only then.
  const cite = (id: string, where: () => string): void => {
    if (seen.has(id)) return
    const reference = byId.get(id)
    if (!reference) throw new RangeError(`Unknown reference id ${JSON.stringify(id)} cited by ${where()}, expected one defined in the document`)
    seen.add(id)
    order.push(reference)
  }
  for (const item of planItems(plan)) {
    if (item.type === 'claim') for (const id of item.claim.cites) cite(id, () => `claim ${JSON.stringify(item.claim.id)}`)
  }
  if (plan.scope.type === 'document') {
    for (const term of document.glossary) for (const id of term.cites ?? []) cite(id, () => `glossary term ${JSON.stringify(term.id)}`)
    for (const reference of document.references) cite(reference.id, () => 'the document')
  }

  const labels = new Map<string, string>()
  if (style === 'author-year') {
    const base = order.map((reference) => authorYearLabel(reference, words))
    const counts = new Map<string, number>()
    for (const label of base) counts.set(label, (counts.get(label) ?? 0) + 1)
    const used = new Map<string, number>()
    order.forEach((reference, index) => {
      const label = base[index] ?? ''
      if ((counts.get(label) ?? 0) < 2) return labels.set(reference.id, label)
      const n = used.get(label) ?? 0
      used.set(label, n + 1)
      // Same author and year: 2019a, 2019b in list order.
      labels.set(reference.id, `${label}${String.fromCharCode(97 + (n % 26))}${n >= 26 ? n : ''}`)
    })
  } else {
    order.forEach((reference, index) => labels.set(reference.id, String(index + 1)))
  }
  // An author-year list is read by author, so it is alphabetical (code-unit order: the same
  // everywhere); a numeric list follows the numbers.
  const listed =
    style === 'author-year'
      ? [...order].sort((a, b) => {
          const left = (labels.get(a.id) ?? '').toLowerCase()
          const right = (labels.get(b.id) ?? '').toLowerCase()
          return left < right ? -1 : left > right ? 1 : 0
        })
      : order
  return {
    style,
    references: style === 'none' ? [] : listed,
    label: (id) => labels.get(id) ?? id,
  }
}
