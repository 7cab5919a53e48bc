/**
 * The disclaimer guarantee as a fuzz oracle (docs/rendering.md): a render of the whole
 * document, of one section or of one claim holds every claim in it and every disclaimer it
 * needs (those its claims require, those placed in its sections and in the intro, and every
 * document-level one, and where it shows the evidence summary those the summed-up claims
 * require), each disclaimer exactly once, and nothing else. What the output must
 * hold is worked out from the document here, not by the renderer's placement step; what it
 * holds is read back from the output (HTML parsed, text markers, markdown syntax tree).
 *
 * Any fuzz suite can call `expectRenderHolds` on the renders it makes, or
 * `expectRendersHold` to render and check a scope in every format.
 */
import remarkDirective from 'remark-directive'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { visit } from 'unist-util-visit'
import { expect } from 'vitest'
import { parse as parseYaml } from 'yaml'
import { mdastToPlainText } from '../../src/render/plain-text.js'
import { renderClaim, renderDocument, renderFormats, renderSection, requiredDisclaimers, type RenderFormat } from '../../src/render/index.js'
import type { EmbeddedDocument as ExosomeDocument } from '../../src/schema/document.js'
import type { EmbeddedBlock as Block, EmbeddedSection as Section } from '../../src/schema/section.js'
import { readHtml, readTextDisclaimers, squash } from '../render/read-back.js'

/** What is rendered. */
export type OracleScope = { type: 'document' } | { type: 'section'; id: string } | { type: 'claim'; id: string }

/** What a render of a scope must hold: claim ids and disclaimer ids, each sorted. */
export interface Expected {
  claims: string[]
  disclaimers: string[]
}

function sectionsOf(sections: readonly Section[]): Section[] {
  return sections.flatMap((section) => [section, ...sectionsOf(section.sections)])
}

function findSection(document: ExosomeDocument, id: string): Section {
  const found = sectionsOf(document.sections).find((section) => section.id === id)
  if (found === undefined) throw new Error(`no section ${id}`)
  return found
}

const placedIn = (blocks: readonly Block[]): string[] => blocks.flatMap((block) => (block.type === 'disclaimer' ? [block.disclaimer] : []))
const claimsIn = (blocks: readonly Block[]): string[] => blocks.flatMap((block) => (block.type === 'claim' ? [block.claim] : []))
const sorted = (ids: Iterable<string>): string[] => [...new Set(ids)].sort()

// The claims an evidence summary sums up: `therapeutic-potential` claims defined (not reused)
// in the section they belong to.
function researchClaims(document: ExosomeDocument): Array<ExosomeDocument['claims'][string]> {
  return sectionsOf(document.sections).flatMap((section) =>
    section.blocks.flatMap((block) => {
      const claim = block.type === 'claim' && !block.reuse && Object.hasOwn(document.claims, block.claim) ? document.claims[block.claim] : undefined
      return claim !== undefined && claim.kind === 'therapeutic-potential' && claim.section === section.id ? [claim] : []
    }),
  )
}

/**
 * What a render of `scope` must hold, from the document alone.
 *
 * @param document The document.
 * @param scope What is rendered.
 * @returns Claim and disclaimer ids.
 */
export function expectedContent(document: ExosomeDocument, scope: OracleScope): Expected {
  const documentLevel = document.disclaimers.filter((disclaimer) => disclaimer.placement === 'document').map((disclaimer) => disclaimer.id)
  const intro = placedIn(document.intro)
  let blocks: Block[]
  if (scope.type === 'document') blocks = [...document.intro, ...sectionsOf(document.sections).flatMap((section) => section.blocks)]
  else if (scope.type === 'section') blocks = sectionsOf([findSection(document, scope.id)]).flatMap((section) => section.blocks)
  else blocks = [{ type: 'claim', claim: scope.id, reuse: false, position: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } } }]
  const claims = sorted(claimsIn(blocks))
  const required = claims.flatMap((id) => document.claims[id]?.requires ?? [])
  // An evidence summary shows data of the document's research claims (the
  // `therapeutic-potential` claims each section defines), so it carries what they require.
  const summed = blocks.some((block) => block.type === 'evidence-summary') ? researchClaims(document).flatMap((claim) => claim.requires) : []
  return { claims, disclaimers: sorted([...documentLevel, ...intro, ...placedIn(blocks), ...required, ...summed]) }
}

/**
 * Render a scope in one format.
 *
 * @param document The document.
 * @param scope What to render.
 * @param format The format.
 * @returns The output.
 */
export function renderScope(document: ExosomeDocument, scope: OracleScope, format: RenderFormat): string {
  if (scope.type === 'document') return renderDocument(document, { format })
  if (scope.type === 'section') return renderSection(document, scope.id, { format })
  return renderClaim(document, scope.id, { format })
}

const count = (ids: readonly string[]): Record<string, number> => {
  const counts: Record<string, number> = {}
  for (const id of ids) counts[id] = (counts[id] ?? 0) + 1
  return counts
}
const once = (ids: readonly string[]): Record<string, number> => Object.fromEntries(ids.map((id) => [id, 1]))

