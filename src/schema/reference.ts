import { z } from 'zod'
import { doiSchema, idSchema, isoDateSchema, urlSchema } from './primitives.js'

/** Kinds of source a claim can cite, strongest for regulatory facts first. */
export const referenceKinds = ['regulatory', 'guideline', 'review', 'primary-study'] as const

const citing = 'https://unpkg.com/exosome-content/docs/authoring.md#citing'

/**
 * The rules between the keys of a reference, as data: the parser's check and the JSON
 * Schema's `allOf` are both made from this list, so they cannot drift apart.
 */
export const referenceKeyRules = {
  /** At least one key of each group, with the message the parser gives when none is there. */
  oneOf: [
    { keys: ['doi', 'url'], message: 'Expected `doi` or `url`: a reference must be findable' },
  ],
  /** A key that needs another one. */
  needs: [{ key: 'accessed', needs: 'url', message: 'Unexpected `accessed` without `url`, expected the address of the page that was read' }],
  /** Two keys that exclude each other; the second one is reported. */
  excludes: [{ keys: ['journal', 'publisher'], message: 'Unexpected `publisher` next to `journal`, expected one of them' }],
} as const

const text = z.string().trim().min(1)

const referenceShape = {
  id: idSchema.meta({
    description: 'Kebab-case id of the reference, unique in the document: what a claim lists in `cite="..."`.',
    markdownDescription: `Kebab-case id of the reference, unique in the document: what a claim lists in \`cite="..."\`. See [Citing](${citing}).`,
    examples: ['fda-consumer-alert-2020', 'misev2023'],
  }),
  kind: z.enum(referenceKinds).meta({
    description: 'What the source is: a regulator\'s notice, rule or alert; a guideline or position statement; a review; or one primary study.',
    markdownDescription: 'What the source is: `regulatory` (a regulator\'s notice, rule or alert), `guideline` (a guideline or position statement of a professional body), `review` (a review or systematic review) or `primary-study` (one trial, cohort, animal or cell study). `evidence-matches-sources` reads it.',
    examples: ['regulatory', 'review'],
  }),
  title: text.meta({
    description: 'Title of the source as published.',
    markdownDescription: 'Title of the source **as published**; quote it in YAML when it holds a `:`.',
    examples: ['Consumer Alert on Regenerative Medicine Products Including Stem Cells and Exosomes'],
  }),
  authors: text.optional().meta({
    description: 'Authors as the citation shows them.',
    markdownDescription: 'Authors as the citation shows them, e.g. `Welsh JA, Goberdhan DCI, et al.`',
    examples: ['Queen D, et al.', "Welsh JA, Goberdhan DCI, O'Driscoll L, et al."],
  }),
  journal: text.optional().meta({
    description: 'Journal of an article; a reference has a journal or a publisher, not both.',
    markdownDescription: 'Journal of an article. A reference has `journal` **or** `publisher`, not both.',
    examples: ['Journal of Extracellular Vesicles', 'Dermatologic Surgery'],
  }),
  publisher: text.optional().meta({
    description: 'Publisher of a report, notice or web page; a reference has a journal or a publisher, not both.',
    markdownDescription: 'Publisher of a report, notice or web page. A reference has `journal` **or** `publisher`, not both.',
    examples: ['U.S. Food and Drug Administration'],
  }),
  year: z.number().int().min(1800).max(2200).optional().meta({
    description: 'Year of publication; a year next to a date names the same year. An undated page may have neither.',
    markdownDescription: 'Year of publication, a number. With `date` too, they name the same year. An undated page may have neither (it is cited as "n.d.").',
    examples: [2024, 2018],
  }),
  date: isoDateSchema.optional().meta({
    description: 'Date of publication as YYYY-MM-DD (a real calendar date). An undated page may have none.',
    markdownDescription: 'Date of publication as `YYYY-MM-DD`, a real calendar date. An undated page may have no `year` or `date` (it is cited as "n.d.").',
    examples: ['2020-07-22'],
  }),
  volume: text.optional().meta({
    description: 'Volume (and issue) of the journal; quote it in YAML when it looks like a number.',
    markdownDescription: 'Volume (and issue) of the journal, e.g. `"13(2)"`; quote it in YAML when it looks like a number.',
    examples: ['13(2)', '51(4)'],
  }),
  pages: text.optional().meta({
    description: 'Page range or article number.',
    markdownDescription: 'Page range or article number, e.g. `409-415` or `e12404`.',
    examples: ['409-415', 'e12404'],
  }),
  doi: doiSchema.optional().meta({
    description: 'DOI without a resolver prefix (10.<registrant>/<suffix>); a reference needs a doi or a url.',
    markdownDescription: 'DOI without a resolver prefix: `10.<registrant>/<suffix>`, not `https://doi.org/...`. A reference needs `doi` or `url`; renderers link a DOI as `https://doi.org/<doi>`.',
    examples: ['10.1002/jev2.12404', '10.1080/20013078.2018.1535750'],
  }),
  url: urlSchema.optional().meta({
    description: 'Absolute http(s) address of the source; a reference needs a doi or a url.',
    markdownDescription: 'Absolute `http(s)` address of the source. A reference needs `doi` or `url`.',
    examples: ['https://www.fda.gov/vaccines-blood-biologics/consumers-biologics/consumer-alert-regenerative-medicine-products-including-stem-cells-and-exosomes'],
  }),
  accessed: isoDateSchema.optional().meta({
    description: 'Day the web page at url was read on its publisher\'s site, as YYYY-MM-DD; needs url.',
    markdownDescription: 'Day the web page at `url` was read on its publisher\'s site, as `YYYY-MM-DD`. Needs `url`. Leave it out for a page known only from a mirror or a citing source.',
    examples: ['2026-11-01'],
  }),
}

