import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { formatProblem, compilePage } from '../build/page.js'
import { loadConfig, resolveConfig, type LoadedConfig } from '../node/config.js'
import { displayPath } from '../node/files.js'
import { parseContent } from '../parser/parse.js'
import type { PolicyInput } from '../rules/policy.js'
import type { Diagnostic } from '../schema/diagnostic.js'

/** Options of the `exosome-content/vite` plugin. */
export interface ExosomeContentPluginOptions {
  /**
   * The query that marks an import as a page, as in `faq.md?exosome`.
   *
   * @default 'exosome'
   */
  query?: string | undefined
  /**
   * Which files may be imported with the query (absolute paths, `/`-separated); importing
   * any other file with it fails the build.
   *
   * @default files ending in `.md` or `.markdown`
   * @example /\/content\/.*\.md$/
   */
  include?: RegExp | ((file: string) => boolean) | undefined
  /**
   * Config file with the rule policy, relative to the Vite root; `false` reads none. Ignored
   * when `policy` is given.
   *
   * @default the nearest `exosome-content.config.*` from the Vite root upward
   */
  config?: string | false | undefined
  /**
   * Rule policy (levels, options, required disclaimers), as in a config file; takes the
   * place of the config file.
   *
   * @example { rules: { 'review-stale': 'off' } }
   */
  policy?: PolicyInput | undefined
  /**
   * The lowest severity that fails the build (and shows the error overlay in dev). Warnings
   * below it are printed.
   *
   * @default 'error'
   */
  failOn?: 'error' | 'warning' | undefined
  /**
   * The day date-dependent rules (`review-stale`) measure from. Fix it for reproducible builds.
   *
   * @default the current date
   */
  now?: Date | string | undefined
}

/** The resolved Vite config the plugin reads. */
interface ResolvedConfigLike {
  root: string
}

/** The parts of Vite's and Rollup's plugin context the plugin uses. */
interface HookContext {
  warn?: (message: string) => void
  addWatchFile?: (file: string) => void
}

/** Source position of a problem, as Vite's error overlay and Rollup read it. */
interface ErrorLocation {
  file: string
  line: number
  column: number
}

/** The error a page with problems throws: Vite shows `loc` and `frame` in its overlay. */
export interface PageError extends Error {
  /** Module id (the file). */
  id: string
  /** The first problem's position (1-based line and column). */
  loc: ErrorLocation
  /** Source lines around the first problem. */
  frame: string
  /** The plugin's name. */
  plugin: string
  /** Every problem, in source order. */
  diagnostics: Diagnostic[]
}

/**
 * A Vite (and Rollup) plugin object. Structural, so the package needs no Vite types:
 * it is accepted wherever Vite's `Plugin` is.
 */
export interface ExosomeContentPlugin {
  /** `exosome-content`. */
  name: string
  /** Runs before Vite's own plugins, so no other plugin reads the markdown first. */
  enforce: 'pre'
  /** Reads the Vite root. */
  configResolved: (config: ResolvedConfigLike) => void
  /** Compiles `<file>.md?exosome` into a data module. */
  load: (this: unknown, id: string) => Promise<{ code: string; map: null; moduleType: 'js' } | null>
}

const pluginName = 'exosome-content'
const markdownFile = /\.(md|markdown)$/i

/**
 * The `exosome-content` Vite plugin: the default export of a module imported as
 * `faq.md?exosome` is the page's deep-frozen document (the shape of `exosomeOverview`, so
 * `getClaim(id, page)` and the renderers work on it), parsed and checked at build time. An error fails `vite build`
 * with `file:line:column rule-id message` for each problem and shows in the dev server's
 * error overlay until the file is fixed; warnings are printed. The module holds data only:
 * the parser, unified, yaml and zod stay in the build.
 *
 * @param options Query, files, rule policy, failing severity, date.
 * @returns The plugin, for `plugins: [exosomeContent()]`.
 * @example
 * ```ts
 * // vite.config.ts
 * import { defineConfig } from 'vite'
 * import exosomeContent from 'exosome-content/vite'
 *
 * export default defineConfig({ plugins: [exosomeContent()] })
 * ```
 */
