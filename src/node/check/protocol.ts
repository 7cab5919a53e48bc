import type { DocumentSummary } from '../../rules/document-summary.js'
import type { PolicyInput } from '../../rules/policy.js'
import type { DateWindow } from '../../rules/types.js'
import type { Diagnostic } from '../../schema/diagnostic.js'
import type { ExosomeDocument } from '../../schema/document.js'
import type { ConfigReference } from '../config.js'

/** What a parser worker is started with (its `workerData`). */
export interface WorkerSetup {
  /** The config file to load the frontmatter extensions from, when the config has any. */
  config: ConfigReference | undefined
}

/** What a job carries besides its file: the file's settings. */
export interface JobSettings {
  /** The file's policy (the config's, with the overrides that match the file). */
  policy: PolicyInput
  /** The day date-dependent rules measure from, as an ISO instant. */
  now: string
  /** Which of the config's frontmatter extensions the file has (see `extensionAt`). */
  extension?: number | undefined
}

/**
 * One file for a check worker: `check` answers with a {@link FileOutcome} (diagnostics and
 * summary only), `document` with a {@link DocumentOutcome} (the whole document, for `render`
 * and `diff`).
 */
export type ParseJob =
  | { kind: 'check'; path: string; source: string; settings: JobSettings }
  | { kind: 'document'; path: string; source: string; settings: JobSettings; rules: boolean }

/** What a worker answers for a `check` job: only what the main thread needs. */
export interface FileOutcome {
  /** Parser and rule diagnostics (without `file`: the main thread stamps the display path). */
  diagnostics: Diagnostic[]
  /** What the cross-document rules read, or null when no document could be built. */
  summary: DocumentSummary | null
  /** Days the outcome holds for (`{}`: every day). */
  window: DateWindow
}

/** What a worker answers for a `document` job. */
export interface DocumentOutcome {
  diagnostics: Diagnostic[]
  document: ExosomeDocument | null
}

/** The answer to a job, by kind. */
export type JobResult<J extends ParseJob> = J extends { kind: 'check' } ? FileOutcome : DocumentOutcome

/**
 * Intersect date windows: the outcome of several rules holds on the days all of them hold.
 *
 * @param windows Windows reported by the rules.
 * @returns Their intersection.
 */
export function intersectWindows(windows: readonly DateWindow[]): DateWindow {
  const result: DateWindow = {}
  for (const window of windows) {
    if (window.from !== undefined && (result.from === undefined || window.from > result.from)) result.from = window.from
    if (window.until !== undefined && (result.until === undefined || window.until < result.until)) result.until = window.until
  }
  return result
}
