import type { BlockContent, DefinitionContent, Nodes, RootContent } from 'mdast'
import type { EmbeddedDocument } from '../schema/document.js'
import { embeddedFormat, type EmbeddedBlockData, type EmbeddedData, type EmbeddedOverrides, type EmbeddedSectionData, type EmbeddedTable } from './format.js'

// The loader runs in every app that imports the root entry: it is kept small, and its
// derivations need only be exact for the content they are used for (the compiler checks
// that and stores whatever they would not give).

type Mdast = Array<BlockContent | DefinitionContent>
type Block = EmbeddedDocument['intro'][number]
type Section = EmbeddedDocument['sections'][number]
type Claim = EmbeddedDocument['claims'][string]

/**
 * The mdast the loader derives from markdown: a paragraph of one text node per run of lines
 * between blank lines, which is what the parser gives plain paragraphs written without
 * indentation or trailing spaces; the compiler stores the mdast wherever it differs.
 *
 * @param markdown Markdown.
 * @returns Paragraph nodes.
 */
export function paragraphsOfMarkdown(markdown: string): Mdast {
  return markdown.split(/\n\n+/).map((value) => ({ type: 'paragraph', children: [{ type: 'text', value }] }))
}

// Text of a node: the values of its text, code and math; a paragraph's inline nodes side by
// side, anything else's children apart. Other nodes (raw HTML, breaks, images) and inline
// nodes of several children give what the parser's text may not: the compiler then stores
// the text.
function plain(node: Nodes): string {
  return 'value' in node ? node.value : 'children' in node ? (node.children as Nodes[]).map(plain).join(node.type === 'paragraph' ? '' : ' ') : ''
}

/**
 * Plain text of content as the loader derives `text`: the parser's text (whitespace
 * normalised to single spaces) for content of paragraphs, lists, quotes and inline text and
 * code; the compiler stores the text wherever it differs.
 *
 * @param nodes Top-level nodes.
 * @returns The text.
 */
export function plainTextOfMdast(nodes: readonly RootContent[]): string {
  return nodes.map(plain).join(' ').replace(/[ \t\n\v\f\r\u2028\u2029]+/g, ' ').trim()
}

/**
 * A section's id as the loader derives it from its title: lower case, without what is
 * neither a Basic Latin letter or digit, a space nor a hyphen, spaces as hyphens (the GitHub
 * slug of most English titles; a Unicode-aware pattern cost more to compile at import than
 * it saves). The compiler stores the id wherever it differs.
 *
 * @param title Section title.
 * @returns The id.
 */
export function slugOfTitle(title: string): string {
  return title.toLowerCase().replace(/[^a-z0-9 -]/g, '').replaceAll(' ', '-')
}

// A table is stored by column: `[keys, ...columns]`.
function rows([keys, ...columns]: EmbeddedTable): Array<Record<string, unknown>> {
  return (columns[0] ?? []).map((_, row) => Object.fromEntries(columns.flatMap((column, index) => (column[row] === null ? [] : [[keys[index], column[row]]]))))
}

// The data is fresh JSON-like data (objects and arrays, no symbols, nothing shared): each
// object is frozen after what it holds. Arrays by index: `for...in` walks an array's
// indexes as strings, which made a cold import of the root entry about 2 ms slower.
function freeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    if (Array.isArray(value)) for (let index = 0; index < value.length; index++) freeze(value[index])
    else for (const key in value) freeze(value[key])
    Object.freeze(value)
  }
  return value
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
  const referenceRows = rows(references)
  const disclaimerRows = rows(disclaimers)
  // Ids of references and disclaimers are stored as their index in the document's list.
  const ids = (list: Array<Record<string, unknown>>, indexes: ReadonlyArray<number | string>) => indexes.map((index) => (typeof index === 'number' ? list[index]?.['id'] : index)) as string[]
  // Content and text of a narrative block or claim.
  const body = (markdown: string, { mdast = paragraphsOfMarkdown(markdown), text = plainTextOfMdast(mdast as Mdast) }: EmbeddedOverrides = {}) => ({ content: { markdown, mdast }, text })
  const blocks = (list: readonly EmbeddedBlockData[], section: string): Block[] =>
    list.map((entry) => {
      const [type, value] = entry
      if (type === 1) {
        const [, claim, kind, evidence, cites, requires, markdown, overrides] = entry
        claims[claim] = { id: claim, kind, evidence, cites: ids(referenceRows, cites), requires: ids(disclaimerRows, requires), ...body(markdown, overrides), section: (overrides?.['section'] as string | undefined) ?? section } as unknown as Claim
        return { type: 'claim', claim, reuse: false }
      }
      return (type === 0 ? { type: 'narrative', ...body(value, entry[2]) } : type === 2 ? { type: 'claim', claim: value, reuse: true } : type === 3 ? { type: 'disclaimer', disclaimer: ids(disclaimerRows, [value])[0] } : { type: 'evidence-summary' }) as Block
    })
  // Own blocks before subsections: source order, the order of `claims`.
  const section = ([stored, title, depth, list, children, overrides]: EmbeddedSectionData): Section => {
    const id = stored || slugOfTitle(title)
    const own = blocks(list, id) as unknown as Array<Record<string, string>>
    const named = (type: string) => [...new Set(own.filter((block) => block['type'] === type).map((block) => block[type]))]
    return { id, title, depth, blocks: own, claims: named('claim'), disclaimers: named('disclaimer'), ...overrides, sections: children.map(section) } as unknown as Section
  }
  return freeze({
    id,
    title,
    summary,
    locale,
    audience,
    version,
    lastReviewed,
    references: referenceRows,
    // A disclaimer's markdown is its text unless stored; its mdast, the markdown's plain paragraphs unless stored.
    disclaimers: disclaimerRows.map(({ markdown, mdast, ...disclaimer }) => ({ ...disclaimer, content: body((markdown ?? disclaimer['text']) as string, { mdast }).content })),
    glossary: rows(glossary),
    intro: blocks(intro, ''),
    sections: sections.map(section),
    claims,
    hash,
    ...(extra === undefined ? {} : { data: extra }),
  } as EmbeddedDocument)
}
