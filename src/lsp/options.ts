import { z } from 'zod'
import { resolveLimits, type ParseLimits } from '../parser/limits.js'
import { normaliseNow } from '../util/now.js'

/** Options of the language server, from the embedder or the client's `initializationOptions`. */
export interface LanguageServerOptions {
  /**
   * Milliseconds to wait after the last keystroke before checking a page again.
   *
   * @default 200
   */
  debounceMs?: number | undefined
  /**
   * Milliseconds one check of a page may take; the worker is then stopped and the page gets
   * a `parse-timeout` diagnostic.
   *
   * @default 5000
   */
  timeoutMs?: number | undefined
  /**
   * Input limits of the parser (those of `parseContent`), for pages written in the editor.
   *
   * @default `defaultLimits`
   */
  limits?: Partial<ParseLimits> | undefined
  /**
   * Most pages on disk read from the workspace folders for the cross-document checks
   * (`claim-id-stable`); 0 reads none and checks only the open pages together.
   *
   * @default 2000
   */
  maxWorkspacePages?: number | undefined
  /**
   * The day the date rules (`review-stale`) measure from, as an ISO date (`2026-12-01`); empty
   * for the current day at each check. `exosome-content lsp` sets it from `--now` or
   * `EXOSOME_CONTENT_NOW`, as `check` does.
   *
   * @default ''
   */
  now?: string | undefined
}

/** The options with every default filled in. */
export type ResolvedServerOptions = Required<{ [Key in keyof LanguageServerOptions]: Exclude<LanguageServerOptions[Key], undefined> }>

// What the parser's `now` option accepts (one reading for the parser, the rules, the CLI and here).
const isNow = (value: string): boolean => {
  try {
    normaliseNow(value)
    return true
  } catch {
    return false
  }
}

const optionsSchema = z
  .object({
    debounceMs: z.number().int().min(0).max(60_000),
    timeoutMs: z.number().int().min(1),
    limits: z.record(z.string(), z.number()),
    maxWorkspacePages: z.number().int().min(0),
    now: z.string().refine((value) => value === '' || isNow(value), 'Expected an ISO date such as 2026-12-01'),
  })
  .partial()

/** Defaults of {@link LanguageServerOptions}. */
export const defaultServerOptions: ResolvedServerOptions = { debounceMs: 200, timeoutMs: 5000, limits: {}, maxWorkspacePages: 2000, now: '' }

/**
 * Merge options over the defaults: the embedder's, then the client's `initializationOptions`
 * (the `exosomeContent` object in it, or the object itself). Invalid client options are
 * reported and ignored; invalid embedder options throw.
 *
 * @param embedder Options given to `createLanguageServer`.
 * @param client The client's `initializationOptions`.
 * @param warn Receives a message about ignored client options.
 * @returns The options in force.
 * @throws {TypeError} For invalid embedder options.
 */
export function resolveServerOptions(embedder: LanguageServerOptions | undefined, client: unknown, warn: (message: string) => void): ResolvedServerOptions {
  const own = optionsSchema.safeParse(stripUndefined(embedder ?? {}))
  if (!own.success) throw new TypeError(`Invalid language server options: ${own.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`)
  checkLimits(own.data.limits, 'Invalid language server options', (message) => {
    throw new TypeError(message)
  })
  let fromClient: z.infer<typeof optionsSchema> = {}
  const raw = typeof client === 'object' && client !== null && 'exosomeContent' in client ? (client as { exosomeContent: unknown }).exosomeContent : client
  if (raw !== undefined && raw !== null) {
    const parsed = optionsSchema.safeParse(raw)
    if (parsed.success && checkLimits(parsed.data.limits, 'Ignoring invalid initializationOptions', warn)) fromClient = parsed.data
    else if (!parsed.success) warn(`Ignoring invalid initializationOptions: ${parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ')}`)
  }
  return { ...defaultServerOptions, ...own.data, ...fromClient } as ResolvedServerOptions
}

function checkLimits(limits: Record<string, number> | undefined, prefix: string, fail: (message: string) => void): boolean {
  try {
    resolveLimits(limits)
    return true
  } catch (error) {
    fail(`${prefix}: ${error instanceof Error ? error.message : String(error)}`)
    return false
  }
}

function stripUndefined(value: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined))
}
