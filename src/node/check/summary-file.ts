import { gunzipSync, gzipSync } from 'node:zlib'
import { z } from 'zod'
import { documentSummarySchema } from '../../rules/document-summary.js'
import { errorMessage, InputError } from '../errors.js'
import { readRegularBytesSync } from '../read-file.js'
import type { CheckedFile } from './run.js'
import type { Shard } from './shard.js'

/** Identifies a claims summary file; bumped with {@link summaryVersion} on any layout change. */
export const summaryFormat = 'exosome-content/claims-summary'
/**
 * Version of the claims summary layout: 2 added each section's `steps` and the document's
 * `intro` (claims reused, disclaimers and evidence summaries placed), read by `locale-parity`.
 */
export const summaryVersion = 2

/**
 * A claims summary: what one `check` run (a CI shard) writes with `--summary-out` so that
 * `check --merge` can run the cross-document rules over every shard.
 */
export const claimsSummarySchema = z.strictObject({
  format: z.literal(summaryFormat),
  version: z.literal(summaryVersion),
  /** The package that wrote it: `--merge` takes only its own version's summaries. */
  tool: z.strictObject({ name: z.literal('exosome-content'), version: z.string() }),
  /** Hash of the resolved policy: every shard and the merge must check with the same one. */
  policyHash: z.string().regex(/^[0-9a-f]{64}$/),
  /** Which shard this is, or null for a whole run. */
  shard: z.strictObject({ index: z.number().int().min(1), count: z.number().int().min(1) }).nullable(),
  /** Every checked file (display path), with its document summary or null when it has errors. */
  files: z.array(z.strictObject({ file: z.string(), summary: documentSummarySchema.nullable() })),
})

/**
 * A claims summary: what `check --summary-out` writes (format, layout version, the package
 * version, the policy hash, the shard, and each file's document summary).
 */
export type ClaimsSummary = z.infer<typeof claimsSummarySchema>

/**
 * Build a claims summary.
 *
 * @param files The run's files and summaries.
 * @param info Package version, policy hash and shard.
 * @returns The summary.
 */
export function buildClaimsSummary(files: readonly CheckedFile[], info: { version: string; policyHash: string; shard: Shard | undefined }): ClaimsSummary {
  return {
    format: summaryFormat,
    version: summaryVersion,
    tool: { name: 'exosome-content', version: info.version },
    policyHash: info.policyHash,
    shard: info.shard === undefined ? null : { index: info.shard.index, count: info.shard.count },
    files: files.map((file) => ({ file: file.file, summary: file.summary })),
  }
}

/**
 * Validate a claims summary value.
 *
 * @param value Parsed JSON.
 * @param where Where it came from, for messages.
 * @returns The summary.
 * @throws {InputError} When it is not a claims summary of this version.
 */
export function validateClaimsSummary(value: unknown, where: string): ClaimsSummary {
  const parsed = claimsSummarySchema.safeParse(value)
  if (parsed.success) return parsed.data
  const format = (value as { format?: unknown; version?: unknown } | null)?.format
  if (format !== summaryFormat) throw new InputError(`Invalid claims summary ${where}: expected a file written by check --summary-out`)
  const version = (value as { version?: unknown }).version
  if (version !== summaryVersion) throw new InputError(`Invalid claims summary ${where}: layout version ${JSON.stringify(version)}, expected ${summaryVersion}`)
  const issue = parsed.error.issues[0]
  const path = issue === undefined || issue.path.length === 0 ? '(root)' : issue.path.map(String).join('.')
  throw new InputError(`Invalid claims summary ${where}: ${path}: ${issue?.message ?? 'invalid'}`)
}

/**
 * A claims summary as file content: JSON, gzipped when the file name ends with `.gz` (about
 * a tenth of the size; `--merge` reads either).
 *
 * @param summary The summary.
 * @param file Target file name.
 * @returns The bytes to write.
 */
export function encodeClaimsSummary(summary: ClaimsSummary, file: string): Buffer {
  const json = Buffer.from(`${JSON.stringify(summary)}\n`)
  return file.endsWith('.gz') ? gzipSync(json) : json
}

/**
 * Largest claims summary read (as JSON): a JavaScript string holds at most about 512 MiB. A
 * shard of about 30,000 overview-sized pages (32 claims, about 17 KB of summary each) reaches
 * it: use more shards.
 */
export const maxSummaryBytes = 500 * 1024 * 1024

/**
 * Read and validate a claims summary file (JSON, or gzipped JSON).
 *
 * @param path Absolute path.
 * @param shown The path as written.
 * @returns The summary.
 * @throws {InputError} When it cannot be read or does not validate.
 */
export function readClaimsSummary(path: string, shown: string): ClaimsSummary {
  let bytes = readRegularBytesSync(path, shown, { label: 'claims summary', maxBytes: maxSummaryBytes }) as Buffer
  let value: unknown
  try {
    if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipSync(bytes, { maxOutputLength: maxSummaryBytes })
    value = JSON.parse(bytes.toString('utf8'))
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
      throw new InputError(`Cannot read claims summary ${shown}: over ${maxSummaryBytes} bytes of JSON, expected a smaller shard (use more shards)`)
    }
    throw new InputError(`Invalid JSON in claims summary ${shown}: ${errorMessage(error)}`)
  }
  return validateClaimsSummary(value, shown)
}
