import { pathToFileURL } from 'node:url'
import type { Log, ReportingDescriptor, Result } from 'sarif'
import type { Severity } from '../../schema/diagnostic.js'
import type { FileResult, RuleInfo } from '../result.js'

const levels: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' }

/** Tool facts written into `runs[0].tool.driver`. */
export interface SarifToolInfo {
  /** Package version. */
  version: string
  /**
   * Project home page.
   * @default 'https://www.npmjs.com/package/exosome-content'
   */
  informationUri?: string
}

/**
 * SARIF 2.1.0 log for code-scanning UIs (GitHub code scanning, VS Code SARIF viewer).
 * Regions keep the diagnostics' 1-based lines and columns (end column exclusive, as in
 * SARIF); artifact URIs are the relative, forward-slash display paths.
 *
 * @param results Checked files.
 * @param tool Version and home page.
 * @param describeRule Rule metadata by id (from the rules registry); unknown ids get a
 *   description derived from the diagnostic.
 * @returns The SARIF log object.
 */
export function toSarif(results: readonly FileResult[], tool: SarifToolInfo, describeRule: (id: string) => RuleInfo | undefined): Log {
  const rules: ReportingDescriptor[] = []
  const ruleIndex = new Map<string, number>()
  const sarifResults: Result[] = []
  for (const result of results) {
    for (const diagnostic of result.diagnostics) {
      let index = ruleIndex.get(diagnostic.ruleId)
      if (index === undefined) {
        const info = describeRule(diagnostic.ruleId)
        index = rules.length
        ruleIndex.set(diagnostic.ruleId, index)
        rules.push({
          id: diagnostic.ruleId,
          shortDescription: { text: info?.description ?? diagnostic.ruleId.replaceAll('-', ' ') },
          helpUri: info?.url ?? diagnostic.url ?? `https://www.npmjs.com/package/exosome-content`,
          defaultConfiguration: { level: levels[info?.defaultSeverity ?? diagnostic.severity] },
        })
      }
      const { start, end } = diagnostic.place
      sarifResults.push({
        ruleId: diagnostic.ruleId,
        ruleIndex: index,
        level: levels[diagnostic.severity],
        message: { text: diagnostic.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: encodeUri(result.file) },
              region: { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column },
            },
          },
        ],
      })
    }
  }
  return {
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: [
      {
        tool: {
          driver: {
            name: 'exosome-content',
            version: tool.version,
            informationUri: tool.informationUri ?? 'https://www.npmjs.com/package/exosome-content',
            rules,
          },
        },
        results: sarifResults,
      },
    ],
  }
}

/**
 * The SARIF log as pretty-printed JSON.
 *
 * @param results Checked files.
 * @param tool Version and home page.
 * @param describeRule Rule metadata by id.
 * @returns JSON text ending with a newline.
 */
export function formatSarif(results: readonly FileResult[], tool: SarifToolInfo, describeRule: (id: string) => RuleInfo | undefined): string {
  return `${JSON.stringify(toSarif(results, tool, describeRule), null, 2)}\n`
}

function encodeUri(path: string): string {
  // Files outside the working directory are shown by absolute path: give them a file: URI.
  if (path.startsWith('/') || /^[A-Za-z]:\//.test(path)) return pathToFileURL(path).href
  // Keep slashes; escape what a URI reference cannot hold (spaces, #, ?, %).
  return path.split('/').map(encodeURIComponent).join('/')
}
