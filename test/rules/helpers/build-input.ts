// Builds a RuleInput from markdown without the parser, so rules can be unit-tested on small
// hand-written documents: `:::claim{#id kind= evidence= cite= requires=}` containers,
// `::claim{ref=}` and `::disclaimer{ref=}` leaves, `##`/`###` headings for sections.
import type { BlockContent, DefinitionContent, Root, RootContent } from 'mdast'
import { toString } from 'mdast-util-to-string'
import remarkDirective from 'remark-directive'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { recommendedPolicy } from '../../../src/rules/policy.js'
import type { ResolvedPolicy } from '../../../src/rules/policy.js'
import type { RuleInput, SourceComment } from '../../../src/rules/types.js'
import type { Claim, ClaimKind, EvidenceGrade } from '../../../src/schema/claim.js'
import type { Disclaimer } from '../../../src/schema/disclaimer.js'
import type { ExosomeDocument } from '../../../src/schema/document.js'
import type { Position } from '../../../src/schema/primitives.js'
import type { Section } from '../../../src/schema/section.js'

const place = (node: { position?: { start: { line: number; column: number; offset?: number | undefined }; end: { line: number; column: number; offset?: number | undefined } } | undefined }): Position => {
  const p = node.position
  if (p === undefined) throw new Error('node without position')
  return { start: { line: p.start.line, column: p.start.column }, end: { line: p.end.line, column: p.end.column } }
}

/** Frontmatter-like fields of the hand-built document. */
export type Meta = Partial<Pick<ExosomeDocument, 'references' | 'glossary' | 'lastReviewed'>> & { disclaimers?: Disclaimer[] }

/**
 * Build a rule input from a markdown body and document metadata.
 *
 * @param body Markdown body (no frontmatter).
 * @param meta References, disclaimers, glossary, lastReviewed.
 * @param options Policy and a `locate` stub.
 * @returns The input the parser would hand the rules.
 */
export function buildInput(
  body: string,
  meta: Meta = {},
  options: { policy?: ResolvedPolicy; locate?: RuleInput['locate'] } = {},
): RuleInput {
  const tree = unified().use(remarkParse).use(remarkDirective).parse(body) as Root
  const claims: Record<string, Claim> = {}
  const sections: Section[] = []
  const stack: Section[] = []
  const comments: SourceComment[] = []

  const visitComments = (node: Root | RootContent): void => {
    if (node.type === 'html' && node.value.trim().startsWith('<!--')) comments.push({ value: node.value, position: place(node) })
    if ('children' in node) for (const child of node.children) visitComments(child)
  }
  visitComments(tree)

  for (const node of tree.children) {
    if (node.type === 'heading' && node.depth >= 2) {
      const section: Section = {
        id: toString(node).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, ''),
        title: toString(node),
        depth: node.depth,
        blocks: [],
        claims: [],
        disclaimers: [],
        position: place(node),
        sections: [],
      }
      while ((stack.at(-1)?.depth ?? 0) >= node.depth) stack.pop()
      const parent = stack.at(-1)
      if (parent === undefined) sections.push(section)
      else parent.sections.push(section)
      stack.push(section)
      continue
    }
    const section = stack.at(-1)
    if (section === undefined) continue
    if (node.type === 'containerDirective' && node.name === 'claim') {
      const attributes = node.attributes ?? {}
      const id = attributes.id ?? 'missing-id'
      const split = (value: string | null | undefined): string[] => (value ?? '').split(/\s+/).filter((item) => item !== '')
      claims[id] = {
        id,
        kind: (attributes.kind ?? 'definition') as ClaimKind,
        evidence: (attributes.evidence ?? 'established') as EvidenceGrade,
        cites: split(attributes.cite),
        requires: split(attributes.requires),
        text: toString(node),
        content: { markdown: '', mdast: node.children as Array<BlockContent | DefinitionContent> },
        section: section.id,
        position: place(node),
      }
      section.claims.push(id)
      section.blocks.push({ type: 'claim', claim: id, reuse: false, position: place(node) })
    } else if (node.type === 'leafDirective' && node.name === 'claim') {
      section.blocks.push({ type: 'claim', claim: node.attributes?.ref ?? '', reuse: true, position: place(node) })
    } else if (node.type === 'leafDirective' && node.name === 'disclaimer') {
      const id = node.attributes?.ref ?? ''
      section.disclaimers.push(id)
      section.blocks.push({ type: 'disclaimer', disclaimer: id, position: place(node) })
    }
  }

  const document: ExosomeDocument = {
    id: 'test-document',
    title: 'Test',
    summary: 'Test document.',
    locale: 'en',
    audience: 'general',
    version: '1.0.0',
    lastReviewed: meta.lastReviewed ?? '2026-01-01',
    references: meta.references ?? [],
    disclaimers: (meta.disclaimers ?? []).map((item) => ({ ...item, content: { markdown: item.text, mdast: [{ type: 'paragraph', children: [{ type: 'text', value: item.text }] }] } })),
    glossary: meta.glossary ?? [],
    intro: [],
    sections,
    claims,
    hash: `sha256-${'0'.repeat(64)}`,
  }
  return {
    document,
    source: body,
    tree,
    file: 'test.md',
    locate: options.locate ?? (() => undefined),
    comments,
    policy: options.policy ?? recommendedPolicy,
    // A fixed day: no rule test reads the real clock.
    now: new Date('2026-11-29T00:00:00Z'),
  }
}
