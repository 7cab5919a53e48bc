import { closeSync, constants, fstatSync, openSync, readFileSync, type Stats } from 'node:fs'
import { open } from 'node:fs/promises'
import { fsReason, InputError } from './errors.js'

/**
 * Largest file `check`, `render` and `diff` read. Far above the parser's default limits
 * (256 KiB of body and 64 KiB of frontmatter), so a file past those still gets the parser's
 * own `limit-*` diagnostic; a larger file is refused before it is read into memory.
 */
export const maxFileBytes = 16 * 1024 * 1024

// O_NONBLOCK: opening a FIFO for reading returns at once instead of waiting for a writer,
// so a FIFO (or a device) is refused after fstat without ever blocking the process.
const readFlags = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0)

function kind(stats: Stats): string {
  if (stats.isDirectory()) return 'a directory'
  if (stats.isFIFO()) return 'a FIFO (named pipe)'
  if (stats.isSocket()) return 'a socket'
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device'
  return 'not a regular file'
}

function refuse(what: string, label: string, reason: string): never {
  throw new InputError(`Cannot read ${label === '' ? '' : `${label} `}${what}: ${reason}`)
}

function checkStats(stats: Stats, what: string, label: string, maxBytes: number): void {
  if (!stats.isFile()) refuse(what, label, `${kind(stats)}, expected a regular file`)
  if (stats.size > maxBytes) refuse(what, label, `${stats.size} bytes, expected at most ${maxBytes}`)
}

/** Options of {@link readRegularFile}. */
export interface ReadOptions {
  /** What the file is, for messages (e.g. `config file`). @default 'file' */
  label?: string
  /** Largest size read. @default {@link maxFileBytes} */
  maxBytes?: number
}

/**
 * Read a regular file as UTF-8 without ever blocking on a FIFO or device: the file is opened
 * non-blocking, checked with `fstat` on the open descriptor (no race with a swapped path),
 * and read only when it is a regular file within `maxBytes`.
 *
 * @param path Absolute path.
 * @param shown The path as the user wrote it, for messages.
 * @param options Label and size limit.
 * @returns The text.
 * @throws {InputError} When the file is missing, unreadable, not a regular file or too large.
 */
export async function readRegularFile(path: string, shown: string = path, options: ReadOptions = {}): Promise<string> {
  const label = options.label ?? ''
  let handle
  try {
    handle = await open(path, readFlags)
  } catch (error) {
    return refuse(shown, label, fsReason(error))
  }
  try {
    checkStats(await handle.stat(), shown, label, options.maxBytes ?? maxFileBytes)
    return await handle.readFile('utf8')
  } catch (error) {
    if (error instanceof InputError) throw error
    return refuse(shown, label, fsReason(error))
  } finally {
    await handle.close()
  }
}

/**
 * {@link readRegularFile}, synchronously (config and cache files).
 *
 * @param path Absolute path.
 * @param shown The path as written, for messages.
 * @param options Label and size limit.
 * @returns The text, or undefined when the file does not exist and `missingOk` is set.
 * @throws {InputError} As {@link readRegularFile}.
 */
export function readRegularFileSync(path: string, shown: string = path, options: ReadOptions & { missingOk?: boolean } = {}): string | undefined {
  return readRegularBytesSync(path, shown, options)?.toString('utf8')
}

/**
 * {@link readRegularFileSync}, as bytes (a gzipped claims summary).
 *
 * @param path Absolute path.
 * @param shown The path as written, for messages.
 * @param options Label and size limit.
 * @returns The bytes, or undefined when the file does not exist and `missingOk` is set.
 * @throws {InputError} As {@link readRegularFile}.
 */
export function readRegularBytesSync(path: string, shown: string = path, options: ReadOptions & { missingOk?: boolean } = {}): Buffer | undefined {
  const label = options.label ?? ''
  let fd: number
  try {
    fd = openSync(path, readFlags)
  } catch (error) {
    if (options.missingOk === true && (error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    return refuse(shown, label, fsReason(error))
  }
  try {
    checkStats(fstatSync(fd), shown, label, options.maxBytes ?? maxFileBytes)
    return readFileSync(fd)
  } catch (error) {
    if (error instanceof InputError) throw error
    return refuse(shown, label, fsReason(error))
  } finally {
    closeSync(fd)
  }
}
