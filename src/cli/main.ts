import { CliIoError, errorMessage, UsageError } from './errors.js'
import { resolveIo, type CliIo, type CliIoInit } from './io.js'
import { packageVersion } from '../node/package-root.js'

/** Usage text of `exosome-content` without a command. */
export const mainUsage = `Usage: exosome-content <command> [options]

Commands:
  build <paths...>     compile content files into typed ES modules of frozen data
  check [paths...]     check content files (default: the built-in overview)
  diff <old> <new>     claim-level diff for medical and legal review
  lsp --stdio          run the language server for editors
  render [file]        render a content file as html, md, text, json or jsonld
  schema               print the frontmatter JSON Schema
  init [dir]           write a starter config, a sample page and a CI workflow

Options:
  -h, --help           show this help (or a command's: exosome-content check --help)
  -v, --version        print the version

Exit codes: 0 clean, 1 problems found, 2 usage error or I/O error.
`

type Command = (argv: string[], io: CliIo) => Promise<number>

// Loaded on demand: `check` on a warm cache should not pay for loading the parser and renderers.
const commands = {
  build: async () => (await import('./commands/build.js')).runBuild,
  check: async () => (await import('./commands/check.js')).runCheck,
  diff: async () => (await import('./commands/diff.js')).runDiff,
  lsp: async () => (await import('./commands/lsp.js')).runLsp,
  render: async () => (await import('./commands/render.js')).runRender,
  schema: async () => (await import('./commands/schema.js')).runSchema,
  init: async () => (await import('./commands/init.js')).runInit,
} satisfies Record<string, () => Promise<Command>>

/**
 * Run the CLI. Never throws for user errors: they become messages on stderr and exit code 2.
 *
 * @param argv Arguments after the executable, e.g. `['check', 'page.md']`.
 * @param init Streams, working directory and environment (default: the process's).
 * @returns The exit code: 0 clean, 1 problems found, 2 usage or I/O error.
 * @example
 * const code = await main(['check', '--format', 'json'], { cwd: '/project' })
 */
export async function main(argv: readonly string[], init: CliIoInit = {}): Promise<number> {
  const io = resolveIo(init)
  const [first, ...rest] = argv
  try {
    if (first === undefined || first === '-h' || first === '--help' || first === 'help') {
      const topic = first === 'help' ? rest[0] : undefined
      if (topic !== undefined && Object.hasOwn(commands, topic)) return await (await commands[topic as keyof typeof commands]())(['--help'], io)
      ;(first === undefined ? io.stderr : io.stdout).write(mainUsage)
      return first === undefined ? 2 : 0
    }
    if (first === '-v' || first === '--version') {
      io.stdout.write(`${packageVersion()}\n`)
      return 0
    }
    if (!Object.hasOwn(commands, first)) throw new UsageError(`Unknown command \`${first}\`, expected one of ${Object.keys(commands).join(', ')}`, mainUsage)
    const command = await commands[first as keyof typeof commands]()
    return await command(rest, io)
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`exosome-content: ${error.message}\n\n${error.usage}`)
      return 2
    }
    if (error instanceof CliIoError) {
      io.stderr.write(`exosome-content: ${error.message}\n`)
      return 2
    }
    io.stderr.write(`exosome-content: internal error: ${error instanceof Error ? (error.stack ?? error.message) : errorMessage(error)}\n`)
    return 2
  }
}
