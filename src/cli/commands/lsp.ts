import { startLanguageServer } from '../../lsp/start.js'
import { parseCommandArgs } from '../args.js'
import { UsageError } from '../errors.js'
import { cliNow, nowVariable } from '../now.js'
import type { CliIo } from '../io.js'

/** Usage text of `exosome-content lsp`. */
export const lspUsage = `Usage: exosome-content lsp --stdio

Run the language server for editors (Language Server Protocol over stdin and stdout):
diagnostics as you type, completion, hover, go to definition, references and quick fixes
for content pages. Editor setup: docs/editors.md.

Options:
      --stdio                talk over stdin and stdout (required)
      --clientProcessId <n>  exit when the editor's process ends
      --now <date>           the day the date rules measure from (default: today, or
                             EXOSOME_CONTENT_NOW)
  -h, --help                 show this help
`

/**
 * Run `exosome-content lsp`.
 *
 * @param argv Arguments after `lsp`.
 * @param io CLI I/O (help goes to its stdout; the protocol always uses the process's streams).
 * @returns The exit code, when the client has gone.
 */
export async function runLsp(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, { stdio: { type: 'boolean' }, clientProcessId: { type: 'string' }, now: { type: 'string' } }, lspUsage)
  if (values.help === true) {
    io.stdout.write(lspUsage)
    return 0
  }
  if (positionals.length > 0) throw new UsageError(`Unexpected argument \`${positionals[0] ?? ''}\`, expected none`, lspUsage)
  if (values.stdio !== true) throw new UsageError('Missing --stdio, expected `exosome-content lsp --stdio`', lspUsage)
  const fromFlagOrEnv = values.now ?? io.env[nowVariable]
  // Validated as `check` validates it; the server then passes the ISO date to each check.
  const now = fromFlagOrEnv === undefined || fromFlagOrEnv === '' ? undefined : cliNow(values.now, io.env, lspUsage).toISOString()
  const server = startLanguageServer(now === undefined ? {} : { now })
  await server.closed
  await server.dispose()
  return 0
}
