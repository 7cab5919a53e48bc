import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Root } from 'mdast'
import remarkDirective from 'remark-directive'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import remarkStringify from 'remark-stringify'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { reporter } from 'vfile-reporter'
import { describe, expect, it } from 'vitest'
import { formatDiagnostic, parseContent, remarkExosomeContent } from '../../src/parser/index.js'

const repository = fileURLToPath(new URL('../../', import.meta.url))
const fixture = (name: string): string => readFileSync(join(repository, 'test/fixtures', name, 'input.md'), 'utf8')

function printedMessages(file: VFile): string[] {
  return file.messages.map((message) => `${message.place && 'start' in message.place ? `${message.place.start.line}:${message.place.start.column}` : '?'} ${message.ruleId ?? ''}`)
}

describe('remarkExosomeContent', () => {
  it('puts the document on file.data for a valid file', async () => {
    const file = await unified().use(remarkParse).use(remarkExosomeContent, { rules: false }).use(remarkStringify).process(new VFile({ path: 'ok.md', value: fixture('valid-basic') }))
    expect(file.messages).toEqual([])
    expect(file.data.exosomeDocument?.id).toBe('sample-page')
    expect(Object.keys(file.data.exosomeDocument?.claims ?? {})).toEqual(['exosomes-are-vesicles', 'no-approved-products'])
  })

  it('reports what parseContent reports, as vfile messages with severity, rule id, source and url', async () => {
    const value = fixture('claim-duplicate-id') + '\n# Late title\n'
    const file = await unified().use(remarkParse).use(remarkExosomeContent, { rules: false }).use(remarkStringify).process(new VFile({ path: 'page.md', value }))
    const expected = parseContent(value, { path: 'page.md', rules: false }).diagnostics
    expect(file.data.exosomeDocument).toBeUndefined()
    expect(file.messages.map((message) => message.reason)).toEqual(expected.map((diagnostic) => diagnostic.message))
    expect(printedMessages(file)).toEqual(expected.map((diagnostic) => `${diagnostic.place.start.line}:${diagnostic.place.start.column} ${diagnostic.ruleId}`))
    const [duplicate, misplaced] = file.messages
    expect(duplicate?.fatal).toBe(true)
    expect(duplicate?.source).toBe('exosome-content')
    expect(duplicate?.url).toMatch(/diagnostics\.md#claim-duplicate-id$/)
    expect((duplicate?.cause as { place?: unknown } | undefined)?.place).toEqual(expected[0]?.related?.place)
    expect(misplaced?.ruleId).toBe('heading-title-misplaced')
    expect(misplaced?.fatal).toBe(false)
    const report = reporter(file)
    expect(report).toContain('claim-duplicate-id')
    expect(report).toContain('page.md')
  })

  it('works after remark-frontmatter and remark-directive, without adding their syntax twice', async () => {
    const value = fixture('dangling-cite')
    const alone = await unified().use(remarkParse).use(remarkExosomeContent, { rules: false }).use(remarkStringify).process(value)
    const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkDirective).use(remarkExosomeContent, { rules: false }).use(remarkStringify)
    const after = await processor.process(value)
    expect(printedMessages(after)).toEqual(printedMessages(alone))
    expect(printedMessages(after)).toEqual(['57:70 citation-resolves', '57:82 citation-resolves'])
    expect((processor.data('micromarkExtensions') ?? []).length).toBe(2)
  })

  it('reads files whose value is bytes', async () => {
    const value = new TextEncoder().encode(fixture('dangling-claim-ref'))
    const file = await unified().use(remarkParse).use(remarkExosomeContent, { rules: false }).use(remarkStringify).process(new VFile({ value }))
    expect(printedMessages(file)).toEqual(['57:13 claim-ref-resolves'])
  })

  it('leaves the caller’s tree unfrozen', async () => {
    const processor = unified().use(remarkParse).use(remarkExosomeContent, { rules: false })
    const file = new VFile(fixture('valid-basic'))
    const tree = (await processor.run(processor.parse(file), file)) as Root
    expect(Object.isFrozen(tree.children[1])).toBe(false)
    expect(Object.isFrozen(file.data.exosomeDocument)).toBe(true)
  })

  it('runs in remark-cli with a .remarkrc.mjs', () => {
    const folder = mkdtempSync(join(tmpdir(), 'exosome-remark-'))
    try {
      const plugin = join(repository, 'src/parser/index.ts')
      writeFileSync(join(folder, '.remarkrc.mjs'), `import { remarkExosomeContent } from ${JSON.stringify(plugin)}\nexport default { plugins: [[remarkExosomeContent, { rules: false }]] }\n`)
      writeFileSync(join(folder, 'page.md'), fixture('dangling-claim-ref'))
      const run = spawnSync(process.execPath, ['--import', 'tsx', join(repository, 'node_modules/remark-cli/cli.js'), join(folder, 'page.md'), '--no-stdout', '--no-color', '--frail'], {
        cwd: repository,
        encoding: 'utf8',
        timeout: 60_000,
      })
      const expected = parseContent(fixture('dangling-claim-ref'), { rules: false }).diagnostics.map(formatDiagnostic)
      expect(expected).toHaveLength(1)
      expect(run.stderr).toContain('57:13-57:26')
      expect(run.stderr).toContain('claim-ref-resolves')
      expect(run.status).toBe(1)
    } finally {
      rmSync(folder, { recursive: true, force: true })
    }
  })
})
