import { normaliseNow } from '../util/now.js'
import type { Diagnostic } from '../schema/diagnostic.js'
import { type CheckedDocument, findUnstableClaimIds, type SummarizedDocument } from './claim-id-stable.js'
import { summarizeDocument } from './document-summary.js'
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
 * Cross-document checks over several parsed documents (today: `claim-id-stable`, a claim id
 * reused across documents must carry the same text).
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
  const level = policy.rules['claim-id-stable']?.level ?? 'error'
  if (level === 'off') return []
  return findUnstableClaimIds(results, level === 'error' ? 'error' : 'warning')
}
