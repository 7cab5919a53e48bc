/**
 * Size budgets: size-limit bundles each entry of the built package with its dependencies
 * (esbuild, minified, gzip) and compares it with the limit in .size-limit.json. Run after
 * the build (`npm test` builds first).
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { beforeAll, describe, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '../..')

interface Budget {
  name: string
  path: string | string[]
  import?: string | Record<string, string>
  limit: string
  gzip?: boolean
}

interface Measured {
  name: string
  passed: boolean
  size: number
}

const budgets = JSON.parse(readFileSync(path.join(root, '.size-limit.json'), 'utf8')) as Budget[]
let measured: Measured[] = []

beforeAll(() => {
  const missing = budgets.flatMap((budget) => budget.path).filter((file) => !existsSync(path.join(root, file)))
  if (missing.length > 0) throw new Error(`Build first (npm run build): missing ${missing.join(', ')}`)
  let output: string
  try {
    output = execFileSync(process.execPath, [path.join(root, 'node_modules', 'size-limit', 'bin.js'), '--json'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    })
  } catch (error) {
    // size-limit exits 1 when a budget is exceeded; its JSON report is still on stdout.
    output = (error as { stdout?: string }).stdout ?? ''
    if (!output.trim().startsWith('[')) throw error
  }
  measured = JSON.parse(output) as Measured[]
}, 120_000)

describe('size budgets (.size-limit.json)', () => {
  it('covers the root, parser and render entries and the browser HTML bundle, gzip-compressed', () => {
    expect(budgets.map((budget) => [budget.path].flat().join(' + ')).sort()).toEqual(['dist/index.js', 'dist/index.js', 'dist/index.js + dist/render.js', 'dist/parser.js', 'dist/render.js'])
    for (const budget of budgets) expect(budget.gzip, budget.name).toBe(true)
    const browser = budgets.find((budget) => Array.isArray(budget.path))
    expect(browser?.import).toEqual({ 'dist/index.js': '{ exosomeOverview }', 'dist/render.js': '{ renderSection }' })
    expect(browser?.limit).toBe('45 kB')
  })

  it.each(budgets.map((budget) => [budget.name, budget] as const))('%s stays within its budget', (name, budget) => {
    const result = measured.find((entry) => entry.name === name)
    expect(result, `size-limit reported nothing for ${name}`).toBeDefined()
    // A bundle of a real entry is never empty; zero would mean size-limit measured nothing.
    expect(result?.size).toBeGreaterThan(1000)
    expect(result?.passed, `${name}: ${result?.size} B gzip, limit ${budget.limit}`).toBe(true)
  })

  it('keeps the root entry within 15% more than the gzip size of the source markdown it embeds', () => {
    const rootEntry = measured.find((entry) => entry.name === budgets.find((budget) => budget.path === 'dist/index.js')?.name)
    const source = gzipSync(readFileSync(path.join(root, 'content', 'exosome-therapy.md')), { level: 9 }).byteLength
    // Data about the size of the source (no positions, nothing derivable stored twice, cited
    // ids as indexes), plus the loader and the lookups: 1.13x; BENCHMARKS.md has the figures.
    expect((rootEntry?.size ?? Infinity) / source).toBeLessThan(1.15)
  })

  it('bundles HTML rendering of the built-in overview without a YAML library, markdown parser or serializer, or a slug table', async () => {
    const { build } = await import('esbuild')
    const result = await build({
      stdin: { contents: "import { exosomeOverview } from './dist/index.js'\nimport { renderSection } from './dist/render.js'\nconsole.log(renderSection(exosomeOverview, 'what-exosomes-are', { format: 'html' }))", resolveDir: root },
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      metafile: true,
      logLevel: 'silent',
    })
    const inputs = Object.keys(result.metafile.inputs)
    expect(inputs.some((input) => input.includes('hast-util-sanitize'))).toBe(true)
    expect(inputs.filter((input) => /node_modules\/(?:yaml|unified|micromark|micromark-core-commonmark|mdast-util-from-markdown|mdast-util-to-markdown|remark-[^/]+|zod|github-slugger)\//.test(input))).toEqual([])
  })

  it('keeps the root entry far below the parser entry', () => {
    const rootEntry = measured.find((entry) => entry.name === budgets.find((budget) => budget.path === 'dist/index.js')?.name)
    const parser = measured.find((entry) => entry.name === budgets.find((budget) => budget.path === 'dist/parser.js')?.name)
    // The root entry ships data only: no unified, micromark, yaml or zod code.
    expect(rootEntry?.size ?? Infinity).toBeLessThan((parser?.size ?? 0) / 2)
  })
})
