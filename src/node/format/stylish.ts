import { painter, type Paint } from './paint.js'
import { countSeverities, type FileResult } from './result.js'

/** Options of {@link formatStylish}. */
export interface StylishOptions {
  /**
   * Colour the output with ANSI escapes (the CLI does so on a terminal without `NO_COLOR`).
   * @default false
   */
  color?: boolean | undefined
}

/**
 * Human-readable report grouped by file, as ESLint's stylish formatter:
 * a file header, then `  line:col  severity  message  ruleId` rows (a diagnostic's `related`
 * place on a `↳ file:line:col  message` line below it), then a summary.
 *
 * @param results Checked files.
 * @param options `color`.
 * @returns The report text, ending with a newline.
 * @example
 * ```ts
 * const { files } = await checkFiles(['content/'])
 * process.stdout.write(formatStylish(files, { color: process.stdout.isTTY }))
 * ```
 */
export function formatStylish(results: readonly FileResult[], options: StylishOptions = {}): string {
  return stylish(results, painter(options.color === true))
}

/**
 * {@link formatStylish} with a given paint function.
 *
 * @param results Checked files.
 * @param paint Colour function.
 * @returns The report.
 */
export function stylish(results: readonly FileResult[], paint: Paint): string {
  const out: string[] = []
  for (const result of results) {
    if (result.diagnostics.length === 0) continue
    const rows = result.diagnostics.map((diagnostic) => ({
      where: `${diagnostic.place.start.line}:${diagnostic.place.start.column}`,
      severity: diagnostic.severity,
      message: diagnostic.message,
      ruleId: diagnostic.ruleId,
      related: diagnostic.related,
    }))
    const whereWidth = Math.max(...rows.map((row) => row.where.length))
    const severityWidth = Math.max(...rows.map((row) => row.severity.length))
    const messageWidth = Math.max(...rows.map((row) => row.message.length))
    out.push(paint('underline', result.file))
    for (const row of rows) {
      const severityText = row.severity.padEnd(severityWidth)
      const coloured =
        row.severity === 'error' ? paint('red', severityText) : row.severity === 'warning' ? paint('yellow', severityText) : paint('blue', severityText)
      out.push(`  ${paint('dim', row.where.padEnd(whereWidth))}  ${coloured}  ${row.message.padEnd(messageWidth)}  ${paint('dim', row.ruleId)}`)
      // The place the diagnostic refers to, in its own file when it names one.
      if (row.related !== undefined) {
        const { file, place, message } = row.related
        out.push(`  ${' '.repeat(whereWidth)}  ${paint('dim', `↳ ${file ?? result.file}:${place.start.line}:${place.start.column}  ${message}`)}`)
      }
    }
    out.push('')
  }
  const totals = countSeverities(results)
  const problems = totals.errors + totals.warnings + totals.infos
  if (problems === 0) {
    const files = results.length
    return `${paint('green', '✔')} ${files} ${files === 1 ? 'file' : 'files'} checked, no problems\n`
  }
  const parts = [plural(totals.errors, 'error'), plural(totals.warnings, 'warning')]
  if (totals.infos > 0) parts.push(plural(totals.infos, 'info'))
  const summary = `✖ ${plural(problems, 'problem')} (${parts.join(', ')})`
  out.push(paint('bold', totals.errors > 0 ? paint('red', summary) : paint('yellow', summary)))
  return `${out.join('\n')}\n`
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 || noun === 'info' ? '' : 's'}`
}
