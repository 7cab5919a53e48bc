import type { BlockContent, DefinitionContent, Nodes } from 'mdast'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import type { Diagnostic } from '../schema/diagnostic.js'
import type { Disclaimer, DocumentDisclaimer } from '../schema/disclaimer.js'
import type { Position } from '../schema/primitives.js'
import { isPlainMarkdown, plainParagraphs } from '../util/plain-paragraphs.js'
import type { ParseLimits } from './limits.js'
import { scanBody } from './prescan-body.js'
import { createScanContext } from './prescan-context.js'

// Disclaimer texts are CommonMark (no directives, no frontmatter), as renderers show them.
const processor = unified().use(remarkParse).freeze()

/** What reading the frontmatter's markdown gives. */
export interface FrontmatterMarkdown {
  /** The disclaimers with the parsed content of their text (none when a text is past a limit). */
  disclaimers: DocumentDisclaimer[]
  /** A `limit-*` error per text past a limit, at that text's place in the frontmatter. */
  diagnostics: Diagnostic[]
}

// Positions inside a YAML scalar do not map onto the file (quotes, escapes, folding): drop them.
function withoutPositions(nodes: Nodes[]): void {
  const stack = [...nodes]
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    delete node.position
    if ('children' in node) stack.push(...node.children)
  }
}

/**
 * Parse the markdown of every disclaimer `text` once, at parse time, under the same input
 * limits as the body (checked first by the linear pre-scan), so that renderers render the
 * parsed tree and never parse markdown themselves.
 *
 * @param disclaimers The frontmatter's valid disclaimers.
 * @param limits The limits in force.
 * @param locate File position of a frontmatter value by its data path.
 * @param file Path stamped on diagnostics, when known.
 * @returns The disclaimers with their content, and the diagnostics.
 */
export function readFrontmatterMarkdown(
  disclaimers: readonly Disclaimer[],
  limits: Readonly<ParseLimits>,
  locate: (path: ReadonlyArray<PropertyKey>) => Position | undefined,
  file: string | undefined,
): FrontmatterMarkdown {
  const diagnostics: Diagnostic[] = []
  const read = disclaimers.map((disclaimer, index): DocumentDisclaimer => {
    const context = createScanContext(disclaimer.text, limits, file)
    scanBody(context, 0)
    if (context.found.size > 0) {
      const place = locate(['disclaimers', index, 'text']) ?? locate(['disclaimers', index]) ?? { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } }
      for (const found of context.found.values()) {
        diagnostics.push({ ...found, message: `${found.message} in the \`text\` of disclaimer \`${disclaimer.id}\``, place })
      }
      return { ...disclaimer, content: { markdown: disclaimer.text, mdast: [] } }
    }
    // Most disclaimer texts are plain sentences: their mdast is known without a parse.
    if (isPlainMarkdown(disclaimer.text)) return { ...disclaimer, content: { markdown: disclaimer.text, mdast: plainParagraphs(disclaimer.text) } }
    const children = processor.parse(disclaimer.text).children
    withoutPositions(children)
    return { ...disclaimer, content: { markdown: disclaimer.text, mdast: children as Array<BlockContent | DefinitionContent> } }
  })
  return { disclaimers: read, diagnostics }
}
