import type { z } from 'zod'
import type { Position } from '../schema/primitives.js'
import type { ParserCheckId } from './checks.js'
import type { YamlLocator } from './yaml-locate.js'

/** A zod issue turned into a parser diagnostic. */
export interface IssueReport {
  ruleId: ParserCheckId
  message: string
  place: Position
}

/**
 * Print a data path the way authors read it: `references[2].doi`.
 *
 * @param path A data path.
 * @returns The printed path (`frontmatter` for the root).
 */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let printed = ''
  for (const segment of path) {
    if (typeof segment === 'number') printed += `[${segment}]`
    else printed += printed === '' ? String(segment) : `.${String(segment)}`
  }
  return printed === '' ? 'frontmatter' : printed
}

/**
 * Describe a value in a message: strings quoted (and shortened), other kinds named.
 *
 * @param value Any YAML value.
 * @returns A short phrase such as ``number `3` `` or `list`.
 */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') {
    const short = value.length > 40 ? `${value.slice(0, 37)}...` : value
    return `\`${short.replaceAll('`', "'").replaceAll(/\s+/g, ' ')}\``
  }
  if (value === null) return '`null`'
  if (Array.isArray(value)) return 'list'
  if (typeof value === 'object') return 'mapping'
  return `${typeof value} \`${String(value)}\``
}

const typeNames: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'an integer',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping',
}

function valueAt(data: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let current: unknown = data
  for (const segment of path) {
    if (typeof current !== 'object' || current === null) return undefined
    if (!Object.hasOwn(current, segment)) return undefined
    current = (current as Record<PropertyKey, unknown>)[segment]
  }
  return current
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1)
}

function expectation(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.message.startsWith('Expected ')) return lowerFirst(issue.message).replace(/^expected /, '')
      return typeNames[issue.expected] ?? `a ${issue.expected}`
    case 'invalid_value':
      return `one of ${issue.values.map((option) => `\`${String(option)}\``).join(', ')}`
    default:
      return /^expected /i.test(issue.message) ? lowerFirst(issue.message).replace(/^expected /, '') : lowerFirst(issue.message)
  }
}

function sizeMessage(issue: z.core.$ZodIssueTooBig | z.core.$ZodIssueTooSmall, value: unknown, where: string): string {
  const big = issue.code === 'too_big'
  const limit = big ? (issue as z.core.$ZodIssueTooBig).maximum : (issue as z.core.$ZodIssueTooSmall).minimum
  const bound = big ? 'at most' : 'at least'
  if (typeof value === 'string') {
    if (!big && Number(limit) === 1) return `Unexpected empty text for \`${where}\`, expected some text`
    return `Unexpected ${value.length} characters in \`${where}\`, expected ${bound} ${String(limit)}`
  }
  if (Array.isArray(value)) {
    if (!big && value.length === 0) return `Unexpected empty list for \`${where}\`, expected ${bound} ${String(limit)} ${Number(limit) === 1 ? 'entry' : 'entries'}`
    return `Unexpected ${value.length} entries in \`${where}\`, expected ${bound} ${String(limit)}`
  }
  return `Unexpected ${describeValue(value)} for \`${where}\`, expected ${bound} ${String(limit)}`
}

/**
 * A message the schema's author wrote (a site's frontmatter extension), joined to the value
 * and key path it is about ("Unexpected number `3` for `tags`: Tags are a list of words").
 */
function authored(message: string, subject: string, where: string): string {
  if (/^unexpected /i.test(message)) return `${message} (at \`${where}\`)`
  return /^expected /i.test(message) ? `${subject}, ${lowerFirst(message)}` : `${subject}: ${message}`
}

/**
 * Turn one zod issue on the frontmatter into diagnostics at the offending key or value.
 *
 * @param issue The zod issue.
 * @param data The frontmatter as parsed from YAML.
 * @param locator Finds paths in the file.
 * @param knownKeys The keys allowed in the mapping at a path, for unknown-key messages.
 * @param source The whole file, to quote a value as written.
 * @param custom Whether `issue.message` is the schema author's own (a site's extension): it
 *   is then kept, after the value and the key path.
 * @returns One report, or one per key for unknown keys.
 */
export function reportIssue(
  issue: z.core.$ZodIssue,
  data: unknown,
  locator: YamlLocator,
  knownKeys: (path: ReadonlyArray<PropertyKey>) => readonly string[] | undefined,
  source: string,
  custom = false,
): IssueReport[] {
  const path = issue.path as PropertyKey[]
  const where = formatPath(path)
  if (issue.code === 'unrecognized_keys') {
    const inside = path.length === 0 ? '' : ` in \`${where}\``
    const known = knownKeys(path)
    const expected = known === undefined ? 'one of the documented keys' : `one of ${known.map((key) => `\`${key}\``).join(', ')}`
    return issue.keys.map((key) => ({
      ruleId: 'frontmatter-unknown-key' as const,
      message: `Unexpected key \`${key}\`${inside}, expected ${expected}`,
      place: locator.key([...path, key]) ?? locator.nearest([...path, key]),
    }))
  }
  const value = valueAt(data, path)
  if (value === undefined && path.length > 0) {
    const message = custom ? authored(issue.message, `Missing \`${where}\``, where) : `Missing \`${where}\`, expected ${expectation(issue)}`
    return [{ ruleId: 'frontmatter-missing-key', message, place: locator.nearest(path) }]
  }
  const place = (Array.isArray(value) || (typeof value === 'object' && value !== null) ? locator.head(path) : locator.value(path)) ?? locator.nearest(path)
  if (custom) return [{ ruleId: 'frontmatter-invalid', message: authored(issue.message, `Unexpected ${describeValue(value)} for \`${where}\``, where), place }]
  let message: string
  switch (issue.code) {
    case 'too_big':
    case 'too_small':
      message = sizeMessage(issue, value, where)
      break
    case 'invalid_type': {
      message = `Unexpected ${describeValue(value)} for \`${where}\`, expected ${expectation(issue)}`
      // `version: 1.0` or `id: 2024` read as numbers: show the fix with the text as written.
      const written = place.start.offset === undefined || place.end.offset === undefined ? '' : source.slice(place.start.offset, place.end.offset)
      if (issue.expected === 'string' && (typeof value === 'number' || typeof value === 'boolean') && written !== '') {
        message += ` (write it in quotes: \`"${written}"\`)`
      }
      break
    }
    default:
      message = issue.message.startsWith('Unexpected')
        ? `${issue.message} (at \`${where}\`)`
        : `Unexpected ${describeValue(value)} for \`${where}\`, expected ${expectation(issue)}`
  }
  return [{ ruleId: 'frontmatter-invalid', message, place }]
}
