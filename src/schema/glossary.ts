import { z } from 'zod'
import { idSchema } from './primitives.js'

/** A glossary entry explaining a term in plain language. */
export const glossaryTermSchema = z.strictObject({
  id: idSchema,
  term: z.string().trim().min(1),
  definition: z.string().trim().min(1),
  aliases: z.array(z.string().trim().min(1)).optional(),
  cites: z.array(idSchema).optional(),
})

/** A glossary entry. */
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>
