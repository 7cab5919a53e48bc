import type { PolicyInput } from '../rules/policy.js'
import type { Diagnostic } from '../schema/diagnostic.js'
import type { ExosomeDocument } from '../schema/document.js'

/** Options of `parseContent` and `remarkExosomeContent`. */
export interface ParseOptions {
  /**
   * Path of the file, stamped on every diagnostic as `file`.
   *
   * @default undefined
   * @example 'content/exosome-therapy.md'
   */
  path?: string | undefined
  /**
   * Policy for the consistency rules and for the disclaimers each kind of claim requires.
   *
   * @default the `recommended` policy
   * @example { requires: { safety: ['not-medical-advice', 'report-problems'] } }
   */
  policy?: PolicyInput | undefined
  /**
   * Run the consistency rules after parsing; `false` reports parser diagnostics only.
   *
   * @default true
   */
  rules?: boolean | undefined
}

/** What `parseContent` returns. */
export interface ParseResult {
  /** The deep-frozen document, present exactly when no diagnostic is an error. */
  document: ExosomeDocument | undefined
  /** Every problem found, sorted by position. */
  diagnostics: Diagnostic[]
}
