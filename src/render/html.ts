import type { Element, ElementContent, Parents, Properties, Root as HastRoot } from 'hast'
import { sanitize } from 'hast-util-sanitize'
import { toHtml } from 'hast-util-to-html'
import type { RootContent } from 'mdast'
import { toHast } from 'mdast-util-to-hast'
import type { Claim } from '../schema/claim.js'
import type { Disclaimer } from '../schema/disclaimer.js'
import type { Reference } from '../schema/reference.js'
import { collectCitations, type Citations } from './citations.js'
import { evidenceSummaryHast } from './evidence-summary-table.js'
import { htmlSanitizeSchema, type HtmlClassName } from './html-schema.js'
import { disclaimersHeading, evidenceLabels, glossaryHeading, headingLevel, referencesHeading } from './labels.js'
import { cleanMdast, mdastRoot, parseMarkdownBlocks, withoutTitleHeading } from './mdast.js'
import type { ResolvedRenderOptions } from './options.js'
import type { Plan, PlanItem, PlanSection } from './placement.js'
import { referenceParts } from './references.js'
import { deepFreeze } from '../util/deep-freeze.js'
import { frozenVariantCache, memoizeBounded, memoizeFrozen } from '../util/memo.js'

type Child = ElementContent | string | undefined | false

function nodes(children: readonly Child[]): ElementContent[] {
  return children
    .filter((child): child is ElementContent | string => child !== undefined && child !== false)
    .map((child) => (typeof child === 'string' ? { type: 'text', value: child } : child))
}

function h(tagName: string, properties: Properties & { className?: HtmlClassName[] }, children: readonly Child[] = []): Element {
  return { type: 'element', tagName, properties, children: nodes(children) }
}

// mdast -> hast without allowDangerousHtml: raw HTML nodes in content are dropped here already.
function convert(nodes: readonly RootContent[]): readonly ElementContent[] {
  const tree = toHast(mdastRoot(cleanMdast(nodes))) as HastRoot
  return deepFreeze(tree.children.filter((child): child is ElementContent => child.type !== 'doctype'))
}

// The hast of content blocks, for blocks that are not frozen and for renders of the whole
// tree: a frozen block is converted once (keyed by its frozen mdast array) and its frozen
// hast is shared by every later whole-tree render; sanitizing copies it into the output tree.
const blockHast = memoizeFrozen(convert)
// Disclaimer texts, keyed by the text: the same few come back in every render.
const textHast = memoizeBounded(512, (markdown) => convert(parseMarkdownBlocks(markdown)))

/*
 * Fragments. Most of a render's time went into sanitizing and serializing the content blocks
 * and the elements built around each claim, reference and disclaimer, which are the same at
 * every render of a frozen (deep-frozen, as parsed) document. So their sanitized HTML is
 * kept: a block's per sanitize schema (id prefix); a claim's, reference's or disclaimer's
 * element per id prefix and every other input it is built from (citation style and labels,
 * first or reuse). It is spliced into the output:
 *
 * - `hast-util-sanitize` is a top-down transform in which a node's result depends on the
 *   node, its descendants and the schema; the only context it reads is the ancestors' tag
 *   names, for the `ancestors` rule (table parts need a `table`). No kept fragment sits
 *   inside a `table` of the renderer's own (the evidence summary's table holds only text
 *   and links, and is sanitized with the whole tree), so a block or element sanitized on
 *   its own gives the nodes it gives inside the whole tree.
 * - `hast-util-to-html` (default options: no `omitOptionalTags`) writes an HTML element the
 *   same whatever its ancestors and siblings; a text node's escaping depends only on
 *   whether its parent is a `script` or `style`, which sanitizing drops.
 *
 * At render, each kept fragment is stood for by a text node holding a placeholder (a random
 * per-module nonce and a number); the renderer's own structure around them, and everything it
 * takes from the document (titles, headings, glossary, ids), is sanitized with the same
 * schema as before (a kept element was sanitized with it when it was kept). Then every
 * placeholder text node of the sanitized tree becomes a raw node holding its fragment.
 * Sanitizing drops raw nodes, so the only raw HTML serialized is sanitized fragments. A
 * document text equal to a placeholder would make that placeholder appear twice: the render
 * (or the kept element) then falls back to sanitizing the whole tree.
 */

