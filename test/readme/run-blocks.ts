/**
 * Run the marked code blocks of a markdown file, in order, inside a temp project where the
 * packed package is installed: what a reader gets by following the page verbatim.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { transformSync } from 'esbuild'
import { expect, it } from 'vitest'
import { repoRoot, type ConsumerProject } from '../helpers/pack.js'
import type { MarkedBlock } from './blocks.js'

/** Outcome of one runnable block. */
export interface BlockResult {
  status: number | null
  output: string
}

const tsx = path.join(repoRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs')
const tsc = path.join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc')
/** How a reader's TypeScript project would check the block (strict, Node ESM resolution). */
const tscFlags = ['--noEmit', '--strict', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', '--lib', 'es2023,dom', '--skipLibCheck']

function command(block: MarkedBlock, file: string): [string, string[]] {
  switch (block.lang) {
    case 'sh':
    case 'bash':
      return ['bash', ['-e', file]]
    case 'ts':
    case 'tsx':
      return [process.execPath, [tsx, file]]
    default:
      return [process.execPath, [file]]
  }
}

function extension(block: MarkedBlock): string {
  switch (block.lang) {
    case 'cjs':
      return 'cjs'
    case 'sh':
    case 'bash':
      return 'sh'
    case 'ts':
      return 'ts'
    case 'tsx':
      return 'tsx'
    default:
      return 'mjs'
  }
}

/**
 * Write a `file=` block, or run a `runnable` one, in the project directory. JSX blocks are
 * compiled with esbuild's automatic runtime first, as a bundler would.
 *
 * @param block The block.
 * @param dir Project directory.
 * @returns Exit status and combined output (undefined for file blocks).
 */
export function runBlock(block: MarkedBlock, dir: string): BlockResult | undefined {
  if (block.action === 'file') {
    const target = path.join(dir, block.file ?? 'unnamed')
    mkdirSync(path.dirname(target), { recursive: true })
    writeFileSync(target, block.code)
    return undefined
  }
  const name = `block-${block.line}.${extension(block)}`
  const code =
    block.lang === 'jsx'
      ? transformSync(block.code, { loader: 'jsx', jsx: 'automatic', format: 'esm' }).code
      : block.code
  writeFileSync(path.join(dir, name), code)
  if (block.lang === 'ts') {
    // TypeScript blocks must type-check before they run.
    const checked = spawnSync(process.execPath, [tsc, ...tscFlags, name], { cwd: dir, encoding: 'utf8', timeout: 120_000 })
    if (checked.status !== 0) return { status: checked.status, output: `tsc: ${checked.stdout}${checked.stderr}` }
  }
  const [executable, args] = command(block, name)
  const result = spawnSync(executable, args, {
    cwd: dir,
    encoding: 'utf8',
    env: {
      ...process.env,
      NO_COLOR: '1',
      FORCE_COLOR: '0',
      // The CLI's day for review-stale: a block's output does not change with the calendar.
      EXOSOME_CONTENT_NOW: '2026-11-29',
      PATH: `${path.join(dir, 'node_modules', '.bin')}${path.delimiter}${process.env['PATH'] ?? ''}`,
    },
    timeout: 60_000,
    maxBuffer: 64 * 1024 * 1024,
  })
  return { status: result.status, output: `${result.stdout ?? ''}${result.stderr ?? ''}` }
}

/**
 * One test per block, in order: file blocks are written, runnable blocks run and must end with
 * their expected exit status and print each expected text.
 *
 * @param blocks The marked blocks of one page.
 * @param page Page name for the test labels, e.g. `README.md`.
 * @param project The consumer project, created in the caller's `beforeAll`.
 */
export function testBlocks(blocks: MarkedBlock[], page: string, project: () => ConsumerProject | undefined): void {
  for (const block of blocks) {
    const label = block.action === 'file' ? `writes ${block.file} (${page}:${block.line})` : `runs the ${block.lang} block at ${page}:${block.line}`
    it(label, () => {
      const dir = project()?.dir
      if (dir === undefined) throw new Error('the consumer project was not created')
      const result = runBlock(block, dir)
      if (result === undefined) {
        expect(existsSync(path.join(dir, block.file ?? ''))).toBe(true)
        return
      }
      expect({ status: result.status, output: result.output }).toMatchObject({ status: block.exit })
      for (const text of block.expect) expect(result.output).toContain(text)
    }, 120_000)
  }
}
