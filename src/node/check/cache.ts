import { createHash } from 'node:crypto'
import { mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { z } from 'zod'
import { documentSummarySchema } from '../../rules/document-summary.js'
import { resolvePolicy, type PolicyInput } from '../../rules/policy.js'
import type { DateWindow } from '../../rules/types.js'
import { diagnosticSchema } from '../../schema/diagnostic.js'
import { isoDateSchema } from '../../schema/primitives.js'
import { errorMessage, InputError } from '../errors.js'
import { maxFileBytes, readRegularFileSync } from '../read-file.js'
import type { FileOutcome } from './protocol.js'

/** Default cache file name, in the working directory. */
export const defaultCacheLocation = '.exosome-content-cache'

/** Bumped when the cache file layout (or the document summary in it) changes; other layouts are ignored. */
const cacheFormat = 3

const hexSchema = z.string().regex(/^[0-9a-f]{64}$/)

/** One remembered result, validated on read: a shape that does not match is not used. */
const entrySchema = z.strictObject({
  /** {@link cacheKey} of the file content, policy and package version. */
  key: hexSchema,
  /** Days the result holds for (date-dependent rules such as `review-stale`). */
  from: isoDateSchema.optional(),
  until: isoDateSchema.optional(),
  diagnostics: z.array(diagnosticSchema),
  /** The cross-document summary, or null when no document could be built. */
  summary: documentSummarySchema.nullable(),
  /** {@link entryDigest} of everything above. */
  digest: hexSchema,
})

/** What is remembered about one file. */
export type CacheEntry = z.infer<typeof entrySchema>

const cacheFileSchema = z.strictObject({ format: z.literal(cacheFormat), entries: z.record(z.string(), z.unknown()) })

/**
 * sha256 of a string, hex.
 *
 * @param text Input.
 * @returns 64 hex digits.
 */
export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex')
}

/**
 * JSON with object keys sorted, so equal values always hash the same.
 *
 * @param value A JSON-compatible value.
 * @returns Canonical JSON text.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) => {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) return item
    return Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
  })
}

/**
 * Hash of a resolved policy, for cache keys and shard summaries.
 *
 * @param policy Policy as written.
 * @returns Hex hash.
 */
export function policyHash(policy: PolicyInput): string {
  return sha256(canonicalJson(resolvePolicy(policy)))
}

/**
 * The cache key of one file: content, config and package version together, so a change to
 * any of them re-checks the file. The day a result depends on is not in the key: an entry
 * carries the days it holds for instead (see {@link CheckCache.get}).
 *
 * @param source File contents.
 * @param configHash The file's config fingerprint: the hash of its resolved policy, and of its
 *   frontmatter extension when it has one (see `fileSetup`).
 * @param version Package version.
 * @returns A hex key.
 */
export function cacheKey(source: string, configHash: string, version: string): string {
  return sha256(`${sha256(source)}\0${configHash}\0${version}`)
}

/**
 * The digest that seals an entry: a hand-edited, truncated or foreign entry (diagnostics
 * emptied under a valid key, say) no longer matches it and the file is checked again.
 *
 * @param entry Everything but the digest.
 * @returns A hex digest.
 */
export function entryDigest(entry: Omit<CacheEntry, 'digest'>): string {
  return sha256(canonicalJson({ ...entry, cacheFormat }))
}

/**
 * Where the cache file lives: `--cache-location` as a file, or as a directory (existing, or
 * written with a trailing slash) holding `.exosome-content-cache`.
 *
 * @param cwd Working directory.
 * @param location `--cache-location` value, if given.
 * @returns Absolute path of the cache file.
 */
export function resolveCacheFile(cwd: string, location?: string): string {
  if (location === undefined) return join(cwd, defaultCacheLocation)
  const absolute = resolve(cwd, location)
  let isDirectory = false
  try {
    isDirectory = statSync(absolute, { throwIfNoEntry: false })?.isDirectory() === true
  } catch {
    // A link loop or an unreadable path: reading it reports the problem.
  }
  if (/[\\/]$/.test(location) || isDirectory) return join(absolute, defaultCacheLocation)
  return absolute
}

function inWindow(day: string, entry: Pick<CacheEntry, 'from' | 'until'>): boolean {
  return (entry.from === undefined || entry.from <= day) && (entry.until === undefined || day < entry.until)
}

/**
 * Whether an entry is internally consistent: a document exactly when no diagnostic is an
 * error (what the parser guarantees), and a digest that matches.
 */
