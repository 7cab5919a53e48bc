import fc from 'fast-check'

const word = fc.constantFrom('exosome', 'vesicle', 'cell', 'FDA', 'therapy', 'risk', 'study', 'a', 'the', 'is', 'x', 'é', '中', '😀', '&amp;', '\\*', '1.')
const punctuation = fc.constantFrom('*', '_', '**', '`', '[', ']', '(', ')', '<', '>', '!', ':', '{', '}', '#', '\\', '~', '|', '"', "'", '=', '&')
const id = fc.constantFrom('a', 'claim-one', 'fda-exosome-notification-2019', 'not-fda-approved', 'investigational', 'Bad_Id', '', 'x-1')

/** Inline text mixing words, punctuation and inline constructs. */
export const inline = fc
  .array(
    fc.oneof(
      { weight: 6, arbitrary: word },
      { weight: 3, arbitrary: punctuation },
      { weight: 1, arbitrary: word.map((text) => `*${text}*`) },
      { weight: 1, arbitrary: word.map((text) => `**${text}**`) },
      { weight: 1, arbitrary: word.map((text) => `\`${text}\``) },
      { weight: 1, arbitrary: fc.tuple(word, fc.constantFrom('https://example.org/a', 'javascript:alert(1)', '#x', '')).map(([text, url]) => `[${text}](${url})`) },
      { weight: 1, arbitrary: word.map((text) => `<${text}>`) },
      { weight: 1, arbitrary: fc.tuple(word, id).map(([text, ref]) => `:span[${text}]{ref=${ref}}`) },
    ),
    { minLength: 1, maxLength: 12 },
  )
  .map((parts) => parts.join(' '))

/** Random directive attributes, well-formed or not. */
export const attributes = fc
  .array(
    fc.oneof(
      id.map((value) => `#${value}`),
      fc.tuple(fc.constantFrom('kind', 'evidence', 'cite', 'requires', 'ref', 'note', 'class', 'onclick'), fc.oneof(id, fc.constantFrom('regulatory', 'therapeutic-potential', 'safety', 'context', 'established', 'preclinical', 'regulatory-fact', 'x y', '"q"', '<b>'))).map(
        ([key, value]) => `${key}="${value}"`,
      ),
      fc.constantFrom('kind=regulatory', 'evidence=regulatory-fact', 'cite=fda-exosome-notification-2019', '.cls', '{', '}', '"', '='),
    ),
    { maxLength: 6 },
  )
  .map((parts) => `{${parts.join(' ')}}`)

const claimBlock = fc.tuple(fc.constantFrom(':::claim', '::::claim', ':::note', ':::'), attributes, inline).map(([fence, attrs, text]) => `${fence}${attrs}\n${text}\n${fence.replace(/[a-z]+$/, '')}`)
const validClaim = fc.tuple(fc.integer({ min: 1, max: 99 }), inline).map(
  ([n, text]) => `:::claim{#claim-${n} kind=regulatory evidence=regulatory-fact cite=fda-exosome-notification-2019}\n${text} exosome\n:::`,
)
const leaf = fc.oneof(id, fc.constantFrom('ref=not-fda-approved', 'ref=claim-1', '')).map((attrs) => attrs)

/** A block of the body, from the grammar's constructs. */
export const block = fc.oneof(
  { weight: 4, arbitrary: inline },
  { weight: 2, arbitrary: fc.tuple(fc.integer({ min: 1, max: 7 }), inline).map(([depth, text]) => `${'#'.repeat(depth)} ${text}`) },
  { weight: 2, arbitrary: fc.array(inline, { minLength: 1, maxLength: 4 }).map((items) => items.map((item, index) => `${index % 2 ? '1.' : '-'} ${item}`).join('\n')) },
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 1, max: 5 }), inline).map(([depth, text]) => `${'> '.repeat(depth)}${text}`) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('```', '~~~', '````'), inline).map(([fence, text]) => `${fence}js\n${text}\n${fence}`) },
  { weight: 1, arbitrary: inline.map((text) => `    ${text}`) },
  { weight: 2, arbitrary: claimBlock },
  { weight: 3, arbitrary: validClaim },
  { weight: 2, arbitrary: leaf.map((attrs) => `::disclaimer{${attrs}}`) },
  { weight: 1, arbitrary: leaf.map((attrs) => `::claim{${attrs}}`) },
  { weight: 1, arbitrary: fc.constantFrom('---', '***', '<div onclick="x">html</div>', '<!-- exosome-content-ignore -->', '[ref]: https://example.org', '\\', '\u0000', '\r\n', '\t- x') },
)

