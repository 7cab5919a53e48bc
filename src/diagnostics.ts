import type { Diagnostic, Severity } from './schema/diagnostic.js'
import type { Position } from './schema/primitives.js'

/** Base of the documentation links carried by diagnostics. */
export const docsBase = 'https://unpkg.com/exosome-content/docs/'

/**
 * Link to the documentation of a rule or parser check.
 *
 * @param ruleId Kebab-case id.
 * @param page `rules.md` for consistency rules, `diagnostics.md` for parser checks.
 * @returns An absolute URL with the id as anchor.
 */
export function docsUrl(ruleId: string, page: 'rules.md' | 'diagnostics.md' = 'diagnostics.md'): string {
  return `${docsBase}${page}#${ruleId}`
}

/** Fields of a new diagnostic; `url` defaults to the parser-check docs. */
export interface DiagnosticInit {
  ruleId: string
  severity?: Severity
  message: string
  place: Position
  file?: string | undefined
  /** A second location; `file` when it is in another file (see `Diagnostic.related`). */
  related?: { message: string; place: Position; file?: string | undefined } | undefined
  url?: string
}

/**
 * Create a diagnostic with defaults filled in (severity `error`, docs URL from the id).
 *
 * @param init The fields.
 * @returns A plain diagnostic object.
 */
export function createDiagnostic(init: DiagnosticInit): Diagnostic {
  const diagnostic: Diagnostic = {
    ruleId: init.ruleId,
    severity: init.severity ?? 'error',
    message: init.message,
    place: init.place,
    url: init.url ?? docsUrl(init.ruleId),
  }
  if (init.file !== undefined) diagnostic.file = init.file
  if (init.related !== undefined) {
    const { message, place, file } = init.related
    diagnostic.related = file === undefined ? { message, place } : { message, place, file }
  }
  return diagnostic
}

/**
 * Print a diagnostic on one line: `3:1-3:11: error rule-id Message`.
 *
 * @param diagnostic The diagnostic.
 * @returns The printed form, the one fixture files compare.
 */
export function formatDiagnostic(diagnostic: Diagnostic): string {
  const { start, end } = diagnostic.place
  return `${start.line}:${start.column}-${end.line}:${end.column}: ${diagnostic.severity} ${diagnostic.ruleId} ${diagnostic.message}`
}

/**
 * Order diagnostics by position, then rule id, for stable output.
 *
 * @param a First diagnostic.
 * @param b Second diagnostic.
 * @returns Negative, zero or positive, as `Array.prototype.sort` expects.
 */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    a.place.start.line - b.place.start.line ||
    a.place.start.column - b.place.start.column ||
    a.ruleId.localeCompare(b.ruleId) ||
    a.message.localeCompare(b.message)
  )
}
