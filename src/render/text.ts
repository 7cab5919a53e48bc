import type { RootContent } from 'mdast'
import { plainParagraphs } from '../util/plain-paragraphs.js'
import type { EmbeddedClaim as Claim } from '../schema/claim.js'
import type { Disclaimer, DocumentDisclaimer } from '../schema/disclaimer.js'
import { collectCitations, type Citations } from './citations.js'
import { evidenceSummaryCaption, evidenceSummaryText } from './evidence-summary-table.js'
import { fill, renderLabels, type RenderLabels } from './labels.js'
import { withoutTitleHeading } from './mdast.js'
import type { ResolvedRenderOptions } from './options.js'
import type { Plan, PlanItem, PlanSection } from './placement.js'
import { referenceLine } from './references.js'
import { mdastToPlainText } from './plain-text.js'

/**
 * The line that opens a disclaimer in text output: `Important: <title>.` (`Importante:` with
 * Spanish labels). It is the stable marker by which readers (and tests) find a disclaimer in
 * plain text.
 *
 * @param disclaimer A disclaimer.
 * @param labels The labels of the render (its `important` word); English by default.
 * @returns The marker.
 */
export function textDisclaimerMarker(disclaimer: Disclaimer, labels: Pick<RenderLabels, 'important'> = renderLabels.en): string {
  return `${labels.important} ${disclaimer.title}${/[.?!:]$/.test(disclaimer.title) ? '' : '.'}`
}

function disclaimerText(disclaimer: DocumentDisclaimer, labels: RenderLabels): string {
  // A document built by hand may lack the parsed text: its text is shown as plain paragraphs.
  const text = mdastToPlainText(disclaimer.content?.mdast ?? plainParagraphs(disclaimer.text)).replaceAll(/\s*\n\s*/g, ' ')
  return `${textDisclaimerMarker(disclaimer, labels)} ${text}`
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
 * Nothing is parsed and nothing recurses: disclaimers come from their parsed content.
 *
 * @param plan Output of the placement step.
 * @param options Resolved render options.
 * @returns Plain text ending in a newline.
 */
export function renderText(plan: Plan, options: ResolvedRenderOptions): string {
  const { document, scope } = plan
  const { labels } = options
  const citations = collectCitations(plan, options.citations, labels)
  const out: string[] = []
  const items = (list: readonly PlanItem[]): void => {
    for (const item of list) {
      if (item.type === 'narrative') {
        out.push(flow(withoutTitleHeading(item.block.content.mdast, document.title)))
      } else if (item.type === 'claim') out.push(claimText(item.claim, citations))
      else if (item.type === 'evidence-summary') out.push(evidenceSummaryText(item.rows, evidenceSummaryCaption(document, labels.evidenceSummary, options.locale), labels.evidenceSummary))
      else if (item.type === 'disclaimers') out.push(...item.disclaimers.map((disclaimer) => disclaimerText(disclaimer, labels)))
    }
  }
  const section = (planned: PlanSection): void => {
    out.push(planned.section.title)
    items(planned.items)
    planned.sections.forEach(section)
  }
  if (scope.type === 'document') {
    out.push(document.title, document.summary, `${fill(labels.lastReviewed, { date: document.lastReviewed })}. ${fill(labels.version, { version: document.version })}.`)
  }
  out.push(...plan.lead.map((disclaimer) => disclaimerText(disclaimer, labels)))
  items(plan.items)
  plan.sections.forEach(section)
  if (plan.end.length > 0) out.push(labels.disclaimers, ...plan.end.map((disclaimer) => disclaimerText(disclaimer, labels)))
  if (scope.type === 'document' && document.glossary.length > 0) {
    out.push(labels.glossary, ...document.glossary.map((term) => `${term.term}: ${term.definition}${citationText(term.cites ?? [], citations)}`))
  }
  if (citations.references.length > 0) {
    const numeric = citations.style === 'numeric'
    out.push(
      labels.references,
      citations.references.map((reference) => `${numeric ? `[${citations.label(reference.id)}] ` : ''}${referenceLine(reference, labels)}`).join('\n'),
    )
  }
  return `${out.filter((block) => block.trim() !== '').join('\n\n')}\n`
}
