import type { PolicyInput } from '../rules/policy.js'
import type { Diagnostic } from '../schema/diagnostic.js'
import type { ExosomeDocument } from '../schema/document.js'

/** What the CLI asks a parser worker to do with one file. */
export interface ParseRequest {
  /** Path used in diagnostics. */
  path: string
  /** File contents. */
  source: string
  /** Policy from the config file. */
  policy: PolicyInput
}

/** What a parser worker answers for one file. */
export interface ParseResponse {
  /** Parser and rule diagnostics. */
  diagnostics: Diagnostic[]
  /**
   * The document reduced to what cross-document checks read (metadata, references,
   * disclaimers, claims with their markdown), with every mdast tree and the section tree
   * left out: small to send between threads and to cache. Undefined when no document
   * could be built.
   */
  summary: ExosomeDocument | undefined
}

/**
 * Reduce a parsed document to its cross-document summary (see {@link ParseResponse}).
 *
 * @param document The full document.
 * @returns A document with empty `intro`, `sections` and claim mdast.
 */
export function summarizeDocument(document: ExosomeDocument): ExosomeDocument {
  const claims: ExosomeDocument['claims'] = {}
  for (const [id, claim] of Object.entries(document.claims)) {
    claims[id] = { ...claim, content: { markdown: claim.content.markdown, mdast: [] } }
  }
  return { ...document, intro: [], sections: [], claims }
}
