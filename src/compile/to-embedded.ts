import type { RootContent } from 'mdast'
import type { EmbeddedDocument } from '../schema/document.js'
import { embeddedFormat, type EmbeddedBlockData, type EmbeddedData, type EmbeddedIdRef, type EmbeddedOverrides, type EmbeddedSectionData, type EmbeddedTable } from './format.js'
import { fromEmbedded, paragraphsOfMarkdown, plainTextOfMdast, slugOfTitle } from './inflate.js'

type Block = EmbeddedDocument['intro'][number]
type Section = EmbeddedDocument['sections'][number]

// A copy of JSON-like data without any `position` key (source positions of the document).
function withoutPositions<T>(value: T): T {
  return JSON.parse(JSON.stringify(value, (key, item: unknown) => (key === 'position' ? undefined : item))) as T
}

// JSON with keys sorted: equal exactly when the data is equal, whatever the key order.
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item !== null && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : item,
  )
}

function table(entries: ReadonlyArray<object>): EmbeddedTable {
  // Every key some entry holds (a `null` field is absent, as in the rows).
  const keys = [...new Set(entries.flatMap((entry) => Object.keys(entry).filter((key) => (entry as Record<string, unknown>)[key] !== null)))]
  return [keys, ...keys.map((key) => entries.map((entry) => (entry as Record<string, unknown>)[key] ?? null))]
}

// What the loader cannot derive, or `undefined` when it derives everything.
function overridesOf(fields: Record<string, [stored: unknown, derived: unknown]>): EmbeddedOverrides | undefined {
  const overrides: EmbeddedOverrides = {}
  for (const [name, [stored, derived]] of Object.entries(fields)) if (canonical(stored) !== canonical(derived)) overrides[name] = stored
  return Object.keys(overrides).length > 0 ? overrides : undefined
}

function contentFields(markdown: string, mdast: readonly RootContent[], text: string): Record<string, [unknown, unknown]> {
  return { mdast: [mdast, paragraphsOfMarkdown(markdown)], text: [text, plainTextOfMdast(mdast)] }
}

function withOverrides<T extends unknown[]>(tuple: T, overrides: EmbeddedOverrides | undefined): T {
  return (overrides === undefined ? tuple : [...tuple, overrides]) as T
}

function idsOf(blocks: readonly Block[], type: 'claim' | 'disclaimer'): string[] {
  return [...new Set(blocks.flatMap((block) => (block.type === 'claim' && type === 'claim' ? [block.claim] : block.type === 'disclaimer' && type === 'disclaimer' ? [block.disclaimer] : [])))]
}

/**
 * Turn a document into the embedded data format: compact, JSON-serialisable data without
 * source positions, from which `fromEmbedded` rebuilds the same document (every field but
 * the positions). Derivable fields (plain-paragraph mdast, plain text, a section's claim and
 * disclaimer lists, a claim's section) are stored only where the derivation would differ.
 *
 * @param document A document from `parseContent` (or an embedded one).
 * @returns The embedded data.
 * @throws {Error} When the data would not read back as the same document (a field the
 *   format does not hold): nothing is ever dropped silently.
 */
export function toEmbedded(document: EmbeddedDocument): EmbeddedData {
  return compileDocument(document).data
}

/**
 * Compile a document: its embedded data ({@link toEmbedded}) and the document that data reads
 * back as (what `fromEmbedded` gives at import), from the one round trip that checks nothing
 * was dropped. For a consumer that needs the compiled document itself (the Astro loader).
 *
 * @param document A document from `parseContent` (or an embedded one).
 * @returns The embedded data and the frozen document it reads back as.
 * @throws {Error} When the data would not read back as the same document.
 */
export function compileDocument(document: EmbeddedDocument): { data: EmbeddedData; document: EmbeddedDocument } {
  const source = withoutPositions(document)
  const claims = source.claims
  // A reference or disclaimer id as its index in the document's list, or itself when absent.
  const indexOf = (list: ReadonlyArray<{ id: string }>, id: string): EmbeddedIdRef => {
    const index = list.findIndex((entry) => entry.id === id)
    return index < 0 ? id : index
  }
  const indexes = (list: ReadonlyArray<{ id: string }>, ids: readonly string[]) => ids.map((id) => indexOf(list, id))

  const block = (entry: Block, sectionId: string): EmbeddedBlockData => {
    if (entry.type === 'narrative') {
      const { markdown, mdast } = entry.content
      return withOverrides<EmbeddedBlockData>([0, markdown], overridesOf(contentFields(markdown, mdast, entry.text)))
    }
    if (entry.type === 'disclaimer') return [3, indexOf(source.disclaimers, entry.disclaimer)]
    if (entry.type === 'evidence-summary') return [4]
    const claim = Object.hasOwn(claims, entry.claim) ? claims[entry.claim] : undefined
    if (entry.reuse || claim === undefined) return [2, entry.claim]
    const { markdown, mdast } = claim.content
    const overrides = overridesOf({ ...contentFields(markdown, mdast, claim.text), section: [claim.section, sectionId] })
    return withOverrides<EmbeddedBlockData>([1, claim.id, claim.kind, claim.evidence, indexes(source.references, claim.cites), indexes(source.disclaimers, claim.requires), markdown], overrides)
  }

  const section = (entry: Section): EmbeddedSectionData => {
    const overrides = overridesOf({
      claims: [entry.claims, idsOf(entry.blocks, 'claim')],
      disclaimers: [entry.disclaimers, idsOf(entry.blocks, 'disclaimer')],
    })
    return withOverrides<EmbeddedSectionData>(
      [entry.id === slugOfTitle(entry.title) ? 0 : entry.id, entry.title, entry.depth, entry.blocks.map((item) => block(item, entry.id)), entry.sections.map(section)],
      overrides,
    )
  }

  const disclaimers = table(
    source.disclaimers.map(({ content, ...disclaimer }) => ({
      ...disclaimer,
      markdown: content.markdown === disclaimer.text ? null : content.markdown,
      mdast: canonical(content.mdast) === canonical(paragraphsOfMarkdown(content.markdown)) ? null : content.mdast,
    })),
  )
  const data: EmbeddedData = [
    embeddedFormat,
    [source.id, source.title, source.summary, source.locale, source.audience, source.version, source.lastReviewed, source.hash],
    table(source.references),
    disclaimers,
    table(source.glossary),
    source.intro.map((item) => block(item, '')),
    source.sections.map(section),
  ]
  if (source.data !== undefined) data.push(source.data)
  const compiled = fromEmbedded(data)
  const back = canonical(compiled)
  const expected = canonical(source)
  if (back !== expected) {
    let at = 0
    while (at < back.length && back[at] === expected[at]) at++
    throw new Error(`Unexpected document \`${document.id}\` that does not read back the same from embedded data (first difference near ${JSON.stringify(expected.slice(Math.max(0, at - 60), at + 60))}), expected a document as parseContent returns it`)
  }
  return { data, document: compiled }
}
