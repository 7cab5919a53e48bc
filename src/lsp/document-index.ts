import type { Nodes, Root } from 'mdast'
import { isMap, isScalar, isSeq, parseDocument, type Node as YamlNode } from 'yaml'
import { scanAttributes, splitTokenValue, type AttributeToken } from '../parser/directive-attributes.js'
import { plainText } from '../parser/plain-text.js'
import { parseMarkdown } from '../parser/processor.js'
import { createSectionIds } from '../parser/section-ids.js'
import type { ResolvedPolicy } from '../rules/policy.js'
import type { ClaimKind } from '../schema/claim.js'
import { createLineIndex, type LineIndex } from '../util/line-index.js'
import type { DocumentIndex, IdUsage, IndexedClaim, IndexedEntry, ListName, Span, UsageKind } from './types.js'

const lists: readonly ListName[] = ['references', 'disclaimers', 'glossary']

type Directive = Extract<Nodes, { type: 'containerDirective' | 'leafDirective' | 'textDirective' }>

const isDirective = (node: Nodes): node is Directive =>
  node.type === 'containerDirective' || node.type === 'leafDirective' || node.type === 'textDirective'

function yamlSpan(node: Nodes, lines: LineIndex): Span | undefined {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  if (start === undefined || end === undefined) return undefined
  const text = lines.text
  let base = lines.lineEnd(start)
  if (text[base] === '\r') base++
  if (text[base] === '\n') base++
  const closing = end - (lines.point(end).column - 1)
  return { start: base, end: Math.max(base, closing) }
}

function scalarText(node: unknown): string | undefined {
  return isScalar(node) && (typeof node.value === 'string' || typeof node.value === 'number') ? String(node.value) : undefined
}

function rangeOf(node: YamlNode | null | undefined, shift: number): Span | undefined {
  const range = node?.range
  return range === undefined || range === null ? undefined : { start: range[0] + shift, end: range[1] + shift }
}

/** Read the frontmatter lists from the YAML as written: entries with an id, and glossary cites. */
function indexFrontmatter(yaml: string, shift: number, index: DocumentIndex): void {
  const document = parseDocument(yaml, { uniqueKeys: false, prettyErrors: false, logLevel: 'silent' })
  if (!isMap(document.contents)) return
  for (const pair of document.contents.items) {
    const list = scalarText(pair.key)
    if (!lists.includes(list as ListName) || !isSeq(pair.value)) continue
    for (const item of pair.value.items) {
      if (!isMap(item)) continue
      const fields: IndexedEntry['fields'] = {}
      let idSpan: Span | undefined
      for (const field of item.items) {
        const key = scalarText(field.key)
        if (key === undefined) continue
        if (isScalar(field.value) && ['string', 'number', 'boolean'].includes(typeof field.value.value)) {
          fields[key] = field.value.value as string | number | boolean
          if (key === 'id') idSpan = rangeOf(field.value, shift)
        }
        if (list === 'glossary' && key === 'cites' && isSeq(field.value)) {
          for (const cite of field.value.items) {
            const id = scalarText(cite)
            const span = rangeOf(cite as YamlNode, shift)
            if (id !== undefined && span !== undefined) index.usages.push({ kind: 'glossary-cite', id, span })
          }
        }
      }
      const span = rangeOf(item, shift)
      if (typeof fields['id'] !== 'string' || idSpan === undefined || span === undefined) continue
      index[list as ListName].push({ id: fields['id'], idSpan, span, fields })
    }
  }
}

const value = (tokens: AttributeToken[], name: string): AttributeToken | undefined => tokens.find((token) => token.name === name)

const itemsOf = (token: AttributeToken | undefined): string[] => (token === undefined ? [] : splitTokenValue(token).map(({ item }) => item))

function usagesOf(token: AttributeToken | undefined, kind: UsageKind, shift: number): IdUsage[] {
  if (token === undefined) return []
  return splitTokenValue(token).map(({ item, start }) => ({ kind, id: item, span: { start: start + shift, end: start + item.length + shift } }))
}

