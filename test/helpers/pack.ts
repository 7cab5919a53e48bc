/**
 * The package as a user gets it: packed with `npm pack` and installed into a temp project.
 * Under `npm test` the freshly built `dist/` is packed; run alone (`npx vitest run
 * test/readme`), the package is built from a copy of the working tree, so the shared `dist/`
 * is never rebuilt under another test's feet.
 *
 * Both the tarball and the installed project are cached in the OS temp folder, keyed by
 * everything that can change them (the sources, `package-lock.json`, the tarball's hash, the
 * Node version), so the test files of one run pack and install once, and a later run on a
 * persistent machine can never reuse a stale build. The install is hermetic: every package
 * comes at the version and integrity recorded in `package-lock.json` (`npm ci` from a lock
 * derived from it), never from a registry range at test time.
 */
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { threadId } from 'node:worker_threads'

/** Repository root. */
export const repoRoot = path.resolve(import.meta.dirname, '../..')

/**
 * What the build and `npm pack` read; nothing else changes the tarball. The lock file pins
 * the build tools (tsup, esbuild, TypeScript) as much as the dependencies.
 */
const packInputs = ['bin', 'content', 'docs', 'scripts', 'src', 'vite', 'package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.build.json', 'tsup.config.ts', 'README.md', 'CHANGELOG.md', 'SECURITY.md', 'LICENSE']

/**
 * Packages a consumer test may use next to `exosome-content`: the zod peer and the
 * frameworks and tools that the README and the examples run with. Each must be a
 * devDependency (so `package-lock.json` pins it); all of them are installed, once per run,
 * into the one project every consumer test shares.
 */
export const consumerPackages = ['zod', 'react', 'react-dom', 'vue', 'remark-cli', '@types/node', 'astro', 'vite'] as const

const cacheDir = path.join(tmpdir(), 'exosome-content-packs')
const staleLockMs = 10 * 60_000
/** Cached tarballs and installs unused for this long are removed by the next run that builds one. */
const unusedEntryMs = 2 * 24 * 3600_000

/**
 * Run a command and return its stdout; on failure the error carries stdout and stderr.
 *
 * @param command Executable.
 * @param args Arguments.
 * @param cwd Working directory.
 * @param env Extra environment variables.
 * @returns Standard output.
 */
export function run(command: string, args: string[], cwd: string, env: Record<string, string> = {}): string {
  return execFileSync(command, args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...env },
    maxBuffer: 64 * 1024 * 1024,
  })
}

function listFiles(entry: string): string[] {
  const absolute = path.join(repoRoot, entry)
  if (!existsSync(absolute)) return []
  if (!statSync(absolute).isDirectory()) return [entry]
  return readdirSync(absolute, { recursive: true, withFileTypes: true })
    .filter((dirent) => dirent.isFile())
    .map((dirent) => path.relative(repoRoot, path.join(dirent.parentPath, dirent.name)))
    .filter((file) => !file.startsWith(path.join('src', 'generated')))
    .sort()
}

function inputHash(): string {
  const hash = createHash('sha256')
  for (const file of packInputs.flatMap(listFiles)) {
    hash.update(file).update('\0').update(readFileSync(path.join(repoRoot, file))).update('\0')
  }
  return hash.digest('hex').slice(0, 16)
}

/**
 * The file system's clock: the modification time a file written now gets. Cache ages compare
 * modification times with it, never with `Date.now()`: the kernel stamps what npm, tar and
 * `mkdir` write with its own clock, so a test process whose clock is moved (`faketime`, a
 * skewed CI machine) would otherwise take the entry it has just built for years old (and
 * prune it before using it) or stamp entries with a date years away.
 *
 * @param dir A directory on the file system in question (created if missing).
 * @returns The current time as the file system records it.
 */
function fileSystemNow(dir: string): Date {
  mkdirSync(dir, { recursive: true })
  const stamp = path.join(dir, `.now-${process.pid}-${threadId}`)
  writeFileSync(stamp, '')
  try {
    return statSync(stamp).mtime
  } finally {
    rmSync(stamp, { force: true })
  }
}

