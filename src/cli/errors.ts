import { InputError } from '../node/errors.js'

export { errorMessage } from '../node/errors.js'

/**
 * A wrong invocation: unknown flag, missing argument, bad value. Exit code 2, with the
 * command's usage text.
 */
export class UsageError extends Error {
  override name = 'UsageError'
  /** Usage text of the command that was misused. */
  readonly usage: string

  /**
   * @param message What was wrong.
   * @param usage The usage text to print after the message.
   */
  constructor(message: string, usage: string) {
    super(message)
    this.usage = usage
  }
}

/** A file that could not be read or written, or a bad config file. Exit code 2. */
export const CliIoError = InputError
