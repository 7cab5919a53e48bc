import { toJsonSchema } from '../schema/json-schema.js'
import type { IndexedClaim, IndexedEntry, ListName } from './types.js'

/** What the JSON Schema says about one frontmatter key. */
export interface KeyDoc {
  key: string
  description: string
  markdown: string
  required: boolean
  /** Allowed values, for keys with an enum. */
  values: string[] | undefined
}

type JsonNode = { properties?: Record<string, JsonNode>; items?: JsonNode; required?: string[]; enum?: unknown[]; description?: string; markdownDescription?: string }

let cached: Map<string, KeyDoc[]> | undefined

/**
 * The keys of a frontmatter mapping with their descriptions, from the same JSON Schema that
 * `toJsonSchema()` gives (so editors and this server describe a key alike).
 *
 * @param list The list whose entries the keys belong to, or undefined for the top level.
 * @returns The keys in schema order.
 */
export function frontmatterKeys(list: ListName | undefined): KeyDoc[] {
  if (cached === undefined) {
    cached = new Map()
    const root = toJsonSchema() as JsonNode
    const mappings: Array<[string, JsonNode | undefined]> = [
      ['', root],
      ['references', root.properties?.['references']?.items],
      ['disclaimers', root.properties?.['disclaimers']?.items],
      ['glossary', root.properties?.['glossary']?.items],
    ]
    for (const [name, node] of mappings) {
      cached.set(
        name,
        Object.entries(node?.properties ?? {}).map(([key, property]) => ({
          key,
          description: property.description ?? '',
          markdown: property.markdownDescription ?? property.description ?? '',
          required: node?.required?.includes(key) ?? false,
          values: property.enum?.map(String),
        })),
      )
    }
  }
  return cached.get(list ?? '') ?? []
}

const code = (text: string): string => `\`${text.replaceAll('`', "'")}\``
const field = (entry: IndexedEntry, key: string): string | undefined => (entry.fields[key] === undefined ? undefined : String(entry.fields[key]))

/**
 * A reference in one line: title, authors, where and when it was published.
 *
 * @param entry The reference.
 * @returns Plain text.
 */
export function referenceLine(entry: IndexedEntry): string {
  const parts = [field(entry, 'title') ?? entry.id, field(entry, 'authors'), field(entry, 'journal') ?? field(entry, 'publisher'), field(entry, 'date') ?? field(entry, 'year')]
  return parts.filter((part) => part !== undefined && part !== '').join('. ')
}

/**
 * A reference as hover markdown.
 *
 * @param entry The reference.
 * @returns Markdown.
 */
export function describeReference(entry: IndexedEntry): string {
  const lines = [`**${field(entry, 'title') ?? entry.id}**`, '']
  const facts = [`reference ${code(entry.id)}`, field(entry, 'kind') === undefined ? undefined : `kind ${code(field(entry, 'kind') ?? '')}`]
  lines.push(facts.filter((fact) => fact !== undefined).join(' · '))
  const source = [field(entry, 'authors'), field(entry, 'journal') ?? field(entry, 'publisher'), field(entry, 'volume'), field(entry, 'pages'), field(entry, 'date') ?? field(entry, 'year')]
  if (source.some((part) => part !== undefined)) lines.push('', source.filter((part) => part !== undefined).join(', '))
  const doi = field(entry, 'doi')
  const url = field(entry, 'url')
  if (doi !== undefined) lines.push('', `DOI: [${doi}](https://doi.org/${encodeURI(doi)})`)
  if (url !== undefined) lines.push('', `<${url}>`)
  return lines.join('\n')
}

/**
 * A disclaimer as hover markdown.
 *
 * @param entry The disclaimer.
 * @returns Markdown.
 */
export function describeDisclaimer(entry: IndexedEntry): string {
  const facts = [`disclaimer ${code(entry.id)}`, field(entry, 'kind') && `kind ${code(field(entry, 'kind') ?? '')}`, field(entry, 'placement') && `placement ${code(field(entry, 'placement') ?? '')}`]
  return [`**${field(entry, 'title') ?? entry.id}**`, '', facts.filter(Boolean).join(' · '), '', field(entry, 'text') ?? ''].join('\n').trimEnd()
}

/**
 * A claim as hover markdown: kind, grade, what it cites and which disclaimers it requires.
 *
 * @param claim The claim.
 * @param references The document's references, for titles.
 * @param disclaimers The document's disclaimers, for titles.
 * @returns Markdown.
 */
export function describeClaim(claim: IndexedClaim, references: readonly IndexedEntry[], disclaimers: readonly IndexedEntry[]): string {
  const title = (entries: readonly IndexedEntry[], id: string): string => {
    const entry = entries.find((candidate) => candidate.id === id)
    return entry === undefined ? `${code(id)} (not declared)` : `${code(id)}: ${field(entry, 'title') ?? ''}`
  }
  const lines = [`**Claim ${code(claim.id)}** · kind ${code(claim.kind ?? '?')} · evidence ${code(claim.evidence ?? '?')}`, '']
  lines.push(claim.cites.length === 0 ? 'Cites nothing.' : `Cites:\n${claim.cites.map((id) => `- ${title(references, id)}`).join('\n')}`)
  lines.push('', claim.required.length === 0 ? 'Requires no disclaimer.' : `Requires:\n${claim.required.map((id) => `- ${title(disclaimers, id)}`).join('\n')}`)
  if (claim.text !== '') lines.push('', `> ${(claim.text.length > 400 ? `${claim.text.slice(0, 397)}...` : claim.text).replaceAll(/\s+/g, ' ')}`)
  return lines.join('\n')
}
