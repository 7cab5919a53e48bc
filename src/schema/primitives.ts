import { z } from 'zod'

/** Kebab-case identifier: lowercase letters and digits in groups joined by single hyphens. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: 'Expected a kebab-case id (lowercase letters, digits and single hyphens)',
  })

/** Calendar date in `YYYY-MM-DD` form that exists (no 2025-02-30). */
export const isoDateSchema = z.iso.date({ error: 'Expected a real calendar date as YYYY-MM-DD' })

/** Digital Object Identifier without a resolver prefix, e.g. `10.1038/ncb1596`. */
export const doiSchema = z
  .string()
  .regex(/^10\.\d{4,9}\/[^\s]+$/, {
    error: 'Expected a DOI such as 10.1038/ncb1596 (no https://doi.org/ prefix)',
  })

// A host name of dot-separated labels ending in a top-level domain of letters: the grammar of
// zod's `z.regexes.domain`, shared by the URL check and the URL pattern of the JSON Schema.
const domainLabels = '(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\\.)+[a-zA-Z]{2,63}'
const domainPattern = new RegExp(`^(?=.{1,253}$)${domainLabels}$`)

// A port as the URL parser accepts it: 0 to 65535, leading zeros allowed.
const portPattern = '(?:0*(?:[0-5]?\\d{1,4}|6[0-4]\\d{3}|65[0-4]\\d{2}|655[0-2]\\d|6553[0-5]))?'

/**
 * The URL check as a JSON Schema `pattern` (for editors): optional white space around it (the
 * check trims), `http://` or `https://` in any case, further slashes the URL parser skips, an
 * optional `user@`, a host of the same label grammar as the check, an optional port, then anything
 * after a `/`, `?`, `#` or backslash. The URL parser also normalises what no pattern can: see the
 * cases listed in `test/schema/agreement.test.ts`.
 */
export const urlPattern = `^\\s*[hH][tT][tT][pP][sS]?://[/\\\\]*(?:[^/?#\\\\]*@)?(?=[a-zA-Z0-9.-]{1,253}(?:[:/?#\\\\]|\\s*$))${domainLabels}(?::${portPattern})?(?:[/?#\\\\][\\s\\S]*)?\\s*$`

/** Absolute `http:` or `https:` URL. */
export const urlSchema = z
  .url({
    protocol: /^https?$/,
    hostname: domainPattern,
    error: 'Expected an absolute http(s) URL',
  })
  .meta({ pattern: urlPattern })

/** BCP 47 language tag such as `en` or `en-US`. */
export const localeSchema = z
  .string()
  .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, { error: 'Expected a BCP 47 language tag such as en or en-US' })

/** Semantic version of the content, e.g. `1.2.0`. */
export const versionSchema = z
  .string()
  .regex(/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/, { error: 'Expected a semantic version such as 1.0.0' })

const _point = z.strictObject({
  line: z.number().int().min(1),
  column: z.number().int().min(1),
  offset: z.number().int().min(0).optional(),
})
type PointSchemaType = typeof _point
/** The type of `pointSchema`, named once so that declarations refer to it instead of repeating it. */
export interface PointSchema extends PointSchemaType {}
/** 1-based point in a source file. */
export const pointSchema: PointSchema = _point

const _position = z.strictObject({
  start: pointSchema,
  end: pointSchema,
})
type PositionSchemaType = typeof _position
/** The type of `positionSchema`, named once so that declarations refer to it instead of repeating it. */
export interface PositionSchema extends PositionSchemaType {}
/** Start and end points of a node in a source file (end is exclusive, as in unist). */
export const positionSchema: PositionSchema = _position

/** A 1-based point in a source file. */
export type Point = z.infer<typeof pointSchema>
/** A range in a source file. */
export type Position = z.infer<typeof positionSchema>
