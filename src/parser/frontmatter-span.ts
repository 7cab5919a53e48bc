/**
 * Where the YAML frontmatter of a text is, exactly as micromark's frontmatter construct
 * (`micromark-extension-frontmatter`, the syntax behind `remark-frontmatter`) finds it.
 * Offsets are into the text micromark is given.
 */
export interface FrontmatterSpan {
  /** Offset of the first YAML character: the start of the line after the opening fence. */
  valueStart: number
  /** Offset of the start of the closing fence line (the YAML ends before it, line ending included). */
  closeStart: number
  /** Offset after the closing fence and its trailing spaces and tabs (where micromark's `yaml` node ends). */
  closeEnd: number
  /** Offset of the first body character: after the closing fence's line ending, or the text length. */
  bodyStart: number
}

const dash = 45
const space = 32
const tab = 9
const lineFeed = 10
const carriageReturn = 13

/**
 * Offset after a `---` fence at `start` followed by spaces and tabs only, when there is one.
 * micromark's `markdownSpace` is a space or a tab (a tab becomes a tab and virtual spaces).
 *
 * @param text The text.
 * @param start Offset of a line start.
 * @returns Offset of the line ending (or text end) after the fence, or -1 when the line is no fence.
 */
function fenceEnd(text: string, start: number): number {
  if (text.charCodeAt(start) !== dash || text.charCodeAt(start + 1) !== dash || text.charCodeAt(start + 2) !== dash) return -1
  let index = start + 3
  for (;;) {
    const code = text.charCodeAt(index)
    if (code === space || code === tab) index++
    else if (Number.isNaN(code) || code === lineFeed || code === carriageReturn) return index
    else return -1
  }
}

/**
 * Offset after the line ending at `end` (`\r\n`, `\r` or `\n`, each one line ending).
 *
 * @param text The text.
 * @param end Offset of a line ending, or the text length.
 * @returns Offset of the next line's start (the text length at the end).
 */
function afterLineEnding(text: string, end: number): number {
  if (end >= text.length) return text.length
  return text.charCodeAt(end) === carriageReturn && text.charCodeAt(end + 1) === lineFeed ? end + 2 : end + 1
}

/**
 * Find the YAML frontmatter the way micromark's frontmatter construct does, state for state:
 * an opening `---` at line 1, column 1, then only spaces or tabs, then a line ending (the end of
 * the text is not enough); then lines up to the first line that is `---` followed only by spaces
 * or tabs and a line ending or the end of the text. Without such a closing line there is no
 * frontmatter, and the whole text is markdown. micromark strips a byte order mark before it
 * looks: give this function the same text micromark is given.
 *
 * @param text The text as micromark sees it (no leading byte order mark).
 * @returns The frontmatter's offsets, or `undefined` when micromark finds none.
 */
export function findFrontmatter(text: string): FrontmatterSpan | undefined {
  const openEnd = fenceEnd(text, 0)
  if (openEnd === -1 || openEnd >= text.length) return undefined
  const valueStart = afterLineEnding(text, openEnd)
  let lineStart = valueStart
  for (;;) {
    const closeEnd = fenceEnd(text, lineStart)
    if (closeEnd !== -1) return { valueStart, closeStart: lineStart, closeEnd, bodyStart: afterLineEnding(text, closeEnd) }
    let lineEnd = lineStart
    while (lineEnd < text.length) {
      const code = text.charCodeAt(lineEnd)
      if (code === lineFeed || code === carriageReturn) break
      lineEnd++
    }
    // A content line that ends the text: the construct needs a closing fence, so there is none.
    if (lineEnd >= text.length) return undefined
    lineStart = afterLineEnding(text, lineEnd)
  }
}

/**
 * Whether a text starts with an opening fence (`---`, spaces or tabs, a line ending), closed or
 * not. micromark attempts its frontmatter construct there and, until the attempt ends at the
 * closing fence or at the end of the text, starts no block quote or list: an unclosed opening
 * fence makes the whole text one flow without containers.
 *
 * @param text The text as micromark sees it.
 * @returns True when micromark attempts a frontmatter.
 */
export function opensFrontmatter(text: string): boolean {
  const openEnd = fenceEnd(text, 0)
  return openEnd !== -1 && openEnd < text.length
}

/**
 * The text every stage of `parseContent` reads: the source without its leading byte order
 * marks. micromark drops one leading U+FEFF from whatever it is given, so the text handed to
 * it must not start with one, or the pre-scan and micromark would see different texts.
 *
 * @param source The file's text.
 * @returns The text after every leading U+FEFF.
 */
export function withoutByteOrderMarks(source: string): string {
  let start = 0
  while (source.charCodeAt(start) === 0xfeff) start++
  return start === 0 ? source : source.slice(start)
}
