import type { RootContent } from 'mdast'
import type { EmbeddedClaim as Claim, Content } from '../schema/claim.js'
import type { EmbeddedDocument } from '../schema/document.js'
import type { EmbeddedBlock } from '../schema/section.js'
import { latinSectionSlug } from '../util/latin-slug.js'
import { collectCitations } from './citations.js'
import type { ResolvedRenderOptions } from './options.js'
import { getSection, type Plan, type PlanItem, type PlanSection } from './placement.js'
import { toYaml, type YamlValue } from './yaml.js'

/*
 * The markdown renderer writes the author's markdown as written (`content.markdown`), so it
 * needs no markdown serializer, and only writes around it what the format itself is made of:
 * the frontmatter, the `#` title line, `##` headings and the directives.
 */

// Characters that could start markup in a heading's text (or close it, `#`), and `{` for
// heading attributes: escaped, so the heading reads back as exactly its title.
const headingMarkup = /[\\`*_[\]<>!&#:{}~|]/g

/**
 * Inline text that reads back as exactly itself: markup characters escaped, line breaks as
 * character references.
 *
 * @param text Plain text.
 * @returns Markdown.
 */
export function escapeInline(text: string): string {
  return text.replace(headingMarkup, '\\$&').replace(/[\r\n]/g, (character) => `&#${character.charCodeAt(0)};`)
}

/**
 * A heading line whose text parses back to exactly `text`: markup characters escaped, line
 * breaks (which a heading line cannot hold) as character references.
 *
 * @param depth 1 to 6.
 * @param text The title.
 * @returns The ATX heading line.
 */
export function headingLine(depth: number, text: string): string {
  return `${'#'.repeat(depth)} ${escapeInline(text)}`
}

// The markdown of a block, with the indentation of its first line, which the slice it was
// cut from starts after (a parsed document knows it from the first node's column).
function markdownOf(content: Content): string {
  const column = (content.mdast[0] as RootContent | undefined)?.position?.start.column ?? 1
  return column > 1 && column <= 4 ? ' '.repeat(column - 1) + content.markdown : content.markdown
}

// A fence longer than any colon run that opens a line of the body, so none closes it early.
function fence(markdown: string): string {
  let longest = 2
  for (const match of markdown.matchAll(/^[ \t]*(:{3,})/gm)) longest = Math.max(longest, (match[1] ?? '').length)
  return ':'.repeat(longest + 1)
}

function claimDirective(claim: Claim, first: boolean): string {
  if (!first) return `::claim{ref=${claim.id}}`
  const attributes = [
    `#${claim.id}`,
    `kind=${claim.kind}`,
    `evidence=${claim.evidence}`,
    `cite="${claim.cites.join(' ')}"`,
    // Explicit, so the claim keeps what it requires whatever policy re-parses it.
    ...(claim.requires.length > 0 ? [`requires="${claim.requires.join(' ')}"`] : []),
  ]
  const body = markdownOf(claim.content)
  const marks = fence(body)
  return `${marks}claim{${attributes.join(' ')}}\n${body}\n${marks}`
}

const disclaimerDirective = (id: string): string => `::disclaimer{ref=${id}}`

/**
 * Disclaimers that the blocks of this output place themselves (`::disclaimer` in the intro of
 * a whole document, or in a rendered section): they are written where the author put them,
 * each time, and not again after a claim that needs them first.
 */
function sourcePlacements(plan: Plan): ReadonlySet<string> {
  const ids = new Set<string>()
  const collect = (blocks: readonly EmbeddedBlock[]): void => {
    for (const block of blocks) if (block.type === 'disclaimer') ids.add(block.disclaimer)
  }
  if (plan.scope.type === 'document') collect(plan.document.intro)
  const walk = (planned: PlanSection): void => {
    collect(planned.section.blocks)
    planned.sections.forEach(walk)
  }
  plan.sections.forEach(walk)
  return ids
}

function items(list: readonly PlanItem[], placements: ReadonlySet<string>): string[] {
  return list.flatMap((item): string[] => {
    if (item.type === 'narrative') return item.block.content.markdown.trim() === '' ? [] : [markdownOf(item.block.content)]
    if (item.type === 'claim') return [claimDirective(item.claim, item.first)]
    // The format's own directive: the table is generated again from the claims when read back.
    if (item.type === 'evidence-summary') return ['::evidence-summary']
    // Document- and claim-placed disclaimers are implied by the format (a renderer shows them
    // once for the document or beside the claims requiring them); section ones are placed:
    // every placement the author wrote, shown here or earlier (`placement`), and after a claim
    // only one that no block of this output places (a section rendered without its parent's).
    if (item.type === 'placement') return item.disclaimer.placement === 'section' ? [disclaimerDirective(item.disclaimer.id)] : []
    return item.disclaimers
      .filter((disclaimer) => disclaimer.placement === 'section' && (item.anchor === 'section' || !placements.has(disclaimer.id)))
      .map((disclaimer) => disclaimerDirective(disclaimer.id))
  })
}

