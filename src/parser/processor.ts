import type { Root } from 'mdast'
import remarkDirective from 'remark-directive'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import { unified } from 'unified'

// Built once: parsing is the only thing it does, and a frozen processor is reusable.
const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkDirective).freeze()

/**
 * Parse markdown with frontmatter and directives into mdast.
 *
 * @param source The file's text (without a byte order mark).
 * @returns The mdast root.
 */
export function parseMarkdown(source: string): Root {
  return processor.parse(source)
}
