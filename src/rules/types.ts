import type { Root } from 'mdast'
import type { ExosomeDocument } from '../schema/document.js'
import type { Position } from '../schema/primitives.js'
import type { ResolvedPolicy } from './policy.js'

/** An HTML comment found in the body, e.g. an `exosome-content-ignore` suppression. */
export interface SourceComment {
  value: string
  position: Position
}

/**
 * Days between which a rule's outcome on a document stays the same, as `YYYY-MM-DD` (UTC):
 * valid for every `now` with `from <= now < until`; a missing bound is open.
 */
export interface DateWindow {
  from?: string | undefined
  until?: string | undefined
}

/** What the parser hands the rules: the best-effort document and how to find things in the source. */
export interface RuleInput {
  /**
   * The document built from everything that validated. When the file had errors this is a
   * draft: invalid frontmatter entries and unusable claims are left out, and claims may have
   * empty `cites`.
   */
  document: ExosomeDocument
  /** The whole source text. */
  source: string
  /** The mdast of the whole file. */
  tree: Root
  /** File path, when known. */
  file?: string | undefined
  /** Position in the file of a frontmatter value by its data path, e.g. `['references', 2, 'doi']`. */
  locate: (path: ReadonlyArray<PropertyKey>) => Position | undefined
  /** HTML comments in the body, in source order. */
  comments: SourceComment[]
  /**
   * Ids of every `disclaimers` entry as written, valid or not (an invalid entry is the parser's
   * schema error, not an undeclared disclaimer).
   */
  writtenDisclaimerIds?: ReadonlySet<string>
  policy: ResolvedPolicy
  /**
   * The day date-dependent rules (`review-stale`) measure from.
   *
   * @default the current date
   */
  now?: Date | undefined
  /** Told the window of days over which a date-dependent rule's outcome holds (for caches). */
  onDateWindow?: ((window: DateWindow) => void) | undefined
}
