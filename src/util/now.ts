// One reading of `now` options for the parser, the rules and the CLI.

/**
 * Check a `now` option: a valid `Date`, or an ISO date (`YYYY-MM-DD`) or date-time string.
 *
 * @param now The option as given.
 * @returns The instant, or undefined when not given.
 * @throws {TypeError} For anything else.
 */
export function normaliseNow(now: unknown): Date | undefined {
  if (now === undefined) return undefined
  const date =
    now instanceof Date ? now : typeof now === 'string' && /^\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(now) ? new Date(/T/.test(now) ? now : `${now}T00:00:00Z`) : undefined
  // `Date` rolls 2026-02-30 over to March: a day must read back as written.
  const rolled = typeof now === 'string' && date !== undefined && !Number.isNaN(date.getTime()) && !/T/.test(now) && date.toISOString().slice(0, 10) !== now
  if (date === undefined || Number.isNaN(date.getTime()) || rolled) {
    throw new TypeError(`Expected \`now\` to be a Date or an ISO date such as 2026-11-29, got ${typeof now === 'string' ? JSON.stringify(now) : typeof now}`)
  }
  return date
}

/**
 * The UTC day of an instant.
 *
 * @param date An instant.
 * @returns `YYYY-MM-DD`.
 */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10)
}
