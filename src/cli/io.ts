import { styleText } from 'node:util'

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
  }
}

/** Text styles used by the stylish and diff outputs. */
export type Style = 'red' | 'yellow' | 'green' | 'blue' | 'dim' | 'bold' | 'underline'

/** Applies a style to a string, or returns it unchanged when colour is off. */
export type Paint = (style: Style, text: string) => string

/**
 * A painter that colours only when the stream is a TTY and `NO_COLOR` is unset.
 *
 * @param stream The stream the text is for.
 * @param env Environment variables.
 * @returns A paint function.
 */
export function painterFor(stream: OutputStream, env: CliIo['env']): Paint {
  const enabled = stream.isTTY === true && (env['NO_COLOR'] === undefined || env['NO_COLOR'] === '')
  if (!enabled) return (_style, text) => text
  return (style, text) => styleText(style === 'dim' ? 'gray' : style, text, { validateStream: false })
}
