import { resolve } from 'node:path'
import { jobSettings, parseInPool, startParserPool } from '../node/check/run.js'
import { fileSetup, type LoadedConfig } from '../node/config.js'
import { displayPath } from '../node/files.js'
import { readRegularFile } from '../node/read-file.js'
import type { Diagnostic } from '../schema/diagnostic.js'
import type { ExosomeDocument } from '../schema/document.js'
import { deepFreeze } from '../util/deep-freeze.js'

/** A file parsed for `render` and `diff`. */
export interface LoadedDocument {
  /** Display path. */
  file: string
  /** The document, when one could be built. */
  document: ExosomeDocument | undefined
  /** Everything the parse reported. */
  diagnostics: Diagnostic[]
}

/** How {@link loadDocuments} parses. */
export interface LoadOptions {
  /** The config: each file's policy and frontmatter extension. */
  config: LoadedConfig
  /** Run the rules (false: parser diagnostics only). */
  rules: boolean
  /** The day date-dependent rules measure from. */
  now: Date
  /** Per-file parse budget in milliseconds (as `check --timeout`). */
  timeoutMs: number
}

/**
 * Read and parse content files in one parser worker, with the limits and timeout `check`
 * uses: untrusted text never runs through the parser on the main thread. An unreadable file
 * throws an `InputError`; a parse that times out or crashes is a diagnostic.
 *
 * @param paths Paths as given (relative to `cwd`) or absolute.
 * @param cwd Working directory.
 * @param options Config, rules, now and timeout.
 * @returns One loaded document per path, in order.
 */
export async function loadDocuments(paths: readonly string[], cwd: string, options: LoadOptions): Promise<LoadedDocument[]> {
  const sources = await Promise.all(paths.map((path) => readRegularFile(resolve(cwd, path), path)))
  const pool = startParserPool(1, options.timeoutMs, undefined, options.config)
  try {
    return await Promise.all(
      paths.map(async (path, index) => {
        const absolute = resolve(cwd, path)
        const file = displayPath(absolute, cwd)
        const settings = jobSettings(fileSetup(options.config, absolute), options.now)
        const outcome = await parseInPool(pool, { kind: 'document', path: file, source: sources[index] as string, settings, rules: options.rules }, options.timeoutMs)
        return { file, document: outcome.document === null ? undefined : deepFreeze(outcome.document), diagnostics: outcome.diagnostics }
      }),
    )
  } finally {
    await pool.close()
  }
}
