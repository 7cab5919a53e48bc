import { z } from 'zod'
import { disclaimerSchema } from './disclaimer.js'
import { glossaryTermSchema } from './glossary.js'
import { idSchema, isoDateSchema, localeSchema, versionSchema } from './primitives.js'
import { referenceSchema } from './reference.js'

/** Who the document is written for (maps to schema.org `MedicalAudienceType`). */
export const audiences = ['patient', 'caregiver', 'clinician', 'researcher', 'general'] as const

/** The YAML frontmatter of a content file: document metadata, references, disclaimers, glossary. */
export const frontmatterSchema = z.strictObject({
  $schema: z.string().optional(),
  id: idSchema,
  title: z.string().trim().min(1),
  summary: z.string().trim().min(1).max(300),
  locale: localeSchema,
  audience: z.enum(audiences),
  version: versionSchema,
  lastReviewed: isoDateSchema,
  references: z.array(referenceSchema).min(1),
  disclaimers: z.array(disclaimerSchema).default([]),
  glossary: z.array(glossaryTermSchema).default([]),
})

/** Frontmatter as written (defaults not yet applied). */
export type FrontmatterInput = z.input<typeof frontmatterSchema>
/** Frontmatter after validation. */
export type Frontmatter = z.output<typeof frontmatterSchema>
/** Target audience. */
export type Audience = (typeof audiences)[number]