/**
 * Index a content file for the editor: frontmatter entries, claim definitions, every use of
 * an id, sections and top-level blocks, each with its offsets. Reads the text as written, so
 * a page with errors is indexed as far as it can be. Call it only on text the input limits
 * accepted (it runs micromark and yaml).
 *
 * @param source The text as the editor holds it.
 * @param policy The policy, for what each kind of claim requires.
 * @returns The index.
 */
export function indexDocument(source: string, policy: ResolvedPolicy): DocumentIndex {
  const bom = source.charCodeAt(0) === 0xfeff ? 1 : 0
  const text = bom === 1 ? source.slice(1) : source
  const tree: Root = parseMarkdown(text)
  const lines = createLineIndex(text)
  const index: DocumentIndex = { frontmatter: undefined, references: [], disclaimers: [], glossary: [], claims: [], usages: [], sections: [], blocks: [] }
  const spanOf = (node: Nodes): Span | undefined => {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    return start === undefined || end === undefined ? undefined : { start: start + bom, end: end + bom }
  }

  const first = tree.children[0]
  if (first?.type === 'yaml') {
    const span = yamlSpan(first, lines)
    if (span !== undefined) {
      index.frontmatter = { start: span.start + bom, end: span.end + bom }
      indexFrontmatter(text.slice(span.start, span.end), span.start + bom, index)
    }
  }

  const ids = createSectionIds()
  let section: string | undefined
  const walk = (node: Nodes, top: boolean): void => {
    if (top && node.type !== 'yaml') {
      const span = spanOf(node)
      if (span !== undefined) index.blocks.push(span)
    }
    if (top && node.type === 'heading' && node.depth > 1) {
      const title = plainText(node, text).trim()
      section = ids.next(title === '' ? 'section' : title)
      const heading = spanOf(node)
      if (heading !== undefined) index.sections.push({ id: section, title, depth: node.depth, heading })
    }
    if (isDirective(node) && (node.name === 'claim' || node.name === 'disclaimer')) indexDirective(node)
    if ('children' in node) for (const child of node.children) walk(child, false)
  }

  function indexDirective(node: Directive): void {
    const start = node.position?.start.offset
    if (start === undefined) return
    const tokens = scanAttributes(text, start)
    const ref = value(tokens, 'ref')
    if (node.name === 'disclaimer') {
      index.usages.push(...usagesOf(ref, 'disclaimer-ref', bom))
      return
    }
    if (ref !== undefined) {
      index.usages.push(...usagesOf(ref, 'claim-ref', bom))
      return
    }
    index.usages.push(...usagesOf(value(tokens, 'cite'), 'cite', bom), ...usagesOf(value(tokens, 'requires'), 'requires', bom))
    const id = value(tokens, 'id')
    if (id?.value === undefined || id.value === '') return
    const kind = value(tokens, 'kind')?.value
    const requires = itemsOf(value(tokens, 'requires'))
    const fromPolicy = kind !== undefined && Object.hasOwn(policy.requires, kind) ? (policy.requires[kind as ClaimKind] ?? []) : []
    const lineEnd = lines.lineEnd(start)
    const close = text.indexOf('}', tokens[tokens.length - 1]?.valueEnd ?? start)
    const headEnd = close === -1 || close >= lineEnd ? lineEnd : close + 1
    const claim: IndexedClaim = {
      id: id.value,
      idSpan: { start: id.valueStart + bom, end: id.valueEnd + bom },
      head: { start: start + bom, end: headEnd + bom },
      kind,
      evidence: value(tokens, 'evidence')?.value,
      cites: itemsOf(value(tokens, 'cite')),
      requires,
      required: [...new Set([...requires, ...fromPolicy])],
      text: node.type === 'containerDirective' ? plainText({ ...node, children: node.children.filter((child) => (child.data as { directiveLabel?: boolean } | undefined)?.directiveLabel !== true) }, text).trim() : '',
      section,
    }
    index.claims.push(claim)
  }

  for (const child of tree.children) walk(child, true)
  return index
}
