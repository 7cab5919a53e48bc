import type { Diagnostic, Severity } from '../../schema/diagnostic.js'

/** The diagnostics of one checked file. */
export interface FileResult {
  /** Path as shown in output: relative to the working directory, forward slashes. */
  file: string
  /** Problems in the file, in position order. */
  diagnostics: Diagnostic[]
}

/** What is known about a rule for reports that list rules (SARIF). */
export interface RuleInfo {
  /** Kebab-case rule id. */
  id: string
  /** One-sentence description. */
  description: string
  /** Severity when the policy does not change it. */
  defaultSeverity: Severity
  /** Documentation link. */
  url: string
}

/** Counts of diagnostics by severity. */
export interface Totals {
  errors: number
  warnings: number
  infos: number
}

/**
 * Count diagnostics by severity across files.
 *
 * @param results Checked files.
 * @returns Error, warning and info counts.
 */
export function countSeverities(results: readonly FileResult[]): Totals {
  const totals: Totals = { errors: 0, warnings: 0, infos: 0 }
  for (const result of results) {
    for (const diagnostic of result.diagnostics) {
      if (diagnostic.severity === 'error') totals.errors++
      else if (diagnostic.severity === 'warning') totals.warnings++
      else totals.infos++
    }
  }
  return totals
}

/** What a check found, in numbers. */
export interface CheckSummary extends Totals {
  /** Files checked. */
  files: number
  /** Files parsed in this run. */
  parsed: number
  /** Files whose result came from the cache. */
  cached: number
}
