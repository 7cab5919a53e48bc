import { integerFlag, parseCommandArgs } from '../args.js'
import { resolveCacheFile } from '../cache.js'
import { checkFiles } from '../checker.js'
import { loadConfig } from '../config.js'
import { UsageError } from '../errors.js'
import { expandPaths } from '../files.js'
import { formatGithub } from '../formatters/github.js'
import { formatJson } from '../formatters/json.js'
import { formatSarif } from '../formatters/sarif.js'
import { formatStylish } from '../formatters/stylish.js'
import { painterFor, type CliIo } from '../io.js'
import { writeResult } from '../output.js'
import { builtinContentPath, packageVersion } from '../package-root.js'
import { countSeverities, type FileResult } from '../result.js'
import { describeRule } from '../rule-info.js'

/** Usage text of `exosome-content check`. */
export const checkUsage = `Usage: exosome-content check [options] [paths or globs...]

Check content files: parse them, run the consistency rules under the config's policy, and
run the cross-document checks. Directories expand to their **/*.md. With no path, checks
the built-in overview.

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
      --workers <n>          parser worker threads (default: 1, or 2 when more than
                             8 files need parsing and there are 2 cores or more)
      --debug                print how many files were parsed and read from the cache
  -h, --help                 show this help

Exit codes: 0 no errors, 1 errors (or more warnings than --max-warnings),
2 usage error, unreadable file or invalid config.
`

const formats = ['stylish', 'json', 'github', 'sarif'] as const
type Format = (typeof formats)[number]

/** Files above which a progress line is shown on a terminal. */
const progressThreshold = 20

/**
 * Run `exosome-content check`.
 *
 * @param argv Arguments after `check`.
 * @param io CLI I/O.
 * @returns The exit code.
 */
export async function runCheck(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    argv,
    {
      format: { type: 'string', short: 'f' },
      config: { type: 'string', short: 'c' },
      output: { type: 'string', short: 'o' },
      'max-warnings': { type: 'string' },
      quiet: { type: 'boolean' },
      cache: { type: 'boolean' },
      'cache-location': { type: 'string' },
      timeout: { type: 'string' },
      workers: { type: 'string' },
      debug: { type: 'boolean' },
    },
    checkUsage,
  )
  if (values.help === true) {
    io.stdout.write(checkUsage)
    return 0
  }
  const format = (values.format ?? 'stylish') as Format
  if (!formats.includes(format)) {
    throw new UsageError(`Unexpected format \`${format}\`, expected one of ${formats.join(', ')}`, checkUsage)
  }
  const maxWarnings = integerFlag(values['max-warnings'], 'max-warnings', checkUsage)
  const timeoutMs = integerFlag(values.timeout, 'timeout', checkUsage) ?? 10_000
  if (timeoutMs < 1) throw new UsageError('Unexpected --timeout 0, expected at least 1 ms', checkUsage)
  const workers = integerFlag(values.workers, 'workers', checkUsage)
  if (workers === 0) throw new UsageError('Unexpected --workers 0, expected at least 1', checkUsage)

  const config = await loadConfig(io.cwd, values.config)
  const files = positionals.length === 0 ? [builtinContentPath()] : await expandPaths(positionals, io.cwd)
  const showProgress = files.length > progressThreshold && io.stderr.isTTY === true
  const run = await checkFiles({
    files,
    cwd: io.cwd,
    policy: config.policy,
    version: packageVersion(),
    timeoutMs,
    workers,
    cacheFile: values.cache === true || values['cache-location'] !== undefined ? resolveCacheFile(io.cwd, values['cache-location']) : undefined,
    onProgress: showProgress ? (done, total) => io.stderr.write(`\rChecking ${done}/${total} files`) : undefined,
  })
  if (showProgress) io.stderr.write('\r\u001b[K')
  if (values.debug === true) {
    io.stderr.write(`exosome-content: ${files.length} files, ${run.parsed} parsed, ${run.cached} from cache\n`)
  }

  const results: FileResult[] =
    values.quiet === true
      ? run.results.map((result) => ({ ...result, diagnostics: result.diagnostics.filter((d) => d.severity === 'error') }))
      : run.results
  const report = formatReport(format, results, values.output === undefined ? painterFor(io.stdout, io.env) : (_s, text) => text)
  writeResult(io, report, values.output)

  const totals = countSeverities(results)
  if (totals.errors > 0) return 1
  if (maxWarnings !== undefined && totals.warnings > maxWarnings) {
    io.stderr.write(`exosome-content found too many warnings (maximum: ${maxWarnings}).\n`)
    return 1
  }
  return 0
}

function formatReport(format: Format, results: FileResult[], paint: Parameters<typeof formatStylish>[1]): string {
  switch (format) {
    case 'json':
      return formatJson(results)
    case 'github':
      return formatGithub(results)
    case 'sarif':
      return formatSarif(results, { version: packageVersion() }, describeRule)
    default:
      return formatStylish(results, paint)
  }
}
