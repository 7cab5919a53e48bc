import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, relative, resolve, sep } from 'node:path'
import { formatProblem } from '../../build/page.js'
import { compilePages, PageSetError, type OutputFile, type PageInput } from '../../build/pages.js'
import { loadConfig } from '../../node/config.js'
import { expandPaths, toPosix } from '../../node/files.js'
import { parseCommandArgs } from '../args.js'
import { CliIoError, errorMessage, UsageError } from '../errors.js'
import type { CliIo } from '../io.js'
import { loadDocuments } from '../load-document.js'
import { cliNow } from '../now.js'
import { timeoutFlag } from './render.js'

/** Usage text of `exosome-content build`. */
export const buildUsage = `Usage: exosome-content build <paths or globs...> --out-dir <dir> [options]

Compile content pages into ES modules of validated, frozen data: <page>.js and <page>.d.ts
per page (the declarations type the page's claim, section, disclaimer and reference ids
as literal unions), an index.js/index.d.ts exporting every page under the camelCase of
its id, and a package.json marking the folder as ES modules. Output paths follow the
pages' paths below the folder that holds them all. The modules import only the small
loader of exosome-content: no parser, unified, yaml or zod at run time.

If any page has an error (or a warning, with --fail-on warning), every problem is printed
as file:line:column rule-id message and nothing is written.

Options:
  -o, --out-dir <dir>     folder to write the modules to (required)
  -c, --config <file>     config file (default: found from the working directory upward)
      --fail-on <level>   error (default) or warning: the lowest severity that fails
      --timeout <ms>      stop a page's parse after this long (default: 10000), as check
      --now <date>        the day review-stale measures from (default: today, or
                          EXOSOME_CONTENT_NOW)
  -h, --help              show this help

Exit codes: 0 written, 1 a page has problems (nothing written), 2 usage error or I/O error.
`

const options = {
  'out-dir': { type: 'string', short: 'o' },
  config: { type: 'string', short: 'c' },
  'fail-on': { type: 'string' },
  timeout: { type: 'string' },
  now: { type: 'string' },
} as const

/**
 * Run `exosome-content build`.
 *
 * @param argv Arguments after `build`.
 * @param io CLI I/O.
 * @returns The exit code.
 */
export async function runBuild(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, options, buildUsage)
  if (values.help === true) {
    io.stdout.write(buildUsage)
    return 0
  }
  if (positionals.length === 0) throw new UsageError('Missing pages to build, expected at least one path or glob', buildUsage)
  const outDir = values['out-dir']
  if (outDir === undefined || outDir === '') throw new UsageError('Missing --out-dir, expected the folder to write the modules to', buildUsage)
  const failOn = values['fail-on'] ?? 'error'
  if (failOn !== 'error' && failOn !== 'warning') throw new UsageError(`Unexpected --fail-on \`${failOn}\`, expected error or warning`, buildUsage)
  const timeoutMs = timeoutFlag(values.timeout, buildUsage)
  const now = cliNow(values.now, io.env, buildUsage)
  const config = await loadConfig(io.cwd, values.config)
  const files = await expandPaths(positionals, io.cwd)
  const loaded = await loadDocuments(files, io.cwd, { config, rules: true, now, timeoutMs })

  let errors = 0
  let warnings = 0
  for (const { file, diagnostics } of loaded) {
    for (const diagnostic of diagnostics) {
      if (diagnostic.severity === 'error') errors++
      else warnings++
      io.stderr.write(`${formatProblem(file, diagnostic)}${diagnostic.severity === 'error' ? '' : ` (${diagnostic.severity})`}\n`)
    }
  }
  const failing = failOn === 'warning' ? errors + warnings : errors
  if (failing > 0 || loaded.some((page) => page.document === undefined)) {
    const counted = [plural(errors, 'error'), ...(failOn === 'warning' ? [plural(warnings, 'warning')] : [])].join(' and ')
    io.stderr.write(`exosome-content build: ${counted} in ${plural(loaded.filter((page) => page.diagnostics.length > 0).length, 'file')}; nothing was written\n`)
    return 1
  }

  const base = commonFolder(files)
  const pages: PageInput[] = loaded.map((page, index) => ({ path: toPosix(relative(base, files[index] as string)), document: page.document as NonNullable<typeof page.document> }))
  let output: OutputFile[]
  try {
    output = compilePages(pages)
  } catch (error) {
    if (!(error instanceof PageSetError)) throw error
    io.stderr.write(`exosome-content build: ${error.message}; nothing was written\n`)
    return 1
  }
  const target = resolve(io.cwd, outDir)
  for (const file of output) {
    const path = resolve(target, file.path)
    try {
      mkdirSync(dirname(path), { recursive: true })
      writeFileSync(path, file.text)
    } catch (error) {
      throw new CliIoError(`Cannot write ${path}: ${errorMessage(error)}`)
    }
  }
  const summary = warnings > 0 ? ` (${plural(warnings, 'warning')})` : ''
  io.stdout.write(`exosome-content build: ${plural(pages.length, 'page')} compiled to ${toPosix(relative(io.cwd, target) || '.')}${summary}\n`)
  return 0
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`
}

/**
 * The deepest folder holding every file.
 *
 * @param files Absolute file paths (at least one).
 * @returns Absolute folder path.
 */
function commonFolder(files: readonly string[]): string {
  let common = dirname(files[0] as string).split(sep)
  for (const file of files.slice(1)) {
    const parts = dirname(file).split(sep)
    let length = 0
    while (length < common.length && length < parts.length && common[length] === parts[length]) length++
    common = common.slice(0, length)
  }
  return common.join(sep) || sep
}
