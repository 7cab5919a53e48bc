import { createDiagnostic } from '../diagnostics.js'
import type { Diagnostic } from '../schema/diagnostic.js'
import type { Point, Position } from '../schema/primitives.js'
import { limitMessage, limitRuleIds, limitSeverity, type ParseLimits } from './limits.js'

/** State shared by the frontmatter and body scanners of one pre-scan. */
export interface ScanContext {
  readonly source: string
  readonly limits: Readonly<ParseLimits>
  /** One diagnostic at most per limit: the first place it is exceeded. */
  readonly found: Map<keyof ParseLimits, Diagnostic>
  /**
   * Record that a limit is exceeded between two offsets of the source.
   *
   * @param key The limit.
   * @param what What exceeded it, for the message.
   * @param start Offset of the first character at fault.
   * @param end Offset after the last character at fault.
   */
  exceed: (key: keyof ParseLimits, what: string, start: number, end: number) => void
}

/** Where the diagnostics of a scan of text taken from a frontmatter value go. */
export interface ScanPlacement {
  /** The position of the value in the file: every diagnostic is placed there. */
  place: Position
  /** What the text is, appended to what was found (`in the text of disclaimer \`x\``). */
  where: string
}

/**
 * Create a scan context whose points are computed only when a limit is exceeded.
 *
 * @param source The text being scanned (without a byte order mark).
 * @param limits The limits in force.
 * @param file Path stamped on diagnostics, when known.
 * @param placement For a text that is not the file itself: where its diagnostics go.
 * @returns The context.
 */
export function createScanContext(source: string, limits: Readonly<ParseLimits>, file: string | undefined, placement?: ScanPlacement): ScanContext {
  const found = new Map<keyof ParseLimits, Diagnostic>()
  const point = (offset: number): Point => {
    // Only called a handful of times per scan (once per limit), so a linear walk is fine.
    let line = 1
    let lineStart = 0
    for (let index = 0; index < offset && index < source.length; index++) {
      const code = source.charCodeAt(index)
      if (code === 10 || (code === 13 && source.charCodeAt(index + 1) !== 10)) {
        line++
        lineStart = index + 1
      }
    }
    return { line, column: offset - lineStart + 1, offset }
  }
  return {
    source,
    limits,
    found,
    exceed(key, what, start, end) {
      if (found.has(key)) return
      const from = Math.max(0, Math.min(start, source.length))
      const to = Math.max(from, Math.min(end, source.length))
      found.set(
        key,
        createDiagnostic({
          ruleId: limitRuleIds[key],
          severity: limitSeverity,
          message: limitMessage(key, placement === undefined ? what : `${what} ${placement.where}`, limits),
          place: placement?.place ?? { start: point(from), end: point(to) },
          file,
        }),
      )
    },
  }
}

/**
 * A table of ASCII characters: 1 for each character of `chars`.
 *
 * @param chars The characters to mark.
 * @returns A lookup table indexed by char code.
 */
export function asciiTable(chars: string): Uint8Array {
  const result = new Uint8Array(128)
  for (const char of chars) result[char.charCodeAt(0)] = 1
  return result
}

// Inline markup that opens or closes a construct micromark must match within a paragraph.
const markupCharacters = asciiTable('*_[]<`{}')

/**
 * Whether a character counts toward `maxInlineMarkup`: `` * _ [ ] < ` { } ``, and `(` right
 * after `]` (a link destination).
 *
 * @param code The character's code.
 * @param previous The code of the character before it (-1 at the start).
 * @returns True for inline markup.
 */
export function isInlineMarkup(code: number, previous: number): boolean {
  return (code < 128 && markupCharacters[code] === 1) || (code === 40 && previous === 93)
}

/**
 * UTF-8 length of the UTF-16 code unit at an index (a surrogate pair counts 2 + 2).
 *
 * @param code The code unit.
 * @returns 1, 2 or 3 bytes.
 */
export function utf8Width(code: number): number {
  if (code < 0x80) return 1
  if (code < 0x800) return 2
  if (code >= 0xd800 && code <= 0xdfff) return 2
  return 3
}

/**
 * Offset of the end of the line starting at `start` (line ending excluded).
 *
 * @param source The text.
 * @param start Offset of the line start.
 * @returns Offset of the first CR or LF at or after `start`, or the text length.
 */
export function lineEndAt(source: string, start: number): number {
  let index = start
  while (index < source.length) {
    const code = source.charCodeAt(index)
    if (code === 10 || code === 13) break
    index++
  }
  return index
}

/**
 * Offset of the start of the next line.
 *
 * @param source The text.
 * @param end Offset of a line's end (as returned by `lineEndAt`).
 * @returns The offset after the line ending.
 */
export function nextLineStart(source: string, end: number): number {
  if (source.charCodeAt(end) === 13 && source.charCodeAt(end + 1) === 10) return end + 2
  return end + 1
}
