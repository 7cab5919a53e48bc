import { z } from 'zod'
import { idSchema } from './primitives.js'

const _glossaryTerm = z
  .strictObject({
    id: idSchema.meta({
      description: 'Kebab-case id of the glossary entry, unique in the document.',
      markdownDescription: 'Kebab-case id of the glossary entry, unique in the document; `getGlossaryTerm(id)` finds it.',
      examples: ['extracellular-vesicle', 'exosome'],
    }),
    term: z.string().trim().min(1).meta({
      description: 'The term as readers meet it.',
      markdownDescription: 'The term as readers meet it, e.g. `Extracellular vesicle`.',
      examples: ['Extracellular vesicle'],
    }),
    definition: z.string().trim().min(1).meta({
      description: 'What the term means, in plain language.',
      markdownDescription: 'What the term means, in plain language for the page\'s `audience`.',
      examples: ['A particle released by cells and enclosed by a membrane.'],
    }),
    aliases: z.array(z.string().trim().min(1)).optional().meta({
      description: 'Other names of the term (plurals, abbreviations); the lookup finds the entry by any of them.',
      markdownDescription: 'Other names of the term (plurals, abbreviations); `getGlossaryTerm` finds the entry by any of them.',
      examples: [['EV', 'EVs']],
    }),
    cites: z.array(idSchema).optional().meta({
      description: 'Ids of the references that support the definition; each must be an id in references.',
      markdownDescription: 'Ids of the references that support the definition; each must be an `id` in `references` (`citation-resolves`).',
      examples: [['misev2023']],
    }),
  })
  .meta({
    description: 'A glossary entry explaining a term in plain language.',
    markdownDescription: 'A glossary entry explaining a term in plain language.',
    examples: [{ id: 'extracellular-vesicle', term: 'Extracellular vesicle', definition: 'A particle released by cells and enclosed by a membrane.' }],
  })
type GlossaryTermSchemaType = typeof _glossaryTerm
/** The type of `glossaryTermSchema`, named once so that declarations refer to it instead of repeating it. */
export interface GlossaryTermSchema extends GlossaryTermSchemaType {}
/** A glossary entry explaining a term in plain language. */
export const glossaryTermSchema: GlossaryTermSchema = _glossaryTerm

/** A glossary entry. */
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>
