import type { Element, ElementContent, Root as HastRoot } from 'hast'
import type { Nodes, RootContent } from 'mdast'
import { sanitize } from 'hast-util-sanitize'
import { toHtml } from 'hast-util-to-html'
import { toHast } from 'mdast-util-to-hast'
import { frozenVariantCache } from '../util/memo.js'
import { htmlSanitizeSchema } from './html-schema.js'
import { el, escapeText, sanitizedHtml, toHastNodes, writeTree, type Dual, type El, type TreeNode } from './html-tree.js'
import { cleanMdast, mdastRoot } from './mdast.js'
import { mdastToPlainText } from './plain-text.js'

// Nodes that make a block's HTML depend on other nodes of the tree being converted (link
// and footnote definitions, and the references to them).
const linking = new Set(['definition', 'footnoteDefinition', 'linkReference', 'imageReference', 'footnoteReference'])

/** What a walk of content finds, without recursion. */
function inspect(nodes: readonly Nodes[]): { data: boolean; linking: boolean } {
  const found = { data: false, linking: false }
  const stack: Nodes[] = [...nodes]
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (typeof node !== 'object' || node === null) continue
    if ('data' in node && node.data !== undefined) found.data = true
    if (linking.has(node.type)) found.linking = true
    if ('children' in node && Array.isArray(node.children)) stack.push(...(node.children as Nodes[]))
  }
  return found
}

// Nodes holding `data` (hast hints) are copied without it, so content cannot impersonate the
// renderer's own structure.
function clean(nodes: readonly RootContent[], data: boolean): readonly RootContent[] {
  return data ? cleanMdast(nodes) : nodes
}

/**
 * Content as hast: mdast-util-to-hast without `allowDangerousHtml`, so raw HTML in content is
 * dropped here already.
 *
 * @param nodes mdast blocks (not changed).
 * @returns hast nodes.
 */
export function contentHast(nodes: readonly RootContent[]): ElementContent[] {
  const tree = toHast(mdastRoot(clean(nodes, inspect(nodes).data))) as HastRoot
  return tree.children.filter((child): child is ElementContent => child.type !== 'doctype')
}

// One block of a batch: converted like a root of its own (line endings between its nodes).
interface BatchNode {
  type: 'exoBlock'
  children: readonly RootContent[]
}

// The blocks of a batch, out of `children`: mdast-util-to-hast walks the whole tree for
// definitions before converting it, and a batch holds none (blocks with definitions or
// references are converted alone), so the walk stops here.
interface BatchHolder {
  type: 'exoBatch'
  blocks: ReadonlyArray<readonly RootContent[]>
}

type BatchState = { wrap: (nodes: ElementContent[]) => ElementContent[]; all: (node: BatchNode) => ElementContent[] }

const batchHandlers = {
  exoBatch: (state: BatchState, node: BatchHolder): Element[] =>
    node.blocks.map((children) => ({ type: 'element', tagName: 'div', properties: {}, children: state.wrap(state.all({ type: 'exoBlock', children })) })),
}

/**
 * Convert many content blocks in one mdast-util-to-hast call: each gives the hast its own
 * conversion gives, since none holds a definition or reference that would link it to another.
 *
 * @param blocks Content blocks, none holding `data` or linking nodes.
 * @returns Each block's hast.
 */
function convertBatch(blocks: ReadonlyArray<readonly RootContent[]>): ElementContent[][] {
  const root = { type: 'root', children: [{ type: 'exoBatch', blocks } satisfies BatchHolder] }
  const tree = toHast(root as never, { handlers: batchHandlers as never }) as HastRoot
  return tree.children.filter((child): child is Element => child.type === 'element').map((wrapper) => wrapper.children)
}

// Content the libraries could not convert (nesting deeper than their recursion allows, when
// the parse limits were raised): its plain text, computed without recursion, escaped.
function fallbackHtml(nodes: readonly RootContent[]): string {
  return mdastToPlainText(nodes)
    .split(/\n{2,}/)
    .map((paragraph) => `<p>${escapeText(paragraph)}</p>`)
    .join('')
}

/** Sanitized HTML of a claim body, split where citations go: before the `</p>` of its last element when that is a paragraph. */
interface ClaimParts {
  /** The HTML up to that `</p>` (the whole body when it does not end with a paragraph). */
  head: string
  /** `</p>` and what follows it, or undefined when the body does not end with a paragraph. */
  tail: string | undefined
}

