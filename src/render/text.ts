import type { RootContent } from 'mdast'
import type { Claim } from '../schema/claim.js'
import type { Disclaimer } from '../schema/disclaimer.js'
import { collectCitations, type Citations } from './citations.js'
import { evidenceSummaryText } from './evidence-summary-table.js'
import { disclaimersHeading, glossaryHeading, referencesHeading } from './labels.js'
import { parseMarkdownBlocks, withoutTitleHeading } from './mdast.js'
import type { ResolvedRenderOptions } from './options.js'
import type { Plan, PlanItem, PlanSection } from './placement.js'
import { referenceLine } from './references.js'
import { mdastToPlainText } from './plain-text.js'

/**
 * The line that opens a disclaimer in text output: `Important: <title>.` It is the stable
 * marker by which readers (and tests) find a disclaimer in plain text.
 *
 * @param disclaimer A disclaimer.
 * @returns The marker.
 */
export function textDisclaimerMarker(disclaimer: Disclaimer): string {
  return `Important: ${disclaimer.title}${/[.?!:]$/.test(disclaimer.title) ? '' : '.'}`
}

function disclaimerText(disclaimer: Disclaimer): string {
  const text = mdastToPlainText(parseMarkdownBlocks(disclaimer.text)).replaceAll(/\s*\n\s*/g, ' ')
  return `${textDisclaimerMarker(disclaimer)} ${text}`
}

function citationText(ids: readonly string[], citations: Citations): string {
  if (citations.style === 'none' || ids.length === 0) return ''
  if (citations.style === 'numeric') return ` ${ids.map((id) => `[${citations.label(id)}]`).join('')}`
  return ` (${ids.map((id) => citations.label(id)).join('; ')})`
}

/** Plain text of content, with hard line breaks inside paragraphs joined. */
function flow(nodes: readonly RootContent[]): string {
  return mdastToPlainText(nodes).replaceAll(/(?<!\n)\n(?![\n•\d ])/g, ' ')
}

function claimText(claim: Claim, citations: Citations): string {
  return flow(claim.content.mdast) + citationText(claim.cites, citations)
}

/**
 * Render a plan to plain text for chat, SMS and screen readers: no markdown syntax, citations
 * as `[1]`, every disclaimer spelled out (`Important: <title>. <text>`), references at the end.
 *
 * @param plan Output of the placement step.
 * @param options Resolved render options.
 * @returns Plain text ending in a newline.
 */
export function renderText(plan: Plan, options: ResolvedRenderOptions): string {
  const { document, scope } = plan
  const citations = collectCitations(plan, options.citations)
  const out: string[] = []
  const items = (list: readonly PlanItem[]): void => {
    for (const item of list) {
      if (item.type === 'narrative') {
        out.push(flow(withoutTitleHeading(item.block.content.mdast, document.title)))
      } else if (item.type === 'claim') out.push(claimText(item.claim, citations))
      else if (item.type === 'evidence-summary') out.push(evidenceSummaryText(item.rows, item.caption))
      else out.push(...item.disclaimers.map((disclaimer) => disclaimerText(disclaimer)))
    }
  }
  const section = (planned: PlanSection): void => {
    out.push(planned.section.title)
    items(planned.items)
    planned.sections.forEach(section)
  }
  if (scope.type === 'document') {
    out.push(document.title, document.summary, `Last reviewed ${document.lastReviewed}. Version ${document.version}.`)
  }
  out.push(...plan.lead.map((disclaimer) => disclaimerText(disclaimer)))
  items(plan.items)
  plan.sections.forEach(section)
  if (plan.end.length > 0) out.push(disclaimersHeading, ...plan.end.map((disclaimer) => disclaimerText(disclaimer)))
  if (scope.type === 'document' && document.glossary.length > 0) {
    out.push(glossaryHeading, ...document.glossary.map((term) => `${term.term}: ${term.definition}${citationText(term.cites ?? [], citations)}`))
  }
  if (citations.references.length > 0) {
    const numeric = citations.style === 'numeric'
    out.push(
      referencesHeading,
      citations.references.map((reference) => `${numeric ? `[${citations.label(reference.id)}] ` : ''}${referenceLine(reference)}`).join('\n'),
    )
  }
  return `${out.filter((block) => block.trim() !== '').join('\n\n')}\n`
}
