import type { BlockContent, DefinitionContent } from 'mdast'
import { z } from 'zod'
import { idSchema, positionSchema } from './primitives.js'

/** What a claim says. */
export const claimKinds = [
  'definition',
  'mechanism',
  'therapeutic-potential',
  'regulatory',
  'safety',
  'context',
] as const

/**
 * How strong the evidence behind a claim is, strongest first.
 * `regulatory-fact` is a statement about what a regulator did or said.
 */
export const evidenceGrades = ['established', 'clinical', 'early-clinical', 'preclinical', 'regulatory-fact'] as const

/** mdast block content as produced by remark-parse (positions kept; absent in embedded documents). */
export const mdastBlocksSchema = z.custom<Array<BlockContent | DefinitionContent>>(
  (value) =>
    Array.isArray(value) &&
    value.every((node: unknown) => typeof node === 'object' && node !== null && typeof (node as { type?: unknown }).type === 'string'),
  { error: 'Expected an array of mdast nodes' },
)

const _content = z.strictObject({
  /** The markdown exactly as written (directive fences excluded). */
  markdown: z.string(),
  /** The mdast of that markdown. */
  mdast: mdastBlocksSchema,
})
type ContentSchemaType = typeof _content
/** The type of `contentSchema`, named once so that declarations refer to it instead of repeating it. */
export interface ContentSchema extends ContentSchemaType {}
/** The authored body of a claim or narrative block in its two source forms. */
export const contentSchema: ContentSchema = _content

const claimShape = {
  id: idSchema,
  kind: z.enum(claimKinds),
  evidence: z.enum(evidenceGrades),
  cites: z.array(idSchema).min(1),
  requires: z.array(idSchema),
  /** Plain text of the claim, whitespace normalised: single spaces, no line breaks. */
  text: z.string().trim().min(1),
  content: contentSchema,
  section: idSchema,
}

const _claim = z.strictObject({ ...claimShape, position: positionSchema })
type ClaimSchemaType = typeof _claim
/** The type of `claimSchema`, named once so that declarations refer to it instead of repeating it. */
export interface ClaimSchema extends ClaimSchemaType {}
/** A single statement the document makes, with its evidence grade, sources and needed disclaimers. */
export const claimSchema: ClaimSchema = _claim

const _embeddedClaim = z.strictObject({ ...claimShape, position: positionSchema.optional() })
type EmbeddedClaimSchemaType = typeof _embeddedClaim
/** The type of `embeddedClaimSchema`, named once so that declarations refer to it instead of repeating it. */
export interface EmbeddedClaimSchema extends EmbeddedClaimSchemaType {}
/**
 * A claim of an embedded document (the built-in overview, a compiled page): the same as a
 * parsed claim, except that its source `position` may be absent.
 */
export const embeddedClaimSchema: EmbeddedClaimSchema = _embeddedClaim

/** A claim. */
export type Claim = z.infer<typeof claimSchema>
/** A claim of an embedded document: `position` may be absent. */
export type EmbeddedClaim = z.infer<typeof embeddedClaimSchema>
/** Kind of a claim. */
export type ClaimKind = (typeof claimKinds)[number]
/** Evidence grade of a claim. */
export type EvidenceGrade = (typeof evidenceGrades)[number]
/** Authored content of a claim or block. */
export type Content = z.infer<typeof contentSchema>
