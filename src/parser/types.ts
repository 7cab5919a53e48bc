import type { PolicyInput } from '../rules/policy.js'
import type { Diagnostic } from '../schema/diagnostic.js'
import type { ExosomeDocument } from '../schema/document.js'
import type { ParseLimits } from './limits.js'

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
  /**
   * Input limits checked before parsing (see `ParseLimits` and SECURITY.md); input past a
   * limit gets a `limit-*` error and no document.
   *
   * @default `defaultLimits`
   * @example { maxBodyBytes: 1_048_576 }
   */
  limits?: Partial<ParseLimits> | undefined
  /**
   * The day date-dependent rules (`review-stale`) measure from: a `Date`, or an ISO date or
   * date-time string. Fix it in tests, snapshots and reproducible builds.
   *
   * @default the current date
   * @example '2026-11-29'
   */
  now?: Date | string | undefined
}

/** What `parseContent` returns. */
export interface ParseResult {
  /** The deep-frozen document, present exactly when no diagnostic is an error. */
  document: ExosomeDocument | undefined
  /** Every problem found, sorted by position. */
  diagnostics: Diagnostic[]
}
