import type { DocumentDisclaimer } from '../schema/disclaimer.js'
import type { EmbeddedDocument } from '../schema/document.js'
import { evidenceSummaryCaption, evidenceSummaryTableText, type EvidenceSummaryLinks } from './evidence-summary-table.js'
import { renderHtml } from './html.js'
import type { RenderLabels } from './labels.js'
import { escapeInline } from './markdown.js'
import { resolveRenderOptions, type RenderOptions, type ResolvedRenderOptions } from './options.js'
import { planRender, type Plan, type PlanItem } from './placement.js'
import { renderText, textDisclaimerMarker } from './text.js'

export { evidenceSummary, evidenceSummaryLabels } from './evidence-summary-table.js'
export type { EvidenceSummaryLabels, EvidenceSummaryRow } from './evidence-summary-table.js'

// A disclaimer as a block quote: its marker in bold leads its first paragraph (or stands as a
// paragraph of its own before a text that does not open with one), then the text as written.
function disclaimerMarkdown(disclaimer: DocumentDisclaimer, labels: RenderLabels): string {
  const marker = `**${escapeInline(textDisclaimerMarker(disclaimer, labels))}**`
  const markdown = (disclaimer.content?.markdown ?? disclaimer.text).trim()
  const first = disclaimer.content?.mdast[0]
  const paragraph = first === undefined ? markdown !== '' : first.type === 'paragraph'
  const body = markdown === '' ? marker : paragraph ? `${marker} ${markdown}` : `${marker}\n\n${markdown}`
  return body
    .split('\n')
    .map((line) => (line === '' ? '>' : `> ${line}`))
    .join('\n')
}

function renderSummaryMarkdown(plan: Plan, options: ResolvedRenderOptions): string {
  const { labels } = options
  const words = labels.evidenceSummary
  const blocks: string[] = []
  const disclaimers = (list: readonly DocumentDisclaimer[]): void => {
    blocks.push(...list.map((disclaimer) => disclaimerMarkdown(disclaimer, labels)))
  }
  disclaimers(plan.lead)
  const summary = plan.items.find((item) => item.type === 'evidence-summary')
  const rows = summary?.rows ?? []
  if (rows.length === 0) blocks.push(escapeInline(words.empty))
  else blocks.push(`**${escapeInline(evidenceSummaryCaption(plan.document, words, options.locale))}**`, evidenceSummaryTableText(rows, words))
  for (const item of plan.items) if (item.type === 'disclaimers') disclaimers(item.disclaimers)
  disclaimers(plan.end)
  return `${blocks.join('\n\n')}\n`
}

/** Options of `renderEvidenceSummary`. */
export interface EvidenceSummaryOptions extends RenderOptions {
  /**
   * HTML only: link each area to its section (`#<idPrefix>section-<id>`), for a page that also
   * shows the sections, rendered with the same `idPrefix`.
   *
   * @default false
   */
  sectionLinks?: boolean
}

/**
 * Render the evidence summary of a document: for each area (each section that defines
 * `therapeutic-potential` claims) the strongest evidence in people and the area's status (the
 * titles of the investigational and regulatory disclaimers its claims require), dated with the
 * review date. Like `renderClaim`, the output carries every disclaimer those claims require and
 * all document-level ones.
 *
 * Pages in the format show the same table where they write `::evidence-summary`.
 *
 * @param document A parsed document, such as `exosomeOverview`.
 * @param options Format (`html`: a sanitized fragment; `markdown`: a GitHub-flavoured table;
 *   `text`: one line per area) and the options of `renderDocument` (`citations` has no effect:
 *   the summary cites nothing); bad options throw.
 * @returns The rendered summary.
 * @example renderEvidenceSummary(exosomeOverview, { format: 'html' })
 */
export function renderEvidenceSummary(document: EmbeddedDocument, options: EvidenceSummaryOptions): string {
  if (typeof options !== 'object' || options === null) {
    throw new TypeError('Unexpected evidence summary options, expected an object such as { format: "html" }')
  }
  const { sectionLinks = false, ...rest } = options
  if (typeof sectionLinks !== 'boolean') throw new TypeError('Unexpected `sectionLinks`, expected a boolean')
  const resolved = resolveRenderOptions(rest, document.locale)
  const plan = planRender(document, { type: 'evidence-summary' }, { mode: resolved.disclaimers, omit: resolved.unsafeOmitDisclaimers })
  const links: EvidenceSummaryLinks = sectionLinks ? 'all' : 'none'
  const items = plan.items.map((item): PlanItem => (item.type === 'evidence-summary' ? { ...item, links } : item))
  const linked: Plan = { ...plan, items }
  if (resolved.format === 'html') return renderHtml(linked, resolved)
  if (resolved.format === 'text') return renderText(linked, resolved)
  return renderSummaryMarkdown(linked, resolved)
}
