import type { Heading, Root, RootContent } from 'mdast'
import { toString } from 'mdast-util-to-string'
import remarkDirective from 'remark-directive'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import type { Block } from '../../src/schema/section.js'
import type { ExosomeDocument } from '../../src/schema/document.js'
import type { Section } from '../../src/schema/section.js'

const markdown = unified().use(remarkParse)
const content = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkDirective)

/**
 * Text content with all whitespace removed (block joins differ between a whole parse and
 * the document's blocks; the characters and their order must not).
 *
 * @param text Any text.
 * @returns The text without whitespace.
 */
export function squeeze(text: string): string {
  return text.replace(/\s+/g, '')
}

/**
 * Text content of a markdown snippet parsed on its own.
 *
 * @param source The markdown.
 * @returns Its text, squeezed.
 */
export function markdownText(source: string): string {
  const tree = markdown.parse(source) as Root
  return squeeze(tree.children.map((node) => toString(node)).join(''))
}

/**
 * Text content of a content file's body as written: frontmatter left out, a claim's text
 * counted where it is defined (directive fences and attributes are markup, not text), and a
 * leading `#` title heading returned apart (the document keeps it as `title`).
 *
 * @param source The content file.
 * @returns The title heading's text (if any) and the rest of the text, squeezed.
 */
export function sourceText(source: string): { title: string | undefined; text: string } {
  const nodes = (content.parse(source) as Root).children.filter((node) => node.type !== 'yaml')
  const first = nodes[0]
  const title = first?.type === 'heading' && first.depth === 1 ? squeeze(toString(first)) : undefined
  const text = (node: RootContent): string => (node.type === 'heading' && node.depth > 1 ? withoutHeadingId(node, source) : toString(node))
  return { title, text: squeeze(nodes.slice(title === undefined ? 0 : 1).map(text).join('')) }
}

// A section heading's `{#id}` is its id, not its title: the text of the heading without it,
// read from the source line (closing `#`s and trailing comments aside; `\{` is a brace). A
// comment after the id is HTML, which a title leaves out.
function withoutHeadingId(heading: Heading, source: string): string {
  let end = heading.children.length
  while (end > 0 && heading.children[end - 1]?.type === 'html') end--
  const whole = heading.children.slice(0, end).map((child) => toString(child)).join('').trimEnd()
  const raw = source
    .slice(heading.position?.start.offset ?? 0, heading.position?.end.offset ?? 0)
    .replace(/(?:[ \t]*<!--[\s\S]*?-->)+[ \t]*$/, '')
    .replace(/[ \t]+#+[ \t]*$/, '')
    .replace(/\r?\n[ \t]*(?:=+|-+)[ \t]*$/, '')
  const written = /(?<!\\)(?:\\\\)*\{#([^{}\\&\r\n]*)\}$/.exec(raw)
  const suffix = written === null ? '' : `{#${written[1] ?? ''}}`
  return suffix !== '' && whole.endsWith(suffix) ? whole.slice(0, -suffix.length) : whole
}

function blockText(document: ExosomeDocument, block: Block): string {
  if (block.type === 'narrative') return block.content.mdast.map((node) => toString(node)).join('')
  if (block.type === 'claim' && !block.reuse) return document.claims[block.claim]?.content.mdast.map((node) => toString(node)).join('') ?? ''
  return ''
}

function sectionText(document: ExosomeDocument, section: Section): string {
  return section.title + section.blocks.map((block) => blockText(document, block)).join('') + section.sections.map((child) => sectionText(document, child)).join('')
}

/**
 * Text content of a parsed document in source order: intro, section titles, narrative and claims.
 *
 * @param document The document.
 * @returns Its text, squeezed.
 */
export function documentText(document: ExosomeDocument): string {
  return squeeze(document.intro.map((block) => blockText(document, block)).join('') + document.sections.map((section) => sectionText(document, section)).join(''))
}
