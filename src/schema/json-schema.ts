import { z } from 'zod'
import { frontmatterSchema } from './frontmatter.js'

/**
 * Keywords of the schema that JSON Schema validators do not define, for editors:
 * `markdownDescription` (hover text) and `patternErrorMessage` (the parser's message for a
 * value that does not match `pattern`), as VS Code's JSON and YAML language services read them.
 * A validator in strict mode (ajv) needs them declared: `ajv.addVocabulary(editorKeywords)`.
 */
export const editorKeywords = ['markdownDescription', 'patternErrorMessage'] as const

type JsonObject = Record<string, unknown>

interface CheckDef {
  check: string
  format?: string
  tx?: (value: string) => string
  error?: (issue: object) => unknown
}

const checksOf = (schema: z.core.$ZodType): CheckDef[] =>
  ((schema._zod.def as unknown as { checks?: Array<{ _zod: { def: CheckDef } }> }).checks ?? []).map((check) => check._zod.def)

// A string check that replaces the value by its trimmed form (zod's `.trim()`), found by what it does.
const trims = (check: CheckDef): boolean => check.check === 'overwrite' && typeof check.tx === 'function' && check.tx(' \u00a0x\n') === 'x'

const message = (error: CheckDef['error']): string | undefined => {
  const text = error?.({})
  return typeof text === 'string' ? text : undefined
}

// The length of the trimmed text, as a pattern over the text as written: JSON Schema's
// `minLength`/`maxLength` would count the white space the parser trims off.
function trimmedLength(json: JsonObject): void {
  const min = typeof json['minLength'] === 'number' ? json['minLength'] : 0
  const max = typeof json['maxLength'] === 'number' ? json['maxLength'] : undefined
  if (min > 1) throw new Error(`Unexpected trimmed string with minLength ${min}, expected at most 1`)
  delete json['maxLength']
  if (min === 0 && max === undefined) return
  const body = max === undefined ? '\\S' : max === 1 ? '\\S' : `\\S(?:[\\s\\S]{0,${max - 2}}\\S)?`
  const pattern = max === undefined ? body : `^\\s*${min === 0 ? `(?:${body})?` : body}\\s*$`
  if (typeof json['pattern'] === 'string') throw new Error('Unexpected pattern on a trimmed string, expected one or the other')
  json['pattern'] = pattern
  json['patternErrorMessage'] = max === undefined ? 'Expected some text' : `Expected some text, at most ${max} characters (white space around it not counted)`
}

/**
 * JSON Schema (draft 2020-12) of the frontmatter, for editors (yaml-language-server) and
 * other tooling. Made from the zod schemas the parser validates with: every key has a
 * `description`, `markdownDescription` and `examples`, and every constraint JSON Schema can
 * express is in it (patterns, enums, the `doi`/`url` and `year`/`date` requirements of a
 * reference, trimmed lengths). What it cannot express (ids that must resolve or be unique, a
 * `year` that must match a `date`) only the parser checks.
 *
 * @returns A plain JSON-serialisable schema object.
 */
export function toJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(frontmatterSchema, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'any',
    override(context) {
      const def = context.zodSchema._zod.def as { type: string; format?: string; error?: CheckDef['error'] }
      if (def.type !== 'string') return
      const json = context.jsonSchema as JsonObject
      const checks = checksOf(context.zodSchema)
      if (checks[0] !== undefined && trims(checks[0])) trimmedLength(json)
      // The URL check's `pattern` (set in its meta) says more than `format: uri`, and unlike
      // it accepts the white space around the address that the check trims.
      if (def.format === 'url') delete json['format']
      const text = message(def.error) ?? checks.map((check) => (check.format === 'regex' ? message(check.error) : undefined)).find((found) => found !== undefined)
      if (typeof json['pattern'] === 'string' && json['patternErrorMessage'] === undefined && text !== undefined) json['patternErrorMessage'] = text
    },
  })
  return {
    ...schema,
    $id: 'https://unpkg.com/exosome-content/schema/frontmatter.schema.json',
    title: 'exosome-content frontmatter',
  }
}
