/** The document type follows the frontmatter extension, in parseContent and in a typed config. */
import { describe, expectTypeOf, it } from 'vitest'
import { z } from 'zod'
import { defineConfig, loadConfig, type ConfigDocument, type ExosomeContentConfig, type FileConfig } from '../../src/node/index.js'
import { parseContent, type ExosomeDocument, type ExtensionData, type ParseResult } from '../../src/parser/index.js'
import { renderDocument } from '../../src/render/index.js'

const extend = z.object({ slug: z.string(), tags: z.array(z.string()).default([]), pubDate: z.coerce.date().optional() })
type Extra = { slug: string; tags: string[]; pubDate?: Date | undefined }

describe('frontmatter extension types', () => {
  it('types document.data from the extension given to parseContent', () => {
    const result = parseContent('x', { path: 'p.md', frontmatter: { extend } })
    expectTypeOf(result).toEqualTypeOf<ParseResult<z.output<typeof extend>>>()
    expectTypeOf<z.output<typeof extend>>().toEqualTypeOf<Extra>()
    const document = result.document
    if (document === undefined) return
    expectTypeOf(document.data).toEqualTypeOf<Extra>()
    expectTypeOf(document.data.tags).toEqualTypeOf<string[]>()
    expectTypeOf(document.title).toEqualTypeOf<string>()
    // A document with data is still a document for every renderer and lookup.
    expectTypeOf(document).toExtend<ExosomeDocument>()
    expectTypeOf(renderDocument).toBeCallableWith(document, { format: 'html' })
  })

  it('has no typed data without an extension', () => {
    expectTypeOf(parseContent('x').document).toEqualTypeOf<ExosomeDocument | undefined>()
    expectTypeOf<ExosomeDocument['data']>().toEqualTypeOf<Record<string, unknown> | undefined>()
    expectTypeOf<ExtensionData<undefined>>().toEqualTypeOf<undefined>()
    expectTypeOf<ExosomeDocument<Extra>['data']>().toEqualTypeOf<Extra>()
  })

  it('keeps the extension type through defineConfig, for ConfigDocument', () => {
    const config = defineConfig({
      rules: { 'review-stale': ['error', { months: 6 }] },
      frontmatter: { extend },
      overrides: [{ files: ['content/es/**'], rules: { 'overclaim-wording': 'off' }, requires: { safety: ['not-medical-advice'] } }],
    })
    expectTypeOf<ConfigDocument<typeof config>>().toEqualTypeOf<ExosomeDocument<Extra>>()
    expectTypeOf<ConfigDocument<typeof config>['data']['slug']>().toEqualTypeOf<string>()
    expectTypeOf(config).toExtend<ExosomeContentConfig>()
    const plain = defineConfig({ extends: 'none' })
    expectTypeOf<ConfigDocument<typeof plain>>().toEqualTypeOf<ExosomeDocument>()
  })

  it('refuses unknown rule ids, wrong levels and misplaced keys in a typed config', () => {
    // @ts-expect-error an unknown rule id
    defineConfig({ rules: { 'no-such-rule': 'off' } })
    // @ts-expect-error a level that does not exist
    defineConfig({ rules: { 'review-stale': 'loud' } })
    // @ts-expect-error an override without files
    defineConfig({ overrides: [{ rules: { 'review-stale': 'off' } }] })
    // @ts-expect-error an extension that is not a zod object
    defineConfig({ frontmatter: { extend: z.string() } })
  })

  it('gives loadConfig users the options parseContent takes for a file', async () => {
    const config = await loadConfig(process.cwd())
    expectTypeOf(config.forFile('content/page.md')).toEqualTypeOf<FileConfig>()
    expectTypeOf(parseContent).toBeCallableWith('x', { path: 'content/page.md', ...config.forFile('content/page.md') })
  })
})
