import type { z } from 'zod'
import type { Position } from '../schema/primitives.js'
import type { RuleLevel } from './policy.js'
import type { DateWindow, RuleInput } from './types.js'

/** What a rule reports; the runner adds the rule id, severity (from the policy level), file and docs URL. */
export interface RuleReport {
  /** "Unexpected X, expected Y" style sentence. */
  message: string
  /** 1-based range in the source file. */
  place: Position
  /** A second location that explains the first. */
  related?: { message: string; place: Position } | undefined
  /**
   * Report at most at this severity, whatever the rule's level: `warning` for a problem the
   * rule judges less sure (a benefit stated in narrative, which has no evidence grade),
   * `info` for a note that is not a problem.
   */
  severity?: 'warning' | 'info' | undefined
}

/** What a rule's `check` receives: the parser's input, the rule's validated options and `report`. */
export interface RuleContext<Options = unknown> extends RuleInput {
  /** The rule's options after validation by its `optionsSchema` (defaults applied). */
  options: Options
  /** The level the policy runs the rule at (never `off` inside `check`). */
  level: Exclude<RuleLevel, 'off'>
  /**
   * Report one problem.
   *
   * @param report Message, place and optional related location.
   */
  report: (report: RuleReport) => void
  /** The day the rule measures dates from: `parseContent`'s `now`, else the current date. */
  now: Date
  /**
   * Declare that what the rule reported depends on `now` and holds only for the days of
   * `window` (a cache keeps the result that long). Rules that do not read `now` never call it.
   *
   * @param window `from` (inclusive) and `until` (exclusive) as `YYYY-MM-DD`.
   */
  dependsOnDate: (window: DateWindow) => void
}

/** A consistency rule: one file in `src/rules/`, its `id` equal to the file name. */
export interface Rule<Options = unknown> {
  /** Kebab-case id, equal to the file name. */
  readonly id: string
  /** One line saying what the rule catches. */
  readonly description: string
  /** Level in the `recommended` policy. */
  readonly defaultLevel: RuleLevel
  /** zod schema of the options; `undefined` input must parse (defaults applied). */
  readonly optionsSchema?: z.ZodType<Options> | undefined
  /** Documentation link (`docs/rules.md#<id>`). */
  readonly url: string
  /**
   * Inspect one document and report problems through `context.report`. Must not throw on any
   * document; a throw becomes an `internal-error` diagnostic.
   *
   * @param context Input, options and `report`.
   */
  check(context: RuleContext<Options>): void
}
