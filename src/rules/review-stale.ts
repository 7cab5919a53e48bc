import { z } from 'zod'
import { docsUrl } from '../diagnostics.js'
import { isoDateSchema } from '../schema/primitives.js'
import type { Rule } from './rule.js'
import { fileStart } from './util/source.js'

/** Options of `review-stale`. */
export interface ReviewStaleOptions {
  /**
   * How many months a review stays current.
   *
   * @default 12
   */
  months: number
  /**
   * The day to measure from, as `YYYY-MM-DD` or a `Date` (fix it in tests and CI snapshots).
   *
   * @default the current date (UTC)
   * @example '2026-01-31'
   */
  now?: string | Date | undefined
}

const optionsSchema: z.ZodType<ReviewStaleOptions> = z
  .strictObject({
    months: z.number().int().positive().default(12),
    now: z.union([isoDateSchema, z.date()]).optional(),
  })
  .prefault({})

const isoDay = (date: Date): string => date.toISOString().slice(0, 10)

/**
 * The last day that is still current: `months` calendar months before `now`.
 *
 * @param now The reference day.
 * @param months Window length.
 * @returns The cutoff as `YYYY-MM-DD`.
 */
export function reviewCutoff(now: string | Date, months: number): string {
  const day = typeof now === 'string' ? new Date(`${now}T00:00:00Z`) : now
  const cutoff = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth() - months, 1))
  // Clamp the day to the target month's length (12 months before 2024-02-29 is 2023-02-28).
  const length = new Date(Date.UTC(cutoff.getUTCFullYear(), cutoff.getUTCMonth() + 1, 0)).getUTCDate()
  cutoff.setUTCDate(Math.min(day.getUTCDate(), length))
  return isoDay(cutoff)
}

/** The document's `lastReviewed` date is within the review window. */
export const reviewStale: Rule<ReviewStaleOptions> = {
  id: 'review-stale',
  description: '`lastReviewed` is no older than the review window (12 months by default).',
  defaultLevel: 'warn',
  optionsSchema,
  url: docsUrl('review-stale', 'rules.md'),
  check(context) {
    const { lastReviewed } = context.document
    // A draft document may carry an invalid date; the parser reports that one.
    if (!isoDateSchema.safeParse(lastReviewed).success) return
    const now = context.options.now ?? new Date()
    const cutoff = reviewCutoff(now, context.options.months)
    if (lastReviewed >= cutoff) return
    const months = context.options.months
    context.report({
      message: `Unexpected \`lastReviewed\` ${lastReviewed}, older than ${months} month${months === 1 ? '' : 's'} before ${typeof now === 'string' ? now : isoDay(now)}, expected a review on or after ${cutoff}`,
      place: context.locate(['lastReviewed']) ?? fileStart,
    })
  },
}
