/**
 * The config file from its sources: TypeScript configs through jiti, `frontmatter.extend`,
 * per-glob `overrides`, validation naming the file and the key, and the fingerprints the
 * cache and shard summaries key on.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { configFileNames, configFingerprint, extensionAt, fileSetup, findConfigFile, loadConfig, resolveConfig, workerReference } from '../../src/node/config.js'
import { InputError } from '../../src/node/errors.js'
import { parseContent } from '../../src/parser/index.js'
import { tempDir } from './helpers.js'

// A config module resolves `zod` from the repository's node_modules: the temp folders are made
// inside the repository for these.
const zodUrl = JSON.stringify(import.meta.resolve('zod'))

const tsConfig = `import { z } from ${zodUrl}

type Level = 'off' | 'warn' | 'error'
const off: Level = 'off'

export default {
  rules: { 'review-stale': off },
  frontmatter: { extend: z.object({ slug: z.string(), tags: z.array(z.string()).default([]) }) },
  overrides: [{ files: ['content/es/**'], rules: { 'overclaim-wording': 'warn' as Level } }],
}
`

async function rejection(promise: Promise<unknown>): Promise<Error> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  )
  expect(error).toBeInstanceOf(InputError)
  return error as Error
}

describe('config file formats', () => {
  it('looks up .cjs and the TypeScript names too, in order', () => {
    expect(configFileNames).toEqual([
      'exosome-content.config.json',
      'exosome-content.config.js',
      'exosome-content.config.mjs',
      'exosome-content.config.cjs',
      'exosome-content.config.ts',
      'exosome-content.config.mts',
      'exosome-content.config.cts',
    ])
    const dir = tempDir()
    writeFileSync(path.join(dir, 'exosome-content.config.cts'), 'export default {}\n')
    expect(findConfigFile(dir)).toBe(path.join(dir, 'exosome-content.config.cts'))
    writeFileSync(path.join(dir, 'exosome-content.config.cjs'), 'module.exports = {}\n')
    expect(findConfigFile(dir)).toBe(path.join(dir, 'exosome-content.config.cjs'))
  })

  it.each(['ts', 'mts', 'cts'])('loads a .%s config with types, zod and overrides', async (extension) => {
    const dir = tempDir()
    const file = path.join(dir, `exosome-content.config.${extension}`)
    writeFileSync(file, tsConfig)
    const config = await loadConfig(dir)
    expect(config.path).toBe(file)
    expect(config.policy).toEqual({ rules: { 'review-stale': 'off' } })
    expect(config.frontmatter.extend?._zod.def.type).toBe('object')
    expect(config.overrides).toEqual([{ files: ['content/es/**'], ignores: [], rules: { 'overclaim-wording': 'warn' }, requires: undefined, extend: undefined }])
  })

  it('loads a CommonJS .cjs config and a module.exports .cts config', async () => {
    const dir = tempDir()
    writeFileSync(path.join(dir, 'a.cjs'), "module.exports = { rules: { 'reference-unused': 'error' } }\n")
    expect((await loadConfig(dir, 'a.cjs')).policy).toEqual({ rules: { 'reference-unused': 'error' } })
    writeFileSync(path.join(dir, 'b.cts'), "const config: { extends: 'none' } = { extends: 'none' }\nmodule.exports = config\n")
    expect((await loadConfig(dir, 'b.cts')).policy).toEqual({ extends: 'none' })
  })

  it('reads an edited TypeScript config again (no module cache)', async () => {
    const dir = tempDir()
    const file = path.join(dir, 'exosome-content.config.ts')
    writeFileSync(file, "export default { rules: { 'review-stale': 'off' as const } }\n")
    expect((await loadConfig(dir)).policy).toEqual({ rules: { 'review-stale': 'off' } })
    writeFileSync(file, "export default { rules: { 'review-stale': 'error' as const } }\n")
    expect((await loadConfig(dir)).policy).toEqual({ rules: { 'review-stale': 'error' } })
  })

  it('names the file for a TypeScript config that does not compile, throws or has no default export', async () => {
    const dir = tempDir()
    writeFileSync(path.join(dir, 'syntax.ts'), 'export default {\n')
    expect((await rejection(loadConfig(dir, 'syntax.ts'))).message).toMatch(/^Cannot load config file .*syntax\.ts: /)
    writeFileSync(path.join(dir, 'throws.ts'), "throw new Error('no config today')\n")
    expect((await rejection(loadConfig(dir, 'throws.ts'))).message).toMatch(/^Cannot load config file .*throws\.ts: no config today/)
    writeFileSync(path.join(dir, 'named.mjs'), 'export const rules = {}\n')
    expect((await rejection(loadConfig(dir, 'named.mjs'))).message).toMatch(/^Invalid config file .*named\.mjs: missing default export/)
  })
})

describe('config validation', () => {
  it.each([
    ['a built-in key in the extension', `frontmatter: { extend: z.object({ title: z.string() }) }`, /frontmatter\.extend: Unexpected built-in key `title`/],
    ['an extension that is not a zod object', `frontmatter: { extend: z.string() }`, /frontmatter\.extend: Unexpected object that is not a zod object schema/],
    ['an unknown key under frontmatter', `frontmatter: { extends: z.object({}) }`, /frontmatter\.extends: unknown key/],
    ['an override without files', `overrides: [{ rules: {} }]`, /overrides\[0\]\.files: /],
    ['an empty files list', `overrides: [{ files: [] }]`, /overrides\[0\]\.files: Unexpected empty list/],
    ['an absolute glob', `overrides: [{ files: ['/content/**'] }]`, /overrides\[0\]\.files\[0\]: Unexpected absolute path/],
    ['a glob leaving the folder', `overrides: [{ files: 'content/../../x/**' }]`, /overrides\[0\]\.files\[0\]: Unexpected `\.\.` in a glob/],
    ['an unknown key in an override', `overrides: [{ files: ['a/**'], extends: 'none' }]`, /overrides\[0\]\.extends: unknown key/],
    ['a wrong level in an override', `overrides: [{ files: ['a/**'], rules: { 'review-stale': 'loud' } }]`, /overrides\[0\]\.rules\.review-stale: expected 'off', 'warn', 'error' or \[level, options\]/],
    ['an unknown rule in an override', `overrides: [{ files: ['a/**'], rules: { 'no-such-rule': 'off' } }]`, /at `overrides\[0\]`: Invalid policy at `rules\.no-such-rule`: unknown rule/],
    ['a built-in key in an override extension', `overrides: [{ files: ['a/**'], frontmatter: { extend: z.object({ locale: z.string() }) } }]`, /overrides\[0\]\.frontmatter\.extend: Unexpected built-in key `locale`/],
  ])('rejects %s, naming the file and the key', async (_name, body, message) => {
    const dir = tempDir()
    writeFileSync(path.join(dir, 'exosome-content.config.mjs'), `import { z } from ${zodUrl}\nexport default { ${body} }\n`)
    const error = await rejection(loadConfig(dir))
    expect(error.message).toContain(path.join(dir, 'exosome-content.config.mjs'))
    expect(error.message).toMatch(message)
  })

  it('says a JSON config cannot hold an extension', async () => {
    const dir = tempDir()
    writeFileSync(path.join(dir, 'exosome-content.config.json'), JSON.stringify({ frontmatter: { extend: { slug: 'string' } } }))
    expect((await rejection(loadConfig(dir))).message).toMatch(/frontmatter\.extend: .*a JSON config cannot hold one: write the config as \.ts, \.mts, \.js or \.mjs/)
  })
})

describe('overrides', () => {
  const extend = z.object({ slug: z.string() })
  const blog = extend.extend({ pubDate: z.coerce.date() })
  const config = (directory: string) =>
    resolveConfig(
      {
        rules: { 'review-stale': ['warn', { months: 6 }], 'reference-unused': 'error' },
        requires: { safety: ['not-medical-advice'] },
        frontmatter: { extend },
        overrides: [
          { files: ['content/es/**'], ignores: 'content/es/drafts/**', rules: { 'review-stale': 'error', 'overclaim-wording': 'off' }, requires: { regulatory: ['not-fda-approved'] } },
          { files: 'content/**/blog/*.md', frontmatter: { extend: blog } },
          { files: ['content/es/legal.md'], rules: { 'review-stale': ['off', { months: 1 }] } },
        ],
      },
      undefined,
      directory,
    )

  it('applies only the overrides whose globs match the path from the config folder, in order', () => {
    const dir = tempDir()
    const loaded = config(dir)
    const at = (file: string) => loaded.forFile(path.join(dir, file))
    expect(at('content/en/page.md').policy).toEqual({ rules: { 'review-stale': ['warn', { months: 6 }], 'reference-unused': 'error' }, requires: { safety: ['not-medical-advice'] } })
    // A level alone keeps the options set before it, as in ESLint; requires merge by kind.
    expect(at('content/es/page.md').policy).toEqual({
      rules: { 'review-stale': ['error', { months: 6 }], 'reference-unused': 'error', 'overclaim-wording': 'off' },
      requires: { safety: ['not-medical-advice'], regulatory: ['not-fda-approved'] },
    })
    expect(at('content/es/legal.md').policy.rules?.['review-stale']).toEqual(['off', { months: 1 }])
    // `ignores` takes a file out of the override; so does being outside the config folder.
    expect(at('content/es/drafts/new.md').policy).toEqual(at('content/en/page.md').policy)
    expect(loaded.forFile(path.join(path.dirname(dir), 'content/es/page.md')).policy).toEqual(at('content/en/page.md').policy)
    // Dot files match; globs are matched against the whole relative path.
    expect(at('content/es/.hidden.md').policy).toEqual(at('content/es/page.md').policy)
    expect(at('other/content/es/page.md').policy).toEqual(at('content/en/page.md').policy)
  })

  it('replaces the frontmatter extension for the files an override with one matches', () => {
    const dir = tempDir()
    const loaded = config(dir)
    expect(loaded.forFile(path.join(dir, 'content/en/page.md')).frontmatter.extend).toBe(extend)
    expect(loaded.forFile(path.join(dir, 'content/es/blog/post.md')).frontmatter.extend).toBe(blog)
    const setup = fileSetup(loaded, path.join(dir, 'content/es/blog/post.md'))
    expect(extensionAt(loaded, setup.extension)).toBe(blog)
    expect(extensionAt(loaded, fileSetup(loaded, path.join(dir, 'x.md')).extension)).toBe(extend)
  })

  it('parses a file with the options forFile gives it', () => {
    const dir = tempDir()
    const loaded = config(dir)
    const source = `---\nslug: x\npubDate: 2026-01-02\nid: p\ntitle: P\nsummary: A page.\nlocale: en\naudience: general\nversion: 1.0.0\nlastReviewed: 2026-01-01\nreferences:\n  - id: r\n    kind: review\n    title: T\n    year: 2020\n    doi: 10.1000/xyz\n---\n\n# P\n\n## S\n\n:::claim{#c kind=mechanism evidence=preclinical cite=r}\nText.\n:::\n`
    const post = path.join(dir, 'content/en/blog/post.md')
    expect(parseContent(source, { path: post, now: '2026-02-01', ...loaded.forFile(post) }).document?.data).toEqual({ slug: 'x', pubDate: new Date('2026-01-02') })
    const page = path.join(dir, 'content/en/page.md')
    const plain = parseContent(source, { path: page, now: '2026-02-01', ...loaded.forFile(page) })
    expect(plain.diagnostics.map((d) => [d.ruleId, d.place.start.line])).toEqual([['frontmatter-unknown-key', 3]])
  })
})

describe('config fingerprints', () => {
  it('keeps the policy hash for a config with neither overrides nor an extension', () => {
    const dir = tempDir()
    const a = resolveConfig({ rules: { 'review-stale': 'off' } }, undefined, dir)
    expect(configFingerprint(a)).toBe(fileSetup(a, path.join(dir, 'p.md')).fingerprint)
    expect(workerReference(a)).toBeUndefined()
  })

  it('changes the file fingerprint when the extension changes, and only for the files it applies to', async () => {
    const dir = tempDir()
    mkdirSync(path.join(dir, 'blog'))
    const write = (tags: string) =>
      writeFileSync(
        path.join(dir, 'exosome-content.config.mjs'),
        `import { z } from ${zodUrl}\nexport default { overrides: [{ files: ['blog/**'], frontmatter: { extend: z.object({ tags: ${tags} }) } }] }\n`,
      )
    write('z.array(z.string())')
    const first = await loadConfig(dir)
    write('z.array(z.string()).default([])')
    const second = await loadConfig(dir)
    const post = path.join(dir, 'blog', 'post.md')
    expect(fileSetup(second, post).fingerprint).not.toBe(fileSetup(first, post).fingerprint)
    expect(configFingerprint(second)).not.toBe(configFingerprint(first))
    expect(workerReference(second)).toEqual({ path: path.join(dir, 'exosome-content.config.mjs'), contentHash: expect.stringMatching(/^[0-9a-f]{64}$/) })
  })

  it('refuses to hand an extension passed in code to parser workers', () => {
    const loaded = resolveConfig({ frontmatter: { extend: z.object({ slug: z.string() }) } }, undefined, tempDir())
    expect(() => workerReference(loaded)).toThrow(/Unexpected `frontmatter.extend` in a config passed in code/)
  })
})