/**
 * A lock left by a process that is gone (interrupted run) or that is far too old.
 *
 * @param lock Lock directory.
 * @returns Whether to break the lock.
 */
function lockIsStale(lock: string): boolean {
  try {
    if (fileSystemNow(path.dirname(lock)).getTime() - statSync(lock).mtimeMs > staleLockMs) return true
    const pid = Number(readFileSync(path.join(lock, 'pid'), 'utf8'))
    if (!Number.isInteger(pid) || pid <= 0) return false
    process.kill(pid, 0)
    return false
  } catch (error) {
    // ESRCH: no such process. A missing pid file right after mkdir is not stale yet.
    return (error as NodeJS.ErrnoException).code === 'ESRCH'
  }
}

const sleep = (ms: number): void => {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms)
}

function buildAndPack(destination: string): void {
  // `npm test` builds `dist/` from this very tree before vitest starts: pack that.
  if (process.env['npm_lifecycle_event'] === 'test' && existsSync(path.join(repoRoot, 'dist'))) {
    run('npm', ['pack', '--silent', '--pack-destination', destination], repoRoot)
    return
  }
  const work = mkdtempSync(path.join(tmpdir(), 'exosome-content-build-'))
  try {
    for (const entry of packInputs) {
      const from = path.join(repoRoot, entry)
      if (existsSync(from)) cpSync(from, path.join(work, entry), { recursive: true })
    }
    symlinkSync(path.join(repoRoot, 'node_modules'), path.join(work, 'node_modules'), 'dir')
    run('npm', ['run', 'build', '--silent'], work)
    run('npm', ['pack', '--silent', '--pack-destination', destination], work)
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

/**
 * Build an entry of a cache directory (the target's parent) once across processes: the first
 * caller builds it under a lock directory, the others wait for it. Building an entry prunes
 * the directory's entries that no run has used for two days.
 *
 * @param target Final path of the entry (file or directory).
 * @param build Writes the entry into the given fresh directory and returns the path, inside
 *   it, to move to `target`.
 * @returns `target`.
 */
export function cached(target: string, build: (work: string) => string): string {
  const dir = path.dirname(target)
  const lock = `${target}.lock`
  mkdirSync(dir, { recursive: true })
  for (;;) {
    if (existsSync(target)) {
      // Mark it used, so pruning keeps it.
      const now = fileSystemNow(dir)
      utimesSync(target, now, now)
      return target
    }
    try {
      mkdirSync(lock)
      writeFileSync(path.join(lock, 'pid'), String(process.pid))
    } catch {
      // Another test process is building the same entry: wait for it, unless it died.
      if (lockIsStale(lock)) rmSync(lock, { recursive: true, force: true })
      sleep(500)
      continue
    }
    const work = mkdtempSync(`${target}-`)
    try {
      const built = build(work)
      try {
        renameSync(built, target)
      } catch (error) {
        // A process that broke this lock as stale (see `lockIsStale`) finished first: same inputs, same entry.
        if (!existsSync(target)) throw error
      }
      pruneUnused(target)
      return target
    } finally {
      rmSync(work, { recursive: true, force: true })
      rmSync(lock, { recursive: true, force: true })
    }
  }
}

/**
 * Remove cache entries (of any source state) that no run has used for two days. An entry
 * stamped more than two days ahead of the file system's clock was stamped by a moved clock:
 * its age is unknown, so it goes too.
 *
 * @param keep The entry just built; its siblings are the entries.
 */
function pruneUnused(keep: string): void {
  const dir = path.dirname(keep)
  const now = fileSystemNow(dir).getTime()
  for (const name of readdirSync(dir)) {
    const entry = path.join(dir, name)
    if (entry === keep || name.startsWith('.now-')) continue
    try {
      if (Math.abs(now - statSync(entry).mtimeMs) > unusedEntryMs) rmSync(entry, { recursive: true, force: true })
    } catch {
      // Removed by a concurrent run.
    }
  }
}

/**
 * Build the package from the working tree and pack it, once per distinct source state
 * (under `npm test`, which has just built `dist/`, only pack).
 *
 * @returns Absolute path of the `.tgz`.
 */
export function packedTarball(): string {
  return cached(path.join(cacheDir, `${inputHash()}.tgz`), (destination) => {
    buildAndPack(destination)
    const tarball = readdirSync(destination).find((name) => name.endsWith('.tgz'))
    if (tarball === undefined) throw new Error('npm pack produced no tarball')
    return path.join(destination, tarball)
  })
}

/** An entry of `package-lock.json` `packages`. */
interface LockEntry {
  version?: string
  resolved?: string
  integrity?: string
  link?: boolean
  dev?: boolean
  devOptional?: boolean
  peer?: boolean
  optional?: boolean
  dependencies?: Record<string, string>
  optionalDependencies?: Record<string, string>
  peerDependencies?: Record<string, string>
  peerDependenciesMeta?: Record<string, { optional?: boolean }>
  [key: string]: unknown
}

/**
 * Where Node (and npm) find `name` from the package installed at `from`: the nearest
 * `node_modules/name` up the tree.
 *
 * @param packages The lock's `packages`.
 * @param from Lock path of the dependent package (`''` for the root).
 * @param name Dependency name.
 * @returns Lock path of the dependency, or undefined.
 */
function resolveInLock(packages: Record<string, LockEntry>, from: string, name: string): string | undefined {
  for (let base = from; ; ) {
    const candidate = `${base === '' ? '' : `${base}/`}node_modules/${name}`
    if (packages[candidate] !== undefined) return candidate
    if (base === '') return undefined
    const parent = base.lastIndexOf('/node_modules/')
    base = parent < 0 ? '' : base.slice(0, parent)
  }
}

/**
 * A `package-lock.json` for a project depending on the tarball and `extras`: the same tree
 * as this repository's lock, restricted to what those packages need, with the versions,
 * `resolved` URLs and integrity hashes recorded here.
 *
 * @param tarball The packed package.
 * @param manifest The tarball's `package.json`.
 * @returns The project's `package.json` and `package-lock.json` contents.
 */
function consumerLock(tarball: string, manifest: Record<string, unknown>): { pkg: object; lock: object } {
  const repoLock = JSON.parse(readFileSync(path.join(repoRoot, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> }
  const packages = repoLock.packages
  const root = packages[''] ?? {}
  const direct: Record<string, string> = {}
  for (const name of consumerPackages) {
    const found = packages[`node_modules/${name}`]?.version
    if (found === undefined || root.devDependencies === undefined || !(name in (root.devDependencies as object))) {
      throw new Error(`${name} must be a devDependency recorded in package-lock.json to be installed by a consumer test`)
    }
    direct[name] = found
  }
  const self = {
    version: manifest['version'],
    resolved: 'file:exosome-content.tgz',
    integrity: `sha512-${createHash('sha512').update(readFileSync(tarball)).digest('base64')}`,
    ...Object.fromEntries(['license', 'dependencies', 'peerDependencies', 'bin', 'engines'].filter((key) => manifest[key] !== undefined).map((key) => [key, manifest[key]])),
  } as LockEntry
  const tree: Record<string, LockEntry> = { 'node_modules/exosome-content': self }
  // Breadth first from the root's and the package's dependencies; every path is this repo's.
  const queue: Array<[string, LockEntry]> = [['', { dependencies: direct }], ['node_modules/exosome-content', self]]
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    const [from, entry] = next
    const optionalPeers = new Set(Object.entries(entry.peerDependenciesMeta ?? {}).filter(([, meta]) => meta.optional === true).map(([name]) => name))
    const wanted = [
      ...Object.keys(entry.dependencies ?? {}).map((name) => [name, false] as const),
      ...Object.keys(entry.optionalDependencies ?? {}).map((name) => [name, true] as const),
      ...Object.keys(entry.peerDependencies ?? {}).map((name) => [name, optionalPeers.has(name)] as const),
    ]
    for (const [name, optional] of wanted) {
      const found = from === 'node_modules/exosome-content' && name in direct ? `node_modules/${name}` : resolveInLock(packages, from === 'node_modules/exosome-content' ? '' : from, name)
      if (found === undefined) {
        if (optional) continue
        throw new Error(`package-lock.json has no ${name} for ${from || 'the consumer'}: run npm install`)
      }
      if (tree[found] !== undefined) continue
      const { dev: _dev, devOptional: _devOptional, peer: _peer, ...locked } = packages[found] as LockEntry
      tree[found] = locked
      queue.push([found, locked])
    }
  }
  const pkg = { name: 'consumer', version: '0.0.0', private: true, dependencies: { 'exosome-content': 'file:exosome-content.tgz', ...direct } }
  const sorted = Object.fromEntries(Object.entries(tree).sort(([a], [b]) => a.localeCompare(b)))
  return { pkg, lock: { name: 'consumer', version: '0.0.0', lockfileVersion: 3, requires: true, packages: { '': pkg, ...sorted } } }
}

/**
 * The tarball installed with `consumerPackages`, hermetically, once per tarball and lock.
 *
 * @param tarball Path from {@link packedTarball}.
 * @returns The install's directory (holding `node_modules`).
 */
function installedPackage(tarball: string): string {
  const manifest = JSON.parse(run('tar', ['-xzOf', tarball, 'package/package.json'], repoRoot)) as Record<string, unknown>
  const { pkg, lock } = consumerLock(tarball, manifest)
  const key = createHash('sha256').update(JSON.stringify(lock)).update(process.version).digest('hex').slice(0, 16)
  return cached(path.join(cacheDir, `install-${key}`), (work) => {
    const dir = path.join(work, 'install')
    mkdirSync(dir)
    copyFileSync(tarball, path.join(dir, 'exosome-content.tgz'))
    writeFileSync(path.join(dir, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`)
    writeFileSync(path.join(dir, 'package-lock.json'), `${JSON.stringify(lock, null, 2)}\n`)
    run('npm', ['ci', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], dir)
    return dir
  })
}

/** A temp project with the packed package installed. */
export interface ConsumerProject {
  /** Absolute path of the project directory. */
  dir: string
  /** Remove the project. */
  remove: () => void
}

/**
 * Create a temp project where the packed tarball is installed with zod and every other
 * package of {@link consumerPackages}, as a user would with `npm install exosome-content zod`.
 * The project's `node_modules` is the shared, cached install (read-only by convention: tests
 * write their files into `dir`, never into `node_modules`).
 *
 * @param tarball Path from {@link packedTarball}.
 * @param extra Packages the caller needs beyond the package and zod, by name (e.g.
 *   `['remark-cli']`); each must be listed in {@link consumerPackages}.
 * @returns The project.
 */
export function createConsumerProject(tarball: string, extra: string[] = []): ConsumerProject {
  const unknown = extra.filter((name) => !(consumerPackages as readonly string[]).includes(name))
  if (unknown.length > 0) {
    throw new Error(`Unknown consumer package(s) ${unknown.join(', ')}: add them to devDependencies and to consumerPackages in test/helpers/pack.ts (bare names; versions come from package-lock.json)`)
  }
  const install = installedPackage(tarball)
  const dir = mkdtempSync(path.join(tmpdir(), 'exosome-content-consumer-'))
  writeFileSync(path.join(dir, 'package.json'), `${JSON.stringify({ name: 'consumer', private: true, version: '0.0.0', type: 'module' }, null, 2)}\n`)
  symlinkSync(path.join(install, 'node_modules'), path.join(dir, 'node_modules'), 'dir')
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) }
}
