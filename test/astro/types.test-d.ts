import type { AstroUserConfig } from 'astro'
import type { Loader } from 'astro/loaders'
import { describe, expectTypeOf, it } from 'vitest'
import { exosomeLoader, remarkExosomeAstro, type ExosomeEntryData } from '../../src/astro/index.js'
import type { ExosomeDocument } from '../../src/parser/index.js'
import type { EmbeddedDocument } from '../../src/schema/document.js'

type RemarkPlugins = NonNullable<NonNullable<AstroUserConfig['markdown']>['remarkPlugins']>

describe('exosome-content/astro types', () => {
  it('gives Astro 5 a content-layer Loader', () => {
    expectTypeOf(exosomeLoader({ pattern: 'content/**/*.md' })).toExtend<Loader>()
  })

  it('gives Astro a remark plugin, with or without options', () => {
    const plugins: RemarkPlugins = [remarkExosomeAstro, [remarkExosomeAstro, { render: { disclaimers: 'end' }, policy: { requires: { safety: ['not-medical-advice'] } } }]]
    expectTypeOf(plugins).toExtend<RemarkPlugins>()
  })

  it('types entry data as a compiled document, which every parsed document is too', () => {
    expectTypeOf<ExosomeEntryData>().toEqualTypeOf<EmbeddedDocument>()
    expectTypeOf<ExosomeDocument>().toExtend<ExosomeEntryData>()
  })

  it('rejects options without a pattern', () => {
    // @ts-expect-error `pattern` is required
    exosomeLoader({ base: 'content' })
  })
})
