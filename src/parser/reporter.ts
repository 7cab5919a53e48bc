import { createDiagnostic } from '../diagnostics.js'
import type { Diagnostic } from '../schema/diagnostic.js'
import type { Position } from '../schema/primitives.js'
import { parserChecks, type ParserCheckId } from './checks.js'

/** Collects the diagnostics of one parse. */
export interface Reporter {
  /** Record a problem; the severity comes from the check's id. */
  report: (ruleId: ParserCheckId, message: string, place: Position, related?: { message: string; place: Position }) => void
  /** Everything recorded so far, in report order. */
  readonly diagnostics: Diagnostic[]
  /** Whether an error was recorded. */
  hasErrors: () => boolean
}

/**
 * Create a reporter for one file.
 *
 * @param file Path stamped on every diagnostic, when known.
 * @returns A fresh reporter.
 */
export function createReporter(file: string | undefined): Reporter {
  const diagnostics: Diagnostic[] = []
  return {
    diagnostics,
    report(ruleId, message, place, related) {
      diagnostics.push(createDiagnostic({ ruleId, severity: parserChecks[ruleId], message, place, file, related }))
    },
    hasErrors: () => diagnostics.some((diagnostic) => diagnostic.severity === 'error'),
  }
}
