import { readFileSync, readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { defaultLimits, resolveLimits } from '../../src/parser/limits.js'
import { parseContent } from '../../src/parser/index.js'
import { prescan } from '../../src/parser/prescan.js'
import { hostileCorpus } from './corpus.js'
import { frontmatter, inSection, pointAt } from './support.js'
import { budgetFor } from '../helpers/pace.js'

// Every input up to 256 KB answers within 1 s on the quiet 2-core machine (scaled to a
// slower or busier one by `budgetFor`).
const budgetMs = 1000

function timed<T>(run: () => T): { value: T; elapsedMs: number } {
  const start = performance.now()
  const value = run()
  return { value, elapsedMs: performance.now() - start }
}

describe('hostile corpus', () => {
  for (const hostile of hostileCorpus()) {
    it(`rejects ${hostile.name} fast, with ${hostile.ruleId} at its position`, () => {
      const { value, elapsedMs } = timed(() => parseContent(hostile.source, { path: 'hostile.md' }))
      expect(elapsedMs).toBeLessThan(budgetFor(elapsedMs, budgetMs))
      expect(value.document).toBeUndefined()
      const diagnostic = value.diagnostics.find((found) => found.ruleId === hostile.ruleId)
      expect(diagnostic, value.diagnostics.map((found) => found.ruleId).join(', ')).toBeDefined()
      expect(diagnostic?.severity).toBe('error')
      expect(diagnostic?.file).toBe('hostile.md')
      const { line, column } = diagnostic?.place.start ?? { line: 0, column: 0 }
      expect({ line, column }).toEqual(pointAt(hostile.source, hostile.offset))
      // The message names the limit, its value and how to raise it.
      expect(diagnostic?.message).toMatch(/expected at most \d+ \(limit `max\w+`; raise it with `parseContent\(source, \{ limits: \{ max\w+: \d+ \} \}\)`/)
    })
  }

  it('survives 200 hostile documents in a row, each within the budget', () => {
    const corpus = hostileCorpus()
    for (let index = 0; index < 200; index++) {
      const hostile = corpus[index % corpus.length]
      if (hostile === undefined) throw new Error('empty corpus')
      const { value, elapsedMs } = timed(() => parseContent(hostile.source))
      expect(elapsedMs).toBeLessThan(budgetFor(elapsedMs, budgetMs))
      expect(value.diagnostics.some((found) => found.ruleId === hostile.ruleId)).toBe(true)
    }
  })
})

describe('limits are options', () => {
  it('lets input past a default limit through when the limit is raised', () => {
    const quotes = inSection(`${'> '.repeat(20)}deep quote\n`)
    expect(parseContent(quotes, { rules: false }).diagnostics.map((found) => found.ruleId)).toContain('limit-nesting')
    const raised = parseContent(quotes, { rules: false, limits: { maxContainerNesting: 32 } })
    expect(raised.diagnostics.filter((found) => found.ruleId.startsWith('limit-'))).toEqual([])
    expect(raised.document?.sections[0]?.blocks[0]?.type).toBe('narrative')
  })

  it('accepts input exactly at each limit', () => {
    const atLimit = inSection(`${'> '.repeat(16)}quote\n\n${'*'.repeat(32)}a${'*'.repeat(32)}\n\n${'[a]'.repeat(333)}\n`)
    expect(prescan(atLimit)).toEqual([])
    expect(prescan(`${frontmatter}\n${'x'.repeat(256 * 1024 - 1)}`)).toEqual([])
    expect(prescan(`${frontmatter}\n${'x'.repeat(256 * 1024)}`).map((found) => found.ruleId)).toEqual(['limit-body-size'])
  })

  it('lets a 1 MB document through once maxBodyBytes is raised', () => {
    const overview = readFileSync('content/exosome-therapy.md', 'utf8')
    const body = overview.slice(overview.indexOf('\n---', 3) + 5)
    const large = `${frontmatter}${body.repeat(Math.floor((1024 * 1024 - frontmatter.length) / body.length))}`
    expect(prescan(large).map((found) => found.ruleId)).toContain('limit-body-size')
    // Limits that scale with size are raised in proportion (4x); depth and run limits stay.
    const scaled = { maxBodyBytes: 4 * 256 * 1024, maxListItems: 4 * 3000, maxLines: 4 * 20_000, maxInlineMarkupTotal: 4 * 32 * 1024, maxDirectives: 4 * 1000 }
    expect(prescan(large, scaled)).toEqual([])
  })

  it('finds nothing to reject in the built-in content and the parser fixtures', () => {
    const fixtures = readdirSync('test/fixtures', { withFileTypes: true }).filter((entry) => entry.isDirectory())
    const files = ['content/exosome-therapy.md', ...fixtures.map((entry) => `test/fixtures/${entry.name}/input.md`)]
    for (const file of files) expect(prescan(readFileSync(file, 'utf8')), file).toEqual([])
  })

  it('throws TypeError for limits that are not positive integers or unknown', () => {
    expect(resolveLimits()).toEqual(defaultLimits)
    expect(resolveLimits({ maxYamlDepth: Number.POSITIVE_INFINITY }).maxYamlDepth).toBe(Number.POSITIVE_INFINITY)
    for (const limits of [{ maxYamlDepth: 0 }, { maxYamlDepth: 1.5 }, { maxYamlDepth: Number.NaN }, { maxYamlDepth: '3' }, { maxDepth: 3 }, 'x']) {
      expect(() => parseContent('', { limits: limits as never })).toThrow(TypeError)
    }
  })
})

describe('yaml hazards behind the pre-scan', () => {
  it('detects duplicate keys in linear time (a thousand keys)', () => {
    // yaml's own uniqueKeys check compares every pair: seconds for this many keys.
    const document = (count: number): string =>
      frontmatter.replace('---\n', `---\nextra:\n${Array.from({ length: count }, (_, index) => `  k${index % (count / 2)}: ${index}`).join('\n')}\n`)
    // Warm the code paths first: the budget is for a running process, not for JIT compilation.
    parseContent(document(200), { rules: false })
    const source = document(1000)
    const { value, elapsedMs } = timed(() => parseContent(source, { rules: false, limits: { maxFrontmatterBytes: 256 * 1024 } }))
    expect(elapsedMs).toBeLessThan(budgetFor(elapsedMs, budgetMs))
    const duplicates = value.diagnostics.filter((found) => found.ruleId === 'yaml-duplicate-key')
    expect(duplicates).toHaveLength(500)
    // The 501st entry (line 2 + 501) repeats `k0`.
    expect(duplicates[0]?.place.start).toMatchObject({ line: 503, column: 3 })
  })

  it('stops a billion-laughs alias expansion within the alias limit', () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x, x]']
    for (const [index, name] of ['b', 'c', 'd', 'e', 'f'].entries()) {
      const previous = 'abcde'[index] ?? 'a'
      levels.push(`${name}: &${name} [${Array.from({ length: 10 }, () => `*${previous}`).join(', ')}]`)
    }
    const source = frontmatter.replace('---\n', `---\n${levels.join('\n')}\n`)
    const { value, elapsedMs } = timed(() => parseContent(source, { rules: false }))
    expect(elapsedMs).toBeLessThan(budgetFor(elapsedMs, budgetMs))
    expect(value.document).toBeUndefined()
    expect(value.diagnostics.map((found) => found.ruleId)).toContain('yaml-alias-limit')
  })

  it('refuses __proto__ keys without polluting any prototype', () => {
    const source = frontmatter.replace('---\n', '---\n__proto__:\n  polluted: yes\n')
    const { diagnostics } = parseContent(source, { rules: false })
    expect(diagnostics.find((found) => found.ruleId === 'yaml-forbidden-key')?.place.start).toEqual({ line: 2, column: 1, offset: 4 })
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.prototype).not.toHaveProperty('polluted')
  })
})
