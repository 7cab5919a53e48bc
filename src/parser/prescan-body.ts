import { asciiTable, isInlineMarkup, lineEndAt, nextLineStart, utf8Width, type ScanContext } from './prescan-context.js'
import { opensDirectiveContainer } from './prescan-inline.js'

// A long run of one of these sends micromark down a quadratic path (attention, labels, attributes).
const runCharacters = asciiTable('*_[](){}<`!:\\')
const space = (code: number): boolean => code === 32 || code === 9
const digit = (code: number): boolean => code >= 48 && code <= 57
const punctuationOrSymbol = /[\p{P}\p{S}]/u
const whitespace = /\s/

/**
 * Whether a directive name can start at an offset, by the rule of micromark-extension-directive's
 * `factoryName`: anything but the end, a line ending, Unicode whitespace, punctuation or a
 * symbol. A tab passes, since micromark hands names its own tab code (`:::\t` opens a
 * directive), and so do digits and letters of every script (`:::1`, `:é`).
 *
 * @param source The text.
 * @param index Offset of the character after the colons.
 * @returns True when a name starts there.
 */
function directiveNameStart(source: string, index: number): boolean {
  const code = source.codePointAt(index)
  if (code === undefined || code === 10 || code === 13) return false
  if (code === 9) return true
  // Stryker disable next-line ConditionalExpression,EqualityOperator,LogicalOperator: a fast path; the Unicode test below answers the same for ASCII letters and digits (tested for every ASCII character)
  if (code < 128 && ((code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 48 && code <= 57))) return true
  const character = String.fromCodePoint(code)
  return !whitespace.test(character) && !punctuationOrSymbol.test(character)
}

/**
 * Length of a list item marker at an offset (`-`, `+`, `*`, or 1–9 digits then `.` or `)`,
 * followed by a space, tab or the line end), or 0.
 *
 * @param source The text.
 * @param index Offset to look at.
 * @param lineEnd Offset of the line end.
 * @returns The marker length, 0 when there is none.
 */
function listMarker(source: string, index: number, lineEnd: number): number {
  const code = source.charCodeAt(index)
  let end = index
  if (code === 45 || code === 43 || code === 42) end = index + 1
  else {
    while (end < lineEnd && end - index < 9 && digit(source.charCodeAt(end))) end++
    if (end === index || (source[end] !== '.' && source[end] !== ')')) return 0
    end++
  }
  return end === lineEnd || space(source.charCodeAt(end)) ? end - index : 0
}

/**
 * Whether a line is a thematic break made of `*`, `-` or `_` (no inline content).
 *
 * @param source The text.
 * @param start Offset after the line's container prefix.
 * @param lineEnd Offset of the line end.
 * @returns True for a thematic break.
 */
function isThematicBreak(source: string, start: number, lineEnd: number): boolean {
  const marker = source[start]
  if (marker !== '*' && marker !== '-' && marker !== '_') return false
  let count = 0
  for (let index = start; index < lineEnd; index++) {
    const char = source[index]
    if (char === marker) count++
    else if (char !== ' ' && char !== '\t') return false
  }
  return count >= 3
}

/** What one line looks like to the body scan (for tests that compare it with micromark). */
export interface ScannedLine {
  /** Offset of the line start. */
  start: number
  /** `:::` directive containers the scan holds open on this line (after the line). */
  directives: number
}

/** What the body scan leaves for the exact inline check. */
export interface BodyScan {
  /**
   * Whether some run of lines between blank lines holds more inline markup than
   * `maxInlineMarkup`. Such a run may still be many paragraphs, headings and directives to
   * micromark: only micromark's own tokens tell (see `prescan-inline.ts`).
   */
  inlineOverflow: boolean
}

/** A `:::` directive container the scan holds open. */
interface OpenDirective {
  /** Colons of its fence, and the container depth of its line. */
  size: number
  depth: number
  /** Its opening line (from the first colon), and the number of the line. */
  start: number
  end: number
  line: number
  /** Whether micromark's container construct was asked if the line opens one. */
  checked: boolean
}

/**
 * Whether a line is blank to micromark in every container it may sit in: only spaces and
 * tabs, after block quote markers that each have at most three spaces before them (four after
 * another marker, one of which belongs to it). A blank line ends every paragraph, so the
 * inline markup count restarts after it. A list marker alone (`1.`) is not blank: an empty
 * list item cannot interrupt a paragraph, so such a line may continue one.
 *
 * @param source The text.
 * @param start Offset of the line start.
 * @param lineEnd Offset of the line end.
 * @returns True for a blank line.
 */
