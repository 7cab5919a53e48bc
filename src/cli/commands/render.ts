import { formatDiagnostic } from '../../diagnostics.js'
import { renderDocument, renderSection, toJsonLd } from '../../render/index.js'
import type { ExosomeDocument } from '../../schema/document.js'
import { loadConfig } from '../../node/config.js'
import { builtinContentPath } from '../../node/package-root.js'
import { integerFlag, parseCommandArgs } from '../args.js'
import { UsageError } from '../errors.js'
import type { CliIo } from '../io.js'
import { loadDocuments } from '../load-document.js'
import { cliNow } from '../now.js'
import { writeResult } from '../output.js'
import { allSections, findSection } from '../../util/sections.js'

/** Usage text of `exosome-content render`. */
export const renderUsage = `Usage: exosome-content render [options] [file]

Render a content file, or the built-in overview when no file is given, with every
disclaimer its claims require. A file with errors is not rendered.

Options:
  -f, --format <name>   html, md, text (default), json (the document) or jsonld
                        (schema.org MedicalWebPage)
  -s, --section <id>    render only this section (html, md, text, json)
  -c, --config <file>   config file (default: found from the working directory upward)
  -o, --output <file>   write to a file instead of stdout
      --timeout <ms>    stop the parse after this long (default: 10000), as check
      --now <date>      the day review-stale measures from (default: today, or
                        EXOSOME_CONTENT_NOW)
  -h, --help            show this help

Exit codes: 0 rendered, 1 the file has errors (or its parse timed out), 2 usage error or
unreadable file.
`

const formats = ['html', 'md', 'markdown', 'text', 'json', 'jsonld'] as const
type Format = (typeof formats)[number]

/**
 * Run `exosome-content render`.
 *
 * @param argv Arguments after `render`.
 * @param io CLI I/O.
 * @returns The exit code.
 */
export async function runRender(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    argv,
    {
      format: { type: 'string', short: 'f' },
      section: { type: 'string', short: 's' },
      config: { type: 'string', short: 'c' },
      output: { type: 'string', short: 'o' },
      timeout: { type: 'string' },
      now: { type: 'string' },
    },
    renderUsage,
  )
  if (values.help === true) {
    io.stdout.write(renderUsage)
    return 0
  }
  const format = (values.format ?? 'text') as Format
  if (!formats.includes(format)) {
    throw new UsageError(`Unexpected format \`${format}\`, expected one of html, md, text, json, jsonld`, renderUsage)
  }
  if (positionals.length > 1) throw new UsageError(`Unexpected ${positionals.length} files, expected at most 1`, renderUsage)
  if (format === 'jsonld' && values.section !== undefined) {
    throw new UsageError('Unexpected --section with --format jsonld, expected the whole document', renderUsage)
  }
  const timeoutMs = timeoutFlag(values.timeout, renderUsage)
  const now = cliNow(values.now, io.env, renderUsage)
  const config = await loadConfig(io.cwd, values.config)
  const [loaded] = (await loadDocuments([positionals[0] ?? builtinContentPath()], io.cwd, { config, rules: true, now, timeoutMs })) as [Awaited<ReturnType<typeof loadDocuments>>[number]]
  const errors = loaded.diagnostics.filter((diagnostic) => diagnostic.severity === 'error')
  if (loaded.document === undefined || errors.length > 0) {
    io.stderr.write(`Cannot render ${loaded.file}: it has errors (run exosome-content check ${loaded.file})\n`)
    for (const diagnostic of errors) io.stderr.write(`${loaded.file}:${formatDiagnostic(diagnostic)}\n`)
    return 1
  }
  const document = loaded.document
  if (values.section !== undefined && findSection(document.sections, values.section) === undefined) {
    const ids = allSections(document.sections).map((section) => section.id)
    throw new UsageError(`Unexpected section \`${values.section}\`, expected one of ${ids.join(', ')}`, renderUsage)
  }
  writeResult(io, ensureNewline(render(document, format, values.section)), values.output)
  return 0
}

/**
 * Read `--timeout`: milliseconds, at least 1 (default 10000).
 *
 * @param value Flag value.
 * @param usage Usage text for errors.
 * @returns Milliseconds.
 */
export function timeoutFlag(value: string | undefined, usage: string): number {
  const timeoutMs = integerFlag(value, 'timeout', usage) ?? 10_000
  if (timeoutMs < 1) throw new UsageError('Unexpected --timeout 0, expected at least 1 ms', usage)
  return timeoutMs
}

function render(document: ExosomeDocument, format: Format, sectionId: string | undefined): string {
  if (format === 'json') {
    const value = sectionId === undefined ? document : findSection(document.sections, sectionId)
    return JSON.stringify(value, null, 2)
  }
  if (format === 'jsonld') return JSON.stringify(toJsonLd(document), null, 2)
  const options = { format: format === 'md' ? 'markdown' : format } as const
  return sectionId === undefined ? renderDocument(document, options) : renderSection(document, sectionId, options)
}

function ensureNewline(text: string): string {
  return text.endsWith('\n') ? text : `${text}\n`
}
