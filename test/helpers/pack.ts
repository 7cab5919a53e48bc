/**
 * The package as a user gets it: packed with `npm pack` and installed into a fresh temp
 * project. Under `npm test` the freshly built `dist/` is packed; run alone (`npx vitest run
 * test/readme`), the package is built from a copy of the working tree, so the shared `dist/`
 * is never rebuilt under another test's feet. The tarball is cached by a hash of its inputs,
 * so test files that run together pack it once.
 */
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import {
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
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

/** Repository root. */
export const repoRoot = path.resolve(import.meta.dirname, '../..')

/** What the build and `npm pack` read; nothing else changes the tarball. */
const packInputs = ['bin', 'content', 'docs', 'scripts', 'src', 'package.json', 'tsconfig.json', 'tsup.config.ts', 'README.md', 'CHANGELOG.md', 'SECURITY.md', 'LICENSE']
/** Prose that ships in the tarball but changes no behaviour: editing it reuses a cached build. */
const proseOnly = (file: string): boolean => /\.md$/.test(file) && !file.startsWith(`content${path.sep}`)

const cacheDir = path.join(tmpdir(), 'exosome-content-packs')
const staleLockMs = 10 * 60_000

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
  for (const file of packInputs.flatMap(listFiles).filter((file) => !proseOnly(file))) {
    hash.update(file).update('\0').update(readFileSync(path.join(repoRoot, file))).update('\0')
  }
  return hash.digest('hex').slice(0, 16)
}

/**
 * A lock left by a process that is gone (interrupted run) or that is far too old.
 *
 * @param lock Lock directory.
 * @returns Whether to break the lock.
 */
function lockIsStale(lock: string): boolean {
  try {
    if (Date.now() - statSync(lock).mtimeMs > staleLockMs) return true
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
 * Build the package from the working tree and pack it, once per distinct source state
 * (under `npm test`, which has just built `dist/`, only pack).
 *
 * @returns Absolute path of the `.tgz`.
 */
export function packedTarball(): string {
  const key = inputHash()
  const target = path.join(cacheDir, `${key}.tgz`)
  const lock = path.join(cacheDir, `${key}.lock`)
  mkdirSync(cacheDir, { recursive: true })
  for (;;) {
    if (existsSync(target)) return target
    try {
      mkdirSync(lock)
      writeFileSync(path.join(lock, 'pid'), String(process.pid))
    } catch {
      // Another test process is building the same state: wait for it, unless it died.
      if (lockIsStale(lock)) rmSync(lock, { recursive: true, force: true })
      sleep(500)
      continue
    }
    const destination = mkdtempSync(path.join(cacheDir, `${key}-`))
    try {
      buildAndPack(destination)
      const tarball = readdirSync(destination).find((name) => name.endsWith('.tgz'))
      if (tarball === undefined) throw new Error('npm pack produced no tarball')
      renameSync(path.join(destination, tarball), target)
      return target
    } finally {
      rmSync(destination, { recursive: true, force: true })
      rmSync(lock, { recursive: true, force: true })
    }
  }
}

/** A temp project with the packed package installed. */
export interface ConsumerProject {
  /** Absolute path of the project directory. */
  dir: string
  /** Remove the project. */
  remove: () => void
}

/**
 * Create a temp project and install the packed tarball, zod and any extra packages into it,
 * as a user would with `npm install exosome-content zod`.
 *
 * @param tarball Path from {@link packedTarball}.
 * @param extra Further packages to install, e.g. `['remark-cli@^12']`.
 * @returns The project.
 */
export function createConsumerProject(tarball: string, extra: string[] = []): ConsumerProject {
  const dir = mkdtempSync(path.join(tmpdir(), 'exosome-content-consumer-'))
  writeFileSync(path.join(dir, 'package.json'), `${JSON.stringify({ name: 'consumer', private: true, version: '0.0.0', type: 'module' }, null, 2)}\n`)
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', tarball, 'zod@^4.1.0', ...extra], dir)
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) }
}
