/** compilePages: output paths, export names and the page-set errors, on parsed pages. */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { camelCase, formatProblem, pascalCase } from '../../src/build/page.js'
import { compilePages, exportNameOf, PageSetError } from '../../src/build/pages.js'
import { parseContent } from '../../src/parser/index.js'

const source = readFileSync(path.resolve(import.meta.dirname, '../../examples/vite/content/exosomes.md'), 'utf8')

function page(id: string, file: string) {
  const { document, diagnostics } = parseContent(source.replace(/^id: exosomes$/m, `id: ${id}`), { path: file, now: '2026-12-01' })
  if (document === undefined) throw new Error(diagnostics.map((diagnostic) => formatProblem(file, diagnostic)).join('\n'))
  return { path: file, document }
}

describe('compilePages', () => {
  it('names exports and id types after the page id', () => {
    expect(pascalCase('faq-page-2')).toBe('FaqPage2')
    expect(camelCase('faq-page-2')).toBe('faqPage2')
    expect(exportNameOf('delete')).toBe('deletePage')
    expect(exportNameOf('await')).toBe('awaitPage')
    const files = compilePages([page('faq-page', 'guides/faq.md'), page('delete', 'delete.md')])
    expect(files.map((file) => file.path)).toEqual(['guides/faq.js', 'guides/faq.d.ts', 'delete.js', 'delete.d.ts', 'index.js', 'index.d.ts', 'package.json'])
    const index = files.find((file) => file.path === 'index.js')?.text ?? ''
    expect(index).toContain('import { document as faqPage } from "./guides/faq.js"')
    expect(index).toContain('import { document as deletePage } from "./delete.js"')
    expect(index).toContain('export const pages = /* @__PURE__ */ Object.freeze({ faqPage, deletePage })')
    expect(files.find((file) => file.path === 'guides/faq.d.ts')?.text).toContain('export type FaqPageClaimId = "exosomes-are-vesicles" | "exosomes-cannot-divide"')
  })

  it('refuses two pages with one id, one output path, or a page where the index goes', () => {
    expect(() => compilePages([page('faq', 'a.md'), page('faq', 'b.md')])).toThrow(PageSetError)
    expect(() => compilePages([page('faq', 'a.md'), page('faq', 'b.md')])).toThrow('Unexpected page b.md with the id `faq` of a.md')
    expect(() => compilePages([page('one', 'faq.md'), page('two', 'FAQ.markdown')])).toThrow('Unexpected page FAQ.markdown, whose output FAQ.js is also that of faq.md')
    expect(() => compilePages([page('one', 'index.md')])).toThrow('is a file the build writes itself')
    expect(() => compilePages([page('pages', 'p.md')])).toThrow('Unexpected page id `pages`')
  })

  it('prints a problem as file:line:column rule-id message', () => {
    const { diagnostics } = parseContent(source.replace('Exosomes are very small', 'Exosome therapy cures arthritis. Exosomes are very small'), { path: 'x.md', now: '2026-12-01' })
    const problem = diagnostics.find((diagnostic) => diagnostic.ruleId === 'overclaim-wording')
    expect(problem).toBeDefined()
    if (problem === undefined) return
    expect(formatProblem('content/x.md', problem)).toBe(`content/x.md:${problem.place.start.line}:${problem.place.start.column} overclaim-wording ${problem.message}`)
  })
})
