/**
 * A typed config from the packed tarball in a fresh project: `exosome-content.config.ts` with
 * `defineConfig` from `exosome-content/node` and the site's zod schema, loaded by the
 * installed CLI and by `loadConfig` from ESM and CJS, and typed for the pages it parses.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createConsumerProject, packedTarball, run, type ConsumerProject } from '../helpers/pack.js'
import { samplePage } from './sample-page.js'

const root = path.resolve(import.meta.dirname, '../..')
const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc')
const bin = path.join('node_modules', 'exosome-content', 'bin', 'exosome-content.js')
let consumer: ConsumerProject | undefined
let project = ''


const config = `import { defineConfig } from 'exosome-content/node'
import { z } from 'zod'

export const site = z.object({
  slug: z.string(),
  tags: z.array(z.string()).default([]),
  pubDate: z.coerce.date().optional(),
})

export default defineConfig({
  rules: { 'review-stale': ['warn', { months: 12 }] },
  frontmatter: { extend: site },
  overrides: [{ files: ['content/es/**'], rules: { 'review-stale': 'error' } }],
})
`

beforeAll(() => {
  consumer = createConsumerProject(packedTarball(), ['@types/node'])
  project = consumer.dir
  writeFileSync(path.join(project, 'exosome-content.config.ts'), config)
  mkdirSync(path.join(project, 'content', 'es'), { recursive: true })
  writeFileSync(path.join(project, 'content', 'ok.md'), samplePage('slug: ok\ntags: [clinic]\npubDate: 2026-10-01\n'))
  writeFileSync(path.join(project, 'content', 'bad.md'), samplePage('slug: bad\ntags: 3\n'))
  writeFileSync(path.join(project, 'content', 'es', 'page.md'), samplePage('slug: es\n'))
}, 300_000)

afterAll(() => {
  consumer?.remove()
})

function check(args: string[]): { code: number; results: Record<string, string[]> } {
  let stdout: string
  let code = 0
  try {
    stdout = run('node', [bin, 'check', ...args, '-f', 'json'], project)
  } catch (error) {
    const failed = error as { status: number; stdout: string }
    code = failed.status
    stdout = failed.stdout
  }
  const parsed = JSON.parse(stdout) as Array<{ file: string; diagnostics: Array<{ ruleId: string; severity: string; message: string; place: { start: { line: number; column: number } } }> }>
  return { code, results: Object.fromEntries(parsed.map((file) => [file.file, file.diagnostics.map((d) => `${d.place.start.line}:${d.place.start.column} ${d.severity} ${d.ruleId} ${d.message}`)])) }
}

describe('exosome-content.config.ts from the packed tarball', { timeout: 120_000 }, () => {
  it('is loaded by the installed CLI: the extension keys validate, a wrong type is reported at its line, overrides apply by glob', () => {
    const { code, results } = check(['content', '--now', '2028-01-01'])
    expect(code).toBe(1)
    expect(results['content/ok.md']).toEqual([expect.stringMatching(/^11:15 warning review-stale /)])
    expect(results['content/bad.md']).toEqual(['3:7 error frontmatter-invalid Unexpected number `3` for `tags`, expected a list', expect.stringMatching(/^10:15 warning review-stale /)])
    expect(results['content/es/page.md']).toEqual([expect.stringMatching(/^9:15 error review-stale /)])
  })

  it('gives the schema command the extension keys', () => {
    const schema = JSON.parse(run('node', [bin, 'schema'], project)) as { properties: Record<string, unknown>; required: string[] }
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['slug', 'tags', 'pubDate', 'title']))
    expect(schema.required).toContain('slug')
  })

  it('is loaded by loadConfig from ESM and CJS, and forFile feeds parseContent', () => {
    const script = (loader: string) => `${loader}
loadConfig(process.cwd()).then((config) => {
  const file = require('node:path').resolve('content/ok.md')
  const { document, diagnostics } = parseContent(require('node:fs').readFileSync(file, 'utf8'), { path: file, now: '2026-11-29', ...config.forFile(file) })
  console.log(JSON.stringify({ data: document && document.data, errors: diagnostics.filter((d) => d.severity === 'error').length, es: config.forFile('content/es/page.md').policy.rules['review-stale'] }))
})
`
    writeFileSync(path.join(project, 'load.mjs'), script("import { createRequire } from 'node:module'\nimport { loadConfig } from 'exosome-content/node'\nimport { parseContent } from 'exosome-content/parser'\nconst require = createRequire(import.meta.url)"))
    writeFileSync(path.join(project, 'load.cjs'), script("const { loadConfig } = require('exosome-content/node')\nconst { parseContent } = require('exosome-content/parser')"))
    const expected = { data: { slug: 'ok', tags: ['clinic'], pubDate: '2026-10-01T00:00:00.000Z' }, errors: 0, es: ['error', { months: 12 }] }
    expect(JSON.parse(run('node', ['load.mjs'], project))).toEqual(expected)
    expect(JSON.parse(run('node', ['load.cjs'], project))).toEqual(expected)
  })

  it('types the pages it parses: ConfigDocument carries the extension keys', () => {
    writeFileSync(
      path.join(project, 'pages.ts'),
      `import { parseContent } from 'exosome-content/parser'
import type { ConfigDocument } from 'exosome-content/node'
import config, { site } from './exosome-content.config.js'

type Page = ConfigDocument<typeof config>
export function tagsOf(page: Page): string[] {
  const date: Date | undefined = page.data.pubDate
  void date
  // @ts-expect-error not a key of the extension
  void page.data.author
  return page.data.tags
}
const parsed = parseContent('---\\n---\\n', { frontmatter: { extend: site } })
export const slug: string | undefined = parsed.document?.data.slug
`,
    )
    // Declaration files are not checked here (Node's types are most of a run's time): the
    // package's own are checked under these options in test/build/consumer.test.ts.
    writeFileSync(
      path.join(project, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', strict: true, exactOptionalPropertyTypes: true, noEmit: true, skipLibCheck: true, target: 'es2022', lib: ['es2023'], types: ['node'] }, files: ['pages.ts', 'exosome-content.config.ts'] }),
    )
    expect(() => run('node', [tsc, '-p', 'tsconfig.json'], project)).not.toThrow()
  })
})
