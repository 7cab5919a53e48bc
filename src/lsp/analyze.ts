import { parseContent } from '../parser/parse.js'
import { summarizeDocument } from '../rules/document-summary.js'
import { resolvePolicy } from '../rules/policy.js'
import { indexDocument } from './document-index.js'
import type { AnalysisRequest, AnalysisResponse, DocumentIndex } from './types.js'

/**
 * Analyse one text for the editor, in the worker: `parseContent` with the workspace's policy
 * and the editor's limits (the very diagnostics `check` reports), the cross-document
 * summary, and the index of ids. Text refused by an input limit is not indexed: it never
 * reaches micromark or yaml.
 *
 * @param request The text, its path, the policy and limits, whether to index.
 * @returns Diagnostics, summary and index.
 * @throws {TypeError} For invalid options or policy (a programmer error).
 */
export function analyzeText(request: AnalysisRequest): AnalysisResponse {
  const { document, diagnostics } = parseContent(request.source, { path: request.path, policy: request.policy, limits: request.limits })
  const refused = diagnostics.some((diagnostic) => diagnostic.ruleId.startsWith('limit-') || diagnostic.ruleId === 'parse-failed')
  let index: DocumentIndex | undefined
  if (request.index && !refused) {
    try {
      index = indexDocument(request.source, resolvePolicy(request.policy))
    } catch {
      // The diagnostics stand on their own; editor features wait for a text they can read.
      index = undefined
    }
  }
  return { diagnostics, summary: document === undefined ? undefined : summarizeDocument(document), index }
}