function blankInEveryContainer(source: string, start: number, lineEnd: number): boolean {
  let index = start
  let allowed = 3
  for (;;) {
    const from = index
    while (index < lineEnd && source.charCodeAt(index) === 32) index++
    if (index < lineEnd && source.charCodeAt(index) === 62 && index - from <= allowed) {
      index++
      allowed = 4
      continue
    }
    break
  }
  for (; index < lineEnd; index++) if (!space(source.charCodeAt(index))) return false
  return true
}

/**
 * Scan the markdown body in one pass, line by line: byte size, container nesting (block
 * quotes, list items, `:::` directives), list item count, lines, delimiter runs and inline
 * markup. Every count errs on the safe side of micromark's view: fenced code is scanned
 * like any text, every list marker counts, and a `:::` directive is taken as closed only by a
 * fence micromark closes it with (at least as many colons, in the same container, at most
 * three spaces in). Inline markup is counted per run of lines between blank lines; a run
 * over `maxInlineMarkup` is left to the exact check, which splits it where micromark does.
 *
 * @param context The scan context.
 * @param start Offset of the first body character.
 * @param observe Called after each line with the scan's view of it (tests).
 * @returns Whether the exact inline check is needed.
 */
export function scanBody(context: ScanContext, start: number, observe?: (line: ScannedLine) => void): BodyScan {
  const { source, limits } = context
  const result: BodyScan = { inlineOverflow: false }
  let bytes = 0
  let listItems = 0
  let markup = 0
  const totals = { markup: 0, directives: 0 }
  let lines = 0
  let openDepth = 0
  const open: OpenDirective[] = []
  // Lines whose cost is in `lines` so far.
  let counted = 0
  // Ask micromark, once per line, whether the open directives' lines open one at all, and
  // drop those that do not, with what they added to the line count. Asked only when a
  // limit would be reported: until then, counting them errs on the safe side.
  const settle = (): void => {
    for (let at = open.length - 1; at >= 0; at--) {
      const entry = open[at] as OpenDirective
      if (entry.checked) continue
      entry.checked = true
      if (opensDirectiveContainer(source.slice(entry.start, entry.end))) continue
      open.splice(at, 1)
      lines -= counted - entry.line
    }
  }
  let lineStart = start
  while (lineStart < source.length) {
    const lineEnd = lineEndAt(source, lineStart)
    for (let index = lineStart; index < lineEnd; index++) {
      bytes += utf8Width(source.charCodeAt(index))
      if (bytes > limits.maxBodyBytes) {
        context.exceed('maxBodyBytes', `body of more than ${limits.maxBodyBytes} bytes`, index, source.length)
        return result
      }
    }
    const next = nextLineStart(source, lineEnd)
    bytes += Math.min(next, source.length) - lineEnd
    if (bytes > limits.maxBodyBytes) {
      context.exceed('maxBodyBytes', `body of more than ${limits.maxBodyBytes} bytes`, lineEnd, source.length)
      return result
    }

    // Container prefix: indentation before a marker counts one level per two columns.
    let index = lineStart
    let width = 0
    while (index < lineEnd && space(source.charCodeAt(index))) {
      width += source.charCodeAt(index) === 9 ? 4 : 1
      index++
    }
    const indent = width
    let depth = 0
    let first = true
    // Offset after the last container marker: the fence's own indentation starts there.
    let markerEnd = lineStart
    for (;;) {
      if (!first) {
        markerEnd = index
        while (index < lineEnd && space(source.charCodeAt(index))) index++
      }
      const marker = source[index] === '>' ? 1 : listMarker(source, index, lineEnd)
      if (marker === 0 || (source[index] !== '>' && isThematicBreak(source, index, lineEnd))) break
      if (first) depth += Math.floor(indent / 2)
      first = false
      depth++
      if (source[index] !== '>') {
        listItems++
        if (listItems > limits.maxListItems) context.exceed('maxListItems', `${listItems} list items`, index, index + marker)
      }
      if (depth + open.length > limits.maxContainerNesting) settle()
      if (depth + open.length > limits.maxContainerNesting) {
        context.exceed('maxContainerNesting', `container nesting of ${depth + open.length} levels (block quotes, list items and directives)`, index, index + marker)
        return result
      }
      index += marker
    }
    // The indentation before the line's content, inside its innermost container marker (a
    // `:::` indented four columns or more past its block quote marker is code, and closes nothing).
    let gap = 0
    for (let at = markerEnd; at < index; at++) gap += source.charCodeAt(at) === 9 ? 4 : 1

    // A line costs one, plus one per container it opens or continues: its own markers, its
    // indentation inside list items, (lazy lines) the containers of the line before, and
    // every open `:::` directive.
    const blank = index === lineEnd
    openDepth = blank ? Math.floor(indent / 2) : Math.max(depth, Math.floor(indent / 2), depth === 0 ? openDepth : 0)
    lines += 1 + openDepth + open.length
    counted++
    if (lines > limits.maxLines) settle()
    if (lines > limits.maxLines) {
      context.exceed('maxLines', `more than ${limits.maxLines} lines (lines in nested containers count once per container)`, lineStart, lineEnd)
      return result
    }

    if (source.startsWith(':::', index)) {
      let colons = index
      while (colons < lineEnd && source[colons] === ':') colons++
      let rest = colons
      while (rest < lineEnd && space(source.charCodeAt(rest))) rest++
      // A tab right after the colons is a directive name to micromark (`:::\t` opens a
      // directive where it closes none): such a fence is taken as opening one, never closing.
      if (rest === lineEnd && source.charCodeAt(colons) !== 9) {
        // micromark closes a directive (and every one inside it) with a fence of at least its
        // own length, in its own container, indented at most three spaces. The innermost one
        // that fits is the one taken as closed, which never closes more than micromark does.
        const allowed = depth === 0 ? 3 : 4
        for (let at = open.length - 1; at >= 0 && gap <= allowed; at--) {
          const candidate = open[at] as OpenDirective
          if (candidate.depth !== depth || candidate.size > colons - index) continue
          open.splice(at, 1)
          break
        }
      } else if (directiveNameStart(source, colons)) {
        // Only a fence micromark's container construct opens counts (`:::a{` or `:::a[x`
        // open none): `settle` asks micromark when it matters.
        open.push({ size: colons - index, depth, start: index, end: lineEnd, line: counted, checked: false })
        if (depth + open.length > limits.maxContainerNesting) settle()
        if (depth + open.length > limits.maxContainerNesting) {
          context.exceed('maxContainerNesting', `container nesting of ${depth + open.length} levels (block quotes, list items and directives)`, index, colons)
          return result
        }
      }
    }

    // The whole line is read, container markers included: a marker that turns out to be text
    // (`*` alone cannot start a list item inside a paragraph) is inline markup after all.
    if (blankInEveryContainer(source, lineStart, lineEnd)) markup = 0
    else markup = scanInline(context, lineStart, lineEnd, markup, totals, result, !isThematicBreak(source, index, lineEnd))
    observe?.({ start: lineStart, directives: open.length })
    lineStart = next
  }
  return result
}

