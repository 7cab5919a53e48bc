import type { Severity } from '../../schema/diagnostic.js'
import type { FileResult } from './result.js'

const commands: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' }

/**
 * Escape the message part of a workflow command (`%`, CR, LF).
 *
 * @param value Text.
 * @returns Escaped text.
 */
export function escapeData(value: string): string {
  return value.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A')
}

/**
 * Escape a property value of a workflow command (also `:` and `,`).
 *
 * @param value Text.
 * @returns Escaped text.
 */
export function escapeProperty(value: string): string {
  return escapeData(value).replaceAll(':', '%3A').replaceAll(',', '%2C')
}

/**
 * GitHub Actions workflow commands, one per diagnostic, so problems show as annotations on
 * the pull request: `::error file=F,line=L,col=C,endLine=..,endColumn=..,title=ruleId::message`.
 *
 * @param results Checked files.
 * @returns One command per line.
 */
export function formatGithub(results: readonly FileResult[]): string {
  const lines: string[] = []
  for (const result of results) {
    for (const diagnostic of result.diagnostics) {
      const { start, end } = diagnostic.place
      const properties = [
        `file=${escapeProperty(result.file)}`,
        `line=${start.line}`,
        `col=${start.column}`,
        `endLine=${end.line}`,
        `endColumn=${end.column}`,
        `title=${escapeProperty(diagnostic.ruleId)}`,
      ].join(',')
      lines.push(`::${commands[diagnostic.severity]} ${properties}::${escapeData(diagnostic.message)}`)
    }
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`
}
