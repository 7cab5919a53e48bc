import type { BlockContent, DefinitionContent, Nodes, RootContent } from 'mdast'
import type { EmbeddedDocument } from '../schema/document.js'
import { deepFreeze } from '../util/deep-freeze.js'
import { plainParagraphs } from '../util/plain-paragraphs.js'
import { embeddedFormat, type EmbeddedBlockData, type EmbeddedData, type EmbeddedOverrides, type EmbeddedSectionData, type EmbeddedTable } from './format.js'

// The loader runs in every app that imports the root entry: it is kept small, and its
// derivations need only be exact for the content they are used for (the compiler checks
// that and stores whatever they would not give).

type Mdast = Array<BlockContent | DefinitionContent>
type Block = EmbeddedDocument['intro'][number]
type Section = EmbeddedDocument['sections'][number]
type Claim = EmbeddedDocument['claims'][string]

const blockParents = new Set(['blockquote', 'list', 'listItem', 'containerDirective', 'footnoteDefinition', 'table', 'tableRow'])

// Text of a node: the values of its text, code and math, inline nodes side by side, blocks
// apart. Other nodes (raw HTML, breaks, images) give what the parser's text does not: the
// compiler then stores the text.
function plain(node: Nodes): string {
  if ('value' in node) return node.value
  return 'children' in node ? (node.children as Nodes[]).map(plain).join(blockParents.has(node.type) ? ' ' : '') : ''
}

/**
 * Plain text of content as the loader derives `text`: the parser's text (whitespace
 * normalised to single spaces) for content of paragraphs, lists, quotes and inline text,
 * code and links; the compiler stores the text wherever it differs.
 *
 * @param nodes Top-level nodes.
 * @returns The text.
 */
export function plainTextOfMdast(nodes: readonly RootContent[]): string {
  return nodes.map(plain).join(' ').replace(/[ \t\n\v\f\r\u2028\u2029]+/g, ' ').trim()
}

function rows([keys, ...entries]: EmbeddedTable): Array<Record<string, unknown>> {
  return entries.map((row) => Object.fromEntries(keys.flatMap((key, index) => (row[index] === null ? [] : [[key, row[index]]]))))
}

/**
 * Read a document written by `toEmbedded` (the data of a compiled module, such as the one
 * behind `exosomeOverview`): derived fields are filled in and the result is deep-frozen. It
 * holds no source positions.
 *
 * @param data Embedded data.
 * @returns The document, deep-frozen.
 * @throws {TypeError} When the data is not in the format this version reads.
 */
export function fromEmbedded(data: EmbeddedData): EmbeddedDocument {
  if (data[0] !== embeddedFormat) throw new TypeError(`Unexpected embedded data format, expected ${embeddedFormat}`)
  const [, [id, title, summary, locale, audience, version, lastReviewed, hash], references, disclaimers, glossary, intro, sections, extra] = data
  const claims: Record<string, Claim> = {}
  // Content and text of a narrative block or claim.
  const body = (markdown: string, { mdast, text }: EmbeddedOverrides = {}) => {
    const content = { markdown, mdast: (mdast as Mdast | undefined) ?? plainParagraphs(markdown) }
    return { content, text: (text as string | undefined) ?? plainTextOfMdast(content.mdast) }
  }
  const blocks = (list: readonly EmbeddedBlockData[], section: string): Block[] =>
    list.map((entry): Block => {
      if (entry[0] === 0) return { type: 'narrative', ...body(entry[1], entry[2]) }
      if (entry[0] === 2) return { type: 'claim', claim: entry[1], reuse: true }
      if (entry[0] === 3) return { type: 'disclaimer', disclaimer: entry[1] }
      if (entry[0] === 4) return { type: 'evidence-summary' }
      const [, claim, kind, evidence, cites, requires, markdown, overrides] = entry
      const { content, text } = body(markdown, overrides)
      claims[claim] = { id: claim, kind, evidence, cites, requires, text, content, section: (overrides?.['section'] as string | undefined) ?? section } as Claim
      return { type: 'claim', claim, reuse: false }
    })
  // Own blocks before subsections: source order, the order of `claims`.
  const section = ([id, title, depth, list, children, overrides]: EmbeddedSectionData): Section => {
    const own = blocks(list, id)
    const named = (type: string): string[] => [...new Set(own.flatMap((block) => (block.type === type ? [(block as unknown as Record<string, string>)[type] ?? ''] : [])))]
    return { id, title, depth, blocks: own, claims: named('claim'), disclaimers: named('disclaimer'), ...overrides, sections: children.map(section) }
  }
  const introBlocks = blocks(intro, '')
  const sectionList = sections.map(section)
  return deepFreeze({
    id,
    title,
    summary,
    locale,
    audience,
    version,
    lastReviewed,
    references: rows(references),
    disclaimers: rows(disclaimers).map(({ markdown, mdast, ...disclaimer }) => ({
      ...disclaimer,
      content: { markdown: markdown ?? disclaimer['text'], mdast: mdast ?? plainParagraphs(String(disclaimer['text'])) },
    })),
    glossary: rows(glossary),
    intro: introBlocks,
    sections: sectionList,
    claims,
    hash,
    ...(extra === undefined ? {} : { data: extra }),
  } as EmbeddedDocument)
}