/** What the renders of one frozen document keep for one id prefix, by the document's own frozen objects. */
interface Kept {
  blocks: Map<readonly RootContent[], string>
  claims: Map<readonly RootContent[], ClaimParts>
  /** HTML of whole structure elements (a claim, a reference), per group of inputs. */
  elements: Map<string, Map<object, string>>
}

// Per frozen document (held weakly: what its renders keep goes away with it), a few id
// prefixes each, then per frozen mdast array of the document.
const documents = frozenVariantCache<object, Kept>(16)
// Documents rendered once. Nothing is kept at a document's first render, only from its
// second on: a document rendered once (a page parsed for one request) keeps nothing, and
// its first render does no more than a render of a document that is not frozen.
const seen = new WeakSet<object>()

// Whether a render of a frozen document keeps what it computes: from its second render on.
function keeps(document: object): boolean {
  if (!Object.isFrozen(document)) return false
  if (seen.has(document)) return true
  seen.add(document)
  return false
}

function lastParagraph(body: readonly ElementContent[]): number {
  const index = body.findLastIndex((node) => node.type === 'element')
  const last = body[index]
  return last?.type === 'element' && last.tagName === 'p' ? index : -1
}

// The parts of a claim body from its hast and its sanitized HTML.
function claimParts(body: ElementContent[], html: string, idPrefix: string): ClaimParts {
  const index = lastParagraph(body)
  if (index === -1) return { head: html, tail: undefined }
  // The paragraph is the body's last element; only text follows it, which the sanitizer
  // keeps and serializes as escaped text.
  const after = body.slice(index + 1)
  const tail = `</p>${after.map((node) => (node.type === 'text' ? escapeText(node.value) : '')).join('')}`
  if (after.some((node) => node.type !== 'text') || !html.endsWith(tail)) {
    return { head: sanitizedHtml(body.slice(0, index + 1), idPrefix).slice(0, -4), tail: `</p>${sanitizedHtml(after, idPrefix)}` }
  }
  return { head: html.slice(0, html.length - tail.length), tail }
}

/**
 * A piece of content a render needs: a block's HTML, a claim body's parts, or the HTML of
 * hast the renderer builds itself (`build`; kept per `group` when `store`).
 */
interface Piece {
  kind: 'block' | 'claim' | 'hast'
  nodes: readonly RootContent[]
  key: readonly RootContent[]
  html?: string
  parts?: ClaimParts
  build?: () => ElementContent[]
  group?: string
  owner?: object
  store?: boolean
}

/**
 * The content one render needs, converted together: pieces kept for a frozen document are
 * taken from the cache, the others converted in one batch (the libraries' per-call cost is
 * paid once per render, not once per block), then kept when their document is frozen.
 */
export class ContentBatch {
  readonly #pieces: Piece[] = []
  readonly #idPrefix: string
  readonly #document: object
  #kept: Kept | undefined

  /** Whether this render keeps what it computes. */
  readonly #store: boolean

  /**
   * @param document The rendered document (what is kept is kept for it when it is frozen).
   * @param idPrefix The id prefix of the render.
   * @param reference Whether the tree is for `sanitizeTree` (the reference), which takes
   *   nothing kept and keeps nothing.
   */
  constructor(document: object, idPrefix: string, reference = false) {
    this.#document = document
    this.#idPrefix = idPrefix
    this.#kept = reference ? undefined : documents.peek(document, idPrefix)
    this.#store = !reference && (this.#kept !== undefined || keeps(document))
  }