// A heading's id is written back as `{#id}` unless the parser would give the same id to the
// title on its own; a title with a character past Latin Extended-B always writes its id (the
// renderer carries no slug table of every script).
function section(planned: PlanSection, placements: ReadonlySet<string>): string[] {
  const { depth, id, title } = planned.section
  const heading = headingLine(depth, title) + (id === latinSectionSlug(title) ? '' : ` {#${id}}`)
  return [heading, ...items(planned.items, placements), ...planned.sections.flatMap((child) => section(child, placements))]
}

function frontmatter(plan: Plan, options: ResolvedRenderOptions): string {
  const { document, scope } = plan
  const whole = scope.type === 'document'
  const cited = new Set(collectCitations(plan, 'numeric', options.labels).references.map((reference) => reference.id))
  const shown = new Set(plan.disclaimers.map((disclaimer) => disclaimer.id))
  const data: Record<string, YamlValue> = {
    id: document.id,
    title: document.title,
    summary: document.summary,
    locale: document.locale,
    audience: document.audience,
    version: document.version,
    lastReviewed: document.lastReviewed,
    // Document order, restricted to what a subset cites and shows, so a subset re-parses
    // cleanly; a subset that cites nothing keeps them all (the format needs at least one).
    references: whole || cited.size === 0 ? document.references : document.references.filter((reference) => cited.has(reference.id)),
    disclaimers: document.disclaimers
      .filter((disclaimer) => (whole && plan.disclaimers.length > 0) || shown.has(disclaimer.id))
      .map(({ id, kind, title, text, placement }) => ({ id, kind, title, text, placement })),
  }
  if (whole && document.glossary.length > 0) data['glossary'] = document.glossary
  return toYaml(data)
}

// The parser reads the first `#` heading before any content (comments are not content) as
// the title line. The title is written as that line, after any intro blocks that hold only
// comments: so every `#` heading of the intro stays in the intro when the output is parsed
// again, even one that repeats the title.
function withTitleLine(document: EmbeddedDocument, intro: readonly PlanItem[], placements: ReadonlySet<string>): string[] {
  const comments = (item: PlanItem | undefined): boolean => item?.type === 'narrative' && item.block.content.mdast.every((node) => node.type === 'html')
  let lead = 0
  while (lead < intro.length && comments(intro[lead])) lead++
  return [...items(intro.slice(0, lead), placements), headingLine(1, document.title), ...items(intro.slice(lead), placements)]
}

/**
 * Render a plan to the package's own markdown format (frontmatter, the `#` title line,
 * `:::claim` and `::disclaimer` directives, the authors' markdown as written), which
 * `parseContent` reads back into the same claims, disclaimers, references and intro.
 *
 * @param plan Output of the placement step.
 * @param options Resolved render options (`headingOffset`, `citations` and labels do not apply).
 * @returns Markdown source.
 */
export function renderMarkdown(plan: Plan, options: ResolvedRenderOptions): string {
  const { document, scope } = plan
  // A section or claim rendered alone leads with the disclaimers the intro places (they cover
  // the whole document): placed before its first heading, they stay in the intro on re-parse.
  const leading = plan.lead.filter((disclaimer) => disclaimer.placement === 'section')
  const blocks: string[] = leading.map((disclaimer) => disclaimerDirective(disclaimer.id))
  const placements = sourcePlacements(plan)
  if (scope.type === 'claim') {
    // Claims live in sections: wrap the claim in its own section's heading.
    const home = getSection(document, claimSection(document, scope.id))
    blocks.push(...section({ section: home, items: plan.items, sections: [] }, placements))
  } else {
    blocks.push(
      ...(scope.type === 'document' ? withTitleLine(document, plan.items, placements) : items(plan.items, placements)),
      ...plan.sections.flatMap((planned) => section(planned, placements)),
    )
  }
  const trailing = plan.end.filter((disclaimer) => disclaimer.placement === 'section')
  blocks.push(...trailing.map((disclaimer) => disclaimerDirective(disclaimer.id)))
  return `---\n${frontmatter(plan, options)}\n---\n${blocks.map((block) => `\n${block}\n`).join('')}`
}

function claimSection(document: EmbeddedDocument, claimId: string): string {
  return (Object.hasOwn(document.claims, claimId) ? document.claims[claimId]?.section : undefined) ?? ''
}
