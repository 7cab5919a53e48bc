import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { parseContent } from '../parser/index.js'
import type { PolicyInput } from '../rules/policy.js'
import type { Diagnostic } from '../schema/diagnostic.js'
import type { ExosomeDocument } from '../schema/document.js'
import { CliIoError, errorMessage } from './errors.js'
import { displayPath } from './files.js'

/** A file parsed in the main thread, for `render` and `diff`. */
export interface LoadedDocument {
  /** Display path. */
  file: string
  /** The document, when one could be built. */
  document: ExosomeDocument | undefined
  /** Everything the parse reported. */
  diagnostics: Diagnostic[]
}

/**
 * Read and parse one content file. An unreadable file throws a {@link CliIoError}.
 *
 * @param path Path as given (relative to `cwd`) or absolute.
 * @param cwd Working directory.
 * @param options `policy` to run the rules with, or `rules: false` to parse only.
 * @returns Document and diagnostics.
 */
export async function loadDocument(path: string, cwd: string, options: { policy?: PolicyInput; rules?: boolean }): Promise<LoadedDocument> {
  const absolute = resolve(cwd, path)
  let source: string
  try {
    source = await readFile(absolute, 'utf8')
  } catch (error) {
    throw new CliIoError(`Cannot read ${path}: ${errorMessage(error)}`)
  }
  const file = displayPath(absolute, cwd)
  const parseOptions = options.rules === false ? { path: file, rules: false } : { path: file, policy: options.policy ?? {} }
  const { document, diagnostics } = parseContent(source, parseOptions)
  return { file, document, diagnostics }
}
