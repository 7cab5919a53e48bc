import type { BlockContent, DefinitionContent, Nodes, RootContent } from 'mdast'
import type { EmbeddedDocument } from '../schema/document.js'
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

// The data is fresh JSON-like data (objects and arrays, no symbols, nothing shared): each
// object is frozen after what it holds.
function freeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const key in value) freeze(value[key])
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
  // Content and text of a narrative block or claim.
  const body = (markdown: string, { mdast = plainParagraphs(markdown), text = plainTextOfMdast(mdast as Mdast) }: EmbeddedOverrides = {}) => ({ content: { markdown, mdast }, text })
  const blocks = (list: readonly EmbeddedBlockData[], section: string): Block[] =>
    list.map((entry) => {
      const [type, value] = entry
      if (type === 1) {
        const [, claim, kind, evidence, cites, requires, markdown, overrides] = entry
        claims[claim] = { id: claim, kind, evidence, cites, requires, ...body(markdown, overrides), section: (overrides?.["section"] as string | undefined) ?? section } as unknown as Claim
        return { type: 'claim', claim, reuse: false }
      }
      return (type === 0 ? { type: 'narrative', ...body(value, entry[2]) } : type === 2 ? { type: 'claim', claim: value, reuse: true } : type === 3 ? { type: 'disclaimer', disclaimer: value } : { type: 'evidence-summary' }) as Block
    })
  // Own blocks before subsections: source order, the order of `claims`.
  const section = ([id, title, depth, list, children, overrides]: EmbeddedSectionData): Section => {
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
    references: rows(references),
    disclaimers: rows(disclaimers).map(({ markdown, mdast, ...disclaimer }) => ({
      ...disclaimer,
      content: { markdown: markdown ?? disclaimer['text'], mdast: mdast ?? plainParagraphs(String(disclaimer['text'])) },
    })),
    glossary: rows(glossary),
    intro: blocks(intro, ''),
    sections: sections.map(section),
    claims,
    hash,
    ...(extra === undefined ? {} : { data: extra }),
  } as EmbeddedDocument)
}
