import { cursorContext } from './cursor.js'
import type { DocumentIndex, IdUsage, Span, UsageKind } from './types.js'

/** What an id names. */
export type IdKind = 'reference' | 'disclaimer' | 'claim'

/** The id under a cursor and what it names. */
export interface IdTarget {
  kind: IdKind
  id: string
  span: Span
}

const named: Record<UsageKind, IdKind> = {
  cite: 'reference',
  'glossary-cite': 'reference',
  requires: 'disclaimer',
  'disclaimer-ref': 'disclaimer',
  'claim-ref': 'claim',
}

/**
 * Which usages point at an id of a kind.
 *
 * @param kind What the id names.
 * @returns The usage kinds.
 */
export function usageKindsOf(kind: IdKind): UsageKind[] {
  return (Object.keys(named) as UsageKind[]).filter((usage) => named[usage] === kind)
}

const inside = (span: Span, offset: number): boolean => offset >= span.start && offset <= span.end

/**
 * The id under a cursor: in `cite`, `requires`, `ref` or `#id` of a directive, on the
 * directive of a claim definition, on an entry's `id` in the frontmatter, or on a glossary
 * `cites` item.
 *
 * @param text The document now.
 * @param offset The cursor.
 * @param index The latest index of the document (its offsets are those of the text it was
 *   read from).
 * @returns The id and what it names, or undefined.
 */
export function idAt(text: string, offset: number, index: DocumentIndex | undefined): IdTarget | undefined {
  const context = cursorContext(text, offset)
  if (context?.type === 'attribute' && context.inValue && context.word.text !== '') {
    const { word } = context
    if (context.directive === 'disclaimer') return context.attribute === 'ref' ? { kind: 'disclaimer', id: word.text, span: word.span } : undefined
    switch (context.attribute) {
      case 'cite':
        return { kind: 'reference', id: word.text, span: word.span }
      case 'requires':
        return { kind: 'disclaimer', id: word.text, span: word.span }
      case 'ref':
      case 'id':
        return { kind: 'claim', id: word.text, span: word.span }
      default:
        return undefined
    }
  }
  if (index === undefined) return undefined
  const usage: IdUsage | undefined = index.usages.find((candidate) => candidate.kind === 'glossary-cite' && inside(candidate.span, offset))
  if (usage !== undefined) return { kind: named[usage.kind], id: usage.id, span: usage.span }
  for (const [kind, entries] of [['reference', index.references], ['disclaimer', index.disclaimers]] as const) {
    const entry = entries.find((candidate) => inside(candidate.idSpan, offset))
    if (entry !== undefined) return { kind, id: entry.id, span: entry.idSpan }
  }
  const claim = index.claims.find((candidate) => inside(candidate.head, offset))
  if (claim !== undefined) return { kind: 'claim', id: claim.id, span: claim.idSpan }
  return undefined
}
