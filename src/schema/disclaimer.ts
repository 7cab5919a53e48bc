import { z } from 'zod'
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

/** A disclaimer. */
export type Disclaimer = z.infer<typeof disclaimerSchema>
/** Kind of a disclaimer. */
export type DisclaimerKind = (typeof disclaimerKinds)[number]
/** Placement of a disclaimer. */
export type DisclaimerPlacement = (typeof disclaimerPlacements)[number]
