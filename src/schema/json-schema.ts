import { z } from 'zod'
import { frontmatterSchema } from './frontmatter.js'
import { resolveExtension, type FrontmatterExtension, type ResolvedExtension } from './frontmatter-extension.js'

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
  let text: unknown
  try {
    text = error?.({})
  } catch {
    // A site's error map may read the issue it expects; without one there is no fixed text.
    return undefined
  }
  return typeof text === 'string' ? text : undefined
}

// The length of the trimmed text, as a pattern over the text as written: JSON Schema's
// `minLength`/`maxLength` would count the white space the parser trims off. The built-in
// schemas use at most `min(1)` and no pattern with a trim; a site's extension may use any
// (`lenient`): other trimmed strings keep the lengths zod wrote.
function trimmedLength(json: JsonObject, lenient: boolean): void {
  const min = typeof json['minLength'] === 'number' ? json['minLength'] : 0
  const max = typeof json['maxLength'] === 'number' ? json['maxLength'] : undefined
  const plain = min <= 1 && typeof json['pattern'] !== 'string'
  if (!plain && lenient) return
  if (min > 1) throw new Error(`Unexpected trimmed string with minLength ${min}, expected at most 1`)
  delete json['maxLength']
  if (min === 0 && max === undefined) return
  const body = max === undefined ? '\\S' : max === 1 ? '\\S' : `\\S(?:[\\s\\S]{0,${max - 2}}\\S)?`
  const pattern = max === undefined ? body : `^\\s*${min === 0 ? `(?:${body})?` : body}\\s*$`
  if (typeof json['pattern'] === 'string') throw new Error('Unexpected pattern on a trimmed string, expected one or the other')
  json['pattern'] = pattern
  json['patternErrorMessage'] = max === undefined ? 'Expected some text' : `Expected some text, at most ${max} characters (white space around it not counted)`
}

/** Options of {@link toJsonSchema}. */
export interface JsonSchemaOptions {
  /**
   * A site's frontmatter extension (the config's `frontmatter.extend`): its keys are added
   * beside the built-in ones, with their own descriptions (`.meta({ description })`).
   *
   * @default undefined
   */
  extend?: FrontmatterExtension | undefined
}

/** The frontmatter schema with an extension's keys (and its catch-all, if loose). */
function extendedSchema(extension: ResolvedExtension): z.core.$ZodType {
  const merged = frontmatterSchema.extend(extension.schema._zod.def.shape)
  const catchall = extension.loose ? extension.schema._zod.def.catchall : undefined
  const meta = frontmatterSchema.meta() ?? {}
  return (catchall === undefined ? merged : merged.catchall(catchall)).meta(meta)
}

/**
 * JSON Schema (draft 2020-12) of the frontmatter, for editors (yaml-language-server) and
 * other tooling. Made from the zod schemas the parser validates with: every key has a
 * `description`, `markdownDescription` and `examples`, and every constraint JSON Schema can
 * express is in it (patterns, enums, the `doi`/`url` and `year`/`date` requirements of a
 * reference, trimmed lengths). What it cannot express (ids that must resolve or be unique, a
 * `year` that must match a `date`) only the parser checks. With `extend`, the site's own keys
 * are in it too (as zod's `toJSONSchema` writes them; refinements and transforms are not
 * expressible), and it has no `$id` (it is the site's schema, not the package's).
 *
 * @param options The site's frontmatter extension, if any.
 * @returns A plain JSON-serialisable schema object.
 * @throws {TypeError} When `extend` is not a zod object schema or redefines a built-in key.
 */
export function toJsonSchema(options: JsonSchemaOptions = {}): Record<string, unknown> {
  const extension = options.extend === undefined ? undefined : resolveExtension(options.extend, '`extend`')
  const own = (path: ReadonlyArray<string | number>): boolean =>
    extension !== undefined && ((path[0] === 'properties' && typeof path[1] === 'string' && extension.keys.has(path[1])) || path[0] === 'additionalProperties' || path[0] === '$defs')
  const schema = z.toJSONSchema(extension === undefined ? frontmatterSchema : extendedSchema(extension), {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'any',
    override(context) {
      const def = context.zodSchema._zod.def as { type: string; format?: string; error?: CheckDef['error'] }
      if (def.type !== 'string') return
      const json = context.jsonSchema as JsonObject
      const checks = checksOf(context.zodSchema)
      if (checks[0] !== undefined && trims(checks[0])) trimmedLength(json, own(context.path))
      // The URL check's `pattern` (set in its meta) says more than `format: uri`, and unlike
      // it accepts the white space around the address that the check trims.
      if (def.format === 'url') delete json['format']
      const text = message(def.error) ?? checks.map((check) => (check.format === 'regex' ? message(check.error) : undefined)).find((found) => found !== undefined)
      if (typeof json['pattern'] === 'string' && json['patternErrorMessage'] === undefined && text !== undefined) json['patternErrorMessage'] = text
    },
  })
  if (extension !== undefined) return { ...schema, title: 'exosome-content frontmatter, with the site\'s own keys' }
  return {
    ...schema,
    $id: 'https://unpkg.com/exosome-content/schema/frontmatter.schema.json',
    title: 'exosome-content frontmatter',
  }
}
