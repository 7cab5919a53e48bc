import { statSync } from 'node:fs'
import { isAbsolute, relative, resolve, sep } from 'node:path'
import { glob, isDynamicPattern } from 'tinyglobby'
import { CliIoError } from './errors.js'

/** Folders never searched when expanding directories and globs. */
export const ignoredDirectories = ['**/node_modules/**', '**/.git/**']

/**
 * Expand paths, directories (to their `**\/*.md`) and glob patterns into a sorted,
 * de-duplicated list of absolute file paths. A path or pattern that matches nothing is an
 * I/O error (exit code 2), as in ESLint.
 *
 * @param patterns Paths and globs as given on the command line.
 * @param cwd Directory they are relative to.
 * @returns Absolute file paths.
 */
export async function expandPaths(patterns: readonly string[], cwd: string): Promise<string[]> {
  const found = new Set<string>()
  for (const pattern of patterns) {
    const absolute = resolve(cwd, pattern)
    const stats = statSync(absolute, { throwIfNoEntry: false })
    let matches: string[]
    if (stats?.isFile() === true) {
      matches = [absolute]
    } else if (stats?.isDirectory() === true) {
      matches = await glob('**/*.md', { cwd: absolute, absolute: true, ignore: ignoredDirectories })
    } else if (isDynamicPattern(pattern)) {
      matches = await glob(toPosix(pattern), { cwd, absolute: true, ignore: ignoredDirectories })
    } else {
      throw new CliIoError(`Cannot read ${pattern}: no such file or directory`)
    }
    if (matches.length === 0) throw new CliIoError(`No files matching ${pattern}`)
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
  if (relativePath === '' || relativePath.startsWith('..') || isAbsolute(relativePath)) return toPosix(file)
  return toPosix(relativePath)
}

function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/')
}
