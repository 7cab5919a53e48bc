import { scanAttributes, splitTokenValue } from '../parser/directive-attributes.js'
import type { ListName, Span } from './types.js'

// Lines longer than this are not read for a cursor context (a hostile line costs nothing).
const maxLine = 10_000
// The frontmatter is looked for in this many characters from the start, the pre-scan's default limit.
const maxFrontmatter = 64 * 1024 + 8

/** The word under or before the cursor, with its offsets in the text. */
export interface Word {
  text: string
  span: Span
}

/** The cursor inside a `claim` or `disclaimer` directive's `{...}`. */
export interface AttributeContext {
  type: 'attribute'
  directive: 'claim' | 'disclaimer'
  /** `id` for `#id`; undefined when the cursor is where an attribute name goes. */
  attribute: string | undefined
  /** In the attribute's value (true) or its name (false). */
  inValue: boolean
  word: Word
  /** The other items of a list value (`cite`, `requires`). */
  siblings: string[]
  /** Attribute names the directive already has. */
  present: string[]
}

/** The cursor in the frontmatter, on a key or after `key: `. */
export interface FrontmatterContext {
  type: 'frontmatter'
  /** The list whose entry the line belongs to, or undefined at the top level. */
  list: ListName | undefined
  /** The key of the line, when the cursor is in its value. */
  key: string | undefined
  word: Word
  /** Keys the mapping already has. */
  present: string[]
}

/** What is at a cursor. */
export type CursorContext = AttributeContext | FrontmatterContext

interface Line {
  start: number
  text: string
}

function lineAt(text: string, offset: number): Line | undefined {
  let start = offset
  while (start > 0 && text[start - 1] !== '\n' && text[start - 1] !== '\r') {
    start--
    if (offset - start > maxLine) return undefined
  }
  let end = offset
  while (end < text.length && text[end] !== '\n' && text[end] !== '\r') {
    end++
    if (end - start > maxLine) return undefined
  }
  return { start, text: text.slice(start, end) }
}

const wordCharacter = /[^\s"'{}=]/

function wordAround(line: Line, column: number, from: number, to: number): Word {
  let start = column
  while (start > from && wordCharacter.test(line.text[start - 1] ?? '')) start--
  let end = column
  while (end < to && wordCharacter.test(line.text[end] ?? '')) end++
  return { text: line.text.slice(start, end), span: { start: line.start + start, end: line.start + end } }
}

function attributeContext(line: Line, column: number): AttributeContext | undefined {
  const directives = [...line.text.matchAll(/(?<![:\w])(:{1,3})(claim|disclaimer)(?![\w-])/g)].filter((match) => (match.index ?? 0) < column)
  const match = directives[directives.length - 1]
  if (match === undefined) return undefined
  const open = line.text.indexOf('{', (match.index ?? 0) + match[0].length)
  if (open === -1 || open >= column) return undefined
  // Only a label (`[...]`) may stand between the name and the attributes.
  const between = line.text.slice((match.index ?? 0) + match[0].length, open)
  if (between !== '' && !/^\[[^\]]*\]$/.test(between)) return undefined
  const tokens = scanAttributes(line.text, match.index ?? 0)
  const last = tokens[tokens.length - 1]
  let close = line.text.indexOf('}', last === undefined ? open : Math.max(open, last.valueEnd))
  if (close === -1) close = line.text.length
  if (column > close) return undefined
  const directive = match[2] as 'claim' | 'disclaimer'
  const present = tokens.map((token) => token.name)
  for (const token of tokens) {
    if (token.value !== undefined && column >= token.valueStart && column <= token.valueEnd) {
      const word = wordAround(line, column, token.valueStart, token.valueEnd)
      const siblings = splitTokenValue(token)
        .map(({ item, start }) => ({ item, start: line.start + start }))
        .filter(({ start }) => start !== word.span.start)
        .map(({ item }) => item)
      return { type: 'attribute', directive, attribute: token.name, inValue: true, word, siblings, present }
    }
    if (column >= token.nameStart && column <= token.nameEnd) {
      return { type: 'attribute', directive, attribute: token.name, inValue: false, word: wordAround(line, column, token.nameStart, token.nameEnd), siblings: [], present }
    }
  }
  return { type: 'attribute', directive, attribute: undefined, inValue: false, word: { text: '', span: { start: line.start + column, end: line.start + column } }, siblings: [], present }
}

/**
 * The frontmatter's YAML lines: from the line after the opening `---` to the line before
 * the closing one (or the end of the text while it is being written).
 *
 * @param text The document.
 * @returns The offsets of the YAML, or undefined when the text has no frontmatter.
 */