  #add(piece: Piece): Piece {
    // Only content that cannot change is kept: a frozen array of a frozen document.
    if (this.#kept !== undefined && Object.isFrozen(piece.key)) {
      if (piece.kind === 'block') {
        const html = this.#kept.blocks.get(piece.key)
        if (html !== undefined) {
          piece.html = html
          return piece
        }
      } else {
        const parts = this.#kept.claims.get(piece.key)
        if (parts !== undefined) {
          piece.parts = parts
          return piece
        }
      }
    }
    this.#pieces.push(piece)
    return piece
  }

  /**
   * Content blocks (narrative, a disclaimer's text) as a structure node.
   *
   * @param nodes The mdast to show (which the document's title may decide: it is kept per document).
   * @param key The array the result is kept for when frozen (the block's own mdast).
   * @returns The node.
   */
  block(nodes: readonly RootContent[], key: readonly RootContent[]): Dual {
    const piece = this.#add({ kind: 'block', nodes, key })
    return { type: 'dual', written: () => [{ type: 'raw', html: piece.html ?? '' }], hast: () => contentHast(nodes) }
  }

  /**
   * A claim body with its citation links at the end of its last paragraph (or in a
   * paragraph of their own), as a structure node.
   *
   * @param mdast The claim's mdast (its parts kept when it is frozen).
   * @param citations The citation links, if any.
   * @returns The node.
   */
  claim(mdast: readonly RootContent[], citations: El | undefined): Dual {
    const piece = this.#add({ kind: 'claim', nodes: mdast, key: mdast })
    const written = (): TreeNode[] => {
      const parts = piece.parts ?? { head: '', tail: undefined }
      const raw = (html: string): TreeNode[] => (html === '' ? [] : [{ type: 'raw', html }])
      if (parts.tail === undefined) return [...raw(parts.head), ...(citations === undefined ? [] : [el('p', {}, [citations])])]
      return [...raw(parts.head), ...(citations === undefined ? [] : [citations]), ...raw(parts.tail)]
    }
    const hast = (): ElementContent[] => {
      const body = contentHast(mdast)
      const links = citations === undefined ? [] : toHastNodes(citations)
      const index = lastParagraph(body)
      const last = body[index]
      if (last?.type === 'element') body[index] = { ...last, children: [...last.children, ...links] }
      else if (citations !== undefined) body.push(...toHastNodes(el('p', {}, [citations])))
      return body
    }
    return { type: 'dual', written, hast }
  }

  /**
   * A structure element built from one frozen object of a frozen document (a claim, a
   * reference): its HTML is kept per `group`, which must name every other input of `build`.
   *
   * @param group The other inputs of the element (options, labels, citation numbers), as a
   *   string (computed only when something is kept).
   * @param key The object.
   * @param frozen Whether everything of `key` the element is built from is frozen.
   * @param build Builds the element (only when it is not kept).
   * @returns The node.
   */
  element(group: () => string, key: object, frozen: boolean, build: () => El): TreeNode {
    if (!this.#store || !frozen) return build()
    const name = group()
    const found = this.#kept?.elements.get(name)?.get(key)
    if (found !== undefined) return { type: 'raw', html: found }
    const element = build()
    return {
      type: 'dual',
      written: () => {
        const html = writeTree([element], this.#idPrefix)
        const kept = this.#keep()
        if (kept !== undefined) {
          let elements = kept.elements.get(name)
          if (elements === undefined) {
            elements = new Map()
            kept.elements.set(name, elements)
          }
          elements.set(key, html)
        }
        return [{ type: 'raw', html }]
      },
      hast: () => toHastNodes(element),
    }
  }

  /**
   * Content the renderer builds as hast itself from one frozen object (the evidence summary,
   * from the document): its sanitized HTML, kept per `group` like `element`'s.
   *
   * @param group The other inputs of the hast (options, labels, links), as a string.
   * @param key The object.
   * @param frozen Whether everything of `key` the hast is built from is frozen.
   * @param build Builds the hast (only when it is not kept).
   * @returns The node.
   */
  hast(group: () => string, key: object, frozen: boolean, build: () => ElementContent[]): TreeNode {
    const store = this.#store && frozen
    const name = store ? `hast\0${group()}` : ''
    const found = store ? this.#kept?.elements.get(name)?.get(key) : undefined
    if (found !== undefined) return { type: 'raw', html: found }
    // Sanitized and serialized with the render's other content, in the same calls.
    const piece: Piece = { kind: 'hast', nodes: [], key: [], build, group: name, owner: key, store }
    this.#pieces.push(piece)
    return { type: 'dual', written: () => [{ type: 'raw', html: piece.html ?? '' }], hast: build }
  }

  // What this render keeps, created at the first thing kept.
  #keep(): Kept | undefined {
    if (!this.#store) return undefined
    if (this.#kept === undefined) {
      this.#kept = { blocks: new Map(), claims: new Map(), elements: new Map() }
      documents.set(this.#document, this.#idPrefix, this.#kept)
    }
    return this.#kept
  }

  /** Convert every piece not taken from the cache; call once, after building, before writing. */
  resolve(): void {
    if (this.#pieces.length === 0) return
    const idPrefix = this.#idPrefix
    const kept = this.#keep()
    const prepared = this.#pieces.map((piece) => {
      if (piece.kind === 'hast') return { piece, nodes: piece.nodes, alone: true }
      const found = inspect(piece.nodes)
      return { piece, nodes: clean(piece.nodes, found.data), alone: found.linking }
    })
    // hast of every piece: the unlinked ones in one conversion, the others each on its own.
    const together = prepared.filter((entry) => !entry.alone)
    const hastOf = new Map<Piece, ElementContent[]>()
    const converted = attempt(() => (together.length === 0 ? [] : convertBatch(together.map((entry) => entry.nodes))))
    if (converted?.length === together.length) together.forEach((entry, index) => hastOf.set(entry.piece, converted[index] ?? []))
    const hasts = prepared.map(({ piece, nodes }) => hastOf.get(piece) ?? (piece.build === undefined ? attempt(() => contentHast(nodes)) : piece.build()))
    // Their sanitized HTML: one sanitize call for all, each piece serialized on its own.
    const htmls = attempt(() => sanitizedHtmls(hasts.map((hast) => hast ?? []), idPrefix))
    prepared.forEach(({ piece }, index) => {
      const hast = hasts[index]
      if (piece.kind === 'hast') {
        // The renderer's own hast: sanitized alone when the batch could not be.
        const html = htmls?.[index] ?? sanitizedHtml(hast ?? [], idPrefix)
        piece.html = html
        const keep = piece.store === true ? this.#keep() : undefined
        if (keep !== undefined && piece.owner !== undefined) {
          let elements = keep.elements.get(piece.group ?? '')
          if (elements === undefined) {
            elements = new Map()
            keep.elements.set(piece.group ?? '', elements)
          }
          elements.set(piece.owner, piece.html)
        }
        return
      }
      const html = hast === undefined ? undefined : (htmls?.[index] ?? attempt(() => sanitizedHtml(hast, idPrefix)))
      const parts = piece.kind === 'claim' && hast !== undefined && html !== undefined ? attempt(() => claimParts(hast, html, idPrefix)) : undefined
      if (piece.kind === 'block') piece.html = html ?? fallbackHtml(piece.nodes)
      else piece.parts = parts ?? { head: `<p>${escapeText(mdastToPlainText(piece.nodes))}`, tail: '</p>' }
      if (kept === undefined || !Object.isFrozen(piece.key)) return
      if (piece.kind === 'block') kept.blocks.set(piece.key, piece.html ?? '')
      else if (piece.parts !== undefined) kept.claims.set(piece.key, piece.parts)
    })
  }
}

// The result, or undefined when the libraries throw (nesting past their recursion).
function attempt<T>(compute: () => T): T | undefined {
  try {
    return compute()
  } catch {
    return undefined
  }
}

// Between pieces in one serialization: the comment `<!--"-->`. Sanitized content holds no
// comment, its text never holds a `<` unescaped and its (double-quoted) attribute values
// never a `"`: only the separators can write this sequence.
const separator = '"'
const separatorHtml = `<!--${separator}-->`

// Sanitize many pieces in one call (each in a `div` of its own, which the schema keeps and a
// node's sanitizing does not depend on), then serialize them in one call, split between
// pieces by a comment that only the split can have written.
function sanitizedHtmls(pieces: ReadonlyArray<readonly ElementContent[]>, idPrefix: string): string[] | undefined {
  const root: HastRoot = { type: 'root', children: pieces.map((children): Element => ({ type: 'element', tagName: 'div', properties: {}, children: [...children] })) }
  const clean = sanitize(root, htmlSanitizeSchema(idPrefix)) as HastRoot
  const wrappers = clean.children.filter((child): child is Element => child.type === 'element')
  if (wrappers.length !== pieces.length) return undefined
  const joined: HastRoot = { type: 'root', children: wrappers.flatMap((wrapper, index) => (index === 0 ? wrapper.children : [{ type: 'comment', value: separator }, ...wrapper.children])) }
  const htmls = toHtml(joined).split(separatorHtml)
  return htmls.length === pieces.length ? htmls : undefined
}
