import { createDiagnostic, docsUrl } from '../diagnostics.js'
import type { Diagnostic, Severity } from '../schema/diagnostic.js'
import type { ExosomeDocument } from '../schema/document.js'
import type { DocumentSummary } from './document-summary.js'
import type { Rule } from './rule.js'

/** One checked document, as `checkConsistency` takes it. */
export interface CheckedDocument {
  /** File path, copied onto the diagnostics. */
  file?: string | undefined
  document: ExosomeDocument
}

/** One document's summary with its file, as the cross-document rules read it. */
export interface SummarizedDocument {
  /** File path, copied onto the diagnostics. */
  file?: string | undefined
  summary: DocumentSummary
}

/**
 * Find claim ids defined in several documents of one locale with different text (white space
 * collapsed, compared exactly otherwise). Each definition that differs from the first one of
 * its locale is reported, with `related` pointing at that first one. Documents in different
 * locales are not compared: a translation has its own text for each claim (`locale-parity`
 * compares everything else).
 *
 * @param results The document summaries, in checking order.
 * @param severity Severity of the diagnostics.
 * @returns Diagnostics in input order.
 */
export function findUnstableClaimIds(results: ReadonlyArray<SummarizedDocument>, severity: Severity): Diagnostic[] {
  const first = new Map<string, { file: string | undefined; textHash: string; place: DocumentSummary['claims'][number]['position'] }>()
  const diagnostics: Diagnostic[] = []
  for (const result of results) {
    // Stryker disable next-line MethodExpression: locale tags are ASCII, so folding them to upper case groups them the same way
    const locale = result.summary.locale.toLowerCase()
    for (const claim of result.summary.claims) {
      // Locale tags have no `\0`: the key is one claim id within one locale.
      const key = `${locale}\0${claim.id}`
      const earlier = first.get(key)
      if (earlier === undefined) {
        first.set(key, { file: result.file, textHash: claim.textHash, place: claim.position })
        continue
      }
      if (earlier.textHash === claim.textHash) continue
      const where = earlier.file === undefined ? 'another document' : earlier.file
      diagnostics.push(
        createDiagnostic({
          ruleId: claimIdStable.id,
          severity,
          message: `Unexpected text for claim \`${claim.id}\`, expected the same text as its definition in ${where}: a claim id names one statement everywhere`,
          place: claim.position,
          file: result.file,
          related: { message: `Claim \`${claim.id}\` defined in ${where} with different text`, place: earlier.place, file: earlier.file },
          url: claimIdStable.url,
        }),
      )
    }
  }
  return diagnostics
}

/**
 * A claim id used in several documents of one locale carries the same text in each. The check needs every
 * document at once: it runs in `checkConsistency` (and `check --merge` over CI shards), and
 * is a no-op on a single document (where a repeated id is the parser's duplicate-id error).
 */
export const claimIdStable: Rule = {
  id: 'claim-id-stable',
  description: 'A claim id defined in several documents of one locale has the same text in each (cross-document, `checkConsistency`).',
  defaultLevel: 'error',
  url: docsUrl('claim-id-stable', 'rules.md'),
  check() {
    // Cross-document only: see `findUnstableClaimIds`.
  },
}
