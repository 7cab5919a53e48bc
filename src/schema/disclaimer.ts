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

const placing = 'https://unpkg.com/exosome-content/docs/authoring.md#placing-disclaimers'

const _disclaimer = z
  .strictObject({
    id: idSchema.meta({
      description: 'Kebab-case id of the disclaimer, unique in the document: what `::disclaimer{ref=...}`, a claim\'s `requires` and the policy name.',
      markdownDescription: `Kebab-case id of the disclaimer, unique in the document: what \`::disclaimer{ref=...}\`, a claim's \`requires="..."\` and the policy's \`requires\` map name. See [Placing disclaimers](${placing}).`,
      examples: ['not-fda-approved', 'investigational', 'not-medical-advice'],
    }),
    kind: z.enum(disclaimerKinds).meta({
      description: 'What the disclaimer is about: a regulatory status, that the page is not medical advice, that a use is investigational, or a risk.',
      markdownDescription: 'What the disclaimer is about: `regulatory` (a regulatory status), `medical-advice` (the page does not replace a clinician), `investigational` (a use still being researched) or `risk`.',
      examples: ['regulatory', 'investigational'],
    }),
    title: z.string().trim().min(1).meta({
      description: 'Short heading shown with the disclaimer.',
      markdownDescription: 'Short heading shown with the disclaimer, e.g. `Not approved by the FDA`.',
      examples: ['Not approved by the FDA', 'Still being researched'],
    }),
    text: z.string().trim().min(1).meta({
      description: 'The disclaimer itself: short markdown, which may hold a link.',
      markdownDescription: 'The disclaimer itself: short markdown, which may hold a link. `disclaimer-text-pinned` can pin it to an approved hash.',
      examples: ['The FDA has not approved any exosome product to treat any disease or condition.'],
    }),
    placement: z.enum(disclaimerPlacements).meta({
      description: 'Where it is shown: once for the whole document, where a section places it with ::disclaimer{ref=id}, or after the first claim that requires it.',
      markdownDescription: `Where it is shown: \`document\` (once for the whole page), \`section\` (where a section places it with \`::disclaimer{ref=id}\`) or \`claim\` (right after the first claim that requires it). See [Placing disclaimers](${placing}).`,
      examples: ['document', 'section'],
    }),
  })
  .meta({
    description: 'A disclaimer that must travel with the claims that need it.',
    markdownDescription: `A disclaimer that must travel with the claims that need it; renderers never show such a claim without it. See [Placing disclaimers](${placing}).`,
    examples: [
      {
        id: 'investigational',
        kind: 'investigational',
        title: 'Still being researched',
        text: 'This use is investigational. Its safety and whether it works have not been established.',
        placement: 'section',
      },
    ],
  })
type DisclaimerSchemaType = typeof _disclaimer
/** The type of `disclaimerSchema`, named once so that declarations refer to it instead of repeating it. */
export interface DisclaimerSchema extends DisclaimerSchemaType {}
/** A disclaimer: short markdown text that must travel with the claims that need it. */
export const disclaimerSchema: DisclaimerSchema = _disclaimer

const _documentDisclaimer = z.strictObject({
  ...disclaimerSchema.shape,
  content: contentSchema,
})
type DocumentDisclaimerSchemaType = typeof _documentDisclaimer
/** The type of `documentDisclaimerSchema`, named once so that declarations refer to it instead of repeating it. */
export interface DocumentDisclaimerSchema extends DocumentDisclaimerSchemaType {}
/**
 * A disclaimer as a document holds it: the frontmatter entry plus `content`, the markdown of
 * its `text` and the mdast the parser read from it, with the parser's limits. Renderers
 * render that mdast; nothing is parsed at render time.
 */
export const documentDisclaimerSchema: DocumentDisclaimerSchema = _documentDisclaimer

/** A disclaimer as written in the frontmatter. */
export type Disclaimer = z.infer<typeof disclaimerSchema>
/** A disclaimer of a document, with the parsed content of its text. */
export type DocumentDisclaimer = z.infer<typeof documentDisclaimerSchema>
/** Kind of a disclaimer. */
export type DisclaimerKind = (typeof disclaimerKinds)[number]
/** Placement of a disclaimer. */
export type DisclaimerPlacement = (typeof disclaimerPlacements)[number]
