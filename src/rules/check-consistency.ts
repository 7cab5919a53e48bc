import type { Diagnostic } from '../schema/diagnostic.js'
import { type CheckedDocument, findUnstableClaimIds } from './claim-id-stable.js'
import { type PolicyInput, type ResolvedPolicy, resolvePolicy } from './policy.js'

/**
 * Cross-document checks over several parsed documents (today: `claim-id-stable`, a claim id
 * reused across documents must carry the same text).
 *
 * @param results The parsed documents with their file paths, in checking order.
 * @param policy A policy as written, or one from `resolvePolicy` (default `recommended`).
 * @returns Diagnostics, each carrying the file of the differing definition.
 * @throws {TypeError} When the policy is invalid.
 */
export function checkConsistency(
  results: ReadonlyArray<CheckedDocument>,
  policy?: PolicyInput | ResolvedPolicy | undefined,
): Diagnostic[] {
  const resolved = resolvePolicy(policy)
  const level = resolved.rules['claim-id-stable']?.level ?? 'error'
  if (level === 'off') return []
  return findUnstableClaimIds(results, level === 'error' ? 'error' : 'warning')
}
