/**
 * The remark plugins inside Astro's own markdown pipeline (`@astrojs/markdown-remark`, the
 * processor `astro build` runs for `.md` pages, fed the way Astro feeds it: frontmatter
 * parsed by Astro and blanked out of the text).
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { createMarkdownProcessor, parseFrontmatter } from '@astrojs/markdown-remark'
import type { Plugin } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { remarkExosomeAstro } from '../../src/astro/index.js'
import { parseContent, remarkExosomeContent } from '../../src/parser/index.js'
import { renderDocument } from '../../src/render/index.js'
import { requiredDisclaimers } from '../../src/render/index.js'

// The day the date rules measure from: no test reads the real clock.
const now = '2026-12-01'

const root = path.resolve(import.meta.dirname, '../..')
const page = readFileSync(path.join(root, 'examples/astro/src/pages/about-exosomes.md'), 'utf8')
const pagePath = path.join(root, 'examples/astro/src/pages/about-exosomes.md')

/** Render a markdown text as Astro renders a `.md` page. */
async function astroRender(text: string, plugin: Plugin<never[]> | [Plugin<never[]>, unknown], file = pagePath): Promise<{ html: string; headings: unknown[] }> {
  const processor = await createMarkdownProcessor({ remarkPlugins: [plugin as never] })
  const raw = parseFrontmatter(text, { frontmatter: 'empty-with-spaces' })
  const result = await processor.render(raw.content, { fileURL: pathToFileURL(file), frontmatter: raw.frontmatter } as never)
  return { html: result.code, headings: result.metadata.headings }
}

function lineColumn(text: string, phrase: string): string {
  const index = text.indexOf(phrase)
  if (index < 0) throw new Error(`phrase not found: ${phrase}`)
  const before = text.slice(0, index).split('\n')
  return `${before.length}:${(before.at(-1)?.length ?? 0) + 1}`
}

