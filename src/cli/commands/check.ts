import { resolve } from 'node:path'
import { checkFilesWith, mergeSummariesWith, type CheckFilesResult } from '../../node/check-files.js'
import { resolveCacheFile } from '../../node/check/cache.js'
import { parseShard, type Shard } from '../../node/check/shard.js'
import { encodeClaimsSummary, readClaimsSummary } from '../../node/check/summary-file.js'
import { loadConfig } from '../../node/config.js'
import { formatGithub } from '../../node/format/github.js'
import { formatJson } from '../../node/format/json.js'
import type { Paint } from '../../node/format/paint.js'
import { countSeverities, type FileResult } from '../../node/format/result.js'
import { formatSarif } from '../../node/format/sarif.js'
import { stylish } from '../../node/format/stylish.js'
import { builtinContentPath } from '../../node/package-root.js'
import { integerFlag, parseCommandArgs } from '../args.js'
import { UsageError } from '../errors.js'
import { painterFor, type CliIo } from '../io.js'
import { cliNow } from '../now.js'
import { writeResult } from '../output.js'
import { timeoutFlag } from './render.js'

/** Usage text of `exosome-content check`. */
export const checkUsage = `Usage: exosome-content check [options] [paths or globs...]
       exosome-content check --merge [options] <summaries...>

Check content files: parse them, run the consistency rules under the config's policy, and
run the cross-document checks. Directories expand to their **/*.md (symbolic links met on
the way are not followed). With no path, checks the built-in overview.

Options:
  -f, --format <name>        stylish (default), json, github or sarif
  -c, --config <file>        config file (default: exosome-content.config.json, .js or
                             .mjs found from the working directory upward)
  -o, --output <file>        write the report to a file instead of stdout
      --max-warnings <n>     exit 1 when there are more than n warnings
      --quiet                report errors only
      --cache                reuse results of unchanged files from the cache file
      --cache-location <p>   cache file or directory (default: .exosome-content-cache)
      --timeout <ms>         stop a file's parse after this long, report parse-timeout
                             (default: 10000)
      --workers <n>          parser worker threads (default: one per 40 files to parse,
                             at most the number of cores)
      --now <date>           the day review-stale measures from (default: today, or
                             EXOSOME_CONTENT_NOW)
      --watch                check again on every save; Ctrl-C stops
      --shard <i/n>          check only part i of n of the files (by path hash); the
                             cross-document checks are left to --merge
      --summary-out <file>   write the claims summary that --merge reads (gzipped
                             when the name ends with .gz)
      --merge                run the cross-document checks over the given summaries
      --debug                print how many files were parsed and read from the cache
  -h, --help                 show this help

Exit codes: 0 no errors, 1 errors (or more warnings than --max-warnings),
2 usage error, unreadable file or invalid config.
`

const formats = ['stylish', 'json', 'github', 'sarif'] as const
/** A report format of `check`. */
export type Format = (typeof formats)[number]

/** Files above which a progress line is shown on a terminal. */
const progressThreshold = 20

const options = {
  format: { type: 'string', short: 'f' },
  config: { type: 'string', short: 'c' },
  output: { type: 'string', short: 'o' },
  'max-warnings': { type: 'string' },
  quiet: { type: 'boolean' },
  cache: { type: 'boolean' },
  'cache-location': { type: 'string' },
  timeout: { type: 'string' },
  workers: { type: 'string' },
  now: { type: 'string' },
  watch: { type: 'boolean' },
  shard: { type: 'string' },
  'summary-out': { type: 'string' },
  merge: { type: 'boolean' },
  debug: { type: 'boolean' },
} as const

/** `check`'s settings after reading the flags. */
export interface CheckFlags {
  format: Format
  maxWarnings: number | undefined
  quiet: boolean
  output: string | undefined
  config: string | undefined
  cache: string | true | undefined
  timeoutMs: number
  workers: number | undefined
  now: Date
  shard: Shard | undefined
  summaryOut: string | undefined
  debug: boolean
  patterns: string[]
}

/**
 * Run `exosome-content check`.
 *
 * @param argv Arguments after `check`.
 * @param io CLI I/O.
 * @returns The exit code.
 */
