import { statSync } from 'node:fs'
import { dirname, resolve, sep } from 'node:path'
import { isDynamicPattern } from 'tinyglobby'
import { CheckCache } from '../node/check/cache.js'
import { defaultWorkerCount, poolServes, runCheck, startParserPool, type ParserPool, type RunResult } from '../node/check/run.js'
import { findConfigFile, loadConfig, type LoadedConfig } from '../node/config.js'
import { errorMessage, InputError } from '../node/errors.js'
import { displayPath, expandPaths } from '../node/files.js'
import { builtinContentPath, packageVersion } from '../node/package-root.js'
import { cacheFileOf, exitCode, filterQuiet, formatReport, type CheckFlags } from './commands/check.js'
import { painterFor, type CliIo } from './io.js'

/** Milliseconds of quiet after a save before checking again (editors write in steps). */
const debounceMs = 120

const clearScreen = '\u001b[2J\u001b[3J\u001b[H'

/**
 * The files and folders to watch for the patterns: each file, each folder, and the fixed
 * part of each glob (`content/**\/*.md` watches `content`).
 *
 * @param patterns Patterns as given.
 * @param cwd Working directory.
 * @returns Absolute paths.
 */
export function watchRoots(patterns: readonly string[], cwd: string): string[] {
  return patterns.map((pattern) => {
    const absolute = resolve(cwd, pattern)
    if (!isDynamicPattern(pattern)) return absolute
    const fixed: string[] = []
    for (const part of pattern.split(/[\\/]/)) {
      if (isDynamicPattern(part)) break
      fixed.push(part)
    }
    return resolve(cwd, fixed.join('/') || '.')
  })
}

/** Claim ids of a run's documents by file. */
function claimIds(run: RunResult): Map<string, Set<string>> {
  return new Map(run.files.map((file) => [file.file, new Set((file.summary?.claims ?? []).map((claim) => claim.id))]))
}

/**
 * Files that share a claim id with one of the changed files (their `claim-id-stable`
 * result may change with it).
 *
 * @param changed Display paths of changed files.
 * @param ids Claim ids by file.
 * @returns Display paths of the other files concerned.
 */
export function sharingClaims(changed: ReadonlySet<string>, ids: ReadonlyMap<string, ReadonlySet<string>>): string[] {
  const wanted = new Set<string>()
  for (const file of changed) for (const id of ids.get(file) ?? []) wanted.add(id)
  return [...ids].filter(([file, set]) => !changed.has(file) && [...set].some((id) => wanted.has(id))).map(([file]) => file)
}

/**
 * `check --watch`: check, then check again after every save (changed files are parsed again,
 * the others come from the cache, and the cross-document rules run over every file, so the
 * documents sharing claim ids with a changed file are re-checked with it). Each run clears a
 * terminal screen and prints the report and one status line. Ctrl-C (SIGINT), SIGTERM or
 * `io.signal` stop it with exit code 0.
 *
 * @param flags Parsed `check` flags.
 * @param io CLI I/O.
 * @returns 0 once stopped.
 */
