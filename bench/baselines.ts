/**
 * Baselines measured in the same process as our code, on the same bytes.
 * Every processor is built once, at module load, as a careful user would.
 */
import type { Root } from 'mdast'
import type { Root as HastRoot } from 'hast'
import MarkdownIt from 'markdown-it'
import rehypeSanitize from 'rehype-sanitize'
import rehypeStringify from 'rehype-stringify'
import remarkDirective from 'remark-directive'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import { unified } from 'unified'
import YAML from 'yaml'
import type { ExosomeDocument } from '../src/schema/document.js'

const parser = unified().use(remarkParse).use(remarkFrontmatter).use(remarkDirective)
const toHtml = unified().use(remarkRehype).use(rehypeSanitize).use(rehypeStringify)
const markdownIt = new MarkdownIt()

/**
 * The parse floor: remark-parse + remark-frontmatter + remark-directive, then `yaml.parse`
 * of the frontmatter.
 *
 * @param source Markdown with YAML frontmatter.
 * @returns The mdast and the parsed frontmatter.
 */
export function remarkBaseline(source: string): { tree: Root; data: unknown } {
  const tree = parser.parse(source)
  const first = tree.children[0]
  const data = first?.type === 'yaml' ? YAML.parse(first.value) : undefined
  return { tree, data }
}

/**
 * The body's mdast without the frontmatter node: the input of the HTML baseline.
 *
 * @param source Markdown with YAML frontmatter.
 * @returns The mdast root of the body.
 */
export function bodyTree(source: string): Root {
  const tree = parser.parse(source)
  return { ...tree, children: tree.children.filter((node) => node.type !== 'yaml') }
}

/**
 * The HTML render floor: mdast -> remark-rehype -> rehype-sanitize -> rehype-stringify, from an
 * already parsed tree (renderDocument also starts from parsed content).
 *
 * @param tree mdast root (not mutated).
 * @returns Sanitized HTML.
 */
export function htmlBaseline(tree: Root): string {
  const hast = toHtml.runSync(tree) as HastRoot
  return toHtml.stringify(hast)
}

/**
 * The whole bare pipeline from source: parse, then {@link htmlBaseline}.
 *
 * @param source Markdown with YAML frontmatter.
 * @returns Sanitized HTML.
 */
export function htmlFromSource(source: string): string {
  return htmlBaseline(bodyTree(source))
}

/**
 * The visible content of a rendered document as plain markdown: the source body, then the
 * disclaimers, glossary and reference list that `renderDocument` adds from the frontmatter.
 * Its mdast is the input of the same-content HTML baseline.
 *
 * @param source The content file.
 * @param document The parsed document.
 * @returns Markdown.
 */
export function contentMarkdown(source: string, document: ExosomeDocument): string {
  const body = source.replace(/^---\n[\s\S]*?\n---\n/, '')
  const disclaimers = document.disclaimers.map((item) => `**${item.title}.** ${item.text}`).join('\n\n')
  const glossary = document.glossary.map((item) => `- **${item.term}**: ${item.definition}`).join('\n')
  const references = document.references
    .map((item, index) => `${index + 1}. ${item.authors ?? item.publisher ?? ''}. ${item.title}. ${item.journal ?? ''} ${item.year ?? item.date ?? ''}. ${item.doi ? `[doi:${item.doi}](https://doi.org/${item.doi})` : `<${item.url ?? ''}>`}`)
    .join('\n')
  return `${body}\n\n## Disclaimers\n\n${disclaimers}\n\n## Glossary\n\n${glossary}\n\n## References\n\n${references}\n`
}

/**
 * markdown-it's render, the fast non-remark reference (directives come out as text).
 *
 * @param source Markdown.
 * @returns HTML.
 */
export function markdownItRender(source: string): string {
  return markdownIt.render(source)
}
