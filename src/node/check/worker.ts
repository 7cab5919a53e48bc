// Parser worker for `check`, `render` and `diff`: parses the files of each batch in order and
// posts one answer per file, so the main thread can stop a parse that runs past the timeout
// (micromark has super-linear inputs) without losing the rest of the batch.
import { workerData } from 'node:worker_threads'
import { parseContentTracked } from '../../parser/parse.js'
import type { ParseOptions } from '../../parser/types.js'
import { summarizeDocument } from '../../rules/document-summary.js'
import type { DateWindow } from '../../rules/types.js'
import type { Diagnostic } from '../../schema/diagnostic.js'
import { extensionAt, loadReferencedConfig, type LoadedConfig } from '../config.js'
import { intersectWindows, type DocumentOutcome, type FileOutcome, type JobSettings, type ParseJob, type WorkerSetup } from './protocol.js'
import { serveJobs } from './serve-jobs.js'

/** Diagnostics without `file`: the main thread stamps the path it shows. */
function withoutFile(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return diagnostics.map(({ file: _file, ...rest }) => rest)
}

// The config's frontmatter extensions (zod schemas cannot be posted): loaded before `ready`.
let config: LoadedConfig | undefined

function options(path: string, settings: JobSettings): ParseOptions {
  const extend = settings.extension === undefined || config === undefined ? undefined : extensionAt(config, settings.extension)
  if (settings.extension !== undefined && extend === undefined) throw new Error(`Unexpected frontmatter extension ${settings.extension}, expected one of the config the worker loaded`)
  return { path, policy: settings.policy, now: settings.now, frontmatter: { extend } }
}

function runJob(job: ParseJob): FileOutcome | DocumentOutcome {
  if (job.kind === 'document') {
    const { document, diagnostics } = parseContentTracked(job.source, { ...options(job.path, job.settings), rules: job.rules }, undefined)
    return { diagnostics, document: document ?? null }
  }
  const windows: DateWindow[] = []
  const { document, diagnostics } = parseContentTracked(job.source, options(job.path, job.settings), (window) => windows.push(window))
  return { diagnostics: withoutFile(diagnostics), summary: document === undefined ? null : summarizeDocument(document), window: intersectWindows(windows) }
}

const setup = workerData as WorkerSetup | null | undefined
// A config that cannot load here ends the worker before `ready`: the pool reports it for
// every file rather than checking them without their extension.
void (setup?.config === undefined ? Promise.resolve(undefined) : loadReferencedConfig(setup.config)).then((loaded) => {
  config = loaded
  serveJobs(runJob, 'the check worker')
})