export function frontmatterLines(text: string): Span | undefined {
  const opening = /^\ufeff?---[ \t]*(?:\r\n|\r|\n)/.exec(text)
  if (opening === null) return undefined
  const closing = /(?:^|\r\n|\r|\n)(?:---|\.\.\.)[ \t]*(?:\r\n|\r|\n|$)/g
  closing.lastIndex = opening[0].length - 1
  const head = text.slice(0, maxFrontmatter)
  const found = closing.exec(head)
  return { start: opening[0].length, end: found === null ? head.length : found.index }
}

const keyLine = /^(\s*)(-\s+)?([A-Za-z$][\w$]*)\s*:/
const topKey = /^([A-Za-z$][\w$]*)\s*:/

function frontmatterContext(text: string, yaml: Span, line: Line, column: number): FrontmatterContext | undefined {
  const prefix = line.text.slice(0, column)
  const typingKey = /^(\s*)(-\s+)?([A-Za-z$][\w$]*)?$/.exec(prefix)
  const typingValue = /^(\s*)(-\s+)?([A-Za-z$][\w$]*)\s*:\s+([^\s#]*)$/.exec(prefix)
  const found = typingKey ?? typingValue
  if (found === null) return undefined
  const indent = (found[1] ?? '').length + (found[2] ?? '').length
  const lines = text.slice(yaml.start, yaml.end).split(/\r\n|\r|\n/)
  const starts: number[] = []
  let offset = yaml.start
  for (const item of lines) {
    starts.push(offset)
    offset += item.length + (text.startsWith('\r\n', offset + item.length) ? 2 : 1)
  }
  const current = starts.findIndex((start, index) => start <= line.start && (starts[index + 1] ?? Number.POSITIVE_INFINITY) > line.start)
  let list: ListName | undefined
  let present: string[]
  if (indent === 0 && found[2] === undefined) {
    present = lines.flatMap((item, index) => (index === current ? [] : (topKey.exec(item)?.slice(1, 2) ?? [])))
  } else {
    let parent = current
    while (parent > 0 && !topKey.test(lines[parent] ?? '')) parent--
    const name = topKey.exec(lines[parent] ?? '')?.[1]
    if (name !== 'references' && name !== 'disclaimers' && name !== 'glossary') return undefined
    list = name
    // The entry: from its `- ` line to the next entry or the next top-level key.
    let first = current
    while (first > parent + 1 && !/^\s*-\s/.test(lines[first] ?? '')) first--
    let last = current
    while (last + 1 < lines.length && !/^\s*-\s/.test(lines[last + 1] ?? '') && !topKey.test(lines[last + 1] ?? '')) last++
    present = []
    for (let index = first; index <= last; index++) {
      const key = keyLine.exec(lines[index] ?? '')?.[3]
      if (key !== undefined && index !== current) present.push(key)
    }
  }
  const keyStart = indent
  const word = typingValue !== null ? wordAround(line, column, column - (typingValue[4] ?? '').length, line.text.length) : wordAround(line, column, keyStart, line.text.length)
  return { type: 'frontmatter', list, key: typingValue?.[3], word, present }
}

/**
 * What the cursor is in: a `claim`/`disclaimer` directive's attributes, or the
 * frontmatter. Reads only the cursor's line (and the frontmatter's lines), so it costs
 * little on any text.
 *
 * @param text The document as the editor holds it now.
 * @param offset The cursor.
 * @returns The context, or undefined elsewhere.
 */
export function cursorContext(text: string, offset: number): CursorContext | undefined {
  const line = lineAt(text, offset)
  if (line === undefined) return undefined
  const column = offset - line.start
  const yaml = frontmatterLines(text)
  if (yaml !== undefined && line.start >= yaml.start && line.start < yaml.end) return frontmatterContext(text, yaml, line, column)
  return attributeContext(line, column)
}

/**
 * The frontmatter key a cursor is on, e.g. for hover.
 *
 * @param text The document.
 * @param offset The cursor.
 * @returns The key, its list (undefined at the top level) and its span, or undefined.
 */
export function frontmatterKeyAt(text: string, offset: number): { key: string; list: ListName | undefined; span: Span } | undefined {
  const yaml = frontmatterLines(text)
  const line = lineAt(text, offset)
  if (yaml === undefined || line === undefined || line.start < yaml.start || line.start >= yaml.end) return undefined
  const match = keyLine.exec(line.text)
  if (match === null) return undefined
  const start = (match[1] ?? '').length + (match[2] ?? '').length
  const key = match[3] ?? ''
  const column = offset - line.start
  if (column < start || column > start + key.length) return undefined
  const context = frontmatterContext(text, yaml, { start: line.start, text: line.text.slice(0, start + key.length) }, start + key.length)
  return { key, list: context?.list, span: { start: line.start + start, end: line.start + start + key.length } }
}
