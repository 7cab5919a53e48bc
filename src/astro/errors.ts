import type { Diagnostic } from '../schema/diagnostic.js'

/**
 * One diagnostic on one line, as compilers print them: `file:line:column rule-id message`.
 *
 * @param file The file as shown to the user.
 * @param diagnostic The diagnostic.
 * @returns The line.
 */
export function formatPositioned(file: string, diagnostic: Diagnostic): string {
  const { line, column } = diagnostic.place.start
  return `${file}:${line}:${column} ${diagnostic.ruleId} ${diagnostic.message}`
}

/**
 * The error that fails a site build: every error of the content files, one per line as
 * `file:line:column rule-id message`, in `message`, and the diagnostics themselves in
 * `diagnostics`.
 */
export class ContentBuildError extends Error {
  /** The errors, with the file each belongs to. */
  readonly diagnostics: ReadonlyArray<Diagnostic & { file: string }>

  /**
   * @param file The file, or several files' errors through {@link ContentBuildError.from}.
   * @param diagnostics Its errors.
   */
  constructor(file: string | undefined, diagnostics: readonly Diagnostic[]) {
    const located = diagnostics.map((diagnostic) => ({ ...diagnostic, file: diagnostic.file ?? file ?? '<input>' }))
    const count = located.length
    const files = new Set(located.map((diagnostic) => diagnostic.file)).size
    super(
      count === 0
        ? `exosome-content: ${file ?? 'the content'} could not be read as a document`
        : `exosome-content: ${count} error${count === 1 ? '' : 's'} in ${files} content file${files === 1 ? '' : 's'}\n${located.map((diagnostic) => formatPositioned(diagnostic.file, diagnostic)).join('\n')}`,
    )
    this.name = 'ContentBuildError'
    this.diagnostics = located
  }
}
