import type { Element, ElementContent } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import type { Root, RootContent } from 'mdast'
import { relative } from 'node:path'
import { readRegularFileSync } from '../node/read-file.js'
import remarkDirective from 'remark-directive'
import remarkFrontmatter from 'remark-frontmatter'
import type { Processor, Transformer } from 'unified'
import type { VFile } from 'vfile'
import { resolveLimits } from '../parser/limits.js'
import { normaliseOptions, parseContent } from '../parser/parse.js'
import { astroFrontmatterKeys } from '../parser/astro-frontmatter.js'
import { analyzeFile } from '../parser/plugin.js'
import type { ParseOptions } from '../parser/types.js'
import { renderDocument } from '../render/render.js'
import { resolveRenderOptions, type RenderOptions } from '../render/options.js'
import { ContentBuildError, formatPositioned } from './errors.js'

/** Options of {@link remarkExosomeAstro}. */
export interface RemarkExosomeAstroOptions extends ParseOptions {
  /**
   * How the page is rendered (the options of `renderDocument`, without `format`).
   *
   * @default {} (inline disclaimers, numeric citations, `exo-` id prefix)
   */
  render?: Omit<RenderOptions, 'format'> | undefined
}

/** The mdast node carrying the rendered page: `mdast-util-to-hast` turns it into `hName`. */
interface RenderedPageNode {
  type: 'exosomeRenderedPage'
  data: { hName: string; hProperties: Element['properties']; hChildren: ElementContent[] }
}

/**
 * The rendered page as one mdast node whose hast form is the renderer's sanitized HTML. It
 * is hast, not raw HTML, so it reaches the page whatever `markdown.remarkRehype` says about
 * raw HTML.
 *
 * @param html The sanitized HTML of `renderDocument`.
 * @returns The node.
 */
function renderedPage(html: string): RenderedPageNode {
  const fragment = fromHtml(html, { fragment: true })
  const root = fragment.children.find((child): child is Element => child.type === 'element')
  if (root === undefined) throw new Error('exosome-content: the renderer returned no element')
  return { type: 'exosomeRenderedPage', data: { hName: root.tagName, hProperties: root.properties, hChildren: root.children } }
}

/**
 * The file as written, when remark got Astro's view of it (frontmatter blanked with spaces)
 * and the file on disk is that very text: diagnostics then carry their exact positions in
 * the frontmatter too, and the document its exact content hash.
 *
 * @param file The file remark parsed.
 * @returns The text on disk, or undefined (no path, unreadable, or another text).
 */
function originalSource(file: VFile): string | undefined {
  if (file.path === '') return undefined
  const seen = String(file)
  let original: string | undefined
  try {
    original = readRegularFileSync(file.path, file.path, { missingOk: true })
  } catch {
    return undefined
  }
  if (original === undefined || original.length !== seen.length) return undefined
  const firstContent = seen.search(/\S/)
  const blanked = firstContent < 0 ? seen.length : firstContent
  for (let index = 0; index < seen.length; index++) {
    if (seen[index] === original[index]) continue
    // Only the frontmatter block may differ, and only by characters Astro turned to spaces.
    if (index >= blanked || seen[index] !== ' ' || original[index] === '\n' || original[index] === '\r') return undefined
  }
  return withoutAstroKeys(original, blanked)
}

/**
 * Astro's own top-level frontmatter keys (`layout`) turned into YAML comments, in place: the
 * document does not hold them, and every position stays where it was.
 *
 * @param source The file.
 * @param frontmatterEnd Where the frontmatter block ends.
 * @returns The source to parse.
 */
function withoutAstroKeys(source: string, frontmatterEnd: number): string {
  const head = source.slice(0, frontmatterEnd)
  const keys = astroFrontmatterKeys.map((key) => key.replace(/[^\w-]/g, '')).join('|')
  return head.replace(new RegExp(`^(?:${keys}):(?=[ \t]|$)`, 'gm'), (match) => `#${match.slice(1)}`) + source.slice(frontmatterEnd)
}

/**
 * remark plugin for Astro's markdown pipeline (`markdown.remarkPlugins` in `astro.config`):
 * each markdown page is read as an exosome-content document, with the frontmatter Astro has
 * already parsed, and validated; a page with an error fails the build with every error as
 * `file:line:column rule-id message`; warnings are printed. A valid page is rendered by the
 * package's HTML renderer, so each claim directive becomes its sanitized claim block with the
 * disclaimers it requires, and each disclaimer directive the disclaimer's text, exactly as
 * `renderDocument` writes them. The document is on `file.data.exosomeDocument`.
 *
 * Pages without frontmatter are left alone: only exosome-content pages are read.
 *
 * @param options Parse options (policy, limits, `now`) and render options.
 * @returns The transformer.
 * @throws {ContentBuildError} From the transformer, for a page with an error.
 * @example
 * ```js
 * // astro.config.mjs
 * import { defineConfig } from 'astro/config'
 * import { remarkExosomeAstro } from 'exosome-content/astro'
 * export default defineConfig({ markdown: { remarkPlugins: [remarkExosomeAstro] } })
 * ```
 */
export function remarkExosomeAstro(this: Processor, options?: RemarkExosomeAstroOptions | undefined): Transformer<Root, Root> {
  const { render = {}, ...parseOptions } = options ?? {}
  const settings = normaliseOptions(parseOptions)
  const limits = resolveLimits(parseOptions.limits)
  // Bad render options fail here, at config time, not on the first page.
  resolveRenderOptions({ ...render, format: 'html' })
  const used = new Set<unknown>(this.attachers.map((attacher) => attacher[0]))
  if (!used.has(remarkFrontmatter)) remarkFrontmatter.call(this as never, ['yaml'])
  if (!used.has(remarkDirective)) remarkDirective.call(this as never)

  return (tree: Root, file: VFile): undefined => {
    const astro = (file.data as { astro?: { frontmatter?: unknown } }).astro
    const hasFrontmatter = tree.children[0]?.type === 'yaml' || (astro?.frontmatter !== null && typeof astro?.frontmatter === 'object' && Object.keys(astro.frontmatter).length > 0)
    if (!hasFrontmatter) return undefined
    const shown = settings.path ?? (file.path === '' ? '<input>' : relative(process.cwd(), file.path))
    const original = originalSource(file)
    const result = original === undefined ? analyzeFile(tree, file, parseOptions, { ...settings, path: shown }, limits) : parseContent(original, { ...parseOptions, path: shown })
    file.data.exosomeDocument = result.document
    const errors = result.diagnostics.filter((diagnostic) => diagnostic.severity === 'error')
    if (errors.length > 0 || result.document === undefined) throw new ContentBuildError(shown, errors)
    for (const diagnostic of result.diagnostics) {
      if (diagnostic.severity === 'warning') console.warn(`[exosome-content] ${formatPositioned(shown, diagnostic)}`)
    }
    tree.children = [renderedPage(renderDocument(result.document, { ...render, format: 'html' })) as unknown as RootContent]
    return undefined
  }
}
