import type { Element, Root } from 'hast'
import { toString } from 'hast-util-to-string'
import rehypeParse from 'rehype-parse'
import { unified } from 'unified'
import { visit } from 'unist-util-visit'
import type { EmbeddedDocument, ExosomeDocument } from '../../src/schema/document.js'
import { textDisclaimerMarker } from '../../src/render/text.js'

const parser = unified().use(rehypeParse, { fragment: true })

/** What a test reads back from rendered HTML by parsing it (never by matching strings). */
export interface HtmlReading {
  tree: Root
  /** `data-claim-id` of every claim element, in order. */
  claims: string[]
  /** `data-disclaimer-id` of every disclaimer element, in order. */
  disclaimers: string[]
  /** Every `id` attribute. */
  ids: string[]
  /** Every `href` starting with `#`. */
  fragments: string[]
  /** Every `href`. */
  hrefs: string[]
  /** `id`s of the items of `ol.exo-references`. */
  referenceIds: string[]
  /** Text of the whole fragment, whitespace collapsed. */
  text: string
  /** Every element, for attribute checks. */
  elements: Element[]
}

/**
 * Collapse whitespace runs to one space.
 *
 * @param text Text.
 * @returns Normalized text.
 */
export function squash(text: string): string {
  return text.replaceAll(/\s+/g, ' ').trim()
}

/**
 * Count non-overlapping occurrences.
 *
 * @param haystack Text.
 * @param needle Text to find.
 * @returns How many times it occurs.
 */
export function occurrences(haystack: string, needle: string): number {
  return haystack.split(needle).length - 1
}

function classes(element: Element): string[] {
  const value = element.properties['className']
  return Array.isArray(value) ? value.map(String) : []
}

/**
 * Parse rendered HTML and collect what the tests assert on.
 *
 * @param html Rendered HTML.
 * @returns The reading.
 */
export function readHtml(html: string): HtmlReading {
  const tree = parser.parse(html)
  const reading: HtmlReading = { tree, claims: [], disclaimers: [], ids: [], fragments: [], hrefs: [], referenceIds: [], text: squash(toString(tree as never)), elements: [] }
  visit(tree, 'element', (element: Element, _index, parent) => {
    reading.elements.push(element)
    const { properties } = element
    if (typeof properties['dataClaimId'] === 'string') reading.claims.push(properties['dataClaimId'])
    if (typeof properties['dataDisclaimerId'] === 'string') reading.disclaimers.push(properties['dataDisclaimerId'])
    if (typeof properties['id'] === 'string') reading.ids.push(properties['id'])
    if (typeof properties['href'] === 'string') {
      reading.hrefs.push(properties['href'])
      if (properties['href'].startsWith('#')) reading.fragments.push(properties['href'].slice(1))
    }
    if (element.tagName === 'li' && parent?.type === 'element' && classes(parent).includes('exo-references') && typeof properties['id'] === 'string') {
      reading.referenceIds.push(properties['id'])
    }
  })
  return reading
}

/**
 * Disclaimer ids found in text output by their stable marker line (`Important: <title>.`),
 * once per occurrence, in order.
 *
 * @param text Rendered text.
 * @param document The document whose disclaimers to look for.
 * @returns Ids in order of appearance.
 */
export function readTextDisclaimers(text: string, document: ExosomeDocument | EmbeddedDocument): string[] {
  const found: Array<{ at: number; id: string }> = []
  for (const disclaimer of document.disclaimers) {
    const marker = textDisclaimerMarker(disclaimer)
    let at = text.indexOf(marker)
    while (at !== -1) {
      if (at === 0 || text[at - 1] === '\n') found.push({ at, id: disclaimer.id })
      at = text.indexOf(marker, at + 1)
    }
  }
  return found.sort((a, b) => a.at - b.at).map((entry) => entry.id)
}
