import { pathToFileURL } from 'node:url'
import type { Log, ReportingDescriptor, Result } from 'sarif'
import type { Severity } from '../../schema/diagnostic.js'
import { packageVersion } from '../package-root.js'
import type { FileResult, RuleInfo } from './result.js'
import { describeRule as registryRule } from './rule-info.js'

const levels: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' }

/** Options of {@link formatSarif}: tool facts written into `runs[0].tool.driver`. */
export interface SarifOptions {
  /**
   * Tool version.
   * @default the installed package's version
   */
  version?: string | undefined
  /**
   * Project home page.
   * @default 'https://www.npmjs.com/package/exosome-content'
   */
  informationUri?: string | undefined
  /**
   * Rule metadata by id, for the rule list.
   * @default the built-in rules registry (unknown ids get a description from the id)
   */
  describeRule?: ((id: string) => RuleInfo | undefined) | undefined
}

/**
 * SARIF 2.1.0 log for code-scanning UIs (GitHub code scanning, VS Code SARIF viewer).
 * Regions keep the diagnostics' 1-based lines and columns (end column exclusive, as in
 * SARIF); columns count UTF-16 code units, as JavaScript strings do, and the run says so
 * (`columnKind: "utf16CodeUnits"`); artifact URIs are the relative, forward-slash display
 * paths. A diagnostic's `related` place is a `relatedLocations` entry, in its own file when
 * it names one (cross-document rules point into the original page).
 *
 * @param results Checked files.
 * @param options Version, home page and rule metadata.
 * @returns The SARIF log object.
 */
export function toSarif(results: readonly FileResult[], options: SarifOptions = {}): Log {
  const describeRule = options.describeRule ?? registryRule
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
      const related = diagnostic.related
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
        // The place the diagnostic refers to (for cross-document rules, in another file).
        ...(related === undefined
          ? {}
          : {
              relatedLocations: [
                {
                  id: 0,
                  message: { text: related.message },
                  physicalLocation: {
                    artifactLocation: { uri: encodeUri(related.file ?? result.file) },
                    region: {
                      startLine: related.place.start.line,
                      startColumn: related.place.start.column,
                      endLine: related.place.end.line,
                      endColumn: related.place.end.column,
                    },
                  },
                },
              ],
            }),
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
            version: options.version ?? packageVersion(),
            informationUri: options.informationUri ?? 'https://www.npmjs.com/package/exosome-content',
            rules,
          },
        },
        columnKind: 'utf16CodeUnits',
        results: sarifResults,
      },
    ],
  }
}

/**
 * The checked files as a SARIF 2.1.0 log (pretty-printed JSON), for GitHub code scanning
 * and other SARIF viewers. Regions keep the diagnostics' 1-based lines and columns (end
 * column exclusive); columns count UTF-16 code units and the run says so (`columnKind`).
 *
 * @param results Checked files.
 * @param options Version, home page and rule metadata.
 * @returns JSON text ending with a newline.
 * @example
 * ```ts
 * writeFileSync('exosome-content.sarif', formatSarif((await checkFiles(['content/'])).files))
 * ```
 */
export function formatSarif(results: readonly FileResult[], options: SarifOptions = {}): string {
  return `${JSON.stringify(toSarif(results, options), null, 2)}\n`
}

function encodeUri(path: string): string {
  // Files outside the working directory are shown by absolute path: give them a file: URI.
  if (path.startsWith('/') || /^[A-Za-z]:\//.test(path)) return pathToFileURL(path).href
  // Keep slashes; escape what a URI reference cannot hold (spaces, #, ?, %).
  return path.split('/').map(encodeURIComponent).join('/')
}
