import fc from 'fast-check'

/** Line endings micromark reads: each ends one line. */
export const lineEnding = fc.constantFrom('\n', '\r\n', '\r')

/** Spaces and tabs, as fences may carry after them (micromark's `markdownSpace`). */
export const whitespace = fc.array(fc.constantFrom(' ', '\t'), { maxLength: 24 }).map((parts) => parts.join(''))

/** A fence line: `---` or something close to it, with trailing whitespace or not. */
export const fenceLine = fc.tuple(
  fc.oneof(
    { weight: 6, arbitrary: fc.constant('---') },
    { weight: 1, arbitrary: fc.constantFrom('----', '--', '-- -', ' ---', '   ---', '\t---', '—', '+++', '***', '___', '---x', '--- x', '---\u00a0', '---\f', '---\v', '-\u200b--') },
  ),
  whitespace,
).map(([fence, trailing]) => fence + trailing)

/** Lines inside a frontmatter, YAML or not, some that look like fences. */
const yamlLine = fc.constantFrom('id: x', 'title: "a: b"', '', ' ', '# comment', '- item', '[a, b]', 'key: |', '  block', '---x', '--- y', '...', 'a: ---', ' ---', '\t', 'text: "- - - x"')

/** A frontmatter and what follows it: byte order marks, fences, line endings, closed or not. */
export const frontmatterCase = fc
  .record({
    marks: fc.constantFrom('', '', '\uFEFF', '\uFEFF\uFEFF', '\uFEFF\uFEFF\uFEFF'),
    open: fenceLine,
    eol: lineEnding,
    lines: fc.array(fc.oneof({ weight: 4, arbitrary: yamlLine }, { weight: 1, arbitrary: fenceLine }), { maxLength: 6 }),
    close: fc.option(fenceLine, { nil: undefined }),
    mixed: fc.option(lineEnding, { nil: undefined }),
    after: fc.constantFrom('', '\n', '\n# Title\n', 'x', '\n- item\n', '\n---\n', '\n> q\n'),
  })
  .map(({ marks, open, eol, lines, close, mixed, after }) => {
    const parts = [open, ...lines, ...(close === undefined ? [] : [close])]
    // Now and then one line ends differently from the rest.
    return marks + parts.map((line, index) => line + (mixed !== undefined && index === 1 ? mixed : eol)).join('') + after
  })

const word = fc.constantFrom('a', 'text', 'x y', '*a*', '**b**', '_c_', '`d`', '[e](f)', '[g]', '<h>', '{i}', '*', '[', ']', '`', '<', '#x', '1.', '2. z', '\\*', ':t[u]', '::v{w}')

/** Inline text with markup, short enough to keep the limits in play at small values. */
export const inlineText = fc.array(word, { minLength: 1, maxLength: 8 }).map((words) => words.join(' '))

/** Inline text with markup but no directives (which a valid document may not hold). */
export const proseText = fc
  .array(word.filter((text) => !text.includes(':')), { minLength: 1, maxLength: 8 })
  .map((words) => words.join(' '))

/** The opening of a container or fenced construct, as it starts a line. */
const opener = fc.constantFrom('> ', '>', '- ', '* ', '+ ', '1. ', '2) ', '10. ', '  ', '    ', '   > ', '> > ', '- > ')

/** One line of a generated body. */
export const bodyLine = fc.oneof(
  { weight: 5, arbitrary: inlineText },
  { weight: 3, arbitrary: fc.tuple(fc.array(opener, { maxLength: 3 }), inlineText).map(([prefix, text]) => prefix.join('') + text) },
  { weight: 2, arbitrary: fc.constant('') },
  { weight: 1, arbitrary: fc.constantFrom(' ', '\t', '>', '> ', '-', '1.', '*') },
  { weight: 2, arbitrary: fc.tuple(fc.integer({ min: 3, max: 5 }), fc.constantFrom('note', 'claim', 'a'), fc.constantFrom('', '{#x}', '{.c}', '[label *a*]', '{', '[x')).map(([colons, name, rest]) => `${':'.repeat(colons)}${name}${rest}`) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom('', ' ', '   ', '    ', '> ', '- '), fc.integer({ min: 2, max: 5 }), whitespace).map(([prefix, colons, trailing]) => `${prefix}${':'.repeat(colons)}${trailing}`) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom('disclaimer', 'claim', 'a'), fc.constantFrom('{ref=x}', '{ref="a b"}', '[l *a*]', '{', '[', '{a=}', '[x]{y=z}', '')).map(([name, rest]) => `::${name}${rest}`) },
  { weight: 1, arbitrary: fc.constantFrom('```', '~~~', '````', '``` js', '<div>', '</div>', '<!--', '-->', '<script>', '</script>', '<?x', '?>', '***', '---', '___', '===', '# h', '## h *a*', '####### h', '#', '    code *a*') },
)

/** A body: generated lines, with headings after blank lines now and then (where parts are cut). */
export const bodyText = fc
  .tuple(fc.array(bodyLine, { minLength: 1, maxLength: 24 }), lineEnding, fc.array(fc.nat({ max: 23 }), { maxLength: 3 }))
  .map(([lines, eol, cuts]) => {
    const out = [...lines]
    for (const at of cuts.sort((a, b) => b - a)) out.splice(Math.min(at, out.length), 0, '', '## Cut')
    return out.join(eol)
  })
