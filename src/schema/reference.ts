import { z } from 'zod'
import { doiSchema, idSchema, isoDateSchema, urlSchema } from './primitives.js'

/** Kinds of source a claim can cite, strongest for regulatory facts first. */
export const referenceKinds = ['regulatory', 'guideline', 'review', 'primary-study'] as const

/** A citable source: a regulator's notice, a guideline, a review or a primary study. */
export const referenceSchema = z
  .strictObject({
    id: idSchema,
    kind: z.enum(referenceKinds),
    title: z.string().trim().min(1),
    authors: z.string().trim().min(1).optional(),
    journal: z.string().trim().min(1).optional(),
    publisher: z.string().trim().min(1).optional(),
    year: z.number().int().min(1800).max(2200).optional(),
    date: isoDateSchema.optional(),
    volume: z.string().trim().min(1).optional(),
    pages: z.string().trim().min(1).optional(),
    doi: doiSchema.optional(),
    url: urlSchema.optional(),
    accessed: isoDateSchema.optional(),
  })
  .superRefine((reference, context) => {
    if (reference.doi === undefined && reference.url === undefined) {
      context.addIssue({ code: 'custom', path: [], message: 'Expected `doi` or `url`: a reference must be findable' })
    }
    // An undated page may be cited without a date (shown as "n.d."): a page known only from a
    // mirror or a citing source has no day on which its publisher's copy was read.
    if (reference.accessed !== undefined && reference.url === undefined) {
      context.addIssue({
        code: 'custom',
        path: ['accessed'],
        message: 'Unexpected `accessed` without `url`, expected the address of the page that was read',
      })
    }
    if (reference.journal !== undefined && reference.publisher !== undefined) {
      context.addIssue({
        code: 'custom',
        path: ['publisher'],
        message: 'Unexpected `publisher` next to `journal`, expected one of them',
      })
    }
    if (reference.year !== undefined && reference.date !== undefined && !reference.date.startsWith(String(reference.year))) {
      context.addIssue({
        code: 'custom',
        path: ['year'],
        message: `Unexpected year ${reference.year} for date ${reference.date}, expected the same year`,
      })
    }
  })

/** A citable source. */
export type Reference = z.infer<typeof referenceSchema>
/** Kind of a reference. */
export type ReferenceKind = (typeof referenceKinds)[number]
