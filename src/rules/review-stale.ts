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
   * The day to measure from, as `YYYY-MM-DD` or a `Date`. Usually left out: the rule then
   * measures from `parseContent`'s `now` option (the CLI's `--now`), else the current date.
   *
   * @default the `now` of the parse (UTC day)
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

const dayMs = 86_400_000

/**
 * The first day on which a review of `lastReviewed` is stale: the first day whose cutoff
 * ({@link reviewCutoff}) is later than `lastReviewed`.
 *
 * @param lastReviewed The review day, `YYYY-MM-DD`.
 * @param months Window length.
 * @returns That day as `YYYY-MM-DD`.
 */
export function firstStaleDay(lastReviewed: string, months: number): string {
  const reviewed = new Date(`${lastReviewed}T00:00:00Z`)
  // `months` calendar months later, less a few days for month-length clamping, then step
  // forward: the cutoff never decreases from one day to the next.
  let day = new Date(Date.UTC(reviewed.getUTCFullYear(), reviewed.getUTCMonth() + months, 1) + (Math.min(reviewed.getUTCDate(), 28) - 4) * dayMs)
  while (reviewCutoff(day, months) <= lastReviewed) day = new Date(day.getTime() + dayMs)
  return isoDay(day)
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
    const fixed = context.options.now
    const now = fixed ?? context.now
    const months = context.options.months
    const cutoff = reviewCutoff(now, months)
    const today = typeof now === 'string' ? now : isoDay(now)
    if (lastReviewed >= cutoff) {
      // Current until the first stale day, whatever day before it the check runs on.
      if (fixed === undefined) context.dependsOnDate({ until: firstStaleDay(lastReviewed, months) })
      return
    }
    // The message names today and the cutoff: it holds for this day only.
    if (fixed === undefined) context.dependsOnDate({ from: today, until: isoDay(new Date(new Date(`${today}T00:00:00Z`).getTime() + dayMs)) })
    context.report({
      message: `Unexpected \`lastReviewed\` ${lastReviewed}, older than ${months} month${months === 1 ? '' : 's'} before ${today}, expected a review on or after ${cutoff}`,
      place: context.locate(['lastReviewed']) ?? fileStart,
    })
  },
}
