import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { CliIoError, errorMessage } from './errors.js'
import type { CliIo } from './io.js'

/**
 * Write a command's result to `-o file`, or to stdout when no file is given.
 *
 * @param io CLI I/O.
 * @param text The result.
 * @param file `--output` value, relative to the working directory.
 */
export function writeResult(io: CliIo, text: string | Uint8Array, file: string | undefined): void {
  if (file === undefined) {
    io.stdout.write(typeof text === 'string' ? text : Buffer.from(text).toString('utf8'))
    return
  }
  const target = resolve(io.cwd, file)
  try {
    mkdirSync(dirname(target), { recursive: true })
    writeFileSync(target, text)
  } catch (error) {
    throw new CliIoError(`Cannot write ${file}: ${errorMessage(error)}`)
  }
}
