import { realpathSync } from 'node:fs'
import { isAbsolute, relative, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { glob } from 'tinyglobby'
import { readConfig } from '../node/check-files.js'
import { configFingerprint, type ExosomeContentConfig } from '../node/config.js'
import { packageVersion } from '../node/package-root.js'
import { readRegularFile } from '../node/read-file.js'
import { parseContent } from '../parser/parse.js'
import type { ParseLimits } from '../parser/limits.js'
import type { RenderOptions } from '../render/options.js'
import { resolveRenderOptions } from '../render/options.js'
import { renderDocument } from '../render/render.js'
import { checkConsistency } from '../rules/check-consistency.js'
import type { PolicyInput } from '../rules/policy.js'
import type { Diagnostic } from '../schema/diagnostic.js'
import type { EmbeddedDocument, ExosomeDocument } from '../schema/document.js'
import { compileDocument } from '../compile/to-embedded.js'
import type { Section } from '../schema/section.js'
import { ContentBuildError, formatPositioned } from './errors.js'

/** Options of {@link exosomeLoader}. */
export interface ExosomeLoaderOptions {
  /**
   * Glob(s) of the content files, relative to `base`.
   *
   * @example 'content/**\/*.md'
   */
  pattern: string | readonly string[]
  /**
   * Directory the pattern is relative to, relative to the Astro project root.
   *
   * @default the project root
   */
  base?: string | undefined
  /**
   * The policy: a path to an `exosome-content.config.*` file (relative to the project root),
   * the config itself, or `false` for the `recommended` policy. By default the nearest config
   * file from the project root up is used, as `exosome-content check` does.
   *
   * @default the nearest config file
   */
  config?: string | ExosomeContentConfig | false | undefined
  /**
   * A policy given in code; it replaces `config` when set.
   *
   * @default undefined
   */
  policy?: PolicyInput | undefined
  /**
   * How `render(entry)` renders each page (the options of `renderDocument`, without `format`).
   *
   * @default {} (inline disclaimers, numeric citations, `exo-` id prefix)
   */
  render?: Omit<RenderOptions, 'format'> | undefined
  /**
   * Input limits of the parser.
   *
   * @default `defaultLimits`
   */
  limits?: Partial<ParseLimits> | undefined
  /**
   * The day date-dependent rules (`review-stale`) measure from.
   *
   * @default the current date
   */
  now?: Date | string | undefined
}

/** A heading of a rendered entry, as Astro's `render(entry)` returns them. */
export interface ExosomeEntryHeading {
  /** Heading depth (1 for the title). */
  depth: number
  /** The `id` of the heading element in the rendered HTML. */
  slug: string
  /** The heading text. */
  text: string
}

/** An entry the loader writes to the content store. */
export interface ExosomeLoaderEntry {
  id: string
  data: Record<string, unknown>
  body?: string
  filePath?: string
  digest?: string | number
  rendered?: { html: string; metadata?: { headings?: ExosomeEntryHeading[]; frontmatter?: Record<string, unknown> } }
}

/**
 * The part of Astro's loader context the loader uses (Astro 5's `LoaderContext` has it all).
 */
export interface ExosomeLoaderContext {
  collection: string
  store: {
    set: (entry: ExosomeLoaderEntry) => boolean
    get: (id: string) => { digest?: string | number | undefined; filePath?: string | undefined } | undefined
    delete: (id: string) => void
    keys: () => string[]
  }
  logger: { info: (message: string) => void; warn: (message: string) => void; error: (message: string) => void }
  config: { root: URL }
  parseData: <TData extends Record<string, unknown>>(props: { id: string; data: TData; filePath?: string }) => Promise<TData>
  generateDigest: (data: Record<string, unknown> | string) => string
  watcher?: {
    add: (paths: string | readonly string[]) => unknown
    on: (event: 'add' | 'change' | 'unlink', listener: (path: string) => void) => unknown
  }
}

/** An Astro content-layer loader (the shape of Astro 5's `Loader`). */
export interface ExosomeLoader {
  /** `exosome-content`. */
  name: string
  /** Read, validate and render every file of the pattern into the collection. */
  load: (context: ExosomeLoaderContext) => Promise<void>
}

/**
 * The data of an entry: the validated document as compiled data (what the Vite plugin and
 * `exosome-content build` emit: frozen, without source positions), for the lookups and renderers.
 */
export type ExosomeEntryData = EmbeddedDocument

const loaderName = 'exosome-content'

function headings(sections: readonly Section[], idPrefix: string, headingOffset: number): ExosomeEntryHeading[] {
  return sections.flatMap((section) => [
    { depth: Math.min(6, section.depth + headingOffset), slug: `${idPrefix}section-${section.id}`, text: section.title },
    ...headings(section.sections, idPrefix, headingOffset),
  ])
}

function checkOptions(options: ExosomeLoaderOptions): void {
  if (options === null || typeof options !== 'object') throw new TypeError('Expected exosomeLoader options, e.g. { pattern: "content/**/*.md" }')
  const patterns = typeof options.pattern === 'string' ? [options.pattern] : options.pattern
  if (!Array.isArray(patterns) || patterns.length === 0 || patterns.some((pattern) => typeof pattern !== 'string' || pattern === '')) {
    throw new TypeError('Expected `pattern` to be a glob or a non-empty array of globs, e.g. "content/**/*.md"')
  }
  if (patterns.some((pattern) => pattern.startsWith('../') || isAbsolute(pattern))) {
    throw new TypeError('Expected `pattern` relative to `base`, without `../` or a leading `/` (set `base` to another directory instead)')
  }
  if (options.base !== undefined && typeof options.base !== 'string') throw new TypeError('Expected `base` to be a directory path')
}

/**
 * Astro content-layer loader for exosome-content pages: every file of `pattern` is read,
 * parsed and validated with the package's parser and consistency rules (the policy of the
 * config file, as `exosome-content check` uses it), and stored with its document as `data`
 * and its sanitized HTML, every required disclaimer in place, as the rendered content, so
 * `render(entry)` gives a `<Content />` component. The entry id is the document `id`.
 *
 * A file with an error fails the content sync (and so `astro build`) with every error of
 * every file as `file:line:column rule-id message`; warnings are logged. Under `astro dev`
 * an edited file is read again: once valid, its entry is updated; while invalid, its errors
 * are logged and the last valid version stays.
 *
 * @param options Pattern, base directory, policy, render options.
 * @returns The loader, for `defineCollection({ loader })`.
 * @throws {TypeError} For invalid options.
 * @example
 * ```ts
 * // src/content.config.ts (with `defineCollection` imported from Astro's `astro:content`)
 * import { exosomeLoader } from 'exosome-content/astro'
 * export const collections = { pages: defineCollection({ loader: exosomeLoader({ pattern: 'content/**\/*.md' }) }) }
 * ```
 */
export function exosomeLoader(options: ExosomeLoaderOptions): ExosomeLoader {
  checkOptions(options)
  const patterns = typeof options.pattern === 'string' ? [options.pattern] : [...options.pattern]
  const render = options.render ?? {}
  const resolvedRender = resolveRenderOptions({ ...render, format: 'html' })

  return {
    name: loaderName,
    load: async (context) => {
      const root = fileURLToPath(context.config.root)
      const base = resolve(root, options.base ?? '.')
      // The config as `check` reads it: base policy, per-glob overrides and the frontmatter
      // extension of each file. A policy given in code replaces it.
      const config = options.policy === undefined ? await readConfig(root, options.config) : undefined
      const policy = options.policy ?? config?.policy ?? {}
      const setup = (file: string) => (config === undefined ? { policy } : config.forFile(file))
      const settings = config === undefined ? policy : configFingerprint(config)
      const shown = (file: string): string => relative(root, file).split(sep).join('/')
      /** Ids by absolute file path, and the file of each id. */
      const idOfFile = new Map<string, string>()

      /** Parse one file: its entry, or its diagnostics. */
      const read = async (file: string): Promise<{ entry?: ExosomeLoaderEntry; document?: ExosomeDocument; diagnostics: Diagnostic[] }> => {
        // A folder, a FIFO or an oversized file is refused with an InputError, as by `check`.
        const text = await readRegularFile(file, shown(file))
        const result = parseContent(text, { path: shown(file), ...setup(file), limits: options.limits, now: options.now })
        if (result.document === undefined) return { diagnostics: result.diagnostics }
        const document = result.document
        // Through the compiler behind the Vite plugin and `build`: the same data as a compiled page.
        const compiled = compileDocument(document).document
        const data = await context.parseData({ id: document.id, data: compiled as unknown as Record<string, unknown>, filePath: file })
        const entry: ExosomeLoaderEntry = {
          id: document.id,
          data,
          body: text,
          filePath: shown(file),
          // Everything the entry depends on: a stored entry is reused only when none changed.
          digest: context.generateDigest(JSON.stringify([text, settings, render, options.limits ?? null, String(options.now ?? new Date().toISOString().slice(0, 10)), packageVersion()])),
          rendered: {
            html: renderDocument(document, { ...render, format: 'html' }),
            metadata: { headings: headings(document.sections, resolvedRender.idPrefix, resolvedRender.headingOffset) },
          },
        }
        return { entry, document, diagnostics: result.diagnostics }
      }

      const warn = (diagnostics: readonly Diagnostic[], file: string): void => {
        for (const diagnostic of diagnostics) if (diagnostic.severity === 'warning') context.logger.warn(formatPositioned(diagnostic.file ?? shown(file), diagnostic))
      }

      const files = (await glob(patterns, { cwd: base, absolute: true, onlyFiles: true, expandDirectories: false })).sort()
      if (files.length === 0) context.logger.warn(`No content files match ${patterns.join(', ')} in ${shown(base) || '.'}`)
      const results = await Promise.all(files.map(async (file) => ({ file, ...(await read(file)) })))
      const errors: Diagnostic[] = []
      const fileOfId = new Map<string, string>()
      for (const { file, entry, diagnostics } of results) {
        errors.push(...diagnostics.filter((diagnostic) => diagnostic.severity === 'error'))
        warn(diagnostics, file)
        if (entry === undefined) continue
        const other = fileOfId.get(entry.id)
        if (other !== undefined) {
          errors.push({
            ruleId: 'collection-duplicate-id',
            severity: 'error',
            message: `Duplicate document id \`${entry.id}\`, already used by ${shown(other)}: each page of a collection needs its own \`id\``,
            place: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } },
            file: shown(file),
          })
        }
        fileOfId.set(entry.id, file)
      }
      // Across the collection, what `exosome-content check` runs across files (`claim-id-stable`).
      const valid = results.flatMap(({ document, file }) => (document === undefined ? [] : [{ file: shown(file), document }]))
      for (const diagnostic of checkConsistency(valid, policy)) {
        if (diagnostic.severity === 'error') errors.push(diagnostic)
        else if (diagnostic.severity === 'warning') context.logger.warn(formatPositioned(diagnostic.file ?? '<collection>', diagnostic))
      }
      if (errors.length > 0) throw new ContentBuildError(undefined, errors)

      const stale = new Set(context.store.keys())
      for (const { file, entry } of results) {
        if (entry === undefined) continue
        stale.delete(entry.id)
        idOfFile.set(file, entry.id)
        if (context.store.get(entry.id)?.digest !== entry.digest) context.store.set(entry)
      }
      for (const id of stale) context.store.delete(id)

      const watcher = context.watcher
      if (watcher === undefined) return
      watcher.add(base)
      const matches = async (file: string): Promise<boolean> => {
        const candidates = await glob(patterns, { cwd: base, absolute: true, onlyFiles: true, expandDirectories: false })
        const real = (path: string): string => {
          try {
            return realpathSync(path)
          } catch {
            return path
          }
        }
        return candidates.some((candidate) => candidate === file || real(candidate) === real(file))
      }
      const reload = async (file: string): Promise<void> => {
        if (!(await matches(file))) return
        const { entry, diagnostics } = await read(file)
        warn(diagnostics, file)
        const fileErrors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error')
        if (entry === undefined || fileErrors.length > 0) {
          context.logger.error(`${new ContentBuildError(shown(file), fileErrors).message}\n(the last valid version of ${shown(file)} stays until it is fixed)`)
          return
        }
        const owner = [...idOfFile].find(([other, id]) => id === entry.id && other !== file)
        if (owner !== undefined) {
          context.logger.error(`${shown(file)}: duplicate document id \`${entry.id}\`, already used by ${shown(owner[0])}`)
          return
        }
        const previous = idOfFile.get(file)
        if (previous !== undefined && previous !== entry.id) context.store.delete(previous)
        idOfFile.set(file, entry.id)
        context.store.set(entry)
        context.logger.info(`Reloaded ${shown(file)}`)
      }
      const report = (file: string): void => {
        reload(file).catch((error: unknown) => context.logger.error(`${shown(file)}: ${error instanceof Error ? error.message : String(error)}`))
      }
      watcher.on('change', report)
      watcher.on('add', report)
      watcher.on('unlink', (file) => {
        const id = idOfFile.get(file)
        if (id === undefined) return
        idOfFile.delete(file)
        context.store.delete(id)
      })
    },
  }
}
