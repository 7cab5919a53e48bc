import { normaliseNow } from '../util/now.js'
import { UsageError } from './errors.js'

/** Environment variable that sets `--now` when the flag is not given (tests, reproducible CI). */
export const nowVariable = 'EXOSOME_CONTENT_NOW'

/**
 * The day date-dependent rules measure from: `--now`, else `EXOSOME_CONTENT_NOW`, else the
 * current date.
 *
 * @param flag `--now` value, if given.
 * @param env Environment variables.
 * @param usage Usage text for the error.
 * @returns The instant.
 * @throws {UsageError} For a value that is not an ISO date.
 */
export function cliNow(flag: string | undefined, env: Readonly<Record<string, string | undefined>>, usage: string): Date {
  const fromEnv = env[nowVariable]
  const value = flag ?? (fromEnv === '' ? undefined : fromEnv)
  if (value === undefined) return new Date()
  try {
    return normaliseNow(value) as Date
  } catch {
    const source = flag === undefined ? nowVariable : '--now'
    throw new UsageError(`Unexpected ${source} \`${value}\`, expected an ISO date such as 2026-11-29 (or a date-time)`, usage)
  }
}