function trustworthy(entry: CacheEntry): boolean {
  const failed = entry.diagnostics.some((diagnostic) => diagnostic.severity === 'error')
  if (failed === (entry.summary !== null)) return false
  const { digest, ...rest } = entry
  return digest === entryDigest(rest)
}

/**
 * A content-hash cache of check results, one JSON file, keyed by absolute path. A missing,
 * corrupt or foreign file starts an empty cache, and any entry that does not validate, is
 * inconsistent or does not match its digest is ignored: the file is checked again. A cache
 * location that exists but is not a regular file (a FIFO, a directory) is an error.
 */
export class CheckCache {
  readonly #path: string | undefined
  readonly #entries: Map<string, CacheEntry>
  #rejected = 0

  private constructor(path: string | undefined, entries: Map<string, CacheEntry>, rejected: number) {
    this.#path = path
    this.#entries = entries
    this.#rejected = rejected
  }

  /**
   * Read the cache file.
   *
   * @param path Absolute path of the cache file.
   * @returns The cache (empty when the file is missing or unusable).
   * @throws {InputError} When the path exists but is not a regular file.
   */
  static load(path: string): CheckCache {
    const entries = new Map<string, CacheEntry>()
    let rejected = 0
    // Larger than any real cache of this size limit is a sign of a foreign file.
    const text = readRegularFileSync(path, path, { label: 'cache file', missingOk: true, maxBytes: 64 * maxFileBytes })
    if (text === undefined) return new CheckCache(path, entries, 0)
    let parsed: unknown
    try {
      parsed = JSON.parse(text)
    } catch {
      return new CheckCache(path, entries, 0)
    }
    const file = cacheFileSchema.safeParse(parsed)
    if (!file.success) return new CheckCache(path, entries, 0)
    for (const [name, value] of Object.entries(file.data.entries)) {
      const entry = entrySchema.safeParse(value)
      if (entry.success && trustworthy(entry.data)) entries.set(name, entry.data)
      else rejected++
    }
    return new CheckCache(path, entries, rejected)
  }

  /**
   * A cache kept in memory only (`check --watch` without `--cache`).
   *
   * @returns An empty cache whose `save` does nothing.
   */
  static memory(): CheckCache {
    return new CheckCache(undefined, new Map(), 0)
  }

  /** Entries of the file that were ignored because they did not validate. */
  get rejected(): number {
    return this.#rejected
  }

  /**
   * The remembered outcome of a file, if its key matches and it holds on `day`.
   *
   * @param file Absolute file path.
   * @param key Current key from {@link cacheKey}.
   * @param day The day of this run, `YYYY-MM-DD`.
   * @returns The outcome, or undefined when absent, stale or expired.
   */
  get(file: string, key: string, day: string): FileOutcome | undefined {
    const entry = this.#entries.get(file)
    if (entry === undefined || entry.key !== key || !inWindow(day, entry)) return undefined
    const window: DateWindow = {}
    if (entry.from !== undefined) window.from = entry.from
    if (entry.until !== undefined) window.until = entry.until
    return { diagnostics: entry.diagnostics, summary: entry.summary, window }
  }

  /**
   * Remember a file's outcome.
   *
   * @param file Absolute file path.
   * @param key Key from {@link cacheKey}.
   * @param outcome Diagnostics, summary and the days they hold for.
   */
  set(file: string, key: string, outcome: FileOutcome): void {
    const rest: Omit<CacheEntry, 'digest'> = { key, diagnostics: outcome.diagnostics, summary: outcome.summary }
    if (outcome.window.from !== undefined) rest.from = outcome.window.from
    if (outcome.window.until !== undefined) rest.until = outcome.window.until
    this.#entries.set(file, { ...rest, digest: entryDigest(rest) })
  }

  /**
   * Forget a file (it was removed or failed to parse).
   *
   * @param file Absolute file path.
   */
  delete(file: string): void {
    this.#entries.delete(file)
  }

  /**
   * Write the cache file atomically (temporary file, then rename).
   *
   * @throws {InputError} When it cannot be written.
   */
  save(): void {
    if (this.#path === undefined) return
    const data = { format: cacheFormat, entries: Object.fromEntries(this.#entries) }
    const temporary = `${this.#path}.${process.pid}.tmp`
    try {
      mkdirSync(dirname(this.#path), { recursive: true })
      writeFileSync(temporary, JSON.stringify(data))
      renameSync(temporary, this.#path)
    } catch (error) {
      rmSync(temporary, { force: true })
      throw new InputError(`Cannot write cache file ${this.#path}: ${errorMessage(error)}`)
    }
  }
}
