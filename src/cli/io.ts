import { painter, type Paint } from '../node/format/paint.js'

export type { Paint, Style } from '../node/format/paint.js'

/** A stream the CLI writes to: `process.stdout`, or a buffer in tests. */
export interface OutputStream {
  /** Write a chunk of text. */
  write(chunk: string): unknown
  /** Whether the stream is a terminal (colours and progress lines only then). */
  isTTY?: boolean | undefined
}

/** Everything the CLI touches outside itself, so tests can run it in-process. */
export interface CliIo {
  /** Where results go. */
  stdout: OutputStream
  /** Where errors, usage text and progress go. */
  stderr: OutputStream
  /**
   * Directory that relative paths, globs and config lookup start from.
   * @default process.cwd()
   */
  cwd: string
  /**
   * Environment variables (`NO_COLOR` is read from here).
   * @default process.env
   */
  env: Readonly<Record<string, string | undefined>>
  /**
   * Stops a long-running command (`check --watch`) as Ctrl-C does.
   * @default none (the process's SIGINT and SIGTERM)
   */
  signal?: AbortSignal | undefined
}

/** Partial I/O as accepted by `main`; missing members default to the process's. */
export type CliIoInit = Partial<CliIo>

/**
 * Fill in the process's streams, cwd and environment for anything not given.
 *
 * @param init What the caller supplied.
 * @returns A complete I/O object.
 */
export function resolveIo(init: CliIoInit = {}): CliIo {
  return {
    stdout: init.stdout ?? process.stdout,
    stderr: init.stderr ?? process.stderr,
    cwd: init.cwd ?? process.cwd(),
    env: init.env ?? process.env,
    signal: init.signal,
  }
}

/**
 * A painter that colours only when the stream is a TTY and `NO_COLOR` is unset.
 *
 * @param stream The stream the text is for.
 * @param env Environment variables.
 * @returns A paint function.
 */
export function painterFor(stream: OutputStream, env: CliIo['env']): Paint {
  return painter(stream.isTTY === true && (env['NO_COLOR'] === undefined || env['NO_COLOR'] === ''))
}
