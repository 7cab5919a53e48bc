import type { ElementContent } from 'hast'
import type { EmbeddedClaim as Claim } from '../schema/claim.js'
import type { DocumentDisclaimer as Disclaimer } from '../schema/disclaimer.js'
import type { Reference } from '../schema/reference.js'
import { plainParagraphs } from '../util/plain-paragraphs.js'
import { collectCitations, type Citations } from './citations.js'
import { evidenceSummaryCaption, evidenceSummaryHast } from './evidence-summary-table.js'
import { ContentBatch } from './html-content.js'
import type { HtmlClassName } from './html-schema.js'
import { el, sanitizeTree, writeTree, type Child, type El, type TreeNode } from './html-tree.js'
import { fill, headingLevel, labelLocale } from './labels.js'
import { withoutTitleHeading } from './mdast.js'
import type { ResolvedRenderOptions } from './options.js'
import type { Plan, PlanItem, PlanSection } from './placement.js'
import { referenceAccessed, referenceDate, referenceParts } from './references.js'

// Whether everything the evidence summary is built from is frozen: the sections (their
// blocks), the claims and the disclaimers.
function frozenSummary(document: Plan['document']): boolean {
  const sections = [...document.sections]
  for (let section = sections.pop(); section !== undefined; section = sections.pop()) {
    if (!Object.isFrozen(section) || !Object.isFrozen(section.blocks) || !Object.isFrozen(section.sections)) return false
    sections.push(...section.sections)
  }
  return (
    Object.isFrozen(document.sections) &&
    Object.isFrozen(document.claims) &&
    Object.values(document.claims).every((claim) => Object.isFrozen(claim) && Object.isFrozen(claim.requires)) &&
    Object.isFrozen(document.disclaimers) &&
    document.disclaimers.every((disclaimer) => Object.isFrozen(disclaimer))
  )
}

/** Builds the structure tree of one plan. */
class HtmlBuilder {
  readonly #plan: Plan
  readonly #options: ResolvedRenderOptions
  readonly #citations: Citations
  readonly #claimIds = new Set<string>()
  /** The content this render needs, converted together once the structure is built. */
  readonly content: ContentBatch

  constructor(plan: Plan, options: ResolvedRenderOptions, reference = false) {
    this.#plan = plan
    this.#options = options
    this.#citations = collectCitations(plan, options.citations, options.labels)
    this.content = new ContentBatch(plan.document, options.idPrefix, reference)
  }