type ReferenceKey = keyof typeof referenceShape

const present = (reference: Partial<Record<ReferenceKey, unknown>>, key: ReferenceKey): boolean => reference[key] !== undefined

// The same rules in JSON Schema (draft 2020-12), for editors.
const keyRulesJsonSchema = {
  allOf: [
    ...referenceKeyRules.oneOf.map((rule) => ({ anyOf: rule.keys.map((key) => ({ required: [key] })) })),
    ...referenceKeyRules.excludes.map((rule) => ({ not: { required: [...rule.keys] } })),
  ],
  dependentRequired: Object.fromEntries(referenceKeyRules.needs.map((rule) => [rule.key, [rule.needs]])),
}

const _reference = z
  .strictObject(referenceShape)
  .superRefine((reference, context) => {
    for (const rule of referenceKeyRules.oneOf) {
      if (!rule.keys.some((key) => present(reference, key))) context.addIssue({ code: 'custom', path: [], message: rule.message })
    }
    for (const rule of referenceKeyRules.needs) {
      if (present(reference, rule.key) && !present(reference, rule.needs)) context.addIssue({ code: 'custom', path: [rule.key], message: rule.message })
    }
    for (const rule of referenceKeyRules.excludes) {
      if (rule.keys.every((key) => present(reference, key))) context.addIssue({ code: 'custom', path: [rule.keys[1]], message: rule.message })
    }
    // Not expressible in JSON Schema (it compares two values): listed in test/schema/agreement.test.ts.
    if (reference.year !== undefined && reference.date !== undefined && !reference.date.startsWith(String(reference.year))) {
      context.addIssue({
        code: 'custom',
        path: ['year'],
        message: `Unexpected year ${reference.year} for date ${reference.date}, expected the same year`,
      })
    }
  })
  .meta({
    description: 'A source claims cite: needs a doi or a url, and has a year or a date when it is dated.',
    markdownDescription: `A source claims cite. Needs \`doi\` or \`url\`; has \`year\` or \`date\` when it is dated (an undated page is cited as "n.d."); \`journal\` or \`publisher\`, not both. See [Citing](${citing}).`,
    examples: [
      {
        id: 'fda-consumer-alert-2020',
        kind: 'regulatory',
        title: 'Consumer Alert on Regenerative Medicine Products Including Stem Cells and Exosomes',
        publisher: 'U.S. Food and Drug Administration',
        date: '2020-07-22',
        url: 'https://www.fda.gov/vaccines-blood-biologics/consumers-biologics/consumer-alert-regenerative-medicine-products-including-stem-cells-and-exosomes',
      },
    ],
    ...keyRulesJsonSchema,
  })
type ReferenceSchemaType = typeof _reference
/** The type of `referenceSchema`, named once so that declarations refer to it instead of repeating it. */
export interface ReferenceSchema extends ReferenceSchemaType {}
/** A citable source: a regulator's notice, a guideline, a review or a primary study. */
export const referenceSchema: ReferenceSchema = _reference

/** A citable source. */
export type Reference = z.infer<typeof referenceSchema>
/** Kind of a reference. */
export type ReferenceKind = (typeof referenceKinds)[number]
