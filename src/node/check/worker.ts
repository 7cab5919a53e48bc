// Parser worker for `check`, `render` and `diff`: parses the files of each batch in order and
// posts one answer per file, so the main thread can stop a parse that runs past the timeout
// (micromark has super-linear inputs) without losing the rest of the batch.
import { parseContentTracked } from '../../parser/parse.js'
import { summarizeDocument } from '../../rules/document-summary.js'
import type { DateWindow } from '../../rules/types.js'
import type { Diagnostic } from '../../schema/diagnostic.js'
import { intersectWindows, type DocumentOutcome, type FileOutcome, type ParseJob } from './protocol.js'
import { serveJobs } from './serve-jobs.js'

/** Diagnostics without `file`: the main thread stamps the path it shows. */
function withoutFile(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return diagnostics.map(({ file: _file, ...rest }) => rest)
}

function runJob(job: ParseJob): FileOutcome | DocumentOutcome {
  if (job.kind === 'document') {
    const { document, diagnostics } = parseContentTracked(job.source, { path: job.path, policy: job.settings.policy, now: job.settings.now, rules: job.rules }, undefined)
    return { diagnostics, document: document ?? null }
  }
  const windows: DateWindow[] = []
  const { document, diagnostics } = parseContentTracked(job.source, { path: job.path, policy: job.settings.policy, now: job.settings.now }, (window) => windows.push(window))
  return { diagnostics: withoutFile(diagnostics), summary: document === undefined ? null : summarizeDocument(document), window: intersectWindows(windows) }
}

serveJobs(runJob, 'the check worker')
