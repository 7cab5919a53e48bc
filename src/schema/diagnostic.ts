import { z } from 'zod'
import { positionSchema } from './primitives.js'

/** Severities, most severe first. */
export const severities = ['error', 'warning', 'info'] as const

/** One problem found in a content file, from a YAML syntax error to a missing citation. */
export const diagnosticSchema = z.strictObject({
  /** Kebab-case id of the rule or parser check, e.g. `claim-needs-citation`. */
  ruleId: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  severity: z.enum(severities),
  /** "Unexpected X, expected Y" style sentence. */
  message: z.string().min(1),
  /** 1-based range in the source file. */
  place: positionSchema,
  /** File path, when known. */
  file: z.string().optional(),
  /**
   * A second location that explains the first (e.g. where a duplicate id was first defined).
   * `file` is set when that location is in another file than the diagnostic (the
   * cross-document rules: the original of a translation, the first definition of a claim id);
   * without it, the location is in the diagnostic's own file.
   */
  related: z.strictObject({ message: z.string(), place: positionSchema, file: z.string().optional() }).optional(),
  /** Link to the rule's documentation. */
  url: z.string().optional(),
})

/** A diagnostic. */
export type Diagnostic = z.infer<typeof diagnosticSchema>
/** Severity of a diagnostic. */
export type Severity = (typeof severities)[number]