/**
 * Check the delimiter runs and count the inline markup on one line.
 *
 * @param context The scan context.
 * @param start Offset of the line start.
 * @param lineEnd Offset of the line end.
 * @param before Inline markup already counted since the last blank line.
 * @param totals Inline markup and directives counted in the body so far (updated).
 * @param result Marked when the run of lines holds more inline markup than the limit.
 * @param runs Whether to check delimiter runs (not on a line that may be a thematic break:
 *   if it is text instead, its characters still count as inline markup).
 * @returns The run's inline markup count after the line.
 */
function scanInline(
  context: ScanContext,
  start: number,
  lineEnd: number,
  before: number,
  totals: { markup: number; directives: number },
  result: BodyScan,
  runs: boolean,
): number {
  const { source, limits } = context
  let markup = before
  let run = 0
  let previous = -1
  for (let index = start; index < lineEnd; index++) {
    const code = source.charCodeAt(index)
    if (code >= 128) {
      previous = code
      continue
    }
    if (runs && runCharacters[code] === 1) {
      run = code === previous ? run + 1 : 1
      if (run > limits.maxDelimiterRun && !context.found.has('maxDelimiterRun')) {
        let end = index
        while (end < lineEnd && source.charCodeAt(end) === code) end++
        context.exceed('maxDelimiterRun', `run of ${end - index + run - 1} \`${String.fromCharCode(code)}\` characters`, index - run + 1, end)
      }
    }
    // `:name` starts a directive (`::name` and `:::name` are counted at their last colon).
    if (code === 58 && source.charCodeAt(index + 1) !== 58 && directiveNameStart(source, index + 1)) {
      totals.directives++
      if (totals.directives > limits.maxDirectives) context.exceed('maxDirectives', `${totals.directives} directives`, index, index + 1)
    }
    const counted = isInlineMarkup(code, previous)
    previous = code
    if (counted) {
      totals.markup++
      if (totals.markup > limits.maxInlineMarkupTotal) context.exceed('maxInlineMarkupTotal', `${totals.markup} inline markup characters in the body`, index, index + 1)
      markup++
      if (markup > limits.maxInlineMarkup) result.inlineOverflow = true
    }
  }
  return markup
}