export async function watchCheck(flags: CheckFlags, io: CliIo): Promise<number> {
  const { watch } = await import('chokidar')
  const patterns = flags.patterns.length === 0 ? [builtinContentPath()] : flags.patterns
  const cacheFile = cacheFileOf(io.cwd, flags.cache)
  const cache = cacheFile === undefined ? CheckCache.memory() : CheckCache.load(cacheFile)
  const version = packageVersion()
  let config: LoadedConfig = await loadConfig(io.cwd, flags.config)
  const configPath = flags.config === undefined ? findConfigFile(io.cwd) : resolve(io.cwd, flags.config)
  let pool: ParserPool | undefined
  let previous: Map<string, Set<string>> | undefined
  let changed = new Set<string>()
  let running: Promise<void> | undefined
  let again = false
  const paint = painterFor(io.stdout, io.env)

  const checkOnce = async (): Promise<void> => {
    const started = new Date()
    // Saves from now on belong to the next run.
    const shown = changed
    changed = new Set()
    let text: string
    try {
      const files = await expandPaths(patterns, io.cwd)
      // The workers hold the config's frontmatter extensions: a changed config file needs new ones.
      if (pool !== undefined && !poolServes(pool, config)) {
        await pool.close()
        pool = undefined
      }
      pool ??= startParserPool(flags.workers ?? defaultWorkerCount(files.length), flags.timeoutMs, undefined, config)
      const run = await runCheck(files, { cwd: io.cwd, config, version, now: flags.now, timeoutMs: flags.timeoutMs, cache, pool, crossDocument: true })
      cache.save()
      const ids = claimIds(run)
      // A changed file's claim ids before and after the change both concern other files.
      const union = new Map([...ids].map(([file, set]) => [file, new Set([...set, ...(shown.has(file) ? (previous?.get(file) ?? []) : [])])]))
      const sharing = sharingClaims(shown, union)
      previous = ids
      const results = filterQuiet(run.results, flags.quiet)
      const code = exitCode(results, flags.maxWarnings, { ...io, stderr: { write: () => true } })
      const what = shown.size === 0 ? '' : ` after a change to ${[...shown].join(', ')}${sharing.length === 0 ? '' : ` (also re-checked for shared claim ids: ${sharing.join(', ')})`}`
      text =
        formatReport(flags.format, results, paint) +
        `\n[watch] ${run.results.length} files checked${what}: ${run.parsed} parsed, ${run.cached} from cache, ${code === 0 ? 'passing' : 'failing'} (${started.toTimeString().slice(0, 8)}). Waiting for changes; Ctrl-C stops.\n`
    } catch (error) {
      if (!(error instanceof InputError)) throw error
      text = `exosome-content: ${errorMessage(error)}\n[watch] Waiting for changes; Ctrl-C stops.\n`
    }
    io.stdout.write(io.stdout.isTTY === true ? clearScreen + text : text)
  }

  // One run at a time; saves during a run trigger one more run after it.
  const schedule = (): void => {
    if (running !== undefined) {
      again = true
      return
    }
    running = checkOnce().finally(() => {
      running = undefined
      if (again) {
        again = false
        schedule()
      }
    })
  }

  const roots = watchRoots(patterns, io.cwd)
  // Folders are watched, never single files: an editor that saves by renaming a new file over
  // the old one ends a watch on the file itself.
  const isFolder = (path: string): boolean => statSync(path, { throwIfNoEntry: false })?.isDirectory() === true
  const folders = roots.filter(isFolder)
  const files = new Set(roots.filter((root) => !isFolder(root)))
  if (configPath !== undefined) files.add(configPath)
  const relevant = (path: string): boolean =>
    files.has(path) || (path.endsWith('.md') && folders.some((folder) => path === folder || path.startsWith(`${folder}${sep}`)))
  // awaitWriteFinish: one event per save, once the file has stopped changing (an editor's
  // truncate-then-write is not two saves, and a half-written file is not checked).
  const options = {
    ignoreInitial: true,
    followSymlinks: false,
    awaitWriteFinish: { stabilityThreshold: 60, pollInterval: 20 },
    ignored: (path: string) => /[\\/](node_modules|\.git)([\\/]|$)/.test(path),
  }
  // The folders of single files are watched one level deep only.
  const watchers = [
    ...(folders.length === 0 ? [] : [watch(folders, options)]),
    ...(files.size === 0 ? [] : [watch([...new Set([...files].map((file) => dirname(file)))], { ...options, depth: 0 })]),
  ]
  let timer: NodeJS.Timeout | undefined
  const onEvent = (_event: string, path: string): void => {
    const absolute = resolve(path)
    if (configPath !== undefined && absolute === configPath) {
      void loadConfig(io.cwd, flags.config).then(
        (loaded) => {
          config = loaded
          changed.add('the config file')
          clearTimeout(timer)
          timer = setTimeout(schedule, debounceMs)
        },
        (error: unknown) => io.stdout.write(`exosome-content: ${errorMessage(error)}\n[watch] The config file has an error; the last good config stays in use. Waiting for changes; Ctrl-C stops.\n`),
      )
      return
    }
    if (!relevant(absolute)) return
    changed.add(displayPath(absolute, io.cwd))
    clearTimeout(timer)
    timer = setTimeout(schedule, debounceMs)
  }
  for (const watcher of watchers) {
    watcher.on('all', onEvent)
    watcher.on('error', (error: unknown) => io.stderr.write(`exosome-content: cannot watch for changes: ${errorMessage(error)}\n`))
  }
  // Watch first, then check: a save during the first run is not missed.
  await Promise.all(watchers.map((watcher) => new Promise<void>((resolveReady) => watcher.once('ready', () => resolveReady()))))
  schedule()

  let onSignal = (): void => undefined
  await new Promise<void>((stop) => {
    onSignal = () => stop()
    process.once('SIGINT', onSignal)
    process.once('SIGTERM', onSignal)
    io.signal?.addEventListener('abort', onSignal, { once: true })
    if (io.signal?.aborted === true) stop()
  })
  process.removeListener('SIGINT', onSignal)
  process.removeListener('SIGTERM', onSignal)
  clearTimeout(timer)
  await Promise.all(watchers.map((watcher) => watcher.close()))
  await running
  await pool?.close()
  io.stdout.write('[watch] Stopped.\n')
  return 0
}
