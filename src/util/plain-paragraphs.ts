import type { BlockContent, DefinitionContent } from 'mdast'

/**
 * The mdast remark-parse gives markdown made only of plain paragraphs (text without markup,
 * separated by blank lines), without positions.
 *
 * @param markdown Markdown.
 * @returns Paragraph nodes.
 */
export function plainParagraphs(markdown: string): Array<BlockContent | DefinitionContent> {
  return markdown
    .split(/\n(?:[ \t]*\n)+/)
    .map((chunk) => chunk.replace(/^[ \t]+|[ \t]+$/gm, '').replace(/^\n+|\n+$/g, ''))
    .filter((value) => value !== '')
    .map((value) => ({ type: 'paragraph', children: [{ type: 'text', value }] }))
}

// Letters, digits, marks, spaces, line feeds and punctuation that CommonMark never reads as
// markup inside a paragraph.
const plainCharacters = /^[\p{L}\p{N}\p{M} \n,.;?'"()%/-]*$/u
// What would open another construct at the start of a line: a list item (`-`, `1.`, `1)`),
// a thematic break or setext underline (`-`), an indented code block (four spaces).
const lineOpener = /^(?: {4}| *-| *\d+[.)])/m

/**
 * Whether markdown is plain paragraphs only, decided without a parser, conservatively: only
 * characters that are never markup, no line that could open a list, break, heading or code
 * block, no hard line break. `plainParagraphs` gives exactly its mdast.
 *
 * @param markdown Markdown.
 * @returns True when `plainParagraphs(markdown)` is what remark-parse would give.
 */
export function isPlainMarkdown(markdown: string): boolean {
  return plainCharacters.test(markdown) && !lineOpener.test(markdown) && !/ {2}\n/.test(markdown)
}
