/**
 * A small YAML writer for the markdown renderer's frontmatter: mappings, sequences, strings,
 * numbers and booleans, in block style, which any YAML 1.2 parser (the `yaml` package among
 * them) reads back to the same data. Strings are plain when that cannot be read as anything
 * else, double-quoted with escapes otherwise. It keeps the YAML library out of the render
 * entry.
 */

/** A value the writer takes. */
export type YamlValue = string | number | boolean | readonly YamlValue[] | { readonly [key: string]: YamlValue | undefined }

// Plain scalars: a letter first, then only characters that never start YAML syntax in a
// value (no `:`, `#`, quotes first, brackets, `&`, `*`, `!`, `|`, `>`, `%`, `@`, backtick),
// no trailing space, and no word YAML 1.2 or 1.1 reads as a boolean or null.
const plain = /^[A-Za-z][A-Za-z0-9 _.,()'/+-]*$/
const reserved = /^(?:true|false|null|yes|no|on|off|y|n|~)$/i

const escapes: Record<string, string> = { '\\': '\\\\', '"': '\\"', '\n': '\\n', '\t': '\\t', '\r': '\\r', '\0': '\\0' }

function hex(code: number): string {
  return `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`
}

/**
 * A string as a YAML scalar: plain when safe, else double-quoted, with every character YAML
 * cannot hold raw (controls, line and paragraph separators, the byte order mark,
 * non-characters, lone surrogates) escaped.
 *
 * @param text Any string.
 * @returns The scalar.
 */
export function yamlString(text: string): string {
  if (plain.test(text) && !text.endsWith(' ') && !reserved.test(text)) return text
  let out = '"'
  for (let index = 0; index < text.length; index++) {
    const character = text[index] as string
    const code = character.charCodeAt(0)
    if (escapes[character] !== undefined) out += escapes[character]
    else if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length && (text.charCodeAt(index + 1) & 0xfc00) === 0xdc00) {
      out += character + (text[index + 1] as string)
      index++
    } else if (code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029 || code === 0xfeff || code >= 0xfffe || (code >= 0xd800 && code <= 0xdfff)) {
      out += hex(code)
    } else out += character
  }
  return `${out}"`
}

function scalar(value: string | number | boolean): string {
  if (typeof value === 'string') return yamlString(value)
  if (typeof value === 'number' && !Number.isFinite(value)) throw new RangeError(`Unexpected number ${value}, expected a finite number`)
  return String(value)
}

const isMapping = (value: YamlValue): value is { readonly [key: string]: YamlValue | undefined } => typeof value === 'object' && !Array.isArray(value)

function lines(value: YamlValue, indent: string): string[] {
  if (Array.isArray(value)) {
    return value.flatMap((item: YamlValue) => {
      if (typeof item !== 'object') return [`${indent}- ${scalar(item)}`]
      if ((Array.isArray(item) ? item.length : Object.keys(item).length) === 0) return [`${indent}- ${Array.isArray(item) ? '[]' : '{}'}`]
      // The first line of a nested block goes after the dash.
      const nested = lines(item, `${indent}  `)
      return [`${indent}- ${(nested[0] ?? '').trimStart()}`, ...nested.slice(1)]
    })
  }
  if (typeof value !== 'object') return [`${indent}${scalar(value)}`]
  if (!isMapping(value)) return []
  return Object.entries(value).flatMap(([key, item]) => {
    if (item === undefined) return []
    const name = yamlString(key)
    if (typeof item !== 'object') return [`${indent}${name}: ${scalar(item)}`]
    if ((Array.isArray(item) ? item.length : Object.keys(item).length) === 0) return [`${indent}${name}: ${Array.isArray(item) ? '[]' : '{}'}`]
    return [`${indent}${name}:`, ...lines(item, `${indent}  `)]
  })
}

/**
 * Write a mapping as a YAML document body (no `---` fences), block style.
 *
 * @param value The mapping.
 * @returns YAML text without a trailing line break.
 */
export function toYaml(value: { readonly [key: string]: YamlValue | undefined }): string {
  return lines(value, '').join('\n')
}