// Per frozen block (its mdast array) and id prefix: a block's sanitized HTML.
const narrativeFragments = frozenVariantCache<readonly RootContent[], string>(16)
const claimFragments = frozenVariantCache<readonly RootContent[], ClaimFragments>(16)
// Per frozen claim, reference or disclaimer and every other input of its element (options,
// citation labels, first or reuse): the element's sanitized HTML.
const claimElements = frozenVariantCache<Claim, string>(16)
const referenceElements = frozenVariantCache<Reference, string>(16)
const disclaimerElements = frozenVariantCache<Disclaimer, string>(16)

/** Placeholder texts and the sanitized HTML each stands for; undefined: no placeholder, the hast is inlined. */
type Fragments = Map<string, string> | undefined

/** A claim body's sanitized HTML, split around its last paragraph, where citations go. */
interface ClaimFragments {
  /** The body's last element when it is a paragraph, without its children. */
  paragraph: Element | undefined
  /** HTML of the nodes before that paragraph (of the whole body when there is none). */
  before: string
  /** HTML of the paragraph's children. */
  inner: string
  /** HTML of the nodes after the paragraph. */
  after: string
}

function fragmentHtml(nodes: readonly ElementContent[], idPrefix: string): string {
  if (nodes.length === 0) return ''
  return toHtml(sanitize({ type: 'root', children: [...nodes] }, htmlSanitizeSchema(idPrefix)))
}

function splitClaim(body: readonly ElementContent[], idPrefix: string): ClaimFragments {
  const index = body.findLastIndex((node) => node.type === 'element')
  const last = body[index]
  if (last?.type !== 'element' || last.tagName !== 'p') return { paragraph: undefined, before: fragmentHtml(body, idPrefix), inner: '', after: '' }
  return {
    paragraph: deepFreeze({ ...last, children: [] }),
    before: fragmentHtml(body.slice(0, index), idPrefix),
    inner: fragmentHtml(last.children, idPrefix),
    after: fragmentHtml(body.slice(index + 1), idPrefix),
  }
}

// Disclaimer texts, keyed by id prefix and text (an id prefix holds no NUL).
const textFragments = memoizeBounded(512, (key) => {
  const split = key.indexOf('\0')
  return fragmentHtml(textHast(key.slice(split + 1)), key.slice(0, split))
})

let nonce: string | undefined

// Random, so document text cannot guess a placeholder: Web Crypto, in browsers and Node alike.
function placeholderNonce(): string {
  if (nonce === undefined) {
    const bytes = new Uint8Array(16)
    const crypto = (globalThis as { crypto?: { getRandomValues?: (array: Uint8Array) => Uint8Array } }).crypto
    if (typeof crypto?.getRandomValues === 'function') crypto.getRandomValues(bytes)
    // Without Web Crypto the fallback to the whole tree still keeps a guessed one harmless.
    else for (let index = 0; index < bytes.length; index++) bytes[index] = Math.floor(Math.random() * 256)
    nonce = `exo-fragment-${Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')}-`
  }
  return nonce
}

/**
 * Replace each placeholder text node of a sanitized tree by a raw node holding its fragment.
 *
 * @returns Whether every placeholder was found exactly once (else the tree is left as it was).
 */
function fillFragments(tree: HastRoot, fragments: ReadonlyMap<string, string>): boolean {
  const found: Array<[Parents, number, string]> = []
  const seen = new Set<string>()
  const stack: Parents[] = [tree]
  for (let parent = stack.pop(); parent !== undefined; parent = stack.pop()) {
    parent.children.forEach((child, index) => {
      if (child.type === 'element') stack.push(child)
      else if (child.type === 'text' && fragments.has(child.value)) {
        found.push([parent, index, child.value])
        seen.add(child.value)
      }
    })
  }
  if (found.length !== fragments.size || seen.size !== fragments.size) return false
  for (const [parent, index, value] of found) parent.children[index] = { type: 'raw', value: fragments.get(value) ?? '' }
  return true
}

/**
 * Sanitize a tree holding placeholders, then put their fragments in.
 *
 * @returns The HTML, or undefined when a placeholder is not found exactly once.
 */
