/** One attribute as written inside a directive's `{...}`, with offsets into the file. */
export interface AttributeToken {
  /** `id` for `#x`, `class` for `.x`, otherwise the written name. */
  name: string
  /** Offsets of the name as written (including a `#` or `.` shortcut). */
  nameStart: number
  nameEnd: number
  /** The raw value (quotes removed), undefined for a bare `name`. */
  value: string | undefined
  /** Offsets of the value inside the quotes (equal to the name's end for a bare name). */
  valueStart: number
  valueEnd: number
}

const nameCharacter = /[\w:.-]/
const space = /\s/

function skipLabel(source: string, index: number): number {
  if (source[index] !== '[') return index
  let depth = 0
  for (let cursor = index; cursor < source.length; cursor++) {
    const character = source[cursor]
    if (character === '\\') cursor++
    else if (character === '[') depth++
    else if (character === ']') {
      depth--
      if (depth === 0) return cursor + 1
    } else if (character === '\n' || character === '\r') return index
  }
  return index
}

/**
 * Read the attributes of a directive straight from the source, so diagnostics can point at
 * a single attribute (remark-directive keeps values but not their positions).
 *
 * @param source The whole file.
 * @param start Offset where the directive starts (its first `:`).
 * @returns The attributes in written order (duplicates kept), or an empty list.
 */
export function scanAttributes(source: string, start: number): AttributeToken[] {
  let index = start
  while (source[index] === ':') index++
  while (index < source.length && nameCharacter.test(source[index] ?? '') && source[index] !== ':' && source[index] !== '.') index++
  index = skipLabel(source, index)
  if (source[index] !== '{') return []
  index++
  const tokens: AttributeToken[] = []
  while (index < source.length) {
    while (index < source.length && space.test(source[index] ?? '')) index++
    const character = source[index]
    if (character === undefined || character === '}') break
    const nameStart = index
    let name: string
    if (character === '#' || character === '.') {
      index++
      const valueStart = index
      while (index < source.length && !/[\s}#.]/.test(source[index] ?? '')) index++
      tokens.push({
        name: character === '#' ? 'id' : 'class',
        nameStart,
        nameEnd: valueStart,
        value: source.slice(valueStart, index),
        valueStart,
        valueEnd: index,
      })
      continue
    }
    while (index < source.length && !/[\s}=]/.test(source[index] ?? '')) index++
    name = source.slice(nameStart, index)
    const nameEnd = index
    if (name === '') {
      index++
      continue
    }
    if (source[index] !== '=') {
      tokens.push({ name, nameStart, nameEnd, value: undefined, valueStart: nameEnd, valueEnd: nameEnd })
      continue
    }
    index++
    const quote = source[index]
    let valueStart: number
    let valueEnd: number
    if (quote === '"' || quote === "'") {
      valueStart = index + 1
      const close = source.indexOf(quote, valueStart)
      valueEnd = close === -1 ? source.length : close
      index = close === -1 ? source.length : close + 1
    } else {
      valueStart = index
      while (index < source.length && !/[\s}]/.test(source[index] ?? '')) index++
      valueEnd = index
    }
    tokens.push({ name, nameStart, nameEnd, value: source.slice(valueStart, valueEnd), valueStart, valueEnd })
  }
  return tokens
}

/**
 * Split a whitespace-separated attribute value into items with their offsets.
 *
 * @param token The attribute.
 * @returns Each item and the offset where it starts.
 */
export function splitTokenValue(token: AttributeToken): Array<{ item: string; start: number }> {
  const items: Array<{ item: string; start: number }> = []
  const pattern = /\S+/g
  for (const match of (token.value ?? '').matchAll(pattern)) {
    items.push({ item: match[0], start: token.valueStart + (match.index ?? 0) })
  }
  return items
}
