import { docsBase } from '../diagnostics.js'
import type { Severity } from '../schema/diagnostic.js'

/**
 * Input limits checked by a linear-time pre-scan before micromark or yaml see the text (the
 * body limits also apply to disclaimer `text`, which the renderers parse as markdown).
 * markdown and YAML parsers have super-linear paths (deep nesting, long delimiter runs,
 * many unmatched brackets) and yaml can abort the process on deeply nested flow collections;
 * the pre-scan rejects such input with a `limit-*` diagnostic instead. Every limit can be
 * raised per call: `parseContent(text, { limits: { maxBodyBytes: 2 * 1024 * 1024 } })`.
 */
export interface ParseLimits {
  /**
   * Most UTF-8 bytes of markdown after the frontmatter.
   *
   * @default 262144 (256 KiB)
   * @example 1_048_576
   */
  maxBodyBytes: number
  /**
   * Most UTF-8 bytes of YAML between the `---` fences.
   *
   * @default 65536 (64 KiB)
   */
  maxFrontmatterBytes: number
  /**
   * Deepest YAML nesting: block indentation levels, `- ` entries on one line and open
   * `[` / `{` flow collections together.
   *
   * @default 32
   */
  maxYamlDepth: number
  /**
   * Most alias nodes (`*name`) in the frontmatter, and most nodes all aliases together may
   * expand to (an alias copies every node of its anchor, nested aliases expanded).
   *
   * @default 100
   */
  maxYamlAliases: number
  /**
   * Deepest container nesting on a line: block quotes (`>`), list items and open `:::`
   * directive containers together (a directive stays open until a fence micromark closes it
   * with: at least as many colons, in the same container).
   *
   * @default 16
   */
  maxContainerNesting: number
  /**
   * Most list items in the body.
   *
   * @default 3000
   */
  maxListItems: number
  /**
   * Longest run of one markup character (`*`, `_`, `[`, `]`, `(`, `)`, `{`, `}`, `<`, `` ` ``,
   * `!`, `:`, `\`) in the body.
   *
   * @default 32
   */
  maxDelimiterRun: number
  /**
   * Most inline markup characters (`*`, `_`, `[`, `]`, `<`, `` ` ``, `{`, `}`, and `(` right
   * after `]`) in one paragraph, heading or directive label, as micromark splits the text
   * (fenced code and leaf directives are none of these).
   *
   * @default 1000
   */
  maxInlineMarkup: number
  /**
   * Most inline markup characters (the characters `maxInlineMarkup` counts) in the whole
   * body, code included.
   *
   * @default 32768
   */
  maxInlineMarkupTotal: number
  /**
   * Most directives (`:name`, `::name`, `:::name`) in the body.
   *
   * @default 1000
   */
  maxDirectives: number
  /**
   * Most lines in the body, where a line inside nested block quotes, list items or `:::`
   * directives counts once more per container it opens or continues (micromark re-checks
   * every open container on every line).
   *
   * @default 20000
   */
  maxLines: number
}

/** The default limits: generous for authored content, tight enough to bound parse time. */
export const defaultLimits: Readonly<ParseLimits> = Object.freeze({
  maxBodyBytes: 256 * 1024,
  maxFrontmatterBytes: 64 * 1024,
  maxYamlDepth: 32,
  maxYamlAliases: 100,
  maxContainerNesting: 16,
  maxListItems: 3000,
  maxDelimiterRun: 32,
  maxInlineMarkup: 1000,
  maxInlineMarkupTotal: 32 * 1024,
  maxDirectives: 1000,
  maxLines: 20_000,
})

/** Diagnostic id reported for each limit; each has a section in `docs/diagnostics.md`. */
export const limitRuleIds = {
  maxBodyBytes: 'limit-body-size',
  maxFrontmatterBytes: 'limit-frontmatter-size',
  maxYamlDepth: 'limit-yaml-depth',
  maxYamlAliases: 'limit-yaml-aliases',
  maxContainerNesting: 'limit-nesting',
  maxListItems: 'limit-list-items',
  maxDelimiterRun: 'limit-delimiter-run',
  maxInlineMarkup: 'limit-inline-markup',
  maxInlineMarkupTotal: 'limit-inline-markup-total',
  maxDirectives: 'limit-directives',
  maxLines: 'limit-lines',
} as const satisfies Record<keyof ParseLimits, string>

/**
 * Link to the section of SECURITY.md that documents an isolation diagnostic.
 *
 * @param ruleId `parse-timeout` or `parse-crash`.
 * @returns An absolute URL with the id as anchor.
 */
export function securityUrl(ruleId: string): string {
  return `${docsBase.replace(/docs\/$/, '')}SECURITY.md#${ruleId}`
}

/** Severity of every limit diagnostic: the file is not parsed further. */
export const limitSeverity: Severity = 'error'

/** Id of a limit diagnostic. */
export type LimitRuleId = (typeof limitRuleIds)[keyof ParseLimits]

/**
 * Merge caller limits over the defaults.
 *
 * @param limits Limits to override; `undefined` keeps every default.
 * @returns A complete, frozen set of limits.
 * @throws {TypeError} When a limit is not a positive integer (or `Infinity`), or is unknown.
 */
export function resolveLimits(limits?: Partial<ParseLimits> | undefined): Readonly<ParseLimits> {
  if (limits === undefined || limits === null) return defaultLimits
  if (typeof limits !== 'object') throw new TypeError(`Expected \`limits\` to be an object, got ${typeof limits}`)
  const resolved: ParseLimits = { ...defaultLimits }
  for (const [key, value] of Object.entries(limits)) {
    if (!Object.hasOwn(defaultLimits, key)) {
      throw new TypeError(`Unexpected limit \`${key}\`, expected one of ${Object.keys(defaultLimits).join(', ')}`)
    }
    if (value === undefined) continue
    if (typeof value !== 'number' || !(value === Number.POSITIVE_INFINITY || (Number.isInteger(value) && value > 0))) {
      throw new TypeError(`Expected limit \`${key}\` to be a positive integer or Infinity, got ${String(value)}`)
    }
    resolved[key as keyof ParseLimits] = value
  }
  return Object.freeze(resolved)
}

/**
 * The message of a limit diagnostic: what was found, the limit, and how to raise it.
 *
 * @param key The limit.
 * @param found What exceeded it, e.g. `block quote nesting of 17 levels`.
 * @param limits The limits in force.
 * @returns An "Unexpected X, expected Y" sentence.
 */
export function limitMessage(key: keyof ParseLimits, found: string, limits: Readonly<ParseLimits>): string {
  const value = limits[key]
  const raised = Number.isFinite(value) ? value * 2 : value
  return `Unexpected ${found}, expected at most ${value} (limit \`${key}\`; raise it with \`parseContent(source, { limits: { ${key}: ${raised} } })\` if the input is trusted)`
}
