import type { PhrasingContent, Root, RootContent } from 'mdast'
import remarkDirective from 'remark-directive'
import remarkFrontmatter from 'remark-frontmatter'
import remarkStringify from 'remark-stringify'
import { unified } from 'unified'
import { stringify as stringifyYaml } from 'yaml'
import type { Claim } from '../schema/claim.js'
import type { ExosomeDocument } from '../schema/document.js'
import { collectCitations } from './citations.js'
import { cleanMdast } from './mdast.js'
import { sectionSlug } from '../util/section-slug.js'
import type { ResolvedRenderOptions } from './options.js'
import { getSection, type Plan, type PlanItem, type PlanSection } from './placement.js'

// Directive node types, as remark-directive registers them on mdast.
type ContainerDirective = Extract<RootContent, { type: 'containerDirective' }>
type LeafDirective = Extract<RootContent, { type: 'leafDirective' }>

// remark-directive and remark-frontmatter add their serializers to remark-stringify.
// A `{` before `#` in a heading's text is escaped, so a title ending in `{#x}` stays text.
const serializer = unified()
  .use(remarkStringify, { bullet: '-', emphasis: '*', strong: '*', fences: true, rule: '-', unsafe: [{ character: '{', after: '#', inConstruct: ['headingAtx', 'headingSetext'] }] })
  .use(remarkDirective)
  .use(remarkFrontmatter, ['yaml'])

function claimDirective(claim: Claim, first: boolean): ContainerDirective | LeafDirective {
  if (!first) return { type: 'leafDirective', name: 'claim', attributes: { ref: claim.id }, children: [] }
  return {
    type: 'containerDirective',
    name: 'claim',
    attributes: {
      id: claim.id,
      kind: claim.kind,
      evidence: claim.evidence,
      cite: claim.cites.join(' '),
      // Explicit, so the claim keeps what it requires whatever policy re-parses it.
      ...(claim.requires.length > 0 ? { requires: claim.requires.join(' ') } : {}),
    },
    children: cleanMdast(claim.content.mdast),
  }
}

function disclaimerDirective(id: string): LeafDirective {
  return { type: 'leafDirective', name: 'disclaimer', attributes: { ref: id }, children: [] }
}

function items(list: readonly PlanItem[]): RootContent[] {
  return list.flatMap((item): RootContent[] => {
    if (item.type === 'narrative') return cleanMdast(item.block.content.mdast)
    if (item.type === 'claim') return [claimDirective(item.claim, item.first)]
    // The format's own directive: the table is generated again from the claims when read back.
    if (item.type === 'evidence-summary') return [{ type: 'leafDirective', name: 'evidence-summary', attributes: {}, children: [] }]
    // Document- and claim-placed disclaimers are implied by the format (a renderer shows them
    // once for the document or beside the claims requiring them); section ones are placed.
    return item.disclaimers.filter((disclaimer) => disclaimer.placement === 'section').map((disclaimer) => disclaimerDirective(disclaimer.id))
  })
}

// A heading's id is written back as `{#id}` (raw, so the serializer leaves it as is) unless the
// parser would give the same id to the title on its own.
function heading(planned: PlanSection): RootContent {
  const { depth, id, title } = planned.section
  const written: PhrasingContent[] = id === sectionSlug(title) ? [] : [{ type: 'html', value: ` {#${id}}` }]
  return { type: 'heading', depth: depth as 2 | 3 | 4 | 5 | 6, children: [{ type: 'text', value: title }, ...written] }
}

function section(planned: PlanSection): RootContent[] {
  return [
    heading(planned),
    ...items(planned.items),
    ...planned.sections.flatMap((child) => section(child)),
  ]
}

function frontmatter(plan: Plan): string {
  const { document, scope } = plan
  const whole = scope.type === 'document'
  const cited = new Set(collectCitations(plan, 'numeric').references.map((reference) => reference.id))
  const shown = new Set(plan.disclaimers.map((disclaimer) => disclaimer.id))
  const data: Record<string, unknown> = {
    id: document.id,
    title: document.title,
    summary: document.summary,
    locale: document.locale,
    audience: document.audience,
    version: document.version,
    lastReviewed: document.lastReviewed,
    // Document order, restricted to what a subset cites and shows, so a subset re-parses cleanly.
    references: document.references.filter((reference) => whole || cited.has(reference.id)),
    disclaimers: document.disclaimers.filter((disclaimer) => (whole && plan.disclaimers.length > 0) || shown.has(disclaimer.id)),
  }
  if (whole && document.glossary.length > 0) data['glossary'] = document.glossary
  return stringifyYaml(data, { lineWidth: 0 }).trimEnd()
}

/**
 * Render a plan to the package's own markdown format (frontmatter, `:::claim` and
 * `::disclaimer` directives), which `parseContent` reads back into the same claims,
 * disclaimers and references.
 *
 * @param plan Output of the placement step.
 * @param _options Resolved render options (`headingOffset` and `citations` do not apply).
 * @returns Markdown source.
 */
export function renderMarkdown(plan: Plan, _options: ResolvedRenderOptions): string {
  const { document, scope } = plan
  const body: RootContent[] = [{ type: 'yaml', value: frontmatter(plan) }]
  // A section or claim rendered alone leads with the disclaimers the intro places (they cover
  // the whole document): placed before its first heading, they stay in the intro on re-parse.
  const leading = plan.lead.filter((disclaimer) => disclaimer.placement === 'section')
  body.push(...leading.map((disclaimer) => disclaimerDirective(disclaimer.id)))
  if (scope.type === 'claim') {
    // Claims live in sections: wrap the claim in its own section's heading.
    const home = getSection(document, claimSection(document, scope.id))
    body.push(...section({ section: home, items: plan.items, sections: [] }))
  } else {
    body.push(...items(plan.items), ...plan.sections.flatMap((planned) => section(planned)))
  }
  const trailing = plan.end.filter((disclaimer) => disclaimer.placement === 'section')
  body.push(...trailing.map((disclaimer) => disclaimerDirective(disclaimer.id)))
  const root: Root = { type: 'root', children: body }
  return serializer.stringify(root)
}

function claimSection(document: ExosomeDocument, claimId: string): string {
  return (Object.hasOwn(document.claims, claimId) ? document.claims[claimId]?.section : undefined) ?? ''
}
