import { recommendedPolicy, resolvePolicy } from '../rules/policy.js'
import type { DateWindow } from '../rules/types.js'
import { normaliseNow } from '../util/now.js'
import { analyzeTree, guardParse } from './analyze.js'
import { resolveExtension, type FrontmatterExtension, type ResolvedExtension } from './frontmatter-extension.js'
import { findFrontmatter, withoutByteOrderMarks } from './frontmatter-span.js'
import { resolveLimits } from './limits.js'
import { prescanWithSpan } from './prescan.js'
import { defaultPartSize, parseMarkdown } from './processor.js'
import type { ExtensionData, ParseOptions, ParseResult } from './types.js'

/**
 * Check the options of `parseContent` and the plugin (programmer errors throw).
 *
 * @param options The options as given.
 * @returns Normalised settings.
 * @throws {TypeError} When an option has the wrong type or the policy is invalid.
 */
export function normaliseOptions(options: ParseOptions | undefined): {
  path: string | undefined
  policy: ReturnType<typeof resolvePolicy>
  rules: boolean
  now: Date | undefined
  extension: ResolvedExtension | undefined
} {
  if (options === undefined || options === null) return { path: undefined, policy: recommendedPolicy, rules: true, now: undefined, extension: undefined }
  if (typeof options !== 'object') throw new TypeError(`Expected options to be an object, got ${typeof options}`)
  const { path, policy, rules, now, frontmatter } = options
  if (path !== undefined && typeof path !== 'string') throw new TypeError(`Expected \`path\` to be a string, got ${typeof path}`)
  if (rules !== undefined && typeof rules !== 'boolean') throw new TypeError(`Expected \`rules\` to be a boolean, got ${typeof rules}`)
  if (frontmatter !== undefined && (typeof frontmatter !== 'object' || frontmatter === null || Array.isArray(frontmatter))) {
    throw new TypeError(`Expected \`frontmatter\` to be an object such as { extend: z.object({ ... }) }, got ${frontmatter === null ? 'null' : typeof frontmatter}`)
  }
  const extend = frontmatter?.extend
  return {
    path,
    // The shipped policy is resolved once (deep-frozen), not at every parse.
    policy: policy === undefined ? recommendedPolicy : resolvePolicy(policy),
    rules: rules ?? true,
    now: normaliseNow(now),
    extension: extend === undefined ? undefined : resolveExtension(extend, '`frontmatter.extend`'),
  }
}

/**
 * Parse a content file (YAML frontmatter + markdown with claim and disclaimer directives)
 * into a typed, deep-frozen document, reporting every problem as a diagnostic with its
 * line and column in the file. Never throws on any input text.
 *
 * With `frontmatter: { extend }`, the site's own keys are validated by its schema and the
 * document carries them, typed, as `document.data`.
 *
 * @param source The file's text.
 * @param options File path (for diagnostics), policy, whether to run the consistency rules,
 *   the frontmatter extension.
 * @returns `{ document, diagnostics }`; `document` is undefined when any diagnostic is an error.
 * @throws {TypeError} Only for programmer errors: `source` not a string, invalid options or
 *   policy, an extension that is not a zod object or redefines a built-in key.
 * @example
 * ```ts
 * const { document, diagnostics } = parseContent(text, { path: 'content/page.md' })
 * for (const diagnostic of diagnostics) console.error(formatDiagnostic(diagnostic))
 * const page = parseContent(text, { frontmatter: { extend: z.object({ slug: z.string() }) } })
 * page.document?.data.slug // string
 * ```
 */
export function parseContent<Extension extends FrontmatterExtension>(
  source: string,
  options: ParseOptions & { frontmatter: { extend: Extension } },
): ParseResult<ExtensionData<Extension>>
export function parseContent(source: string, options?: ParseOptions): ParseResult
export function parseContent(source: string, options?: ParseOptions): ParseResult {
  return parseContentTracked(source, options, undefined)
}

/**
 * {@link parseContent}, also telling `onDateWindow` the days over which a date-dependent
 * rule's outcome holds (for the check cache). Not part of the public API.
 *
 * @param source The file's text.
 * @param options As for `parseContent`.
 * @param onDateWindow Called once per date-dependent rule outcome.
 * @returns As `parseContent`.
 */
export function parseContentTracked(source: string, options: ParseOptions | undefined, onDateWindow: ((window: DateWindow) => void) | undefined): ParseResult {
  if (typeof source !== 'string') throw new TypeError(`Expected \`source\` to be a string, got ${source === null ? 'null' : typeof source}`)
  const settings = normaliseOptions(options)
  // One view of the input for every stage: micromark would drop a leading U+FEFF of its own.
  const text = withoutByteOrderMarks(source)
  const limits = resolveLimits(options?.limits)
  // Input past a limit never reaches micromark or yaml (super-linear paths, process aborts).
  // The frontmatter is found once, where micromark finds it, for the pre-scan, the parse and the tree check.
  const span = findFrontmatter(text)
  const limited = prescanWithSpan(text, limits, settings.path, span)
  if (limited.length > 0) return { document: undefined, diagnostics: limited }
  return guardParse(settings.path, () =>
    analyzeTree(parseMarkdown(text, defaultPartSize, span), text, {
      file: settings.path,
      policy: settings.policy,
      rules: settings.rules,
      now: settings.now,
      onDateWindow,
      cloneNodes: false,
      limits,
      frontmatter: span ?? null,
      prescanned: true,
      extension: settings.extension,
    }),
  )
}
