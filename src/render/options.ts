/** Output formats of the renderers. */
export const renderFormats = ['html', 'markdown', 'text'] as const
/** Where disclaimers go: beside what needs them, or all together at the end. */
export const disclaimerModes = ['inline', 'end'] as const
/** How citations are shown in the flow of text. */
export const citationStyles = ['numeric', 'author-year', 'none'] as const

/** An output format. */
export type RenderFormat = (typeof renderFormats)[number]
/** A disclaimer mode. */
export type DisclaimerMode = (typeof disclaimerModes)[number]
/** A citation style. */
export type CitationStyle = (typeof citationStyles)[number]

/** Options of `renderDocument`, `renderSection` and `renderClaim`. */
export interface RenderOptions {
  /**
   * Output format.
   *
   * @example 'html'
   */
  format: RenderFormat
  /**
   * `inline`: document-level disclaimers open the output and every other disclaimer is shown
   * where it is first needed (where a section places it, or right after the first claim that
   * requires it). `end`: all of them together after the content. Each disclaimer is output
   * exactly once either way.
   *
   * @default 'inline'
   */
  disclaimers?: DisclaimerMode
  /**
   * `numeric` (`[1]`), `author-year` (`(Théry et al., 2018)`) or `none` (no markers and no
   * reference list).
   *
   * @default 'numeric'
   */
  citations?: CitationStyle
  /**
   * Added to every HTML heading level, for embedding under a page's own headings; levels
   * are capped at 6. Text has no heading levels, and markdown keeps its own (`##` makes a
   * section), so both ignore it.
   *
   * @default 0
   */
  headingOffset?: number
  /**
   * Prefix of every `id` the HTML output defines and links to (`<prefix>ref-<id>`), so ids
   * neither collide with the host page nor clobber globals. Letters, digits, `-` and `_`,
   * starting with a letter; `''` for none.
   *
   * @default 'exo-'
   */
  idPrefix?: string
  /**
   * Leave every disclaimer out. The caller takes responsibility for showing the disclaimers
   * that `requiredDisclaimers()` returns for the same content, next to it.
   *
   * @default false
   */
  unsafeOmitDisclaimers?: boolean
}

/** Render options with every default applied. */
export interface ResolvedRenderOptions {
  format: RenderFormat
  disclaimers: DisclaimerMode
  citations: CitationStyle
  headingOffset: number
  idPrefix: string
  unsafeOmitDisclaimers: boolean
}

const optionKeys = new Set(['format', 'disclaimers', 'citations', 'headingOffset', 'idPrefix', 'unsafeOmitDisclaimers'])

function oneOf<T extends string>(name: string, value: unknown, allowed: readonly T[], fallback?: T): T {
  if (value === undefined && fallback !== undefined) return fallback
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T
  throw new RangeError(`Unexpected \`${name}\` ${JSON.stringify(value)}, expected one of ${allowed.map((item) => `'${item}'`).join(', ')}`)
}

/**
 * Check render options and apply defaults; bad options are programmer errors and throw.
 *
 * @param options Options as passed by the caller.
 * @returns The options with defaults.
 */
export function resolveRenderOptions(options: RenderOptions): ResolvedRenderOptions {
  if (typeof options !== 'object' || options === null) {
    throw new TypeError('Unexpected render options, expected an object such as { format: "html" }')
  }
  for (const key of Object.keys(options)) {
    if (!optionKeys.has(key)) throw new RangeError(`Unexpected render option \`${key}\`, expected one of ${[...optionKeys].join(', ')}`)
  }
  const headingOffset = options.headingOffset ?? 0
  if (!Number.isInteger(headingOffset) || headingOffset < 0 || headingOffset > 5) {
    throw new RangeError(`Unexpected \`headingOffset\` ${String(headingOffset)}, expected an integer from 0 to 5`)
  }
  const idPrefix = options.idPrefix ?? 'exo-'
  if (typeof idPrefix !== 'string' || !/^(?:[A-Za-z][\w-]*)?$/.test(idPrefix)) {
    throw new RangeError(`Unexpected \`idPrefix\` ${JSON.stringify(idPrefix)}, expected letters, digits, - or _ starting with a letter`)
  }
  const unsafeOmitDisclaimers = options.unsafeOmitDisclaimers ?? false
  if (typeof unsafeOmitDisclaimers !== 'boolean') {
    throw new TypeError('Unexpected `unsafeOmitDisclaimers`, expected a boolean')
  }
  return {
    format: oneOf('format', options.format, renderFormats),
    disclaimers: oneOf('disclaimers', options.disclaimers, disclaimerModes, 'inline'),
    citations: oneOf('citations', options.citations, citationStyles, 'numeric'),
    headingOffset,
    idPrefix,
    unsafeOmitDisclaimers,
  }
}
