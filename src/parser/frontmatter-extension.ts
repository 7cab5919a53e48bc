import { z } from 'zod'
import { builtInFrontmatterKeys, type ResolvedExtension } from '../schema/frontmatter-extension.js'

export { builtInFrontmatterKeys, resolveExtension } from '../schema/frontmatter-extension.js'
export type { FrontmatterExtension, ResolvedExtension } from '../schema/frontmatter-extension.js'

/**
 * Split the frontmatter: the built-in keys (and keys nobody declares, which the built-in
 * schema reports as unknown) on one side, the extension's keys on the other.
 *
 * @param record The frontmatter as parsed from YAML.
 * @param extension The extension.
 * @returns Both parts; each keeps the order of the file.
 */
export function splitFrontmatter(record: Record<string, unknown>, extension: ResolvedExtension): { builtIn: Record<string, unknown>; extra: Record<string, unknown> } {
  const builtIn: Record<string, unknown> = {}
  const extra: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(record)) {
    const own = extension.keys.has(key) || (extension.loose && !builtInFrontmatterKeys.includes(key))
    ;(own ? extra : builtIn)[key] = value
  }
  return { builtIn, extra }
}

/** A zod issue of the extension, and whether its message is the schema author's own. */
export interface ExtensionIssue {
  issue: z.core.$ZodIssue
  /** True when the site's schema wrote the message (`{ error: '...' }`, a refinement's message). */
  custom: boolean
}

/** What validating the extension's keys gave. */
export type ExtensionOutcome =
  | { ok: true; data: Record<string, unknown> }
  | { ok: false; issues: ExtensionIssue[] }
  | { ok: false; failure: string }

// Put before zod's own message by the parse-level error map, which zod consults only when the
// schema has no message of its own: an issue without it carries the site's message.
const defaultMark = '\u0000exosome-default\u0000'

function unwrap(message: unknown): string | undefined {
  if (typeof message === 'string') return message
  if (typeof message === 'object' && message !== null && typeof (message as { message?: unknown }).message === 'string') return (message as { message: string }).message
  return undefined
}

const markDefault = (issue: z.core.$ZodRawIssue): string => {
  const config = z.core.config()
  return defaultMark + (unwrap(config.customError?.(issue)) ?? unwrap(config.localeError?.(issue)) ?? 'Invalid input')
}

/**
 * Validate the extension's keys with the site's schema (its defaults and transforms applied).
 * A schema that throws (an async refinement, a transform with a bug) is a failure, not a crash.
 *
 * @param extension The extension.
 * @param extra The frontmatter's keys that belong to it.
 * @returns The data, the issues, or the failure's message.
 */
export function validateExtension(extension: ResolvedExtension, extra: Record<string, unknown>): ExtensionOutcome {
  let result: z.ZodSafeParseResult<Record<string, unknown>>
  try {
    result = z.safeParse(extension.schema, extra, { error: markDefault }) as z.ZodSafeParseResult<Record<string, unknown>>
  } catch (error) {
    return { ok: false, failure: error instanceof Error ? error.message : String(error) }
  }
  if (result.success) return { ok: true, data: result.data }
  return {
    ok: false,
    issues: result.error.issues.map((issue) => {
      const custom = !issue.message.startsWith(defaultMark)
      return { issue: custom ? issue : { ...issue, message: issue.message.slice(defaultMark.length) }, custom }
    }),
  }
}

function inner(schema: z.core.$ZodType): z.core.$ZodType {
  let current = schema
  // Wrappers nest a handful deep at most; the bound keeps a self-referencing lazy finite.
  for (let depth = 0; depth < 32; depth++) {
    const def = current._zod.def as { type: string; innerType?: z.core.$ZodType; in?: z.core.$ZodType; getter?: () => z.core.$ZodType }
    const next = def.innerType ?? (def.type === 'pipe' ? def.in : undefined) ?? (def.type === 'lazy' ? def.getter?.() : undefined)
    if (next === undefined) return current
    current = next
  }
  return current
}

/**
 * The keys the extension allows in the mapping at a path, for unknown-key messages.
 *
 * @param extension The extension.
 * @param path A data path inside it.
 * @returns The keys, or undefined when the path does not lead to an object schema.
 */
export function extensionKeysAt(extension: ResolvedExtension, path: ReadonlyArray<PropertyKey>): readonly string[] | undefined {
  let current: z.core.$ZodType | undefined = extension.schema
  for (const segment of path) {
    if (current === undefined) return undefined
    const def = inner(current)._zod.def as {
      type: string
      shape?: Record<string, z.core.$ZodType>
      catchall?: z.core.$ZodType
      element?: z.core.$ZodType
      valueType?: z.core.$ZodType
      items?: z.core.$ZodType[]
      rest?: z.core.$ZodType | null
    }
    if (def.type === 'object') current = (typeof segment === 'string' && def.shape !== undefined && Object.hasOwn(def.shape, segment) ? def.shape[segment] : undefined) ?? def.catchall
    else if (def.type === 'array') current = def.element
    else if (def.type === 'record') current = def.valueType
    else if (def.type === 'tuple') current = (typeof segment === 'number' ? def.items?.[segment] : undefined) ?? def.rest ?? undefined
    else return undefined
  }
  if (current === undefined) return undefined
  const def = inner(current)._zod.def as { type: string; shape?: Record<string, unknown> }
  return def.type === 'object' && def.shape !== undefined ? Object.keys(def.shape) : undefined
}
