import type { PhrasingContent, Root, RootContent } from 'mdast'
import { gfmTableToMarkdown } from 'mdast-util-gfm-table'
import remarkStringify from 'remark-stringify'
import { unified } from 'unified'
import type { Disclaimer } from '../schema/disclaimer.js'
import type { ExosomeDocument } from '../schema/document.js'
import { evidenceSummaryCaption, evidenceSummaryLabels, evidenceSummaryTable, type EvidenceSummaryLinks, type EvidenceSummaryRow } from './evidence-summary-table.js'
import { renderHtml } from './html.js'
import { parseMarkdownBlocks } from './mdast.js'
import { resolveRenderOptions, type RenderOptions } from './options.js'
import { planRender, type Plan, type PlanItem } from './placement.js'
import { renderText, textDisclaimerMarker } from './text.js'

export { evidenceSummary, evidenceSummaryLabels } from './evidence-summary-table.js'
export type { EvidenceSummaryRow } from './evidence-summary-table.js'

// GitHub-flavoured markdown: the table extension of mdast-util-to-markdown.
const serializer = unified()
  .use(remarkStringify, { bullet: '-', emphasis: '*', strong: '*' })
  .data('toMarkdownExtensions', [gfmTableToMarkdown()])

function disclaimerMdast(disclaimer: Disclaimer): RootContent {
  const body = parseMarkdownBlocks(disclaimer.text)
  const first = body[0]
  const title: PhrasingContent = { type: 'strong', children: [{ type: 'text', value: textDisclaimerMarker(disclaimer) }] }
  // The marker leads the disclaimer's first paragraph; a text that is not a paragraph follows it.
  if (first?.type === 'paragraph') {
    return { type: 'blockquote', children: [{ ...first, children: [title, { type: 'text', value: ' ' }, ...first.children] }, ...body.slice(1)] } as RootContent
  }
  return { type: 'blockquote', children: [{ type: 'paragraph', children: [title] }, ...body] } as RootContent
}

function renderSummaryMarkdown(plan: Plan, rows: readonly EvidenceSummaryRow[], caption: string): string {
  const labels = evidenceSummaryLabels
  const body: RootContent[] = []
  const disclaimers = (list: readonly Disclaimer[]): void => {
    body.push(...list.map((disclaimer) => disclaimerMdast(disclaimer)))
  }
  disclaimers(plan.lead)
  if (rows.length === 0) body.push({ type: 'paragraph', children: [{ type: 'text', value: labels.empty }] })
  else body.push({ type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value: caption }] }] }, evidenceSummaryTable(rows))
  for (const item of plan.items) if (item.type === 'disclaimers') disclaimers(item.disclaimers)
  disclaimers(plan.end)
  const root: Root = { type: 'root', children: body }
  return serializer.stringify(root)
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
export function renderEvidenceSummary(document: ExosomeDocument, options: EvidenceSummaryOptions): string {
  if (typeof options !== 'object' || options === null) {
    throw new TypeError('Unexpected evidence summary options, expected an object such as { format: "html" }')
  }
  const { sectionLinks = false, ...rest } = options
  if (typeof sectionLinks !== 'boolean') throw new TypeError('Unexpected `sectionLinks`, expected a boolean')
  const resolved = resolveRenderOptions(rest)
  const plan = planRender(document, { type: 'evidence-summary' }, { mode: resolved.disclaimers, omit: resolved.unsafeOmitDisclaimers })
  const links: EvidenceSummaryLinks = sectionLinks ? 'all' : 'none'
  const items = plan.items.map((item): PlanItem => (item.type === 'evidence-summary' ? { ...item, links } : item))
  const linked: Plan = { ...plan, items }
  if (resolved.format === 'html') return renderHtml(linked, resolved)
  if (resolved.format === 'text') return renderText(linked, resolved)
  const summary = items.find((item) => item.type === 'evidence-summary')
  return renderSummaryMarkdown(linked, summary?.rows ?? [], summary?.caption ?? evidenceSummaryCaption(document))
}

