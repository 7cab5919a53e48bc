import { z } from 'zod'
import { disclaimerSchema } from './disclaimer.js'
import { glossaryTermSchema } from './glossary.js'
import { idSchema, isoDateSchema, localeSchema, versionSchema } from './primitives.js'
import { referenceSchema } from './reference.js'

/** Who the document is written for (maps to schema.org `MedicalAudienceType`). */
export const audiences = ['patient', 'caregiver', 'clinician', 'researcher', 'general'] as const

const docs = 'https://unpkg.com/exosome-content/docs/'

/**
 * The YAML frontmatter of a content file: document metadata, references, disclaimers, glossary.
 * Every key carries a `description`, `markdownDescription` and `examples` for editors (see
 * `toJsonSchema`).
 */
export const frontmatterSchema = z
  .strictObject({
    $schema: z.string().optional().meta({
      description: 'Address of a JSON Schema for editors; the parser ignores it.',
      markdownDescription: 'Address of a JSON Schema for editors; the parser ignores it. For `.md` pages, the language server (`exosome-content lsp --stdio`) checks the frontmatter without it.',
      examples: ['./node_modules/exosome-content/schema/frontmatter.schema.json'],
    }),
    id: idSchema.meta({
      description: 'Kebab-case id of the document.',
      markdownDescription: 'Kebab-case id of the document (lowercase letters, digits and single hyphens).',
      examples: ['clinic-faq', 'exosome-therapy'],
    }),
    title: z.string().trim().min(1).meta({
      description: 'Title of the page; the `#` heading of the body, if any, repeats it.',
      markdownDescription: 'Title of the page. The `#` heading of the body, if any, repeats it (`title-mismatch` otherwise).',
      examples: ['Exosome treatments at our clinic'],
    }),
    summary: z.string().trim().min(1).max(300).meta({
      description: 'One or two plain sentences on what the page covers, at most 300 characters.',
      markdownDescription: 'One or two plain sentences on what the page covers, **at most 300 characters** (white space around it not counted). Used as the page description (JSON-LD, previews).',
      examples: ['What patients ask us about exosome treatments, and what the evidence says.'],
    }),
    locale: localeSchema.meta({
      description: 'BCP 47 language tag of the page.',
      markdownDescription: 'BCP 47 language tag of the page, e.g. `en` or `en-US`.',
      examples: ['en', 'en-US', 'es'],
    }),
    audience: z.enum(audiences).meta({
      description: 'Who the page is written for.',
      markdownDescription: 'Who the page is written for: `patient`, `caregiver`, `clinician`, `researcher` or `general` (schema.org `MedicalAudienceType` in JSON-LD).',
      examples: ['patient', 'general'],
    }),
    version: versionSchema.meta({
      description: 'Semantic version of the content; quote it if YAML would read it as a number.',
      markdownDescription: 'Semantic version of the content, e.g. `1.2.0`. Write `"1.0"`-like values in quotes: YAML reads `1.0` as a number.',
      examples: ['1.0.0', '2.1.0-draft.1'],
    }),
    lastReviewed: isoDateSchema.meta({
      description: 'Day of the last medical or editorial review, as YYYY-MM-DD (a real calendar date).',
      markdownDescription: `Day of the last medical or editorial review, as \`YYYY-MM-DD\` (a real calendar date). \`review-stale\` warns when it is older than the review window. See [review-stale](${docs}rules.md#review-stale).`,
      examples: ['2026-11-01'],
    }),
    references: z.array(referenceSchema).min(1).meta({
      description: 'The sources claims cite, at least one.',
      markdownDescription: `The sources claims cite, at least one; each \`id\` is what \`cite="..."\` names. See [Citing](${docs}authoring.md#citing).`,
      examples: [
        [
          {
            id: 'queen-2025-dermatology',
            kind: 'review',
            title: 'Exosomes for Treating Hair Loss: A Review of Clinical Studies',
            authors: 'Queen D, et al.',
            journal: 'Dermatologic Surgery',
            year: 2025,
            doi: '10.1097/DSS.0000000000004480',
          },
        ],
      ],
    }),
    disclaimers: z.array(disclaimerSchema).default([]).meta({
      description: 'The disclaimers of the page, each with where it is shown.',
      markdownDescription: `The disclaimers of the page, each with its \`placement\`. The policy decides which ones each kind of claim requires. See [Placing disclaimers](${docs}authoring.md#placing-disclaimers).`,
      examples: [
        [
          {
            id: 'not-fda-approved',
            kind: 'regulatory',
            title: 'Not approved by the FDA',
            text: 'The FDA has not approved any exosome product to treat any disease or condition.',
            placement: 'document',
          },
        ],
      ],
    }),
    glossary: z.array(glossaryTermSchema).default([]).meta({
      description: 'Terms explained in plain language.',
      markdownDescription: 'Terms explained in plain language: `id`, `term`, `definition`, optional `aliases` and `cites`.',
      examples: [[{ id: 'extracellular-vesicle', term: 'Extracellular vesicle', definition: 'A particle released by cells and enclosed by a membrane.' }]],
    }),
  })
  .meta({
    description: 'Frontmatter of an exosome-content page.',
    markdownDescription: `Frontmatter of an exosome-content page: metadata, \`references\`, \`disclaimers\` and \`glossary\`. See the [authoring guide](${docs}authoring.md).`,
  })

/** Frontmatter as written (defaults not yet applied). */
export type FrontmatterInput = z.input<typeof frontmatterSchema>
/** Frontmatter after validation. */
export type Frontmatter = z.output<typeof frontmatterSchema>
/** Target audience. */
export type Audience = (typeof audiences)[number]
