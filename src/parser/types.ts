import type { z } from 'zod'
import type { PolicyInput } from '../rules/policy.js'
import type { Diagnostic } from '../schema/diagnostic.js'
import type { ExosomeDocument } from '../schema/document.js'
import type { FrontmatterExtension } from './frontmatter-extension.js'
import type { ParseLimits } from './limits.js'

export type { FrontmatterExtension } from './frontmatter-extension.js'

/**
 * What a frontmatter extension puts on `document.data`: `z.output` of its schema, or
 * `undefined` without one.
 */
export type ExtensionData<Extension> = Extension extends FrontmatterExtension ? z.output<Extension> : undefined

/** The `frontmatter` option of `parseContent`, the plugin and the config file. */
export interface FrontmatterConfig<Extension extends FrontmatterExtension | undefined = FrontmatterExtension | undefined> {
  /**
   * The site's own frontmatter keys: a zod object schema. Its keys are allowed beside the
   * built-in ones (which it may not redefine), validated by it (defaults applied; errors at
   * their line and column, with the schema's own messages), and its output is
   * `document.data`. A key in neither schema is still `frontmatter-unknown-key`.
   *
   * @default undefined
   * @example z.object({ slug: z.string(), tags: z.array(z.string()).default([]) })
   */
  extend?: Extension | undefined
}

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
  /**
   * The site's own frontmatter keys (see {@link FrontmatterConfig}).
   *
   * @default undefined
   * @example { extend: z.object({ slug: z.string() }) }
   */
  frontmatter?: FrontmatterConfig | undefined
}

/** What `parseContent` returns; `Data` is the type of `document.data` (see `ExtensionData`). */
export interface ParseResult<Data = undefined> {
  /** The deep-frozen document, present exactly when no diagnostic is an error. */
  document: ExosomeDocument<Data> | undefined
  /** Every problem found, sorted by position. */
  diagnostics: Diagnostic[]
}
