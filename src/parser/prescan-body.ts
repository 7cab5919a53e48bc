import { lineEndAt, nextLineStart, utf8Width, type ScanContext } from './prescan-context.js'

/**
 * A table of ASCII characters: 1 for each character of `chars`.
 *
 * @param chars The characters to mark.
 * @returns A lookup table indexed by char code.
 */
function table(chars: string): Uint8Array {
  const result = new Uint8Array(128)
  for (const char of chars) result[char.charCodeAt(0)] = 1
  return result
}

// A long run of one of these sends micromark down a quadratic path (attention, labels, attributes).
const runCharacters = table('*_[](){}<`!:\\')
// Inline markup that opens or closes a construct micromark must match within a paragraph.
const markupCharacters = table('*_[]<`{}')

const space = (code: number): boolean => code === 32 || code === 9
const digit = (code: number): boolean => code >= 48 && code <= 57
const letter = (code: number): boolean => (code >= 65 && code <= 90) || (code >= 97 && code <= 122)

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

/**
 * Scan the markdown body in one pass, line by line: byte size, container nesting (block
 * quotes, list items, `:::` directives), list item count, delimiter runs and inline markup
 * per paragraph. Fenced code is scanned like any text: deciding exactly where a fence ends
 * takes a full parse, and counting its characters only errs on the safe side.
 *
 * @param context The scan context.
 * @param start Offset of the first body character.
 */
export function scanBody(context: ScanContext, start: number): void {
  const { source, limits } = context
  let bytes = 0
  let directives = 0
  let listItems = 0
  let markup = 0
  const totals = { markup: 0, directives: 0 }
  let lines = 0
  let openDepth = 0
  let lineStart = start
  while (lineStart < source.length) {
    const lineEnd = lineEndAt(source, lineStart)
    for (let index = lineStart; index < lineEnd; index++) {
      bytes += utf8Width(source.charCodeAt(index))
      if (bytes > limits.maxBodyBytes) {
        context.exceed('maxBodyBytes', `body of more than ${limits.maxBodyBytes} bytes`, index, source.length)
        return
      }
    }
    bytes += lineEnd < source.length ? 1 : 0

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
    for (;;) {
      if (!first) while (index < lineEnd && space(source.charCodeAt(index))) index++
      const marker = source[index] === '>' ? 1 : listMarker(source, index, lineEnd)
      if (marker === 0 || (source[index] !== '>' && isThematicBreak(source, index, lineEnd))) break
      if (first) depth += Math.floor(indent / 2)
      first = false
      depth++
      if (source[index] !== '>') {
        listItems++
        markup = 0
        if (listItems > limits.maxListItems) context.exceed('maxListItems', `${listItems} list items`, index, index + marker)
      }
      if (depth + directives > limits.maxContainerNesting) {
        context.exceed('maxContainerNesting', `container nesting of ${depth + directives} levels (block quotes, list items and directives)`, index, index + marker)
        return
      }
      index += marker
    }
    while (index < lineEnd && space(source.charCodeAt(index))) index++

    // A line costs one, plus one per container it opens or continues: its own markers, its
    // indentation inside list items, (lazy lines) the containers of the line before, and
    // every open `:::` directive.
    const blank = index === lineEnd
    openDepth = blank ? Math.floor(indent / 2) : Math.max(depth, Math.floor(indent / 2), depth === 0 ? openDepth : 0)
    lines += 1 + openDepth + directives
    if (lines > limits.maxLines) {
      context.exceed('maxLines', `more than ${limits.maxLines} lines (lines in nested containers count once per container)`, lineStart, lineEnd)
      return
    }

    if (blank || source[index] === '#') markup = 0
    if (source.startsWith(':::', index)) {
      let colons = index
      while (colons < lineEnd && source[colons] === ':') colons++
      let rest = colons
      while (rest < lineEnd && space(source.charCodeAt(rest))) rest++
      if (rest === lineEnd) {
        // A closing fence closes a directive of this container level only.
        if (depth === 0 && indent <= 3) directives = Math.max(0, directives - 1)
      } else if (/[A-Za-z]/.test(source[colons] ?? '')) {
        directives++
        if (depth + directives > limits.maxContainerNesting) {
          context.exceed('maxContainerNesting', `container nesting of ${depth + directives} levels (block quotes, list items and directives)`, index, colons)
          return
        }
      }
      markup = 0
    }

    if (!isThematicBreak(source, index, lineEnd)) markup = scanInline(context, index, lineEnd, markup, totals)
    if (source[index] === '#') markup = 0
    lineStart = nextLineStart(source, lineEnd)
  }
}

/**
 * Check the delimiter runs and the paragraph's inline markup on one line.
 *
 * @param context The scan context.
 * @param start Offset after the container prefix.
 * @param lineEnd Offset of the line end.
 * @param before Inline markup already counted in this paragraph.
 * @param totals Inline markup and directives counted in the body so far (updated).
 * @returns The paragraph's inline markup count after the line.
 */
function scanInline(context: ScanContext, start: number, lineEnd: number, before: number, totals: { markup: number; directives: number }): number {
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
    if (runCharacters[code] === 1) {
      run = code === previous ? run + 1 : 1
      if (run > limits.maxDelimiterRun && !context.found.has('maxDelimiterRun')) {
        let end = index
        while (end < lineEnd && source.charCodeAt(end) === code) end++
        context.exceed('maxDelimiterRun', `run of ${end - index + run - 1} \`${String.fromCharCode(code)}\` characters`, index - run + 1, end)
      }
    }
    // `:name` starts a directive (`::name` and `:::name` are counted at their last colon).
    if (code === 58 && source.charCodeAt(index + 1) !== 58 && letter(source.charCodeAt(index + 1))) {
      totals.directives++
      if (totals.directives > limits.maxDirectives) context.exceed('maxDirectives', `${totals.directives} directives`, index, index + 1)
    }
    const counted = markupCharacters[code] === 1 || (code === 40 && previous === 93)
    previous = code
    if (counted) {
      totals.markup++
      if (totals.markup > limits.maxInlineMarkupTotal) context.exceed('maxInlineMarkupTotal', `${totals.markup} inline markup characters in the body`, index, index + 1)
      markup++
      if (markup > limits.maxInlineMarkup) context.exceed('maxInlineMarkup', `${markup} inline markup characters (\`*\`, \`_\`, brackets, \`<\`, backticks, braces) in one paragraph`, index, index + 1)
    }
  }
  return markup
}
