import type { Diagnostic } from '../schema/diagnostic.js'
import { findFrontmatter, type FrontmatterSpan } from './frontmatter-span.js'
import { resolveLimits, type ParseLimits } from './limits.js'
import { scanBody, type ScannedLine } from './prescan-body.js'
import { createScanContext, type ScanContext, type ScanPlacement } from './prescan-context.js'
import { checkInlineContexts, type MarkdownSyntax } from './prescan-inline.js'
import { scanYaml } from './prescan-yaml.js'

/**
 * Check a content file against the input limits in one linear pass, before any markdown or
 * YAML parser runs. Input that would send micromark or yaml into super-linear time, or abort
 * the process, is reported here so it is never handed to them. The frontmatter is found
 * exactly where micromark's frontmatter construct finds it ({@link findFrontmatter}).
 *
 * @param source The file's text as micromark is given it (no leading byte order mark), as
 *   `parseContent` parses it.
 * @param limits Limits to override; the rest keep their defaults.
 * @param file Path stamped on the diagnostics, when known.
 * @returns One `limit-*` error per exceeded limit, at the first place it is exceeded; empty
 *   when the text is within every limit.
 * @throws {TypeError} When a limit is not a positive integer or `Infinity`.
 */
export function prescan(source: string, limits?: Partial<ParseLimits> | undefined, file?: string | undefined): Diagnostic[] {
  return prescanWithSpan(source, limits, file, findFrontmatter(source))
}

/**
 * {@link prescan} with the frontmatter span already found in `source` (`parseContent` finds it
 * once for every stage). Not part of the public API.
 *
 * @param source As for `prescan`.
 * @param limits As for `prescan`.
 * @param file As for `prescan`.
 * @param span `findFrontmatter(source)`.
 * @returns As `prescan`.
 */
export function prescanWithSpan(source: string, limits: Partial<ParseLimits> | undefined, file: string | undefined, span: FrontmatterSpan | undefined): Diagnostic[] {
  const context = createScanContext(source, resolveLimits(limits), file)
  if (span !== undefined) scanYaml(context, span.valueStart, span.closeStart)
  // Without a closing fence the frontmatter is markdown to micromark: it is scanned as body.
  scanMarkdown(context, span?.bodyStart ?? 0, 'content')
  return [...context.found.values()]
}

/**
 * Check markdown taken from a frontmatter value (a disclaimer's `text`, which the renderers
 * parse as CommonMark) against the same body limits, so that no markdown the package ever
 * parses is past them.
 *
 * @param text The markdown.
 * @param limits The limits in force.
 * @param file Path stamped on the diagnostics, when known.
 * @param placement Where the value is in the file, and what it is (for the message).
 * @returns One `limit-*` error per exceeded limit, each at the value's position.
 */
export function prescanValue(text: string, limits: Readonly<ParseLimits>, file: string | undefined, placement: ScanPlacement): Diagnostic[] {
  const context = createScanContext(text, limits, file, placement)
  scanMarkdown(context, 0, 'commonmark')
  return [...context.found.values()]
}

/**
 * Scan markdown against the body limits: the line scan, then (when a run of lines holds more
 * inline markup than `maxInlineMarkup`, and every other limit holds) the exact check of
 * each inline context on micromark's block-level tokens.
 *
 * @param context The scan context; its source is the whole text micromark is given.
 * @param start Offset of the first markdown character.
 * @param syntax The syntax the text is parsed with.
 * @param observe Called after each line with the line scan's view of it (tests).
 */
export function scanMarkdown(context: ScanContext, start: number, syntax: MarkdownSyntax, observe?: (line: ScannedLine) => void): void {
  const { inlineOverflow } = scanBody(context, start, observe)
  if (inlineOverflow && !blockLimits.some((key) => context.found.has(key))) checkInlineContexts(context, syntax)
}

// The limits that keep micromark's block level (documents, containers, flow) linear: the
// exact inline check runs that level, so only when these hold.
const blockLimits = ['maxBodyBytes', 'maxLines', 'maxContainerNesting', 'maxListItems'] as const satisfies ReadonlyArray<keyof ParseLimits>
