import { z } from 'zod'
import { contentSchema } from './claim.js'
import { idSchema } from './primitives.js'

/** What a disclaimer is about. */
export const disclaimerKinds = ['regulatory', 'medical-advice', 'investigational', 'risk'] as const

/**
 * Where a disclaimer goes: once for the whole document, where a section places it
 * (`::disclaimer{ref=id}`), or beside every claim that requires it.
 */
export const disclaimerPlacements = ['document', 'section', 'claim'] as const

/** A disclaimer: short markdown text that must travel with the claims that need it. */
export const disclaimerSchema = z.strictObject({
  id: idSchema,
  kind: z.enum(disclaimerKinds),
  title: z.string().trim().min(1),
  text: z.string().trim().min(1),
  placement: z.enum(disclaimerPlacements),
})

/**
 * A disclaimer as a document holds it: the frontmatter entry plus `content`, the markdown of
 * its `text` and the mdast the parser read from it, with the parser's limits. Renderers
 * render that mdast; nothing is parsed at render time.
 */
export const documentDisclaimerSchema = z.strictObject({
  ...disclaimerSchema.shape,
  content: contentSchema,
})

/** A disclaimer as written in the frontmatter. */
export type Disclaimer = z.infer<typeof disclaimerSchema>
/** A disclaimer of a document, with the parsed content of its text. */
export type DocumentDisclaimer = z.infer<typeof documentDisclaimerSchema>
/** Kind of a disclaimer. */
export type DisclaimerKind = (typeof disclaimerKinds)[number]
/** Placement of a disclaimer. */
export type DisclaimerPlacement = (typeof disclaimerPlacements)[number]
