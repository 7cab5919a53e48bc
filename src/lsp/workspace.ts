import { constants } from 'node:fs'
import { open } from 'node:fs/promises'
import { dirname, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { glob } from 'tinyglobby'
import { fileSetup, findConfigFile, loadConfig, workerReference, type LoadedConfig } from '../node/config.js'
import { displayPath, ignoredDirectories } from '../node/files.js'
import type { PolicyInput } from '../rules/policy.js'
import type { PageExtension } from './types.js'

/** What a page is checked with: as `check` would check the file. */
export interface PageSettings {
  /** The config's policy with the overrides that match the page (empty: recommended). */
  policy: PolicyInput
  /** The page's frontmatter extension (the base one, or its last matching override's). */
  extension: PageExtension | undefined
}

const recommended: PageSettings = { policy: {}, extension: undefined }

/** Where a document lives, as the server names it. */
export interface Place {
  uri: string
  /** Absolute file path, for `file:` URIs. */
  file: string | undefined
  /** Path stamped on diagnostics: relative to its workspace folder. */
  display: string
}

/**
 * The folders the editor opened, and the config that applies to each page: the nearest
 * `exosome-content.config.*` (`json`, `js`, `mjs`, `cjs`, `ts`, `mts`, `cts`) from the page's
 * folder upward, read by the same loader as `check`, with its overrides and frontmatter
 * extension.
 */
export class Workspace {
  readonly #folders: string[] = []
  readonly #configs = new Map<string, Promise<LoadedConfig | undefined>>()
  readonly #warn: (message: string) => void

  /**
   * @param warn Shows a problem to the user (an invalid config file).
   */
  constructor(warn: (message: string) => void) {
    this.#warn = warn
  }

  /** The workspace folders, as absolute paths. */
  get folders(): readonly string[] {
    return this.#folders
  }

  /**
   * Set the workspace folders.
   *
   * @param uris Folder URIs from `initialize` (only `file:` ones are kept).
   */
  setFolders(uris: readonly string[]): void {
    this.#folders.splice(0, this.#folders.length, ...uris.flatMap((uri) => (uri.startsWith('file:') ? [fileURLToPath(uri)] : [])))
  }

  /**
   * Name a document.
   *
   * @param uri Its URI.
   * @returns Its file and display path.
   */
  place(uri: string): Place {
    if (!uri.startsWith('file:')) return { uri, file: undefined, display: uri }
    const file = fileURLToPath(uri)
    const folder = this.#folders.filter((candidate) => file === candidate || file.startsWith(candidate.endsWith(sep) ? candidate : candidate + sep)).sort((a, b) => b.length - a.length)[0]
    return { uri, file, display: folder === undefined ? displayPath(file, dirname(file)) : displayPath(file, folder) }
  }

  /**
   * What a page is checked with: its config's policy with the overrides that match it, and
   * its frontmatter extension. A config file that cannot be read or is invalid is shown to
   * the user once (until it changes) and the page is checked with the recommended policy and
   * the built-in keys. A page that is not a file gets the config's base settings.
   *
   * @param place The page.
   * @returns Its policy and extension.
   */
  async settingsFor(place: Place): Promise<PageSettings> {
    const directory = place.file === undefined ? this.#folders[0] : dirname(place.file)
    if (directory === undefined) return recommended
    const configFile = findConfigFile(directory)
    if (configFile === undefined) return recommended
    let loading = this.#configs.get(configFile)
    if (loading === undefined) {
      loading = loadConfig(directory, configFile).then(
        (loaded) => loaded,
        (error: unknown) => {
          this.#warn(`${error instanceof Error ? error.message : String(error)} (checking with the recommended policy until it is fixed)`)
          return undefined
        },
      )
      this.#configs.set(configFile, loading)
    }
    const config = await loading
    if (config === undefined) return recommended
    const setup = place.file === undefined ? undefined : fileSetup(config, place.file)
    const index = setup === undefined ? (config.frontmatter.extend === undefined ? undefined : 0) : setup.extension
    const reference = index === undefined ? undefined : workerReference(config)
    return {
      policy: setup === undefined ? config.policy : setup.config.policy,
      extension: index === undefined || reference === undefined ? undefined : { config: reference, index },
    }
  }

  /** Forget the loaded configs (a config file changed). */
  reloadConfigs(): void {
    this.#configs.clear()
  }

  /**
   * The pages on disk in the workspace folders: regular `**\/*.md` files that open with a
   * frontmatter fence, outside `node_modules` and `.git`, at most `limit` of them. Symbolic
   * links are not followed (no loops, nothing from outside the folders).
   *
   * @param limit Most files to return.
   * @returns Absolute paths, sorted.
   */
  async pages(limit: number): Promise<string[]> {
    const found: string[] = []
    for (const folder of this.#folders) {
      const files = await glob('**/*.md', { cwd: folder, absolute: true, ignore: ignoredDirectories, followSymbolicLinks: false, onlyFiles: true })
      for (const file of files.sort()) {
        if (found.length >= limit) return found
        if (await opensWithFence(file)) found.push(file)
      }
    }
    return found.sort()
  }
}

/**
 * Whether a text is a content page: it opens with a frontmatter fence (`---`), after an
 * optional byte order mark. Other markdown (a README, notes) is left alone.
 *
 * @param text The text.
 * @returns True for a page.
 */
export function isPage(text: string): boolean {
  return /^\ufeff?---[ \t]*(?:\r\n|\r|\n|$)/.test(text)
}

// Opened without blocking (a FIFO put in place after the scan listed the file would
// otherwise wait for a writer), then read only if it is a regular file.
async function opensWithFence(file: string): Promise<boolean> {
  try {
    const handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW)
    try {
      if (!(await handle.stat()).isFile()) return false
      const buffer = Buffer.alloc(16)
      const { bytesRead } = await handle.read(buffer, 0, 16, 0)
      return isPage(buffer.subarray(0, bytesRead).toString('utf8'))
    } finally {
      await handle.close()
    }
  } catch {
    return false
  }
}