function serialize(tree: HastRoot, fragments: Fragments, idPrefix: string): string | undefined {
  const clean = sanitize(tree, htmlSanitizeSchema(idPrefix)) as HastRoot
  if (fragments === undefined || fragments.size === 0) return toHtml(clean)
  return fillFragments(clean, fragments) ? toHtml(clean, { allowDangerousHtml: true }) : undefined
}

/** Renders one plan to a sanitized HTML string. */
class HtmlWriter {
  readonly #plan: Plan
  readonly #options: ResolvedRenderOptions
  readonly #citations: Citations
  readonly #claimIds = new Set<string>()
  // Fragment HTML by placeholder; undefined when the whole tree is sanitized.
  readonly #fragments: Map<string, string> | undefined

  constructor(plan: Plan, options: ResolvedRenderOptions, fragments: boolean) {
    this.#plan = plan
    this.#options = options
    this.#citations = collectCitations(plan, options.citations)
    this.#fragments = fragments ? new Map() : undefined
  }

  /** A placeholder text for sanitized HTML (nothing for empty HTML). */
  #fragment(fragments: Map<string, string>, html: string): Child {
    if (html === '') return undefined
    const placeholder = `${placeholderNonce()}${fragments.size}`
    fragments.set(placeholder, html)
    return placeholder
  }

  /**
   * An element built from one frozen object of the document: sanitized and serialized once
   * per variant (which must name every other input of `build`), then a placeholder for it.
   */
  #kept<K extends object>(cache: (key: K, variant: string, compute: () => string) => string, key: K, frozen: boolean, variant: string, build: (fragments: Fragments) => Element): Child {
    const fragments = this.#fragments
    if (fragments === undefined || !frozen) return build(fragments)
    return this.#fragment(
      fragments,
      cache(key, variant, () => {
        const inner = new Map<string, string>()
        const { idPrefix } = this.#options
        return serialize({ type: 'root', children: [build(inner)] }, inner, idPrefix) ?? serialize({ type: 'root', children: [build(undefined)] }, undefined, idPrefix) ?? ''
      }),
    )
  }

  #id(kind: 'section' | 'claim' | 'ref' | 'disclaimer' | 'glossary', id: string): string {
    return `${this.#options.idPrefix}${kind}-${id}`
  }

  #heading(depth: number, className: HtmlClassName, children: readonly Child[]): Element {
    return h(`h${headingLevel(depth, this.#options.headingOffset)}`, { className: [className] }, children)
  }

  #citationLinks(ids: readonly string[]): Element | undefined {
    if (this.#options.citations === 'none' || ids.length === 0) return undefined
    const links = ids.map((id) => {
      const label = this.#citations.label(id)
      return h('a', { className: ['exo-citation'], href: `#${this.#id('ref', id)}` }, [this.#options.citations === 'numeric' ? `[${label}]` : label])
    })
    if (this.#options.citations === 'numeric') return h('sup', { className: ['exo-citations'] }, links)
    const grouped: Child[] = [' (']
    links.forEach((link, index) => grouped.push(...(index > 0 ? ['; ', link] : [link])))
    grouped.push(')')
    return h('span', { className: ['exo-citations'] }, grouped)
  }

  #claim(claim: Claim, first: boolean): Child {
    const id = first && !this.#claimIds.has(claim.id) ? this.#id('claim', claim.id) : undefined
    this.#claimIds.add(claim.id)
    const { citations, idPrefix } = this.#options
    const labels = citations === 'none' ? [] : claim.cites.map((cited) => this.#citations.label(cited))
    const frozen = Object.isFrozen(claim) && Object.isFrozen(claim.cites) && Object.isFrozen(claim.content.mdast)
    return this.#kept(claimElements, claim, frozen, JSON.stringify([idPrefix, citations, first, id !== undefined, labels]), (fragments) =>
      h(
        'div',
        {
          className: first ? ['exo-claim'] : ['exo-claim', 'exo-claim-reuse'],
          ...(id === undefined ? {} : { id }),
          dataClaimId: claim.id,
          dataEvidence: claim.evidence,
        },
        [
          h('div', { className: ['exo-claim-body'] }, this.#claimBody(claim.content.mdast, this.#citationLinks(claim.cites), fragments)),
          h('p', { className: ['exo-evidence'] }, [evidenceLabels[claim.evidence]]),
        ],
      ),
    )
  }

  // Citations go at the end of the last paragraph, where a reader expects them.
  #claimBody(mdast: readonly RootContent[], citations: Element | undefined, fragments: Fragments): Child[] {
    if (fragments !== undefined && Object.isFrozen(mdast)) {
      const { idPrefix } = this.#options
      const parts = claimFragments(mdast, idPrefix, () => splitClaim(convert(mdast), idPrefix))
      if (parts.paragraph === undefined) return [this.#fragment(fragments, parts.before), citations && h('p', {}, [citations])]
      return [
        this.#fragment(fragments, parts.before),
        { ...parts.paragraph, children: nodes([this.#fragment(fragments, parts.inner), citations]) },
        this.#fragment(fragments, parts.after),
      ]
    }
    // A copy of the last paragraph: the converted block is shared.
    const body = [...blockHast(mdast)]
    const index = body.findLastIndex((node) => node.type === 'element')
    const last = body[index]
    if (citations && last?.type === 'element' && last.tagName === 'p') body[index] = { ...last, children: [...last.children, citations] }
    else if (citations) body.push(h('p', {}, [citations]))
    return body
  }

  #disclaimer(disclaimer: Disclaimer): Child {
    const { idPrefix } = this.#options
    return this.#kept(disclaimerElements, disclaimer, Object.isFrozen(disclaimer), idPrefix, (fragments) =>
      h('aside', { className: ['exo-disclaimer'], role: 'note', id: this.#id('disclaimer', disclaimer.id), dataDisclaimerId: disclaimer.id }, [
        h('p', { className: ['exo-disclaimer-title'] }, [h('strong', {}, [disclaimer.title])]),
        h(
          'div',
          { className: ['exo-disclaimer-body'] },
          fragments === undefined ? textHast(disclaimer.text) : [this.#fragment(fragments, textFragments(`${idPrefix}\0${disclaimer.text}`))],
        ),
      ]),
    )
  }

  #disclaimers(list: readonly Disclaimer[], extra?: HtmlClassName): Element {
    return h('div', { className: extra ? ['exo-disclaimers', extra] : ['exo-disclaimers'] }, list.map((item) => this.#disclaimer(item)))
  }

  #items(items: readonly PlanItem[]): Child[] {
    return items.map((item) => {
      if (item.type === 'narrative') return h('div', { className: ['exo-narrative'] }, this.#narrative(item.block.content.mdast))
      if (item.type === 'claim') return this.#claim(item.claim, item.first)
      if (item.type === 'evidence-summary') {
        const shown = item.links === 'rendered' ? this.#renderedSections() : undefined
        const href = (id: string): string | undefined => (item.links === 'all' || shown?.has(id) === true ? `#${this.#id('section', id)}` : undefined)
        return evidenceSummaryHast(item.rows, item.caption, href)
      }
      return this.#disclaimers(item.disclaimers)
    })
  }

  /** Ids of the sections in this output, which the evidence summary may link to. */
  #renderedSections(): Set<string> {
    const ids = new Set<string>()
    const walk = (planned: PlanSection): void => {
      ids.add(planned.section.id)
      planned.sections.forEach(walk)
    }
    this.#plan.sections.forEach(walk)
    return ids
  }

  #narrative(mdast: readonly RootContent[]): Child[] {
    const { title } = this.#plan.document
    const fragments = this.#fragments
    if (fragments !== undefined && Object.isFrozen(mdast)) {
      const { idPrefix } = this.#options
      // Keyed by the title too: the heading dropped depends on it.
      const html = narrativeFragments(mdast, `${idPrefix}\0${title}`, () => fragmentHtml(convert(withoutTitleHeading(mdast, title)), idPrefix))
      return [this.#fragment(fragments, html)]
    }
    return [...blockHast(withoutTitleHeading(mdast, title))]
  }

  #section(planned: PlanSection): Element {
    const { section } = planned
    return h('section', { className: ['exo-section'], id: this.#id('section', section.id), dataSectionId: section.id }, [
      this.#heading(section.depth, 'exo-section-title', [section.title]),
      ...this.#items(planned.items),
      ...planned.sections.map((child) => this.#section(child)),
    ])
  }

  #reference(reference: Reference): Child {
    return this.#kept(referenceElements, reference, Object.isFrozen(reference), this.#options.idPrefix, () => {
      const parts = referenceParts(reference)
      const sentence = (text: string): string => (/[.?!]$/.test(text) ? `${text} ` : `${text}. `)
      const children: Child[] = []
      if (parts.authors !== undefined) children.push(sentence(parts.authors))
      children.push(h('cite', {}, [parts.title]), /[.?!]$/.test(parts.title) ? ' ' : '. ')
      if (parts.container !== undefined) children.push(sentence(parts.container))
      children.push(sentence(parts.details === undefined ? parts.date : `${parts.date};${parts.details}`))
      parts.links.forEach((link, index) => children.push(index > 0 ? ' ' : '', h('a', { href: link.href }, [link.text])))
      if (parts.accessed !== undefined) children.push(` ${parts.accessed}.`)
      return h('li', { className: ['exo-reference'], id: this.#id('ref', reference.id) }, children.filter((child) => child !== ''))
    })
  }

  #glossary(): Element | undefined {
    const { glossary } = this.#plan.document
    if (this.#plan.scope.type !== 'document' || glossary.length === 0) return undefined
    return h('div', { className: ['exo-glossary-block'] }, [
      this.#heading(2, 'exo-glossary-title', [glossaryHeading]),
      h(
        'dl',
        { className: ['exo-glossary'] },
        glossary.flatMap((term) => [
          h('dt', { className: ['exo-glossary-term'], id: this.#id('glossary', term.id) }, [term.term]),
          h('dd', { className: ['exo-glossary-definition'] }, [term.definition, this.#citationLinks(term.cites ?? [])]),
        ]),
      ),
    ])
  }

  /** The HTML, or undefined when a placeholder is not found exactly once (render the whole tree). */
  render(): string | undefined {
    const { document, scope } = this.#plan
    const content: Child[] = []
    if (scope.type === 'document') {
      content.push(
        h('header', { className: ['exo-header'] }, [
          this.#heading(1, 'exo-title', [document.title]),
          h('p', { className: ['exo-summary'] }, [document.summary]),
          h('p', { className: ['exo-meta'] }, [`Last reviewed ${document.lastReviewed} · Version ${document.version}`]),
        ]),
      )
    }
    if (this.#plan.lead.length > 0) content.push(this.#disclaimers(this.#plan.lead, 'exo-disclaimers-lead'))
    content.push(...this.#items(this.#plan.items), ...this.#plan.sections.map((planned) => this.#section(planned)))
    if (this.#plan.end.length > 0) {
      content.push(
        h('div', { className: ['exo-disclaimers', 'exo-disclaimers-end'] }, [
          this.#heading(2, 'exo-section-title', [disclaimersHeading]),
          ...this.#plan.end.map((item) => this.#disclaimer(item)),
        ]),
      )
    }
    content.push(this.#glossary())
    if (this.#citations.references.length > 0) {
      content.push(
        h('div', { className: ['exo-references-block'] }, [
          this.#heading(2, 'exo-references-title', [referencesHeading]),
          h('ol', { className: ['exo-references'] }, this.#citations.references.map((reference) => this.#reference(reference))),
        ]),
      )
    }
    const wrapperTag = scope.type === 'document' ? 'article' : 'div'
    const tree: HastRoot = {
      type: 'root',
      children: [h(wrapperTag, { className: ['exo-document'], lang: document.locale }, content)],
    }
    // Sanitize the tree once, last, with the schema for this id prefix, then splice in the
    // sanitized fragments.
    return serialize(tree, this.#fragments, this.#options.idPrefix)
  }
}

/**
 * Render a plan to sanitized HTML.
 *
 * @param plan Output of the placement step.
 * @param options Resolved render options.
 * @returns An HTML fragment.
 */
export function renderHtml(plan: Plan, options: ResolvedRenderOptions): string {
  return new HtmlWriter(plan, options, true).render() ?? renderWholeTree(plan, options)
}

/**
 * Render a plan to sanitized HTML by sanitizing the whole tree, content blocks included (no
 * kept fragment): the same output as {@link renderHtml}, which falls back to it; the
 * reference the tests compare with.
 *
 * @internal
 * @param plan Output of the placement step.
 * @param options Resolved render options.
 * @returns An HTML fragment.
 */
export function renderWholeTree(plan: Plan, options: ResolvedRenderOptions): string {
  return new HtmlWriter(plan, options, false).render() ?? ''
}
