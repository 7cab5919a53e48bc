import { formatDiagnostic } from '../../../src/diagnostics.js'
import type { Diagnostic } from '../../../src/schema/diagnostic.js'
import type { Reference } from '../../../src/schema/reference.js'

/**
 * Printed diagnostics, optionally only those of one rule.
 *
 * @param diagnostics Diagnostics.
 * @param ruleId Keep only this rule.
 * @returns `line:col-line:col: severity rule message` lines.
 */
export function lines(diagnostics: ReadonlyArray<Diagnostic>, ruleId?: string): string[] {
  return diagnostics.filter((diagnostic) => ruleId === undefined || diagnostic.ruleId === ruleId).map(formatDiagnostic)
}

/**
 * A minimal valid reference.
 *
 * @param id Reference id.
 * @param kind Reference kind.
 * @returns The reference.
 */
export function reference(id: string, kind: Reference['kind']): Reference {
  return { id, kind, title: `Title of ${id}`, year: 2020, doi: `10.1000/${id}` }
}

/**
 * 1-based line:column of the n-th occurrence of a needle in a text.
 *
 * @param text The text.
 * @param needle What to find.
 * @param occurrence 0 for the first.
 * @returns `line:column` of the first character and `line:column` after the last.
 */
export function spanOf(text: string, needle: string, occurrence = 0): string {
  let at = -1
  for (let index = 0; index <= occurrence; index++) {
    at = text.indexOf(needle, at + 1)
    if (at < 0) throw new Error(`${needle} not found`)
  }
  const point = (offset: number): string => {
    const before = text.slice(0, offset).split('\n')
    return `${before.length}:${(before.at(-1) ?? '').length + 1}`
  }
  return `${point(at)}-${point(at + needle.length)}`
}
