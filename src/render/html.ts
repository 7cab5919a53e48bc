import type { Element, ElementContent, Properties, Root as HastRoot } from 'hast'
import { sanitize } from 'hast-util-sanitize'
import { toHtml } from 'hast-util-to-html'
import type { RootContent } from 'mdast'
import { toHast } from 'mdast-util-to-hast'
import type { Claim } from '../schema/claim.js'
import type { Disclaimer } from '../schema/disclaimer.js'
import type { Reference } from '../schema/reference.js'
import { collectCitations, type Citations } from './citations.js'
import { htmlSanitizeSchema, type HtmlClassName } from './html-schema.js'
import { disclaimersHeading, evidenceLabels, glossaryHeading, headingLevel, referencesHeading } from './labels.js'
import { cleanMdast, mdastRoot, parseMarkdownBlocks, withoutTitleHeading } from './mdast.js'
import type { ResolvedRenderOptions } from './options.js'
import type { Plan, PlanItem, PlanSection } from './placement.js'
import { referenceParts } from './references.js'
import { deepFreeze } from '../util/deep-freeze.js'
import { memoizeBounded, memoizeFrozen } from '../util/memo.js'

type Child = ElementContent | string | undefined | false

function h(tagName: string, properties: Properties & { className?: HtmlClassName[] }, children: readonly Child[] = []): Element {
  return {
    type: 'element',
    tagName,
    properties,
    children: children
      .filter((child): child is ElementContent | string => child !== undefined && child !== false)
      .map((child) => (typeof child === 'string' ? { type: 'text', value: child } : child)),
  }
}

// mdast -> hast without allowDangerousHtml: raw HTML nodes in content are dropped here already.
function convert(nodes: readonly RootContent[]): readonly ElementContent[] {
  const tree = toHast(mdastRoot(cleanMdast(nodes))) as HastRoot
  return deepFreeze(tree.children.filter((child): child is ElementContent => child.type !== 'doctype'))
}

// The hast of content blocks. A frozen document's blocks never change, so each one is
// converted once (keyed by its frozen mdast array) and its frozen hast is shared by every
// later render; sanitizing copies it into the output tree.
const blockHast = memoizeFrozen(convert)
// Disclaimer texts, keyed by the text: the same few come back in every render.
const textHast = memoizeBounded(512, (markdown) => convert(parseMarkdownBlocks(markdown)))

/** Renders one plan to a sanitized HTML string. */
class HtmlWriter {
  readonly #plan: Plan
  readonly #options: ResolvedRenderOptions
  readonly #citations: Citations
  readonly #claimIds = new Set<string>()

  constructor(plan: Plan, options: ResolvedRenderOptions) {
    this.#plan = plan
    this.#options = options
    this.#citations = collectCitations(plan, options.citations)
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

  #claim(claim: Claim, first: boolean): Element {
    const body = [...blockHast(claim.content.mdast)]
    const citations = this.#citationLinks(claim.cites)
    // Citations go at the end of the last paragraph, where a reader expects them (a copy of
    // it: the converted block is shared).
    const index = body.findLastIndex((node) => node.type === 'element')
    const last = body[index]
    if (citations && last?.type === 'element' && last.tagName === 'p') body[index] = { ...last, children: [...last.children, citations] }
    else if (citations) body.push(h('p', {}, [citations]))
    const id = first && !this.#claimIds.has(claim.id) ? this.#id('claim', claim.id) : undefined
    this.#claimIds.add(claim.id)
    return h(
      'div',
      {
        className: first ? ['exo-claim'] : ['exo-claim', 'exo-claim-reuse'],
        ...(id === undefined ? {} : { id }),
        dataClaimId: claim.id,
        dataEvidence: claim.evidence,
      },
      [h('div', { className: ['exo-claim-body'] }, body), h('p', { className: ['exo-evidence'] }, [evidenceLabels[claim.evidence]])],
    )
  }

  #disclaimer(disclaimer: Disclaimer): Element {
    return h('aside', { className: ['exo-disclaimer'], role: 'note', id: this.#id('disclaimer', disclaimer.id), dataDisclaimerId: disclaimer.id }, [
      h('p', { className: ['exo-disclaimer-title'] }, [h('strong', {}, [disclaimer.title])]),
      h('div', { className: ['exo-disclaimer-body'] }, textHast(disclaimer.text)),
    ])
  }

  #disclaimers(list: readonly Disclaimer[], extra?: HtmlClassName): Element {
    return h('div', { className: extra ? ['exo-disclaimers', extra] : ['exo-disclaimers'] }, list.map((item) => this.#disclaimer(item)))
  }

  #items(items: readonly PlanItem[]): Element[] {
    return items.map((item) => {
      if (item.type === 'narrative') {
        const nodes = withoutTitleHeading(item.block.content.mdast, this.#plan.document.title)
        return h('div', { className: ['exo-narrative'] }, blockHast(nodes))
      }
      if (item.type === 'claim') return this.#claim(item.claim, item.first)
      return this.#disclaimers(item.disclaimers)
    })
  }

  #section(planned: PlanSection): Element {
    const { section } = planned
    return h('section', { className: ['exo-section'], id: this.#id('section', section.id), dataSectionId: section.id }, [
      this.#heading(section.depth, 'exo-section-title', [section.title]),
      ...this.#items(planned.items),
      ...planned.sections.map((child) => this.#section(child)),
    ])
  }

  #reference(reference: Reference): Element {
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

  render(): string {
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
    // Sanitize the whole tree once, last, with the schema for this id prefix.
    return toHtml(sanitize(tree, htmlSanitizeSchema(this.#options.idPrefix)))
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
  return new HtmlWriter(plan, options).render()
}
