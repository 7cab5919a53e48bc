import { statSync, type Stats } from 'node:fs'
import { isAbsolute, relative, resolve, sep } from 'node:path'
import { glob, isDynamicPattern } from 'tinyglobby'
import { fsReason, InputError } from './errors.js'

/** Folders never searched when expanding directories and globs. */
export const ignoredDirectories = ['**/node_modules/**', '**/.git/**']

/**
 * Expand paths, directories (to their `**\/*.md`) and glob patterns into a sorted,
 * de-duplicated list of absolute file paths. A path or pattern that matches nothing is an
 * {@link InputError}, as in ESLint.
 *
 * Symbolic links are followed only when named on the command line: while expanding a
 * directory or a glob, links (to files or folders) and other entries that are not regular
 * files are not followed, so a link to a parent folder cannot take the check outside the
 * folder it was given or into a loop.
 *
 * @param patterns Paths and globs as given.
 * @param cwd Directory they are relative to.
 * @returns Absolute file paths.
 * @throws {InputError} For a path that matches nothing or cannot be read.
 */
export async function expandPaths(patterns: readonly string[], cwd: string): Promise<string[]> {
  const found = new Set<string>()
  for (const pattern of patterns) {
    const absolute = resolve(cwd, pattern)
    let stats: Stats | undefined
    try {
      stats = statSync(absolute, { throwIfNoEntry: false })
    } catch (error) {
      throw new InputError(`Cannot read ${pattern}: ${fsReason(error)}`)
    }
    let matches: string[]
    if (stats?.isFile() === true) {
      matches = [absolute]
    } else if (stats?.isDirectory() === true) {
      matches = await glob('**/*.md', { cwd: absolute, absolute: true, ignore: ignoredDirectories, followSymbolicLinks: false })
    } else if (stats !== undefined) {
      throw new InputError(`Cannot read ${pattern}: ${stats.isFIFO() ? 'a FIFO (named pipe)' : 'not a regular file'}, expected a file or a directory`)
    } else if (isDynamicPattern(pattern)) {
      matches = await glob(toPosix(pattern), { cwd, absolute: true, ignore: ignoredDirectories, followSymbolicLinks: false })
    } else {
      throw new InputError(`Cannot read ${pattern}: no such file or directory`)
    }
    if (matches.length === 0) throw new InputError(`No files matching ${pattern}`)
    for (const match of matches) found.add(resolve(match))
  }
  return [...found].sort()
}

/**
 * A path as shown in output: relative to `cwd` with forward slashes when inside it,
 * absolute otherwise.
 *
 * @param file Absolute path.
 * @param cwd Working directory.
 * @returns The display path.
 */
export function displayPath(file: string, cwd: string): string {
  const relativePath = relative(cwd, file)
  if (relativePath === '' || relativePath === '..' || relativePath.startsWith(`..${sep}`) || isAbsolute(relativePath)) return toPosix(file)
  return toPosix(relativePath)
}

/**
 * A path with forward slashes.
 *
 * @param path Any path.
 * @returns The same path, `/`-separated.
 */
export function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/')
}