/**
 * Assert that one render of `scope` holds what it must.
 *
 * - html: the `data-claim-id` and `data-disclaimer-id` elements (each disclaimer once);
 * - text: each disclaimer's marker line once, and each claim's plain text;
 * - markdown: the claims it defines or reuses, and the disclaimers its frontmatter defines
 *   and it carries as the format does (document-level ones by definition, section ones
 *   placed with `::disclaimer`, claim ones through the `requires` of its claims); a section
 *   disclaimer is placed as many times as the intro and sections of the scope place it (it
 *   is source: every placement reads back), or once where the scope places it nowhere.
 *
 * @param document The document.
 * @param scope What was rendered.
 * @param format Its format.
 * @param output The render.
 */
export function expectRenderHolds(document: ExosomeDocument, scope: OracleScope, format: RenderFormat, output: string): void {
  const expected = expectedContent(document, scope)
  const where = `${format} render of ${scope.type === 'document' ? 'the document' : `${scope.type} ${scope.id}`}`
  if (format === 'html') {
    const html = readHtml(output)
    expect(sorted(html.claims), where).toEqual(expected.claims)
    expect(count(html.disclaimers), where).toEqual(once(expected.disclaimers))
  } else if (format === 'text') {
    expect(count(readTextDisclaimers(output, document)), where).toEqual(once(expected.disclaimers))
    const text = squash(output)
    const missing = expected.claims.filter((id) => {
      const claim = document.claims[id]
      return claim === undefined || !text.includes(squash(mdastToPlainText(claim.content.mdast)))
    })
    expect(missing, where).toEqual([])
  } else {
    const held = readMarkdown(output)
    expect(held.claims, where).toEqual(expected.claims)
    expect(held.definedTwice, where).toEqual([])
    expect(held.disclaimers, where).toEqual(expected.disclaimers)
    const allowed = sourcePlacements(document, scope)
    const extra = Object.entries(count(held.placed)).filter(([id, times]) => times > Math.max(1, allowed[id] ?? 0))
    expect(extra, where).toEqual([])
  }
}

/** How many times the intro and the sections of a scope place each disclaimer (`::disclaimer`). */
function sourcePlacements(document: ExosomeDocument, scope: OracleScope): Record<string, number> {
  const sections = scope.type === 'document' ? sectionsOf(document.sections) : scope.type === 'section' ? sectionsOf([findSection(document, scope.id)]) : []
  return count([...placedIn(document.intro), ...sections.flatMap((section) => placedIn(section.blocks))])
}

/** What markdown output holds, read from its syntax tree and frontmatter. */
interface MarkdownReading {
  /** Ids of the claims it defines (`:::claim{#id}`) or reuses (`::claim{ref=id}`), sorted. */
  claims: string[]
  /** Claim ids defined more than once. */
  definedTwice: string[]
  /**
   * Disclaimers it carries, sorted: defined in its frontmatter, and document-level, or placed
   * with `::disclaimer{ref=id}` (section placement), or required by a claim it defines
   * (claim placement, through `requires=`).
   */
  disclaimers: string[]
  /** Disclaimer ids placed with `::disclaimer{ref=id}`, once per placement. */
  placed: string[]
}

const markdownReader = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkDirective)

function readMarkdown(markdown: string): MarkdownReading {
  const tree = markdownReader.parse(markdown)
  const defined: string[] = []
  const reused: string[] = []
  const placed: string[] = []
  const required: string[] = []
  let definitions: Array<{ id?: unknown; placement?: unknown }> = []
  visit(tree, (node) => {
    if (node.type === 'yaml') definitions = ((parseYaml(node.value) as { disclaimers?: typeof definitions } | null)?.disclaimers ?? [])
    if (node.type !== 'containerDirective' && node.type !== 'leafDirective') return
    const attributes = node.attributes ?? {}
    if (node.name === 'claim' && node.type === 'containerDirective' && typeof attributes.id === 'string') {
      defined.push(attributes.id)
      required.push(...(attributes['requires'] ?? '').split(/\s+/).filter(Boolean))
    } else if (node.name === 'claim' && typeof attributes['ref'] === 'string') reused.push(attributes['ref'])
    else if (node.name === 'disclaimer' && typeof attributes['ref'] === 'string') placed.push(attributes['ref'])
  })
  const twice = (ids: readonly string[]): string[] => sorted(ids.filter((id, index) => ids.indexOf(id) !== index))
  const carried = definitions.flatMap(({ id, placement }) => {
    if (typeof id !== 'string') return []
    const held = placement === 'document' || (placement === 'section' && placed.includes(id)) || (placement === 'claim' && required.includes(id))
    return held ? [id] : []
  })
  return { claims: sorted([...defined, ...reused]), definedTwice: twice(defined), disclaimers: sorted(carried), placed }
}

/**
 * Render `scope` in every format and check each render, and check that `requiredDisclaimers`
 * lists the same disclaimers for it.
 *
 * @param document The document.
 * @param scope What to render.
 */
export function expectRendersHold(document: ExosomeDocument, scope: OracleScope): void {
  for (const format of renderFormats) expectRenderHolds(document, scope, format, renderScope(document, scope, format))
  const selection = scope.type === 'document' ? {} : scope.type === 'section' ? { sections: [scope.id] } : { claims: [scope.id] }
  expect(sorted(requiredDisclaimers(document, selection).map((disclaimer) => disclaimer.id))).toEqual(expectedContent(document, scope).disclaimers)
}
