import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import type { IsolatedParseOptions } from '../../src/node/isolated.js'
import { defaultLimits, parseContent } from '../../src/parser/index.js'
import type { ParseResult } from '../../src/parser/types.js'
import { inSection } from './support.js'
import { budgetFor } from '../helpers/pace.js'

type Isolated = (source: string, options?: IsolatedParseOptions) => Promise<ParseResult>

const esmPath = path.resolve('dist/node.js')
const cjsPath = path.resolve('dist/node.cjs')
/** Every parse limit lifted: the pre-scan passes any text on to micromark. */
const unguarded = Object.fromEntries(Object.keys(defaultLimits).map((key) => [key, Number.POSITIVE_INFINITY]))
const overview = readFileSync('content/exosome-therapy.md', 'utf8')
const valid = inSection(':::claim{#fda-status kind=regulatory evidence=regulatory-fact cite=fda-exosome-notification-2019}\nThe FDA has not approved any exosome product.\n:::\n\nSome *narrative* text.\n')

// The worker is a separate file emitted by the build and found relative to the module, so
// the built output is what is tested (`npm test` builds first).
async function load(format: 'esm' | 'cjs'): Promise<Isolated> {
  const file = format === 'esm' ? esmPath : cjsPath
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` before this test`)
  const entry = (format === 'esm' ? await import(pathToFileURL(file).href) : createRequire(import.meta.url)(file)) as { parseContentIsolated: Isolated }
  return entry.parseContentIsolated
}

describe.each(['esm', 'cjs'] as const)('parseContentIsolated from the %s build', (format) => {
  it('exports parseContentIsolated with the check API (pinned in test/cli/node-api.test.ts)', async () => {
    const file = format === 'esm' ? esmPath : cjsPath
    const entry = format === 'esm' ? await import(pathToFileURL(file).href) : createRequire(import.meta.url)(file)
    expect(Object.keys(entry as object).sort()).toEqual(['InputError', 'checkFiles', 'defineConfig', 'formatGithub', 'formatJson', 'formatSarif', 'formatStylish', 'loadConfig', 'mergeSummaries', 'parseContentIsolated'])
  })

  it('parses in a worker into the same, deep-frozen document', async () => {
    const parse = await load(format)
    const { document, diagnostics } = await parse(valid, { path: 'page.md', timeoutMs: 30_000 })
    expect(diagnostics).toEqual(parseContent(valid, { path: 'page.md' }).diagnostics)
    expect(diagnostics.filter((found) => found.severity === 'error')).toEqual([])
    expect(document).toEqual(parseContent(valid).document)
    expect(document?.id).toBe('hostile-input')
    expect(Object.isFrozen(document)).toBe(true)
    expect(Object.isFrozen(document?.sections[0]?.blocks)).toBe(true)
  })

  it('returns limit diagnostics from the worker like parseContent does', async () => {
    const parse = await load(format)
    const { document, diagnostics } = await parse(inSection('>'.repeat(5000)), { timeoutMs: 30_000 })
    expect(document).toBeUndefined()
    expect(diagnostics.map((found) => found.ruleId)).toEqual(['limit-nesting'])
  })

  it('counts only the parse against timeoutMs, not the worker loading the parser', async () => {
    const parse = await load(format)
    // Loading the parser in a fresh worker takes far longer than 100 ms; the pre-scan refuses
    // this page in a few. The budget starts when the worker is ready, so the answer is the
    // limit the page hits, not a parse-timeout for the start-up.
    const { diagnostics } = await parse(inSection('>'.repeat(5000)), { timeoutMs: 100 })
    expect(diagnostics.map((found) => found.ruleId)).toEqual(['limit-nesting'])
  })

  it('terminates a parse past timeoutMs with a parse-timeout diagnostic at 1:1', async () => {
    const parse = await load(format)
    // Alternating unmatched `*` and `_` openers: micromark's emphasis matching is super-linear
    // in them, so this one paragraph takes about ten seconds to parse on a 2-core machine,
    // fifty times the 200 ms budget, yet it nests nothing and cannot overflow the stack. The
    // default limits reject it in the linear pre-scan; here every limit is lifted, so the only
    // way to answer within 10 s is the worker's timeout.
    const slow = inSection('*a_'.repeat(10_000))
    expect(parseContent(slow).diagnostics.map((found) => found.ruleId)).toContain('limit-inline-markup')
    const start = performance.now()
    const result = await parse(slow, { path: 'slow.md', timeoutMs: 200, limits: unguarded })
    const elapsed = performance.now() - start
    expect(elapsed).toBeLessThan(budgetFor(elapsed, 10_000))
    expect(result.document).toBeUndefined()
    expect(result.diagnostics).toHaveLength(1)
    expect(result.diagnostics[0]).toMatchObject({ ruleId: 'parse-timeout', severity: 'error', file: 'slow.md', place: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } } })
  })

  it('turns a worker that runs out of memory into a parse-crash diagnostic', async () => {
    const parse = await load(format)
    const result = await parse(overview, { maxMemoryMb: 1, timeoutMs: 30_000 })
    expect(result.document).toBeUndefined()
    expect(result.diagnostics.map((found) => found.ruleId)).toEqual(['parse-crash'])
  })

  it('rejects with TypeError for programmer errors', async () => {
    const parse = await load(format)
    await expect(parse(42 as unknown as string)).rejects.toThrow(TypeError)
    await expect(parse('', { timeoutMs: -1 })).rejects.toThrow(TypeError)
    await expect(parse('', { limits: { maxYamlDepth: 0 }, timeoutMs: 30_000 })).rejects.toThrow(TypeError)
  })
})
