import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import type { Diagnostic } from '../schema/diagnostic.js'
import type { ExosomeDocument } from '../schema/document.js'

/** Default cache file name, in the working directory. */
export const defaultCacheLocation = '.exosome-content-cache'

/** Bumped when the cache file layout changes; other layouts are ignored. */
const cacheFormat = 1

/** What is remembered about one file. */
export interface CacheEntry {
  /** Hash of the file content, the policy and the package version. */
  key: string
  /** The file's own diagnostics (parser and per-document rules). */
  diagnostics: Diagnostic[]
  /** The cross-document summary, so a warm run need not parse the file. */
  summary: ExosomeDocument | undefined
}

interface CacheFile {
  format: number
  entries: Record<string, CacheEntry>
}

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
 * The cache key of one file: content, resolved policy and package version together, so a
 * change to any of them re-parses the file.
 *
 * @param source File contents.
 * @param policyHash Hash of the resolved policy.
 * @param version Package version.
 * @returns A hex key.
 */
export function cacheKey(source: string, policyHash: string, version: string): string {
  return sha256(`${sha256(source)}\0${policyHash}\0${version}`)
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
  if (/[\\/]$/.test(location) || statSync(absolute, { throwIfNoEntry: false })?.isDirectory() === true) {
    return join(absolute, defaultCacheLocation)
  }
  return absolute
}

/**
 * A content-hash cache of check results, one JSON file, keyed by absolute path. A missing,
 * unreadable or corrupt file starts an empty cache; it never fails a run.
 */
export class CheckCache {
  readonly #path: string
  readonly #entries: Map<string, CacheEntry>

  private constructor(path: string, entries: Map<string, CacheEntry>) {
    this.#path = path
    this.#entries = entries
  }

  /**
   * Read the cache file.
   *
   * @param path Absolute path of the cache file.
   * @returns The cache (empty when the file is missing or unusable).
   */
  static load(path: string): CheckCache {
    const entries = new Map<string, CacheEntry>()
    try {
      const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<CacheFile> | null
      if (parsed !== null && parsed.format === cacheFormat && typeof parsed.entries === 'object' && parsed.entries !== null) {
        for (const [file, entry] of Object.entries(parsed.entries)) {
          if (isEntry(entry)) entries.set(file, entry)
        }
      }
    } catch {
      // Missing or corrupt: start empty, the run re-parses and rewrites it.
    }
    return new CheckCache(path, entries)
  }

  /**
   * The entry of a file if its key still matches.
   *
   * @param file Absolute file path.
   * @param key Current key from {@link cacheKey}.
   * @returns The entry, or undefined when absent or stale.
   */
  get(file: string, key: string): CacheEntry | undefined {
    const entry = this.#entries.get(file)
    return entry?.key === key ? entry : undefined
  }

  /**
   * Remember a file's result.
   *
   * @param file Absolute file path.
   * @param entry Key, diagnostics and summary.
   */
  set(file: string, entry: CacheEntry): void {
    this.#entries.set(file, entry)
  }

  /**
   * Write the cache file atomically (temporary file, then rename).
   */
  save(): void {
    const data: CacheFile = { format: cacheFormat, entries: Object.fromEntries(this.#entries) }
    mkdirSync(dirname(this.#path), { recursive: true })
    const temporary = `${this.#path}.${process.pid}.tmp`
    writeFileSync(temporary, JSON.stringify(data))
    renameSync(temporary, this.#path)
  }
}

function isEntry(value: unknown): value is CacheEntry {
  if (typeof value !== 'object' || value === null) return false
  const entry = value as Partial<CacheEntry>
  return typeof entry.key === 'string' && Array.isArray(entry.diagnostics) && (entry.summary === undefined || typeof entry.summary === 'object')
}
