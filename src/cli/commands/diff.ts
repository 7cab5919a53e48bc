import { formatDiagnostic } from '../../diagnostics.js'
import type { ExosomeDocument } from '../../schema/document.js'
import { loadConfig } from '../../node/config.js'
import { parseCommandArgs } from '../args.js'
import { UsageError } from '../errors.js'
import { formatReviewText } from '../formatters/review-text.js'
import { painterFor, type CliIo } from '../io.js'
import { loadDocuments, type LoadedDocument } from '../load-document.js'
import { timeoutFlag } from './render.js'
import { writeResult } from '../output.js'
import { countChanges, diffDocuments } from '../review-diff.js'

/** Usage text of `exosome-content diff`. */
export const diffUsage = `Usage: exosome-content diff [options] <old> <new>

Review diff of two versions of a content file, for medical and legal review: title,
summary, audience, locale, version and the site's own frontmatter keys (with a
frontmatter extension in the config); headings added, removed or renamed; narrative
paragraphs added, removed or reworded; claims added, removed, reworded (word diff:
[-old-]{+new+}), evidence grade, citations or required disclaimers changed; disclaimers
added, removed, reworded or placed differently; references added, removed or changed.

Options:
  -f, --format <name>   text (default) or json
  -c, --config <file>   config file, for its frontmatter extension (default: found from
                        the working directory upward); its rules do not run
  -o, --output <file>   write the diff to a file instead of stdout
      --timeout <ms>    stop a file's parse after this long (default: 10000), as check
  -h, --help            show this help

Exit codes: 0 nothing needs review, 1 something changed that needs review,
2 usage error, unreadable file or a file that does not parse.
`

const formats = ['text', 'json'] as const

/**
 * Run `exosome-content diff`.
 *
 * @param argv Arguments after `diff`.
 * @param io CLI I/O.
 * @returns The exit code.
 */
export async function runDiff(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    argv,
    { format: { type: 'string', short: 'f' }, config: { type: 'string', short: 'c' }, output: { type: 'string', short: 'o' }, timeout: { type: 'string' } },
    diffUsage,
  )
  if (values.help === true) {
    io.stdout.write(diffUsage)
    return 0
  }
  const format = values.format ?? 'text'
  if (!(formats as readonly string[]).includes(format)) {
    throw new UsageError(`Unexpected format \`${format}\`, expected one of ${formats.join(', ')}`, diffUsage)
  }
  if (positionals.length !== 2) {
    throw new UsageError(`Unexpected ${positionals.length} file arguments, expected 2 (<old> <new>)`, diffUsage)
  }
  const timeoutMs = timeoutFlag(values.timeout, diffUsage)
  // Parse only: a review diff compares what is written, whatever the policy says of it; the
  // config gives the site's frontmatter keys.
  const config = await loadConfig(io.cwd, values.config)
  const [before, after] = (await loadDocuments(positionals, io.cwd, { config, rules: false, now: new Date(0), timeoutMs })) as [LoadedDocument, LoadedDocument]
  const beforeDocument = usableDocument(before)
  const afterDocument = usableDocument(after)
  if (beforeDocument === undefined || afterDocument === undefined) {
    for (const loaded of [before, after]) if (usableDocument(loaded) === undefined) reportParseFailure(io, loaded)
    return 2
  }
  const diff = diffDocuments(beforeDocument, afterDocument)
  const changes = countChanges(diff)
  const text =
    format === 'json'
      ? `${JSON.stringify(
          { old: { file: before.file, hash: beforeDocument.hash }, new: { file: after.file, hash: afterDocument.hash }, changes, ...diff },
          null,
          2,
        )}\n`
      : formatReviewText(diff, { old: before.file, new: after.file }, values.output === undefined ? painterFor(io.stdout, io.env) : (_s, t) => t)
  writeResult(io, text, values.output)
  return changes > 0 ? 1 : 0
}

/** The document, unless the parse failed or reported an error (a draft is not reviewable). */
function usableDocument(loaded: LoadedDocument): ExosomeDocument | undefined {
  return loaded.diagnostics.some((diagnostic) => diagnostic.severity === 'error') ? undefined : loaded.document
}

function reportParseFailure(io: CliIo, loaded: LoadedDocument): void {
  io.stderr.write(`Cannot diff ${loaded.file}: it does not parse\n`)
  for (const diagnostic of loaded.diagnostics.filter((d) => d.severity === 'error')) {
    io.stderr.write(`${loaded.file}:${formatDiagnostic(diagnostic)}\n`)
  }
}
