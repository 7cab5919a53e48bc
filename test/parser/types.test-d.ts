import type { VFile } from 'vfile'
import { describe, expectTypeOf, it } from 'vitest'
import { parseContent, remarkExosomeContent } from '../../src/parser/index.js'
import type { Diagnostic, ExosomeDocument, ParseOptions, ParseResult } from '../../src/parser/index.js'

describe('parser types', () => {
  it('types parseContent from the schemas', () => {
    // The last overload: without a frontmatter extension.
    expectTypeOf<Parameters<typeof parseContent>[0]>().toEqualTypeOf<string>()
    expectTypeOf<Parameters<typeof parseContent>[1]>().toEqualTypeOf<ParseOptions | undefined>()
    expectTypeOf(parseContent('x')).toEqualTypeOf<ParseResult>()
    expectTypeOf(parseContent('x', { path: 'p.md' })).toEqualTypeOf<ParseResult>()
    expectTypeOf<ParseResult['document']>().toEqualTypeOf<ExosomeDocument | undefined>()
    expectTypeOf<ParseResult['diagnostics']>().toEqualTypeOf<Diagnostic[]>()
    expectTypeOf<ExosomeDocument['claims'][string]['kind']>().toEqualTypeOf<
      'definition' | 'mechanism' | 'therapeutic-potential' | 'regulatory' | 'safety' | 'context'
    >()
  })

  it('declares the document on vfile data', () => {
    expectTypeOf<VFile['data']['exosomeDocument']>().toEqualTypeOf<ExosomeDocument | undefined>()
    expectTypeOf(remarkExosomeContent).parameter(0).toEqualTypeOf<ParseOptions | undefined>()
  })
})
