import { z } from 'zod'
import { frontmatterSchema } from './frontmatter.js'

/**
 * A site's own frontmatter keys: a zod object schema (`z.object`, `z.strictObject` or
 * `z.looseObject`, refinements and defaults included) whose keys sit beside the built-in
 * ones at the top of the frontmatter. Its output becomes `document.data`.
 *
 * @example
 * ```ts
 * z.object({ slug: z.string(), tags: z.array(z.string()).default([]) })
 * ```
 */
export type FrontmatterExtension = z.core.$ZodObject<z.core.$ZodShape, z.core.$ZodObjectConfig>

/** The keys of the frontmatter that the package defines; an extension may not redefine them. */
export const builtInFrontmatterKeys: readonly string[] = /* @__PURE__ */ Object.freeze(Object.keys(frontmatterSchema.shape))

/** An extension, checked once, with what the parser needs to split the frontmatter by it. */
export interface ResolvedExtension {
  schema: FrontmatterExtension
  /** Its declared top-level keys. */
  keys: ReadonlySet<string>
  /** Whether it takes the keys it does not declare (`z.looseObject`, `.catchall()`). */
  loose: boolean
}

const resolved = /* @__PURE__ */ new WeakMap<object, ResolvedExtension>()

/**
 * What is wrong with a value given as `frontmatter.extend`, if anything.
 *
 * @param value The value.
 * @returns A message ("expected ..."), or undefined for a usable extension.
 */
export function extensionProblem(value: unknown): string | undefined {
  if (!(value instanceof z.core.$ZodObject)) {
    return `Unexpected ${describeKind(value)}, expected a zod object schema (\`z.object({ ... })\`; a JSON config cannot hold one: write the config as .ts, .mts, .js or .mjs)`
  }
  const clash = Object.keys(value._zod.def.shape).filter((key) => builtInFrontmatterKeys.includes(key))
  if (clash.length > 0) {
    const names = clash.map((key) => `\`${key}\``).join(', ')
    return `Unexpected built-in key${clash.length === 1 ? '' : 's'} ${names}, expected keys of the site's own (the built-in keys keep their meaning and validation; give the site's key another name)`
  }
  return undefined
}

function describeKind(value: unknown): string {
  if (value === null) return '`null`'
  if (Array.isArray(value)) return 'list'
  if (typeof value === 'object') return 'object that is not a zod object schema'
  return typeof value
}

/**
 * Check an extension and index its keys (once per schema).
 *
 * @param value The value given as `frontmatter.extend`.
 * @param where Where it was given, for the message (`` `frontmatter.extend` ``).
 * @returns The resolved extension.
 * @throws {TypeError} When it is not a zod object schema or redefines a built-in key.
 */
export function resolveExtension(value: unknown, where: string): ResolvedExtension {
  if (typeof value === 'object' && value !== null) {
    const known = resolved.get(value)
    if (known !== undefined) return known
  }
  const problem = extensionProblem(value)
  if (problem !== undefined) throw new TypeError(`Invalid ${where}: ${problem}`)
  const schema = value as FrontmatterExtension
  const catchall = schema._zod.def.catchall
  const extension: ResolvedExtension = {
    schema,
    keys: new Set(Object.keys(schema._zod.def.shape)),
    loose: catchall !== undefined && catchall._zod.def.type !== 'never',
  }
  resolved.set(schema, extension)
  return extension
}