/** A markdown body: blocks separated by blank lines (sometimes by none). */
export const body = fc
  .array(fc.tuple(block, fc.constantFrom('\n\n', '\n', '\n\n\n', '\r\n\r\n')), { maxLength: 7 })
  .map((parts) => parts.map(([text, separator]) => text + separator).join(''))

const scalar = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.integer(),
  fc.constantFrom('null', '~', 'true', 'yes', '2026-02-30', '10.1038/x', '&a', '*a', '!!str x', '|', '>', '- x', '[', '{', '"', "'", '#', '__proto__', 'constructor'),
)

/** Random YAML text: keys and values from the schema and outside it, nested, aliased, broken. */
export const yaml = fc
  .array(
    fc.tuple(
      fc.constantFrom('id', 'title', 'summary', 'locale', 'audience', 'version', 'lastReviewed', 'references', 'disclaimers', 'glossary', 'extra', '__proto__', '"quoted key"', '? complex'),
      fc.oneof(
        scalar.map((value) => ` ${String(value)}`),
        fc.array(scalar, { maxLength: 3 }).map((values) => `\n${values.map((value) => `  - ${String(value)}`).join('\n')}`),
        fc.array(fc.tuple(fc.constantFrom('id', 'kind', 'title', 'url', 'doi', 'year', 'text', 'placement', 'term', 'definition'), scalar), { maxLength: 4 }).map(
          (pairs) => `\n  - ${pairs.map(([key, value]) => `${key}: ${String(value)}`).join('\n    ')}`,
        ),
        fc.constantFrom(' &x [a, b]', ' *x', ' [1, [2, {3: 4}]]', ' {a: b, a: c}', ' "unterminated', ' !!binary x', ' >\n  folded\n  text'),
      ),
    ),
    { maxLength: 10 },
  )
  .map((entries) => entries.map(([key, value]) => `${key}:${value}`).join('\n'))

/** Mutations applied to a valid file. */
export const mutation = fc.oneof(
  fc.tuple(fc.nat(), fc.oneof(punctuation, word, fc.constantFrom('\n', '\n\n', ':::', '---\n', '\t', '\uFEFF', '\u2028', '{', '"'))).map(([at, text]) => ({ kind: 'insert' as const, at, text })),
  fc.tuple(fc.nat(), fc.integer({ min: 1, max: 40 })).map(([at, length]) => ({ kind: 'delete' as const, at, length })),
  fc.tuple(fc.nat(), fc.nat()).map(([at, to]) => ({ kind: 'move-line' as const, at, to })),
  fc.nat().map((at) => ({ kind: 'truncate' as const, at })),
)

/** A mutation. */
export type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never

/**
 * Apply mutations to a text.
 *
 * @param source The valid file.
 * @param mutations What to change.
 * @returns The mutated text.
 */
export function mutate(source: string, mutations: readonly Mutation[]): string {
  let text = source
  for (const change of mutations) {
    const at = text.length === 0 ? 0 : change.kind === 'move-line' ? change.at : change.at % (text.length + 1)
    if (change.kind === 'insert') text = text.slice(0, at) + change.text + text.slice(at)
    else if (change.kind === 'delete') text = text.slice(0, at) + text.slice(at + change.length)
    else if (change.kind === 'truncate') text = text.slice(0, at)
    else {
      const lines = text.split('\n')
      const [line] = lines.splice(change.at % lines.length, 1)
      lines.splice(change.to % (lines.length + 1), 0, line ?? '')
      text = lines.join('\n')
    }
  }
  return text
}
