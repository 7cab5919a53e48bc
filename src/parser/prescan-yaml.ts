import { lineEndAt, nextLineStart, utf8Width, type ScanContext } from './prescan-context.js'

const space = (code: number | undefined): boolean => code === 32 || code === 9
// Characters after which a quote opens a quoted scalar rather than sitting inside plain text.
const quoteOpeners = new Set(['[', '{', ',', ':', '-', '?'])
// Characters that cannot start an alias name.
const notAnchor = new Set([' ', '\t', ',', '[', ']', '{', '}', undefined])

/**
 * Scan YAML frontmatter in one pass: its byte size, nesting depth (indentation levels,
 * `- ` / `? ` entries on one line and open flow collections) and alias count. Quoted
 * scalars, comments and block scalars are skipped so their text is not counted.
 *
 * @param context The scan context.
 * @param start Offset of the first YAML character (the line after the opening `---`).
 * @param end Offset of the closing `---` line.
 */
export function scanYaml(context: ScanContext, start: number, end: number): void {
  const { source, limits } = context
  let bytes = 0
  let flow = 0
  let quote: '"' | "'" | undefined
  let blockScalarIndent: number | undefined
  let aliases = 0
  const indents: number[] = []
  let lineStart = start
  while (lineStart < end) {
    const lineEnd = Math.min(lineEndAt(source, lineStart), end)
    for (let index = lineStart; index < lineEnd; index++) {
      bytes += utf8Width(source.charCodeAt(index))
      if (bytes > limits.maxFrontmatterBytes) {
        context.exceed('maxFrontmatterBytes', `frontmatter of more than ${limits.maxFrontmatterBytes} bytes`, index, end)
        return
      }
    }
    // The line ending as written (CRLF is two bytes); the last line's ends the YAML text.
    bytes += Math.min(nextLineStart(source, lineEnd), end) - lineEnd
    if (bytes > limits.maxFrontmatterBytes) {
      context.exceed('maxFrontmatterBytes', `frontmatter of more than ${limits.maxFrontmatterBytes} bytes`, lineEnd, end)
      return
    }
    let index = lineStart
    while (index < lineEnd && space(source.charCodeAt(index))) index++
    const indent = index - lineStart
    const blank = index === lineEnd || source[index] === '#'
    if (blockScalarIndent !== undefined && (blank || indent > blockScalarIndent)) {
      lineStart = nextLineStart(source, lineEnd)
      continue
    }
    blockScalarIndent = undefined
    if (!blank && flow === 0 && quote === undefined) {
      while (indents.length > 0 && (indents.at(-1) ?? 0) > indent) indents.pop()
      if (indents.length === 0 || (indents.at(-1) ?? 0) < indent) indents.push(indent)
    }
    let depth = indents.length
    if (depth + flow > limits.maxYamlDepth) {
      context.exceed('maxYamlDepth', `YAML nesting of ${depth + flow} levels`, index, index + 1)
      return
    }
    // `- - - x` and `? - x` open one level per indicator on the same line.
    while (quote === undefined && flow === 0 && index < lineEnd && (source[index] === '-' || source[index] === '?') && (index + 1 === lineEnd || space(source.charCodeAt(index + 1)))) {
      depth++
      if (depth + flow > limits.maxYamlDepth) context.exceed('maxYamlDepth', `YAML nesting of ${depth} levels`, index, index + 1)
      index++
      while (index < lineEnd && space(source.charCodeAt(index))) index++
    }
    let previous = index === lineStart ? '' : ' '
    for (; index < lineEnd; index++) {
      const char = source[index] ?? ''
      if (quote === '"') {
        if (char === '\\') index++
        else if (char === '"') quote = undefined
      } else if (quote === "'") {
        if (char === "'" && source[index + 1] === "'") index++
        else if (char === "'") quote = undefined
      } else if (char === '#' && (previous === ' ' || previous === '')) {
        break
      } else if ((char === '"' || char === "'") && (previous === '' || previous === ' ' || quoteOpeners.has(previous))) {
        quote = char
      } else if (char === '[' || char === '{') {
        flow++
        if (depth + flow > limits.maxYamlDepth) context.exceed('maxYamlDepth', `YAML nesting of ${depth + flow} levels`, index, index + 1)
        if (context.found.has('maxYamlDepth')) return
      } else if (char === ']' || char === '}') {
        flow = Math.max(0, flow - 1)
      } else if (char === '*' && (previous === '' || previous === ' ' || previous === '[' || previous === '{' || previous === ',') && !notAnchor.has(source[index + 1])) {
        aliases++
        if (aliases > limits.maxYamlAliases) context.exceed('maxYamlAliases', `${aliases} YAML aliases`, index, index + 1)
      } else if ((char === '|' || char === '>') && previous === ' ' && flow === 0 && isBlockScalarHeader(source, index + 1, lineEnd)) {
        blockScalarIndent = indent
        break
      }
      if (quote === undefined || char === quote) previous = space(source.charCodeAt(index)) ? ' ' : char
    }
    if (context.found.has('maxYamlDepth')) return
    lineStart = nextLineStart(source, lineEnd)
  }
}

/**
 * Whether the rest of a line after `|` or `>` is a block scalar header
 * (indentation/chomping indicators, then nothing or a comment).
 *
 * @param source The text.
 * @param from Offset after the indicator.
 * @param lineEnd Offset of the line end.
 * @returns True when a block scalar starts.
 */
function isBlockScalarHeader(source: string, from: number, lineEnd: number): boolean {
  let index = from
  while (index < lineEnd && index - from < 2 && /[0-9+-]/.test(source[index] ?? '')) index++
  if (index < lineEnd && !space(source.charCodeAt(index))) return false
  while (index < lineEnd && space(source.charCodeAt(index))) index++
  return index === lineEnd || source[index] === '#'
}
