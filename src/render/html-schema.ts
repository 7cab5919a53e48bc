import { defaultSchema, type Schema } from 'hast-util-sanitize'

/** Class names the HTML renderer emits: the styling contract (documented in docs/rendering.md). */
export const htmlClassNames = [
  'exo-document',
  'exo-header',
  'exo-title',
  'exo-summary',
  'exo-meta',
  'exo-intro',
  'exo-section',
  'exo-section-title',
  'exo-narrative',
  'exo-claim',
  'exo-claim-body',
  'exo-claim-reuse',
  'exo-evidence',
  'exo-citations',
  'exo-citation',
  'exo-disclaimers',
  'exo-disclaimers-lead',
  'exo-disclaimers-end',
  'exo-disclaimer',
  'exo-disclaimer-title',
  'exo-disclaimer-body',
  'exo-references-block',
  'exo-references-title',
  'exo-references',
  'exo-reference',
  'exo-glossary-block',
  'exo-glossary-title',
  'exo-glossary',
  'exo-glossary-term',
  'exo-glossary-definition',
  'exo-evidence-summary',
  'exo-evidence-summary-table',
  'exo-evidence-summary-caption',
  'exo-evidence-summary-empty',
] as const

/** A class name of the HTML output. */
export type HtmlClassName = (typeof htmlClassNames)[number]

const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

const cache = new Map<string, Schema>()

/**
 * The GitHub sanitize schema, extended only for the renderer's own structure: its class names,
 * `data-claim-id`, `data-evidence`, `data-disclaimer-id`, `data-section-id`, ids that start with
 * the id prefix, and the `article`/`aside`/`header`/`cite`/`caption` elements. Ids are not clobber-prefixed
 * by the sanitizer because the renderer prefixes them itself (`idPrefix`); any other id is dropped.
 *
 * @param idPrefix The id prefix of this render.
 * @returns The schema.
 */
export function htmlSanitizeSchema(idPrefix: string): Schema {
  const cached = cache.get(idPrefix)
  if (cached) return cached
  const attributes = defaultSchema.attributes ?? {}
  const common = (attributes['*'] ?? []).filter((name) => name !== 'id')
  const ownId = new RegExp(`^${escapeRegExp(idPrefix)}(?:section|claim|ref|disclaimer|glossary)-[a-z0-9-]+$`)
  // A tag's own className rule is checked before the `*` rule and wins even when it keeps
  // nothing, so our class names are added to those rules too.
  const specific = Object.fromEntries(
    Object.entries(attributes).map(([tag, definitions]) => [
      tag,
      definitions.map((definition) =>
        Array.isArray(definition) && definition[0] === 'className' ? [...definition, ...htmlClassNames] : definition,
      ),
    ]),
  ) as NonNullable<Schema['attributes']>
  const schema: Schema = {
    ...defaultSchema,
    tagNames: [...(defaultSchema.tagNames ?? []), 'article', 'aside', 'header', 'cite', 'caption'],
    clobber: [],
    clobberPrefix: '',
    attributes: {
      ...specific,
      aside: [['role', 'note']],
      '*': [
        ...common,
        ['id', ownId],
        ['className', ...htmlClassNames],
        ['dataClaimId', kebab],
        ['dataSectionId', kebab],
        ['dataDisclaimerId', kebab],
        ['dataEvidence', kebab],
      ],
    },
  }
  cache.set(idPrefix, schema)
  return schema
}
