import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * Directory of this module. The code is ESM in the build (the CommonJS entries re-export
 * the ESM files through `require`) and from source, so `import.meta.url` is always the
 * module's own address. Globals such as `__dirname` are never read: `node -e` defines them
 * for the evaluated script, not for this module.
 *
 * @returns An absolute directory path.
 */
export function moduleDirectory(): string {
  return dirname(fileURLToPath(import.meta.url))
}

let cachedRoot: string | undefined

/**
 * Root directory of the installed `exosome-content` package: the nearest ancestor of this
 * module with a `package.json` named `exosome-content`.
 *
 * @returns An absolute directory path.
 */
export function packageRoot(): string {
  if (cachedRoot !== undefined) return cachedRoot
  let directory = moduleDirectory()
  for (;;) {
    const manifest = join(directory, 'package.json')
    if (existsSync(manifest)) {
      try {
        const parsed = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: unknown }
        if (parsed.name === 'exosome-content') return (cachedRoot = directory)
      } catch {
        // Not ours or unreadable: keep walking up.
      }
    }
    const parent = dirname(directory)
    if (parent === directory) throw new Error('Cannot find the exosome-content package root')
    directory = parent
  }
}

let cachedVersion: string | undefined

/**
 * Version of the package, from its `package.json`.
 *
 * @returns A semantic version string.
 */
export function packageVersion(): string {
  if (cachedVersion !== undefined) return cachedVersion
  const manifest = JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }
  return (cachedVersion = manifest.version)
}

/**
 * Path of the built-in overview that `check` and `render` use when given no file.
 *
 * @returns Absolute path of `content/exosome-therapy.md`.
 */
export function builtinContentPath(): string {
  return join(packageRoot(), 'content', 'exosome-therapy.md')
}