describe('remarkExosomeAstro in Astro’s markdown pipeline', () => {
  it('renders each claim directive as the renderer’s sanitized claim block with its disclaimers', async () => {
    const { html } = await astroRender(page, [remarkExosomeAstro, { now }] as never)
    const document = parseContent(page, { now }).document
    if (document === undefined) throw new Error('the example page is invalid')
    // Astro gives each heading without an id one of its own; nothing else differs.
    expect(html.replace(/(<h[1-6][^>]*?) id="[^"]*"/g, '$1')).toBe(renderDocument(document, { format: 'html' }))
    for (const id of Object.keys(document.claims)) {
      const claim = new RegExp(`<div class="exo-claim"[^>]*data-claim-id="${id}"[^>]*><div class="exo-claim-body"><p>[^<]+`)
      expect(html).toMatch(claim)
    }
    for (const disclaimer of requiredDisclaimers(document, {})) {
      expect(html).toContain(`data-disclaimer-id="${disclaimer.id}"`)
      expect(html).toContain(disclaimer.text)
    }
    expect(html).not.toMatch(/<div><\/div>/)
  })

  it('still renders when raw HTML is off in remark-rehype (the page is hast, not raw HTML)', async () => {
    const processor = await createMarkdownProcessor({ remarkPlugins: [[remarkExosomeAstro, { now }] as never], remarkRehype: { allowDangerousHtml: false } })
    const raw = parseFrontmatter(page, { frontmatter: 'empty-with-spaces' })
    const result = await processor.render(raw.content, { fileURL: pathToFileURL(pagePath), frontmatter: raw.frontmatter } as never)
    expect(result.code).toContain('data-claim-id="released-by-cells"')
    expect(result.code).toContain('data-disclaimer-id="not-medical-advice"')
  })

  it('fails the page with every error at its line and column in the file', async () => {
    const bad = page.replace('Exosomes are very small vesicles that cells release into their surroundings.', 'Exosome therapy is a proven cure for arthritis.')
    const failure = await astroRender(bad, [remarkExosomeAstro, { now }] as never).then(
      () => undefined,
      (error: unknown) => error as Error,
    )
    expect(failure).toBeInstanceOf(Error)
    const shown = path.relative(process.cwd(), pagePath)
    expect(failure?.message).toContain(`${shown}:${lineColumn(bad, 'proven')} overclaim-wording`)
    expect(failure?.message).toContain(`${shown}:${lineColumn(bad, 'cure for')} overclaim-wording`)
  })

  it('reports a frontmatter error at the frontmatter, saying where the exact position is shown', async () => {
    const bad = page.replace('audience: general', 'audience: everyone')
    const failure = await astroRender(bad, [remarkExosomeAstro, { now }] as never).then(
      () => undefined,
      (error: unknown) => error as Error,
    )
    expect(failure?.message).toMatch(/:1:1 [a-z-]+ .*audience.*exosome-content check/)
  })

  it('reads the file on disk when it is the text Astro blanked: frontmatter errors at their exact position', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'exosome-astro-remark-'))
    try {
      const file = path.join(dir, 'page.md')
      const bad = page.replace('audience: general', 'audience: everyone').replace('locale: en\n', 'locale: en\nlayout: ../layouts/Page.astro\n')
      writeFileSync(file, bad)
      const failure = await astroRender(bad, [remarkExosomeAstro, { now }] as never, file).then(
        () => undefined,
        (error: unknown) => error as Error,
      )
      const shown = path.relative(process.cwd(), file)
      const lines = (failure?.message ?? '').split('\n').filter((line) => line.startsWith(`${shown}:`))
      // One error, the audience at its line and column; `layout` is Astro's and no error.
      expect(lines).toHaveLength(1)
      expect(lines[0]).toMatch(new RegExp(`^[^ ]+:${lineColumn(bad, 'everyone')} [a-z-]+ `))
      expect(lines[0]).not.toContain('exosome-content check')
      writeFileSync(file, bad.replace('audience: everyone', 'audience: general'))
      const { html } = await astroRender(bad.replace('audience: everyone', 'audience: general'), [remarkExosomeAstro, { now }] as never, file)
      expect(html).toContain('data-claim-id="released-by-cells"')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('leaves a page without frontmatter alone', async () => {
    const { html } = await astroRender('# Plain page\n\nSome text.\n', [remarkExosomeAstro, { now }] as never)
    expect(html).toBe('<h1 id="plain-page">Plain page</h1>\n<p>Some text.</p>')
  })

  it('keeps Astro’s own `layout` key out of the document', async () => {
    const withLayout = page.replace('locale: en\n', 'locale: en\nlayout: ../layouts/Page.astro\n')
    const { html } = await astroRender(withLayout, [remarkExosomeAstro, { now }] as never)
    expect(html).toContain('data-claim-id="released-by-cells"')
  })
})

describe('remarkExosomeContent in Astro’s markdown pipeline', () => {
  async function messages(text: string): Promise<{ document: unknown; list: string[] }> {
    let file: VFile | undefined
    const capture: Plugin<[], import('mdast').Root> = () => (_tree, vfile) => {
      file = vfile
    }
    await astroRender(text, [remarkExosomeContent, { now }] as never).catch(() => undefined)
    const processor = await createMarkdownProcessor({ remarkPlugins: [[remarkExosomeContent, { now }] as never, capture as never] })
    const raw = parseFrontmatter(text, { frontmatter: 'empty-with-spaces' })
    await processor.render(raw.content, { fileURL: pathToFileURL(pagePath), frontmatter: raw.frontmatter } as never)
    if (file === undefined) throw new Error('no file')
    return { document: file.data.exosomeDocument, list: file.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}`) }
  }

  it('reads the frontmatter Astro parsed: the document is built, no frontmatter-missing', async () => {
    const { document, list } = await messages(page)
    expect(list).toEqual([])
    // The same document, but for the content hash, taken of the text rebuilt from Astro's view.
    expect({ ...(document as object), hash: '' }).toEqual({ ...parseContent(page, { now }).document, hash: '' })
  })

  const fixtures = path.join(root, 'test', 'fixtures')
  const cases = readdirSync(fixtures)
    .filter((name) => existsSync(path.join(fixtures, name, 'input.md')))
    .map((name) => [name, readFileSync(path.join(fixtures, name, 'input.md'), 'utf8')] as const)
    // Files Astro's own frontmatter reader refuses (YAML errors) never reach remark.
    .filter(([, text]) => {
      try {
        return Object.keys(parseFrontmatter(text, { frontmatter: 'empty-with-spaces' }).frontmatter).length > 0 && !text.startsWith('\uFEFF') && !text.includes('\r')
      } catch {
        return false
      }
    })

  it.each(cases)('%s: the document parseContent builds and its body diagnostics, at their places', async (name, text) => {
    const expected = parseContent(text, { now })
    const got = await messages(text)
    // Astro's YAML reader turns dates into Date objects and rolls an impossible date over
    // (2025-02-30 becomes 2025-03-02): from its value alone the error cannot be seen.
    if (name === 'impossible-date') expect(got.document).toBeDefined()
    else if (expected.document === undefined) expect(got.document).toBeUndefined()
    else expect({ ...(got.document as object), hash: '' }).toEqual({ ...expected.document, hash: '' })
    const end = text.indexOf('\n---', 3) + 4
    const bodyLine = text.slice(0, end).split('\n').length
    const inBody = (list: string[]): string[] => list.filter((item) => Number(item.split(':')[0]) > bodyLine)
    expect(inBody(got.list)).toEqual(inBody(expected.diagnostics.map((diagnostic) => `${diagnostic.place.start.line}:${diagnostic.place.start.column} ${diagnostic.ruleId}`)))
  })

  it.each(cases)('%s: remarkExosomeAstro, reading the file on disk, reports exactly what parseContent reports', async (name, text) => {
    const file = path.join(fixtures, name, 'input.md')
    const shown = path.relative(process.cwd(), file)
    const expected = parseContent(text, { path: shown, now }).diagnostics.filter((diagnostic) => diagnostic.severity === 'error')
    const outcome = await astroRender(text, [remarkExosomeAstro, { now }] as never, file).then(
      (result) => result.html,
      (error: unknown) => error as Error,
    )
    if (expected.length === 0) {
      expect(typeof outcome).toBe('string')
      return
    }
    expect(outcome).toBeInstanceOf(Error)
    const lines = (outcome as Error).message.split('\n').filter((line) => line.startsWith(`${shown}:`))
    expect(lines).toEqual(expected.map((diagnostic) => `${shown}:${diagnostic.place.start.line}:${diagnostic.place.start.column} ${diagnostic.ruleId} ${diagnostic.message}`))
  })

  it('reports body problems at the same line and column as parseContent', async () => {
    const bad = page.replace('Exosomes are very small vesicles that cells release into their surroundings.', 'Exosome therapy is a proven cure for arthritis.')
    const expected = parseContent(bad, { now }).diagnostics.map((diagnostic) => `${diagnostic.place.start.line}:${diagnostic.place.start.column} ${diagnostic.ruleId}`)
    expect(expected.length).toBeGreaterThan(0)
    expect((await messages(bad)).list).toEqual(expected)
  })
})
