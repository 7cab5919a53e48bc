import { existsSync, lstatSync, mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { isoDay } from '../../util/now.js'
import { errorMessage, InputError } from '../../node/errors.js'
import { displayPath } from '../../node/files.js'
import { parseCommandArgs } from '../args.js'
import { UsageError } from '../errors.js'
import type { CliIo } from '../io.js'
import { cliNow } from '../now.js'
import { samplePage, starterConfig, workflow } from './init-files.js'

/** Usage text of `exosome-content init`. */
export const initUsage = `Usage: exosome-content init [options] [dir]

Start a project in dir (default: the working directory): write a starter config
(exosome-content.config.mjs), a sample page (content/sample-page.md) that passes check,
and a GitHub Actions workflow (.github/workflows/exosome-content.yml). Existing files are
never overwritten unless --force is given.

Options:
      --content <dir>   folder for the sample page (default: content)
      --force           overwrite files that already exist
      --now <date>      the sample page's lastReviewed (default: today, or
                        EXOSOME_CONTENT_NOW)
  -h, --help            show this help

Exit codes: 0 written, 1 a file already exists (nothing was written), 2 usage error or a
file that cannot be written.
`

/**
 * Run `exosome-content init`.
 *
 * @param argv Arguments after `init`.
 * @param io CLI I/O.
 * @returns The exit code.
 */
export async function runInit(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, { content: { type: 'string' }, force: { type: 'boolean' }, now: { type: 'string' } }, initUsage)
  if (values.help === true) {
    io.stdout.write(initUsage)
    return 0
  }
  if (positionals.length > 1) throw new UsageError(`Unexpected ${positionals.length} directories, expected at most 1`, initUsage)
  const content = (values.content ?? 'content').replace(/\\/g, '/').replace(/\/+$/, '')
  if (content === '' || content.startsWith('/') || content.split('/').includes('..')) {
    throw new UsageError(`Unexpected --content \`${values.content ?? ''}\`, expected a folder inside the project`, initUsage)
  }
  const root = resolve(io.cwd, positionals[0] ?? '.')
  const day = isoDay(cliNow(values.now, io.env, initUsage))
  const files = [
    { path: join(root, 'exosome-content.config.mjs'), text: starterConfig },
    { path: join(root, content, 'sample-page.md'), text: samplePage(day) },
    { path: join(root, '.github', 'workflows', 'exosome-content.yml'), text: workflow(content) },
  ]
  const existing = files.filter((file) => existsSync(file.path) || isLink(file.path))
  if (existing.length > 0 && values.force !== true) {
    io.stderr.write(
      `exosome-content: not writing anything: ${existing.map((file) => displayPath(file.path, io.cwd)).join(', ')} already ${existing.length === 1 ? 'exists' : 'exist'} (use --force to overwrite)\n`,
    )
    return 1
  }
  for (const file of files) {
    try {
      mkdirSync(dirname(file.path), { recursive: true })
      writeFileSync(file.path, file.text)
    } catch (error) {
      throw new InputError(`Cannot write ${displayPath(file.path, io.cwd)}: ${errorMessage(error)}`)
    }
    io.stdout.write(`wrote ${displayPath(file.path, io.cwd)}\n`)
  }
  io.stdout.write(`\nNext: npx exosome-content check ${displayPath(join(root, content), io.cwd)}\n`)
  return 0
}

/** A dangling symbolic link exists too: writing through it would land somewhere else. */
function isLink(path: string): boolean {
  return lstatSync(path, { throwIfNoEntry: false })?.isSymbolicLink() === true
}
