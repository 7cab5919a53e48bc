/**
 * Size budgets: size-limit bundles each entry of the built package with its dependencies
 * (esbuild, minified, gzip) and compares it with the limit in .size-limit.json. Run after
 * the build (`npm test` builds first).
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '../..')

interface Budget {
  name: string
  path: string
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
  const missing = budgets.map((budget) => budget.path).filter((file) => !existsSync(path.join(root, file)))
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
  it('covers the root, parser and render entries, gzip-compressed', () => {
    expect(budgets.map((budget) => budget.path).sort()).toEqual(['dist/index.js', 'dist/parser.js', 'dist/render.js'])
    for (const budget of budgets) expect(budget.gzip, budget.name).toBe(true)
  })

  it.each(budgets.map((budget) => [budget.name, budget] as const))('%s stays within its budget', (name, budget) => {
    const result = measured.find((entry) => entry.name === name)
    expect(result, `size-limit reported nothing for ${name}`).toBeDefined()
    // A bundle of a real entry is never empty; zero would mean size-limit measured nothing.
    expect(result?.size).toBeGreaterThan(1000)
    expect(result?.passed, `${name}: ${result?.size} B gzip, limit ${budget.limit}`).toBe(true)
  })

  it('keeps the root entry far below the parser entry', () => {
    const rootEntry = measured.find((entry) => entry.name === budgets.find((budget) => budget.path === 'dist/index.js')?.name)
    const parser = measured.find((entry) => entry.name === budgets.find((budget) => budget.path === 'dist/parser.js')?.name)
    // The root entry ships data only: no unified, micromark, yaml or zod code.
    expect(rootEntry?.size ?? Infinity).toBeLessThan((parser?.size ?? 0) / 2)
  })
})