export async function runCheck(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, options, checkUsage)
  if (values.help === true) {
    io.stdout.write(checkUsage)
    return 0
  }
  const format = (values.format ?? 'stylish') as Format
  if (!formats.includes(format)) {
    throw new UsageError(`Unexpected format \`${format}\`, expected one of ${formats.join(', ')}`, checkUsage)
  }
  const workers = integerFlag(values.workers, 'workers', checkUsage)
  if (workers === 0) throw new UsageError('Unexpected --workers 0, expected at least 1', checkUsage)
  const shard = values.shard === undefined ? undefined : parseShard(values.shard)
  if (values.shard !== undefined && shard === undefined) throw new UsageError(`Unexpected --shard \`${values.shard}\`, expected i/n with 1 <= i <= n, such as 2/4`, checkUsage)
  const exclusive = (['watch', 'merge', 'shard'] as const).filter((flag) => values[flag] !== undefined && values[flag] !== false)
  if (exclusive.length > 1) throw new UsageError(`Unexpected --${exclusive[0] ?? ''} with --${exclusive[1] ?? ''}, expected one of them`, checkUsage)
  const flags: CheckFlags = {
    format,
    maxWarnings: integerFlag(values['max-warnings'], 'max-warnings', checkUsage),
    quiet: values.quiet === true,
    output: values.output,
    config: values.config,
    cache: values['cache-location'] ?? (values.cache === true ? true : undefined),
    timeoutMs: timeoutFlag(values.timeout, checkUsage),
    workers,
    now: cliNow(values.now, io.env, checkUsage),
    shard,
    summaryOut: values['summary-out'],
    debug: values.debug === true,
    patterns: positionals,
  }
  if (values.merge === true) return runMerge(flags, io)
  if (values.watch === true) {
    if (flags.output !== undefined || flags.summaryOut !== undefined) throw new UsageError('Unexpected --output or --summary-out with --watch, expected the report on the terminal', checkUsage)
    const { watchCheck } = await import('../watch.js')
    return watchCheck(flags, io)
  }

  const config = await loadConfig(io.cwd, flags.config)
  const showProgress = io.stderr.isTTY === true
  const run = await checkFilesWith(flags.patterns.length === 0 ? [builtinContentPath()] : flags.patterns, {
    cwd: io.cwd,
    loadedConfig: config,
    cache: flags.cache,
    timeoutMs: flags.timeoutMs,
    workers: flags.workers,
    now: flags.now,
    shard: flags.shard,
    onProgress: showProgress ? (done, total) => total > progressThreshold && io.stderr.write(`\rChecking ${done}/${total} files`) : undefined,
  })
  if (showProgress && run.summary.files > progressThreshold) io.stderr.write('\r\u001b[K')
  if (flags.debug) {
    io.stderr.write(`exosome-content: ${run.summary.files} files, ${run.summary.parsed} parsed, ${run.summary.cached} from cache\n`)
  }
  if (flags.shard !== undefined && flags.summaryOut === undefined) {
    io.stderr.write(`exosome-content: shard ${flags.shard.index}/${flags.shard.count}: the cross-document checks (claim-id-stable, locale-parity) need every shard: write --summary-out and run check --merge\n`)
  }
  if (flags.summaryOut !== undefined) writeResult(io, encodeClaimsSummary(run.claims, flags.summaryOut), flags.summaryOut)
  return report(run, flags, io)
}

async function runMerge(flags: CheckFlags, io: CliIo): Promise<number> {
  if (flags.patterns.length === 0) throw new UsageError('Unexpected --merge without summaries, expected the files written by check --summary-out', checkUsage)
  if (flags.cache !== undefined || flags.summaryOut !== undefined) throw new UsageError('Unexpected --cache or --summary-out with --merge, expected summaries only', checkUsage)
  const config = await loadConfig(io.cwd, flags.config)
  const summaries = flags.patterns.map((path) => readClaimsSummary(resolve(io.cwd, path), path))
  const run = await mergeSummariesWith(summaries, { cwd: io.cwd, loadedConfig: config })
  if (flags.debug) io.stderr.write(`exosome-content: ${summaries.length} summaries, ${run.summary.files} files\n`)
  return report(run, flags, io)
}

/**
 * Print a run's report and work out the exit code.
 *
 * @param run What the check found.
 * @param flags Format, output, quiet, max warnings.
 * @param io CLI I/O.
 * @returns The exit code.
 */
export function report(run: Pick<CheckFilesResult, 'files'>, flags: Pick<CheckFlags, 'format' | 'output' | 'quiet' | 'maxWarnings'>, io: CliIo): number {
  const results = filterQuiet(run.files, flags.quiet)
  writeResult(io, formatReport(flags.format, results, flags.output === undefined ? painterFor(io.stdout, io.env) : (_s, text) => text), flags.output)
  return exitCode(results, flags.maxWarnings, io)
}

/**
 * Keep only errors when `--quiet`.
 *
 * @param results Checked files.
 * @param quiet The flag.
 * @returns The results to report.
 */
export function filterQuiet(results: FileResult[], quiet: boolean): FileResult[] {
  return quiet ? results.map((result) => ({ ...result, diagnostics: result.diagnostics.filter((d) => d.severity === 'error') })) : results
}

/**
 * The exit code of a report: 1 with errors or too many warnings.
 *
 * @param results Reported files.
 * @param maxWarnings `--max-warnings`.
 * @param io For the too-many-warnings message.
 * @returns 0 or 1.
 */
export function exitCode(results: readonly FileResult[], maxWarnings: number | undefined, io: CliIo): number {
  const { errors, warnings } = countSeverities(results)
  if (errors > 0) return 1
  if (maxWarnings !== undefined && warnings > maxWarnings) {
    io.stderr.write(`exosome-content found too many warnings (maximum: ${maxWarnings}).\n`)
    return 1
  }
  return 0
}

/**
 * Format a report.
 *
 * @param format Format name.
 * @param results Checked files.
 * @param paint Colour function (stylish only).
 * @returns The report text.
 */
export function formatReport(format: Format, results: readonly FileResult[], paint: Paint): string {
  switch (format) {
    case 'json':
      return formatJson(results)
    case 'github':
      return formatGithub(results)
    case 'sarif':
      return formatSarif(results)
    default:
      return stylish(results, paint)
  }
}

/**
 * The cache location of the flags, as `checkFiles` takes it.
 *
 * @param cwd Working directory.
 * @param cache `--cache` / `--cache-location`.
 * @returns The absolute cache file, or undefined.
 */
export function cacheFileOf(cwd: string, cache: string | true | undefined): string | undefined {
  return cache === undefined ? undefined : resolveCacheFile(cwd, cache === true ? undefined : cache)
}
