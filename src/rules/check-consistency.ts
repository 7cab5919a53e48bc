import { normaliseNow } from '../util/now.js'
import type { Diagnostic } from '../schema/diagnostic.js'
import { type CheckedDocument, findUnstableClaimIds, type SummarizedDocument } from './claim-id-stable.js'
import { summarizeDocument } from './document-summary.js'
import { findLocaleParity, type LocaleParityOptions } from './locale-parity.js'
import { type PolicyInput, type ResolvedPolicy, resolvePolicy } from './policy.js'

/** Options of {@link checkConsistency}. */
export interface ConsistencyOptions {
  /**
   * The day date-dependent cross-document rules measure from (none of the built-in ones
   * reads it today): a `Date` or an ISO date string.
   *
   * @default the current date
   */
  now?: Date | string | undefined
}

/**
 * Cross-document checks over several parsed documents: `claim-id-stable` (a claim id defined
 * in several documents of one locale carries the same text) and `locale-parity` (documents
 * that share an `id` in different locales have the same claims, grades, citations,
 * disclaimers, sections and placements).
 *
 * @param results The parsed documents with their file paths, in checking order.
 * @param policy A policy as written, or one from `resolvePolicy` (default `recommended`).
 * @param options `now`.
 * @returns Diagnostics, each carrying the file of the differing definition.
 * @throws {TypeError} When the policy or `now` is invalid.
 */
export function checkConsistency(
  results: ReadonlyArray<CheckedDocument>,
  policy?: PolicyInput | ResolvedPolicy | undefined,
  options?: ConsistencyOptions | undefined,
): Diagnostic[] {
  normaliseNow(options?.now)
  return checkSummaries(
    results.map((result) => ({ file: result.file, summary: summarizeDocument(result.document) })),
    resolvePolicy(policy),
  )
}

/**
 * The cross-document rules over document summaries (what `check` workers, the cache and CI
 * shards keep of each document).
 *
 * @param results Summaries with their file paths, in checking order.
 * @param policy The resolved policy.
 * @returns Diagnostics, each carrying the file of the differing definition.
 */
export function checkSummaries(results: ReadonlyArray<SummarizedDocument>, policy: ResolvedPolicy): Diagnostic[] {
  const diagnostics: Diagnostic[] = []
  const stable = policy.rules['claim-id-stable']?.level ?? 'error'
  if (stable !== 'off') diagnostics.push(...findUnstableClaimIds(results, stable === 'error' ? 'error' : 'warning'))
  const parity = policy.rules['locale-parity']
  const level = parity?.level ?? 'error'
  if (level !== 'off') {
    const options = (parity?.options as LocaleParityOptions | undefined) ?? { sourceLocale: 'en' }
    diagnostics.push(...findLocaleParity(results, level === 'error' ? 'error' : 'warning', options))
  }
  return diagnostics
}