  #id(kind: 'section' | 'claim' | 'ref' | 'disclaimer' | 'glossary', id: string): string {
    return `${this.#options.idPrefix}${kind}-${id}`
  }

  #heading(depth: number, className: HtmlClassName, children: readonly Child[]): El {
    return el(`h${headingLevel(depth, this.#options.headingOffset)}`, { className: [className] }, children)
  }

  #citationLinks(ids: readonly string[]): El | undefined {
    const { citations } = this.#options
    if (citations === 'none' || ids.length === 0) return undefined
    const links = ids.map((id) => {
      const label = this.#citations.label(id)
      return el('a', { className: ['exo-citation'], href: `#${this.#id('ref', id)}` }, [citations === 'numeric' ? `[${label}]` : label])
    })
    if (citations === 'numeric') return el('sup', { className: ['exo-citations'] }, links)
    const grouped: Child[] = [' (']
    links.forEach((link, index) => grouped.push(...(index > 0 ? ['; ', link] : [link])))
    grouped.push(')')
    return el('span', { className: ['exo-citations'] }, grouped)
  }

  #claim(claim: Claim, first: boolean): TreeNode {
    const id = first && !this.#claimIds.has(claim.id) ? this.#id('claim', claim.id) : undefined
    this.#claimIds.add(claim.id)
    const { citations, labels } = this.#options
    // Every other input of the element: citation style and labels, first or reuse, its id.
    const group = (): string => ['claim', citations, first, id !== undefined, labels.evidence[claim.evidence], ...claim.cites.map((cited) => this.#citations.label(cited))].join('\0')
    const frozen = Object.isFrozen(claim) && Object.isFrozen(claim.cites) && Object.isFrozen(claim.content.mdast)
    return this.content.element(group, claim, frozen, () => this.#claimElement(claim, first, id))
  }

  #claimElement(claim: Claim, first: boolean, id: string | undefined): El {
    return el(
      'div',
      {
        className: first ? ['exo-claim'] : ['exo-claim', 'exo-claim-reuse'],
        ...(id === undefined ? {} : { id }),
        dataClaimId: claim.id,
        dataEvidence: claim.evidence,
      },
      [
        // Citations go at the end of the last paragraph, where a reader expects them.
        el('div', { className: ['exo-claim-body'] }, [this.content.claim(claim.content.mdast, this.#citationLinks(claim.cites))]),
        el('p', { className: ['exo-evidence'] }, [this.#options.labels.evidence[claim.evidence]]),
      ],
    )
  }

  #disclaimer(disclaimer: Disclaimer): El {
    // A document built by hand may lack the parsed text: its text is shown as plain paragraphs.
    const mdast = disclaimer.content?.mdast ?? plainParagraphs(disclaimer.text)
    return el('aside', { className: ['exo-disclaimer'], role: 'note', id: this.#id('disclaimer', disclaimer.id), dataDisclaimerId: disclaimer.id }, [
      el('p', { className: ['exo-disclaimer-title'] }, [el('strong', {}, [disclaimer.title])]),
      el('div', { className: ['exo-disclaimer-body'] }, [this.content.block(mdast, mdast)]),
    ])
  }

  #disclaimers(list: readonly Disclaimer[], extra?: HtmlClassName): El {
    return el('div', { className: extra ? ['exo-disclaimers', extra] : ['exo-disclaimers'] }, list.map((item) => this.#disclaimer(item)))
  }

  #items(items: readonly PlanItem[]): TreeNode[] {
    // A repeated placement shows nothing: the disclaimer is already on the page.
    return items.filter((item) => item.type !== 'placement').map((item) => {
      if (item.type === 'narrative') {
        const { mdast } = item.block.content
        const { title } = this.#plan.document
        return el('div', { className: ['exo-narrative'] }, [this.content.block(withoutTitleHeading(mdast, title), mdast)])
      }
      if (item.type === 'claim') return this.#claim(item.claim, item.first)
      if (item.type === 'evidence-summary') {
        const shown = item.links === 'rendered' ? this.#renderedSections() : undefined
        const href = (id: string): string | undefined => (item.links === 'all' || shown?.has(id) === true ? `#${this.#id('section', id)}` : undefined)
        const caption = this.#summaryCaption()
        const table = (): ElementContent[] => [evidenceSummaryHast(item.rows, caption, href, this.#options.labels.evidenceSummary)]
        // Every other input of the table: its words, caption and links.
        const group = (): string => ['summary', labelLocale(this.#options.locale), caption, ...item.rows.map((row) => href(row.section) ?? '')].join('\0')
        // Sanitized as one piece (its table parts inside their table), like the rest of the content.
        return this.content.hast(group, this.#plan.document, frozenSummary(this.#plan.document), table)
      }
      return this.#disclaimers(item.disclaimers)
    })
  }

  #summaryCaption(): string {
    const { labels, locale } = this.#options
    return evidenceSummaryCaption(this.#plan.document, labels.evidenceSummary, locale)
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

  #section(planned: PlanSection): El {
    const { section } = planned
    return el('section', { className: ['exo-section'], id: this.#id('section', section.id), dataSectionId: section.id }, [
      this.#heading(section.depth, 'exo-section-title', [section.title]),
      ...this.#items(planned.items),
      ...planned.sections.map((child) => this.#section(child)),
    ])
  }

  #reference(reference: Reference): TreeNode {
    const { labels } = this.#options
    return this.content.element(() => ['ref', labels.noDate, labels.accessed].join('\0'), reference, Object.isFrozen(reference), () => this.#referenceElement(reference))
  }

  #referenceElement(reference: Reference): El {
    const { labels } = this.#options
    const parts = referenceParts(reference)
    const sentence = (text: string): string => (/[.?!]$/.test(text) ? `${text} ` : `${text}. `)
    const children: Child[] = []
    if (parts.authors !== undefined) children.push(sentence(parts.authors))
    children.push(el('cite', {}, [parts.title]), /[.?!]$/.test(parts.title) ? ' ' : '. ')
    if (parts.container !== undefined) children.push(sentence(parts.container))
    children.push(sentence(referenceDate(parts, labels)))
    parts.links.forEach((link, index) => children.push(index > 0 ? ' ' : '', el('a', { href: link.href }, [link.text])))
    const accessed = referenceAccessed(parts, labels)
    if (accessed !== undefined) children.push(` ${accessed}.`)
    return el('li', { className: ['exo-reference'], id: this.#id('ref', reference.id) }, children)
  }

  #glossary(): El | undefined {
    const { glossary } = this.#plan.document
    if (this.#plan.scope.type !== 'document' || glossary.length === 0) return undefined
    return el('div', { className: ['exo-glossary-block'] }, [
      this.#heading(2, 'exo-glossary-title', [this.#options.labels.glossary]),
      el(
        'dl',
        { className: ['exo-glossary'] },
        glossary.flatMap((term) => [
          el('dt', { className: ['exo-glossary-term'], id: this.#id('glossary', term.id) }, [term.term]),
          el('dd', { className: ['exo-glossary-definition'] }, [term.definition, this.#citationLinks(term.cites ?? [])]),
        ]),
      ),
    ])
  }

  /** The whole structure. */
  build(): TreeNode[] {
    const { document, scope } = this.#plan
    const { labels } = this.#options
    const content: Child[] = []
    if (scope.type === 'document') {
      const meta = `${fill(labels.lastReviewed, { date: document.lastReviewed })} · ${fill(labels.version, { version: document.version })}`
      content.push(
        el('header', { className: ['exo-header'] }, [
          this.#heading(1, 'exo-title', [document.title]),
          el('p', { className: ['exo-summary'] }, [document.summary]),
          el('p', { className: ['exo-meta'] }, [meta]),
        ]),
      )
    }
    if (this.#plan.lead.length > 0) content.push(this.#disclaimers(this.#plan.lead, 'exo-disclaimers-lead'))
    content.push(...this.#items(this.#plan.items), ...this.#plan.sections.map((planned) => this.#section(planned)))
    if (this.#plan.end.length > 0) {
      content.push(
        el('div', { className: ['exo-disclaimers', 'exo-disclaimers-end'] }, [
          this.#heading(2, 'exo-section-title', [labels.disclaimers]),
          ...this.#plan.end.map((item) => this.#disclaimer(item)),
        ]),
      )
    }
    content.push(this.#glossary())
    if (this.#citations.references.length > 0) {
      content.push(
        el('div', { className: ['exo-references-block'] }, [
          this.#heading(2, 'exo-references-title', [labels.references]),
          el('ol', { className: ['exo-references'] }, this.#citations.references.map((reference) => this.#reference(reference))),
        ]),
      )
    }
    return [el(scope.type === 'document' ? 'article' : 'div', { className: ['exo-document'], lang: document.locale }, content)]
  }
}

/**
 * Render a plan to sanitized HTML: each content block is converted (mdast-util-to-hast),
 * sanitized (hast-util-sanitize, the renderer's schema) and serialized (hast-util-to-html) on
 * its own, and kept for a frozen document; the renderer's own structure is written around
 * it with exactly what the schema allows.
 *
 * @param plan Output of the placement step.
 * @param options Resolved render options.
 * @returns An HTML fragment.
 */
export function renderHtml(plan: Plan, options: ResolvedRenderOptions): string {
  const builder = new HtmlBuilder(plan, options)
  const tree = builder.build()
  builder.content.resolve()
  return writeTree(tree, options.idPrefix)
}

/**
 * Render a plan to sanitized HTML by sanitizing and serializing the whole tree as one hast
 * tree: the reference `renderHtml` is tested against (byte for byte).
 *
 * @internal
 * @param plan Output of the placement step.
 * @param options Resolved render options.
 * @returns An HTML fragment.
 */
export function renderWholeTree(plan: Plan, options: ResolvedRenderOptions): string {
  return sanitizeTree(new HtmlBuilder(plan, options, true).build(), options.idPrefix)
}
