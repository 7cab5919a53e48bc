import type { FileResult } from './result.js'

/**
 * Machine-readable report: a JSON array of `{ file, diagnostics }`, one entry per checked
 * file (files without problems included, with an empty array).
 *
 * @param results Checked files.
 * @returns Pretty-printed JSON ending with a newline.
 */
export function formatJson(results: readonly FileResult[]): string {
  return `${JSON.stringify(
    results.map((result) => ({ file: result.file, diagnostics: result.diagnostics })),
    null,
    2,
  )}\n`
}