export default function exosomeContent(options: ExosomeContentPluginOptions = {}): ExosomeContentPlugin {
  const query = options.query ?? 'exosome'
  if (!/^[\w-]+$/.test(query)) throw new TypeError(`Unexpected query ${JSON.stringify(query)}, expected letters, digits, \`_\` or \`-\``)
  const failOn = options.failOn ?? 'error'
  if (failOn !== 'error' && failOn !== 'warning') throw new TypeError(`Unexpected failOn ${JSON.stringify(failOn)}, expected 'error' or 'warning'`)
  const include = options.include ?? markdownFile
  const accepts = (file: string): boolean => (typeof include === 'function' ? include(file) : new RegExp(include.source, include.flags.replace('g', '')).test(file))
  let fixed: LoadedConfig | undefined
  try {
    fixed = options.policy === undefined ? undefined : resolveConfig(options.policy, undefined)
  } catch (error) {
    throw new TypeError((error instanceof Error ? error.message : String(error)).replace('config passed to checkFiles', 'policy passed to exosomeContent()'))
  }
  let root = process.cwd()

  async function configFor(context: HookContext): Promise<LoadedConfig | undefined> {
    if (fixed !== undefined) return fixed
    if (options.config === false) return undefined
    const config = await loadConfig(root, options.config)
    if (config.path !== undefined) context.addWatchFile?.(config.path)
    return config
  }

  return {
    name: pluginName,
    enforce: 'pre',
    configResolved(config) {
      root = config.root
    },
    async load(this: unknown, id: string) {
      const at = id.indexOf('?')
      if (at < 0 || !new URLSearchParams(id.slice(at + 1)).has(query)) return null
      const context = (this ?? {}) as HookContext
      const file = resolve(id.slice(0, at))
      if (!accepts(file.split('\\').join('/'))) {
        throw Object.assign(new Error(`Unexpected import of ${displayPath(file, root)} with ?${query}, expected a file the plugin's \`include\` accepts (default: .md and .markdown files)`), { id: file, plugin: pluginName })
      }
      context.addWatchFile?.(file)
      const source = await readFile(file, 'utf8')
      const path = displayPath(file, root)
      // The policy (with the overrides matching this file) and the frontmatter extension.
      const config = await configFor(context)
      const { document, diagnostics } = parseContent(source, { path, ...config?.forFile(file), now: options.now })
      const fails = (diagnostic: Diagnostic): boolean => diagnostic.severity === 'error' || failOn === 'warning'
      const failing = diagnostics.filter(fails)
      const printed = diagnostics.filter((diagnostic) => !fails(diagnostic))
      if (printed.length > 0) {
        const text = printed.map((diagnostic) => `${formatProblem(path, diagnostic)} (${diagnostic.severity})`).join('\n')
        if (context.warn === undefined) console.warn(text)
        else context.warn(text)
      }
      if (failing.length > 0 || document === undefined) throw pageError(file, path, source, failing)
      const compiled = compilePage(document, { exportName: 'page', defaultExport: true, banner: `Compiled by exosome-content/vite from ${path}.` })
      return { code: compiled.js, map: null, moduleType: 'js' }
    },
  }
}

function pageError(file: string, path: string, source: string, failing: Diagnostic[]): PageError {
  const first = failing[0]
  const lines = failing.map((diagnostic) => formatProblem(path, diagnostic))
  const message = `${path}: ${failing.length} problem${failing.length === 1 ? '' : 's'} in this exosome-content page:\n${lines.join('\n')}`
  const line = first?.place.start.line ?? 1
  const column = first?.place.start.column ?? 1
  const error = new Error(message)
  error.name = 'ExosomeContentError'
  // The problems are in the page, not in this code: no stack frames under them.
  error.stack = `${error.name}: ${message}`
  return Object.assign(error, {
    id: file,
    loc: { file, line, column },
    frame: codeFrame(source, line, column),
    plugin: pluginName,
    diagnostics: failing,
  })
}

/**
 * Source lines around a position, the problem's line marked with `>` and its column with `^`.
 *
 * @param source The file.
 * @param line 1-based line.
 * @param column 1-based column.
 * @returns The frame.
 */
export function codeFrame(source: string, line: number, column: number): string {
  const lines = source.split(/\r\n|\r|\n/)
  const first = Math.max(1, line - 2)
  const last = Math.min(lines.length, line + 2)
  const width = String(last).length
  const out: string[] = []
  for (let number = first; number <= last; number++) {
    const text = (lines[number - 1] ?? '').slice(0, 200)
    out.push(`${number === line ? '>' : ' '} ${String(number).padStart(width)} | ${text}`)
    if (number === line) out.push(`  ${' '.repeat(width)} | ${' '.repeat(Math.max(0, Math.min(column - 1, 200)))}^`)
  }
  return out.join('\n')
}
