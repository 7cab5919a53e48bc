import type { ElementContent, Properties, Root as HastRoot } from 'hast'
import { sanitize } from 'hast-util-sanitize'
import { toHtml } from 'hast-util-to-html'
import { htmlSanitizeSchema, kebab, ownIdPattern, safeHref, type HtmlClassName } from './html-schema.js'

/*
 * The renderer's own structure (articles, sections, claim and disclaimer wrappers, citation
 * links, the reference list) is built as a small tree of `El` nodes around the content, and
 * written one of two ways:
 *
 * - `writeTree`, the renderer's: content is sanitized and serialized on its own (and kept
 *   for frozen documents); the structure is serialized directly, keeping exactly the
 *   attributes the sanitize schema keeps (its class names, ids with the id prefix, kebab-case
 *   `data-*` values, `href`s with an allowed protocol, `role`, `lang`) and escaping text and
 *   attribute values as `hast-util-to-html` does;
 * - `sanitizeTree`, the reference: everything becomes one hast tree, sanitized as a whole
 *   with the same schema and serialized by `hast-util-to-html`.
 *
 * Both give the same bytes (tested on the overview, the fixtures, XSS vectors, naughty
 * strings and generated documents): `hast-util-sanitize` treats a node the same wherever it
 * sits (its one contextual rule, `ancestors`, is about table parts, and the structure holds
 * no table), and `hast-util-to-html` writes an element the same whatever surrounds it.
 */

/** Attributes of a structure element, in output order. */
export interface Attributes {
  className?: HtmlClassName[]
  id?: string
  href?: string
  role?: 'note'
  lang?: string
  dataClaimId?: string
  dataEvidence?: string
  dataDisclaimerId?: string
  dataSectionId?: string
}

/** An element of the renderer's own structure. */
export interface El {
  type: 'el'
  tag: string
  attributes: Attributes
  children: TreeNode[]
}

/** Sanitized HTML, for `writeTree` only. */
export interface Raw {
  type: 'raw'
  html: string
}

/** Content written one way by `writeTree` and another by `sanitizeTree`. */
export interface Dual {
  type: 'dual'
  /** What `writeTree` writes: kept sanitized HTML and structure around it. */
  written: () => TreeNode[]
  /** The same content as hast, for `sanitizeTree`. */
  hast: () => ElementContent[]
}

/** A node of the structure tree: text, an element, sanitized HTML or content. */
export type TreeNode = string | El | Raw | Dual

/** A child given to `el`: empty ones are left out. */
export type Child = TreeNode | undefined | false

/**
 * Build a structure element.
 *
 * @param tag Tag name.
 * @param attributes Attributes, in output order.
 * @param children Children; `undefined`, `false` and `''` are left out.
 * @returns The element.
 */
export function el(tag: string, attributes: Attributes, children: readonly Child[] = []): El {
  const kept: TreeNode[] = []
  for (const child of children) if (child !== undefined && child !== false && child !== '') kept.push(child)
  return { type: 'el', tag, attributes, children: kept }
}

const references = (character: string): string => `&#x${character.charCodeAt(0).toString(16).toUpperCase()};`
const textSpecial = /[&<]/
const attributeSpecial = /[\0"&'`]/

/**
 * Escape text as `hast-util-to-html` does by default: `&` and `<` as hexadecimal references.
 *
 * @param text Text.
 * @returns HTML.
 */
export function escapeText(text: string): string {
  return textSpecial.test(text) ? text.replace(/[&<]/g, references) : text
}

// A double-quoted attribute value, as `hast-util-to-html` writes it.
function escapeAttribute(value: string): string {
  return attributeSpecial.test(value) ? value.replace(/[\0"&'`]/g, references) : value
}

const attributeNames: Record<keyof Attributes, string> = {
  className: 'class',
  id: 'id',
  href: 'href',
  role: 'role',
  lang: 'lang',
  dataClaimId: 'data-claim-id',
  dataEvidence: 'data-evidence',
  dataDisclaimerId: 'data-disclaimer-id',
  dataSectionId: 'data-section-id',
}

// The attribute value the sanitize schema keeps, or undefined when it drops the attribute.
function kept(name: keyof Attributes, value: string | string[], ownId: RegExp): string | undefined {
  switch (name) {
    case 'className':
      // The renderer's own class names (typed `HtmlClassName`): all in the schema.
      return (value as string[]).join(' ')
    case 'id':
      return ownId.test(value as string) ? (value as string) : undefined
    case 'href':
      return safeHref(value as string) ? (value as string) : undefined
    case 'role':
      return value === 'note' ? value : undefined
    case 'lang':
      return value as string
    default:
      return kebab.test(value as string) ? (value as string) : undefined
  }
}

function write(node: TreeNode, ownId: RegExp): string {
  if (typeof node === 'string') return escapeText(node)
  if (node.type === 'raw') return node.html
  let html = ''
  if (node.type === 'dual') {
    for (const child of node.written()) html += write(child, ownId)
    return html
  }
  html = `<${node.tag}`
  const { attributes } = node
  for (const name in attributes) {
    const value = attributes[name as keyof Attributes]
    if (value === undefined) continue
    const safe = kept(name as keyof Attributes, value, ownId)
    if (safe !== undefined) html += ` ${attributeNames[name as keyof Attributes]}="${escapeAttribute(safe)}"`
  }
  html += '>'
  for (const child of node.children) html += write(child, ownId)
  return `${html}</${node.tag}>`
}

/**
 * Write a structure tree to HTML, its content already sanitized.
 *
 * @param nodes Top-level nodes.
 * @param idPrefix The id prefix of the render (the ids the schema keeps).
 * @returns HTML.
 */
export function writeTree(nodes: readonly TreeNode[], idPrefix: string): string {
  const ownId = ownIdPattern(idPrefix)
  let html = ''
  for (const node of nodes) html += write(node, ownId)
  return html
}

/**
 * A structure node as hast, content included.
 *
 * @param node A structure node (never `Raw`).
 * @returns hast nodes.
 */
export function toHastNodes(node: TreeNode): ElementContent[] {
  if (typeof node === 'string') return [{ type: 'text', value: node }]
  if (node.type === 'raw') throw new TypeError('Unexpected sanitized HTML in a tree to sanitize, expected content as hast')
  if (node.type === 'dual') return node.hast()
  const properties: Properties = {}
  for (const [name, value] of Object.entries(node.attributes)) if (value !== undefined) properties[name] = value as string | string[]
  return [{ type: 'element', tagName: node.tag, properties, children: node.children.flatMap(toHastNodes) }]
}

/**
 * Sanitize hast nodes with the renderer's schema and serialize them.
 *
 * @param nodes hast nodes (not changed).
 * @param idPrefix The id prefix of the render.
 * @returns HTML.
 */
export function sanitizedHtml(nodes: readonly ElementContent[], idPrefix: string): string {
  if (nodes.length === 0) return ''
  return toHtml(sanitize({ type: 'root', children: [...nodes] } satisfies HastRoot, htmlSanitizeSchema(idPrefix)))
}

/**
 * The reference writer: the whole tree as one hast tree, sanitized and serialized.
 *
 * @param nodes Top-level nodes.
 * @param idPrefix The id prefix of the render.
 * @returns HTML.
 */
export function sanitizeTree(nodes: readonly TreeNode[], idPrefix: string): string {
  return sanitizedHtml(nodes.flatMap(toHastNodes), idPrefix)
}
