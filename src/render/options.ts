import { labelLocales, resolveLabels, renderLabels, type RenderLabelOverrides, type RenderLabels } from './labels.js'

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
  /**
   * Locale of the renderer's own words (evidence labels, headings, citation words), as a
   * BCP 47 tag: `es` and `es-*` get Spanish labels, anything else English.
   *
   * @default the document's `locale`
   * @example 'es-MX'
   */
  locale?: string
  /**
   * Labels replacing the locale's own, one by one (evidence names too).
   *
   * @default {}
   * @example { references: 'Sources', evidence: { preclinical: 'Lab and animal studies' } }
   */
  labels?: RenderLabelOverrides
}

/** Render options with every default applied. */
export interface ResolvedRenderOptions {
  format: RenderFormat
  disclaimers: DisclaimerMode
  citations: CitationStyle
  headingOffset: number
  idPrefix: string
  unsafeOmitDisclaimers: boolean
  /** The renderer's own words, for the chosen locale with the overrides applied. */
  labels: RenderLabels
  /** The locale of those words (dates are written for it). */
  locale: string
}

const optionKeys = new Set(['format', 'disclaimers', 'citations', 'headingOffset', 'idPrefix', 'unsafeOmitDisclaimers', 'locale', 'labels'])
const labelKeys = new Set(Object.keys(renderLabels.en))
const evidenceKeys = new Set(Object.keys(renderLabels.en.evidence))

function checkLabels(labels: unknown): RenderLabelOverrides | undefined {
  if (labels === undefined) return undefined
  const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)
  if (!isRecord(labels)) throw new TypeError('Unexpected `labels`, expected an object such as { references: "Sources" }')
  for (const [key, value] of Object.entries(labels)) {
    if (!labelKeys.has(key)) throw new RangeError(`Unexpected label \`${key}\`, expected one of ${[...labelKeys].join(', ')}`)
    if (key === 'evidence') {
      if (!isRecord(value)) throw new TypeError('Unexpected `labels.evidence`, expected an object of evidence grade names')
      for (const [grade, name] of Object.entries(value)) {
        if (!evidenceKeys.has(grade)) throw new RangeError(`Unexpected evidence label \`${grade}\`, expected one of ${[...evidenceKeys].join(', ')}`)
        if (typeof name !== 'string') throw new TypeError(`Unexpected \`labels.evidence.${grade}\`, expected a string`)
      }
    } else if (typeof value !== 'string') throw new TypeError(`Unexpected \`labels.${key}\`, expected a string`)
  }
  return labels as RenderLabelOverrides
}

function oneOf<T extends string>(name: string, value: unknown, allowed: readonly T[], fallback?: T): T {
  if (value === undefined && fallback !== undefined) return fallback
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T
  throw new RangeError(`Unexpected \`${name}\` ${JSON.stringify(value)}, expected one of ${allowed.map((item) => `'${item}'`).join(', ')}`)
}

/**
 * Check render options and apply defaults; bad options are programmer errors and throw.
 *
 * @param options Options as passed by the caller.
 * @param documentLocale The rendered document's locale (the default of `locale`).
 * @returns The options with defaults.
 */
export function resolveRenderOptions(options: RenderOptions, documentLocale = 'en'): ResolvedRenderOptions {
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
  const locale = options.locale ?? documentLocale
  if (typeof locale !== 'string') throw new TypeError(`Unexpected \`locale\` ${JSON.stringify(locale)}, expected a BCP 47 tag such as ${labelLocales.map((item) => `'${item}'`).join(' or ')}`)
  const labels = resolveLabels(locale, checkLabels(options.labels))
  return {
    format: oneOf('format', options.format, renderFormats),
    disclaimers: oneOf('disclaimers', options.disclaimers, disclaimerModes, 'inline'),
    citations: oneOf('citations', options.citations, citationStyles, 'numeric'),
    headingOffset,
    idPrefix,
    unsafeOmitDisclaimers,
    labels,
    locale,
  }
}
