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

/** What the schema allows in the renderer's `data-*` attributes. */
export const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * The ids the schema allows for an id prefix: the renderer's own kinds of id, prefixed.
 *
 * @param idPrefix The id prefix of a render.
 * @returns The pattern.
 */
export function ownIdPattern(idPrefix: string): RegExp {
  let pattern = patterns.get(idPrefix)
  if (pattern === undefined) {
    pattern = new RegExp(`^${escapeRegExp(idPrefix)}(?:section|claim|ref|disclaimer|glossary)-[a-z0-9-]+$`)
    if (patterns.size >= cacheLimit) patterns.clear()
    patterns.set(idPrefix, pattern)
  }
  return pattern
}

// Stryker disable next-line OptionalChaining,ArrayDeclaration: hast-util-sanitize's default schema always lists `href` protocols
const hrefProtocols = defaultSchema.protocols?.['href'] ?? []

/**
 * Whether the sanitizer keeps an `href`: relative, or with one of the schema's protocols
 * (case-sensitive, as hast-util-sanitize checks it).
 *
 * @param url The link target.
 * @returns True when it is kept.
 */
export function safeHref(url: string): boolean {
  const colon = url.indexOf(':')
  const before = (mark: string): boolean => {
    const at = url.indexOf(mark)
    // Stryker disable next-line EqualityOperator: `at` and `colon` index different characters, so they are never equal
    return at > -1 && colon > at
  }
  if (colon < 0 || before('/') || before('?') || before('#')) return true
  return hrefProtocols.some((protocol) => colon === protocol.length && url.startsWith(protocol))
}

// One schema per id prefix, a few kept: prefixes come from the caller, and a server that
// took them from requests must not grow this without bound.
const cache = new Map<string, Schema>()
const patterns = new Map<string, RegExp>()
const cacheLimit = 16

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
  // Stryker disable next-line ArrayDeclaration: the default schema always has a `*` rule
  const common = (attributes['*'] ?? []).filter((name) => name !== 'id')
  const ownId = ownIdPattern(idPrefix)
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
    // Stryker disable next-line ArrayDeclaration: the default schema always lists tag names
    tagNames: [...(defaultSchema.tagNames ?? []), 'article', 'aside', 'header', 'cite', 'caption'],
    // Stryker disable next-line ArrayDeclaration: no property is named "Stryker was here", so a list of that name clobbers nothing either
    clobber: [],
    // Stryker disable next-line StringLiteral: the clobber list is empty, so the prefix is never applied
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
  if (cache.size >= cacheLimit) cache.clear()
  cache.set(idPrefix, schema)
  return schema
}
