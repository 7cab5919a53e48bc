import { describe, expect, it } from 'vitest'
import { defaultLimits, limitMessage, resolveLimits, type ParseLimits } from '../../src/parser/limits.js'
import { prescan, prescanValue } from '../../src/parser/prescan.js'
import { scanBody } from '../../src/parser/prescan-body.js'
import { createScanContext, utf8Width } from '../../src/parser/prescan-context.js'

// Each limit measured exactly: the least value of a limit that a text stays within. A scan
// that counts one level, item, line or character too many or too few moves the measure.
// The ids are written out rather than read from `limitRuleIds`: a renamed diagnostic id is a
// change users see, so it fails here.
const ruleIds = {
  maxBodyBytes: 'limit-body-size',
  maxFrontmatterBytes: 'limit-frontmatter-size',
  maxYamlDepth: 'limit-yaml-depth',
  maxYamlAliases: 'limit-yaml-aliases',
  maxContainerNesting: 'limit-nesting',
  maxListItems: 'limit-list-items',
  maxDelimiterRun: 'limit-delimiter-run',
  maxInlineMarkup: 'limit-inline-markup',
  maxInlineMarkupTotal: 'limit-inline-markup-total',
  maxDirectives: 'limit-directives',
  maxLines: 'limit-lines',
} as const

function exceeds(source: string, key: keyof ParseLimits, value: number): boolean {
  return prescan(source, { [key]: value }).some((found) => found.ruleId === ruleIds[key])
}

/** The least value of `key` the source stays within (1 when it holds at most one). */
function measure(source: string, key: keyof ParseLimits): number {
  for (let value = 1; value <= 400; value++) if (!exceeds(source, key, value)) return value
  throw new Error(`${key} of ${JSON.stringify(source)} is over 400`)
}

const yaml = (text: string): string => `---\n${text}\n---\n`
const depth = (text: string): number => measure(yaml(text), 'maxYamlDepth')
// One alias (`*p`) is written first, so a text without aliases measures 1, and one with n, n + 1.
const aliases = (text: string): number => measure(yaml(`p: *p\n${text}`), 'maxYamlAliases') - 1

describe('pre-scan of YAML nesting', () => {
  const cases: Array<[string, number]> = [
    ['a: x', 1],
    ['a:\n  b:\n    c: x', 3],
    // A dedent pops the levels deeper than it; a dedent between two levels is a level of its own.
    ['a:\n  b: x\nc:\n  d: x', 2],
    ['a:\n    b:\n  c: x', 2],
    ['a:\n\t\tb: x', 2],
    // `- ` and `? ` open one level each on their line, a tab after them too; `-x` and `- -x` do not.
    ['- - - x', 4],
    ['? - x', 3],
    ['-\t- x', 3],
    ['- -x', 2],
    ['-', 2],
    // Flow collections, across lines, closed and over-closed.
    ['a: [[[x]]]', 4],
    ['a: {b: {c: x}}', 3],
    ['a: [x]\nb: [x]', 2],
    ['a: ]]]\nb: [[x]]', 3],
    ['a: [\n  [\n    x]]', 3],
    // Quoted scalars, with their escapes, hold no collections.
    ['a: "[[[["', 1],
    ["a: '[[['", 1],
    ['a: "x\\"[[[["', 1],
    ["a: 'it''s [[['", 1],
    ['a: ["[[["]', 2],
    ['a: {"[[[": x}', 2],
    ['a: [x,"[[["]', 2],
    ['a: {b:"[[["}', 2],
    ['a: "x\n  [[[[\n  y"\nb: [[x]]', 3],
    // A quote inside plain text opens nothing: the brackets after it count.
    ['a: b"[[[', 4],
    ["a: x'[[", 3],
    // Comments start at `#` after a space or at the line start; `x#` is text.
    ['a: x # [[[[', 1],
    ['# [[[[', 1],
    ['a: x#[[[', 4],
    // Comment and blank lines leave the indentation levels as they are.
    ['a:\n  b:\n# c\n    c: x', 3],
    ['a:\n  b:\n\n    c: x', 3],
    // Block scalars, with their indicators, hold no collections; they end at a line no deeper
    // than their key.
    ['a: |\n  [[[[\n  [[[[\nb: x', 1],
    ['a: >-\n  [[[[', 1],
    ['a: |2\n  [[[', 1],
    ['a: |-2\n  [[[', 1],
    ['a: |+ # c\n  [[[', 1],
    ['a: |\n  x\n\n  [[[[\nb: x', 1],
    ['a:\n  b: |\n    [[[[\n  c: x', 2],
    ['a:\n  b: |\n    x\n      [[[[\n  c: [x]', 3],
    ['a: |\n  x\nb: [[[x]]]', 4],
    // Not block scalar headers: the next line is a level deeper, its brackets count.
    ['a: |x\n  [[[', 5],
    ['a: |-22\n  [[[', 5],
    ['a: b > [[[', 4],
  ]
  for (const [text, expected] of cases) {
    it(`measures ${JSON.stringify(text)} as ${expected} level${expected === 1 ? '' : 's'}`, () => {
      expect(depth(text)).toBe(expected)
    })
  }

  it('reports the first level past the limit, with the level count', () => {
    const cases: Array<[string, number, { line: number; column: number }, number]> = [
      ['a: [[x]]', 2, { line: 2, column: 5 }, 3],
      ['a:\n  b:\n    c: x', 2, { line: 4, column: 5 }, 3],
      ['- - - x', 2, { line: 2, column: 3 }, 3],
      ['a:\n  - - x', 2, { line: 3, column: 3 }, 3],
    ]
    for (const [text, limit, start, levels] of cases) {
      const [found, ...rest] = prescan(yaml(text), { maxYamlDepth: limit })
      expect(rest).toEqual([])
      expect(found?.ruleId).toBe('limit-yaml-depth')
      expect(found?.place.start).toMatchObject(start)
      expect(found?.place.end).toMatchObject({ line: start.line, column: start.column + 1 })
      expect(found?.message).toBe(limitMessage('maxYamlDepth', `YAML nesting of ${levels} levels`, { ...defaultLimits, maxYamlDepth: limit }))
    }
  })

  it('stops at the depth limit: no later limit of the frontmatter is reported', () => {
    expect(prescan(yaml(`a: [[[x]]]\nb: [${'*a, '.repeat(5)}]`), { maxYamlDepth: 2, maxYamlAliases: 2 }).map((found) => found.ruleId)).toEqual(['limit-yaml-depth'])
    expect(prescan(yaml(`a:\n  b:\n    c: x\nb: [${'*a, '.repeat(5)}]`), { maxYamlDepth: 2, maxYamlAliases: 2 }).map((found) => found.ruleId)).toEqual(['limit-yaml-depth'])
  })
})

describe('pre-scan of YAML aliases', () => {
  const cases: Array<[string, number]> = [
    ['b: *a', 1],
    ['b: [*a,*a]', 2],
    ['b: {x: *a}', 1],
    ['b: {*a : x}', 1],
    ['*a : x', 1],
    ['- *a', 1],
    ['a: [x, \'y\', *a]', 1],
    ['b: "x\\\\" *a', 1],
    ["b: 'x''' *a", 1],
    // Not aliases: inside text, quotes or comments, or `*` without a name.
    ['b: 5*a', 0],
    ["b: '*a'", 0],
    ['b: "*a *a"', 0],
    ['b: x # *a', 0],
    ['b: * a', 0],
    ['b: *\tx', 0],
    ['b: [*]', 0],
    ['b: [*,x]', 0],
    ['b: [*[x]]', 0],
    ['b: {*}', 0],
  ]
  for (const [text, expected] of cases) {
    it(`counts ${expected} alias${expected === 1 ? '' : 'es'} in ${JSON.stringify(text)}`, () => {
      expect(aliases(text)).toBe(expected)
    })
  }

  it('places the alias past the limit', () => {
    const [found] = prescan(yaml('a: &a x\nb: [*a, *a, *a]'), { maxYamlAliases: 2 })
    expect(found?.ruleId).toBe('limit-yaml-aliases')
    expect(found?.place.start).toMatchObject({ line: 3, column: 13 })
    expect(found?.place.end).toMatchObject({ line: 3, column: 14 })
    expect(found?.message).toContain('Unexpected 3 YAML aliases, expected at most 2 ')
  })
})

describe('pre-scan byte limits, at the limit and with non-ASCII text', () => {
  it('counts UTF-8 bytes per UTF-16 code unit', () => {
    expect([0x00, 0x7f, 0x80, 0x7ff, 0x800, 0xd7ff, 0xd800, 0xdbff, 0xdc00, 0xdfff, 0xe000, 0xffff].map(utf8Width)).toEqual([1, 1, 2, 2, 3, 3, 2, 2, 2, 2, 3, 3])
    for (const text of ['a', 'é', '߿', 'ࠀ', '中', '\ud7ff', '\ue000', '\uffff', '😀', '𐀀']) {
      expect([...text].reduce((sum, character) => sum + [...character].reduce((width, _, index) => width + utf8Width(character.charCodeAt(index)) + (character.length === 2 && index === 0 ? utf8Width(character.charCodeAt(1)) : 0), 0), 0), text).toBe(Buffer.byteLength(text))
    }
  })

  // Every body is measured against Buffer.byteLength: one byte less than the body is too much.
  const bodies = ['中文', 'ë\r\nx', '𝒳\ry\n', '> 中\n> 😀\n', '€'.repeat(50), 'aé中😀\r\n'.repeat(7)]
  for (const body of bodies) {
    it(`measures the body ${JSON.stringify(body.slice(0, 12))} as Buffer.byteLength does`, () => {
      const bytes = Buffer.byteLength(body)
      expect(exceeds(body, 'maxBodyBytes', bytes)).toBe(false)
      expect(exceeds(body, 'maxBodyBytes', bytes - 1)).toBe(true)
      const withFrontmatter = `---\nid: x\n---\n${body}`
      expect(exceeds(withFrontmatter, 'maxBodyBytes', bytes)).toBe(false)
      expect(exceeds(withFrontmatter, 'maxBodyBytes', bytes - 1)).toBe(true)
      // The same text as a YAML value: the YAML text is `a: `, the value and the line ending.
      const value = body.replaceAll(/[\r\n]/g, 'x')
      const yamlBytes = Buffer.byteLength(`a: ${value}\n`)
      expect(exceeds(yaml(`a: ${value}`), 'maxFrontmatterBytes', yamlBytes)).toBe(false)
      expect(exceeds(yaml(`a: ${value}`), 'maxFrontmatterBytes', yamlBytes - 1)).toBe(true)
    })
  }

  it('places a body over the limit at the first character past it, up to the end', () => {
    // `a` and `é` are 3 bytes; the `中` after them is past 4.
    const [found] = prescan('---\nid: x\n---\naé中x\nmore', { maxBodyBytes: 4 })
    expect(found?.ruleId).toBe('limit-body-size')
    expect(found?.place.start).toMatchObject({ line: 4, column: 3 })
    expect(found?.place.end).toMatchObject({ line: 5, column: 5 })
    expect(found?.message).toContain('Unexpected body of more than 4 bytes, expected at most 4 ')
    // The line ending is the byte past the limit: the diagnostic starts there.
    const [ending] = prescan('aé\nb', { maxBodyBytes: 3 })
    expect(ending?.place.start).toMatchObject({ line: 1, column: 3 })
  })

  it('places a frontmatter over the limit at the first character past it, up to the closing fence', () => {
    const [found] = prescan('---\nid: x\na: é中\n---\n', { maxFrontmatterBytes: 10 })
    expect(found?.ruleId).toBe('limit-frontmatter-size')
    // `id: x\n` is 6 bytes, `a: é` 5 more: the `é` ends past 10.
    expect(found?.place.start).toMatchObject({ line: 3, column: 4 })
    expect(found?.place.end).toMatchObject({ line: 4, column: 1 })
    expect(found?.message).toContain('Unexpected frontmatter of more than 10 bytes, expected at most 10 ')
    const [ending] = prescan('---\nid: é\n---\n', { maxFrontmatterBytes: 6 })
    expect(ending?.place.start).toMatchObject({ line: 2, column: 6 })
    // Once over the byte limit, the frontmatter is not scanned further.
    expect(prescan(`---\nid: é\na: ${'['.repeat(40)}\n---\n`, { maxFrontmatterBytes: 6 }).map((each) => each.ruleId)).toEqual(['limit-frontmatter-size'])
  })
})

const body = (text: string, key: keyof ParseLimits): number => measure(text, key)

describe('pre-scan of container nesting and list items', () => {
  const nesting: Array<[string, number]> = [
    ['> > x', 2],
    ['>>>x', 3],
    ['- - x', 2],
    ['* + 1. 2) x', 4],
    ['> - > 1. x', 4],
    ['- a\n  - b\n    - c', 3],
    // Indentation before the first marker: one level per two columns, a tab four columns.
    ['  - x', 2],
    ['   > x', 2],
    ['    - x', 3],
    ['\t- x', 3],
    // Not list markers: a thematic break, ten digits, no space after the marker.
    ['- - -', 1],
    ['- * * *', 1],
    ['123456789. 1. x', 2],
    ['1234567890. 1. x', 1],
    ['1.x - x', 1],
    ['-x - x', 1],
    ['- -- x', 1],
    // Directives stay open until a fence closes them.
    [':::a\n:::b\nx\n:::\n:::', 2],
    [':::a\n:::\t\n- x', 3],
    ['::::a\n:::\n- x', 2],
    [':::a\n:::\n- x', 1],
    [':::a\n   :::\n- x', 1],
    [':::a\n:::  \n- x', 1],
  ]
  for (const [text, expected] of nesting) {
    it(`measures the nesting of ${JSON.stringify(text)} as ${expected}`, () => {
      expect(body(text, 'maxContainerNesting')).toBe(expected)
    })
  }

  it('counts list items, not thematic breaks or text', () => {
    expect(body('- a\n- b\n* c\n1. d\n2) e\n- - f', 'maxListItems')).toBe(7)
    expect(body('- a\n***\n- - -\n-x\n1.x\n1234567890. y', 'maxListItems')).toBe(1)
    const [found] = prescan('- a\n- b\n  - c', { maxListItems: 2 })
    expect(found?.ruleId).toBe('limit-list-items')
    expect(found?.place.start).toMatchObject({ line: 3, column: 3 })
    expect(found?.place.end).toMatchObject({ line: 3, column: 4 })
    expect(found?.message).toContain('Unexpected 3 list items, expected at most 2 ')
  })

  it('places the nesting past the limit at its marker, with the level count', () => {
    const [found] = prescan('a\rb\r\n> > > x', { maxContainerNesting: 2 })
    expect(found?.ruleId).toBe('limit-nesting')
    expect(found?.place.start).toMatchObject({ line: 3, column: 5, offset: 9 })
    expect(found?.place.end).toMatchObject({ line: 3, column: 6 })
    expect(found?.message).toBe(limitMessage('maxContainerNesting', 'container nesting of 3 levels (block quotes, list items and directives)', { ...defaultLimits, maxContainerNesting: 2 }))
    const [directive] = prescan('> :::a\n> ::::b', { maxContainerNesting: 2 })
    expect(directive?.place.start).toMatchObject({ line: 2, column: 3 })
    expect(directive?.place.end).toMatchObject({ line: 2, column: 7 })
  })

  it('does not take a fence indented four columns inside a block quote as closing a directive', () => {
    // `>     :::` is indented code in the block quote: the directive above it stays open.
    expect(prescan(`${'> :::a\n>     :::\n'.repeat(40)}> x\n`).map((found) => found.ruleId)).toEqual(['limit-nesting'])
    expect(prescan(`${'> :::a\n>    :::\n'.repeat(40)}> x\n`)).toEqual([])
    expect(body('> :::a\n>     :::\n> - x', 'maxContainerNesting')).toBe(3)
    expect(body('> :::a\n>    :::\n> - x', 'maxContainerNesting')).toBe(2)
    expect(body('> > :::a\n> >     :::\n> > - x', 'maxContainerNesting')).toBe(4)
    expect(body('> > :::a\n> >\t:::\n> > - x', 'maxContainerNesting')).toBe(3)
  })
})

describe('pre-scan of lines', () => {
  const lines: Array<[string, number]> = [
    ['a\nb\nc', 3],
    ['a\r\nb\r\nc', 3],
    ['a\rb\rc', 3],
    ['> a\n> b', 4],
    ['- a\n  b', 4],
    ['- a\nb', 4],
    ['a\n\nb', 3],
    ['> a\n\n  b', 5],
    ['      x', 4],
    ['- x', 2],
    ['-\tx', 2],
    ['1) x', 2],
    ['123456789. x', 2],
    ['1234567890. x', 1],
    ['-', 1],
    [':::a\nx\n:::', 5],
    [':::a\n  :::\nx', 6],
    [':::a\n    :::\nx', 9],
    ['::::a\n:::\nx', 5],
    [':::a\n:::  \nx', 4],
    ['> :::a\n>    :::\n> x', 7],
    ['> :::a\n>     :::\n> x', 8],
  ]
  for (const [text, expected] of lines) {
    it(`counts ${JSON.stringify(text)} as ${expected} lines`, () => {
      expect(body(text, 'maxLines')).toBe(expected)
    })
  }

  it('places the line past the limit over the whole line', () => {
    const [found] = prescan('a\nbc\nde', { maxLines: 1 })
    expect(found?.ruleId).toBe('limit-lines')
    expect(found?.place.start).toMatchObject({ line: 2, column: 1 })
    expect(found?.place.end).toMatchObject({ line: 2, column: 3 })
    expect(found?.message).toContain('Unexpected more than 1 lines')
  })
})

describe('pre-scan of delimiter runs, directives and inline markup', () => {
  const runs: Array<[string, number]> = [
    ['**', 2],
    ['***a', 3],
    ['a**b**', 2],
    ['[[[', 3],
    ['a(((', 3],
    ['a)))', 3],
    ['!!!', 3],
    ['\\\\\\', 3],
    ['::::', 4],
    ['a{{{', 3],
    ['a}}}}', 4],
    ['<<<', 3],
    ['```', 3],
    ['___a', 3],
    ['é**', 2],
    ['**é**', 2],
    ['*é*', 1],
    ['*_*_', 1],
  ]
  for (const [text, expected] of runs) {
    it(`measures the longest run of ${JSON.stringify(text)} as ${expected}`, () => {
      expect(body(text, 'maxDelimiterRun')).toBe(expected)
    })
  }

  it('places a run over the limit over the whole run', () => {
    const [found] = prescan('ab ****** c', { maxDelimiterRun: 3 })
    expect(found?.ruleId).toBe('limit-delimiter-run')
    expect(found?.place.start).toMatchObject({ line: 1, column: 4 })
    expect(found?.place.end).toMatchObject({ line: 1, column: 10 })
    expect(found?.message).toContain('Unexpected run of 6 `*` characters, expected at most 3 ')
  })

  it('counts directives where a name starts', () => {
    expect(body(':a :b :c', 'maxDirectives')).toBe(3)
    expect(body(':1 :é :中 ::a :::b', 'maxDirectives')).toBe(5)
    expect(body(':- :( : :', 'maxDirectives')).toBe(1)
    const [found] = prescan('x :a\n:b', { maxDirectives: 1 })
    expect(found?.place.start).toMatchObject({ line: 2, column: 1 })
    expect(found?.message).toContain('Unexpected 2 directives, expected at most 1 ')
  })

  it('counts inline markup per paragraph, and in the whole body', () => {
    expect(body('_a_ `b` <c> {d} [e](f) a(b) >', 'maxInlineMarkup')).toBe(10)
    expect(body('[a]\n(b)', 'maxInlineMarkup')).toBe(2)
    expect(body('*a*\n*b*', 'maxInlineMarkup')).toBe(4)
    for (const blank of ['', '   ', '\t', '>', '> >  ', '>\t', '   >', '>    >']) {
      expect(body(`*a*\n${blank}\n*b*`, 'maxInlineMarkup'), JSON.stringify(blank)).toBe(2)
    }
    // Four spaces before `>` make it text, which continues the paragraph.
    expect(body('*a*\n    >\n*b*', 'maxInlineMarkup')).toBe(4)
    expect(body('*a*\n\n*b*', 'maxInlineMarkupTotal')).toBe(4)
    expect(body('***\n* * *', 'maxInlineMarkupTotal')).toBe(6)
    const [found] = prescan('*a*\n\n*b*', { maxInlineMarkupTotal: 3 })
    expect(found?.ruleId).toBe('limit-inline-markup-total')
    expect(found?.place.start).toMatchObject({ line: 3, column: 3 })
    expect(found?.message).toContain('Unexpected 4 inline markup characters in the body, expected at most 3 ')
  })

  it('leaves the exact inline check out when a block limit is exceeded', () => {
    expect(prescan(`${'*a'.repeat(20)}\n${'> '.repeat(5)}x`, { maxInlineMarkup: 10, maxContainerNesting: 2 }).map((found) => found.ruleId)).toEqual(['limit-nesting'])
    expect(prescan(`- ${'*a'.repeat(20)}\n- x`, { maxInlineMarkup: 10, maxListItems: 1 }).map((found) => found.ruleId)).toEqual(['limit-list-items'])
    expect(prescan(`${'*a'.repeat(20)}\nx\ny`, { maxInlineMarkup: 10, maxLines: 2 }).map((found) => found.ruleId)).toEqual(['limit-lines'])
    expect(prescan(`${'*a'.repeat(20)}`, { maxInlineMarkup: 10, maxBodyBytes: 20 }).map((found) => found.ruleId)).toEqual(['limit-body-size'])
    expect(prescan(`${'*a'.repeat(20)}`, { maxInlineMarkup: 10, maxDirectives: 1 }).map((found) => found.ruleId).sort()).toEqual(['limit-inline-markup'])
  })
})

describe('exact inline check, by the syntax the text is parsed with', () => {
  const stars = '*b'.repeat(600)

  it('does not take the frontmatter for a paragraph of the body', () => {
    const source = `---\nid: x\na: "${'[a]'.repeat(600)}"\n---\n${stars}\n# h\n${stars}\n`
    expect(prescan(source)).toEqual([])
    expect(prescan(`${stars}\n${stars}\n`).map((found) => found.ruleId)).toEqual(['limit-inline-markup'])
  })

  it('splits directives and their labels off in content, not in plain CommonMark', () => {
    const place = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 2, offset: 1 } }
    for (const text of [`::a[${stars}]\n${stars}`, `${stars}\n:::a\n${stars}`]) {
      expect(prescan(text), text.slice(0, 8)).toEqual([])
      expect(prescanValue(text, defaultLimits, undefined, { place, where: 'here' }).map((found) => found.ruleId), text.slice(0, 8)).toEqual(['limit-inline-markup'])
    }
  })
})

describe('exact inline check, per context as micromark splits the text', () => {
  // Each text is over the limit to the line scan (no blank line), so the exact check decides.
  const contexts: Array<[string, number]> = [
    [':::a\n*b*\n*b*\n:::', 4],
    [':::a\n*b*\n\n*b*\n:::', 2],
    [':::a[*b*]\n*c*\n:::', 2],
    [':::a\n::::b\n*c*\n*c*\n::::\n:::', 4],
    ['- :::a\n  *b*\n  *b*\n  :::', 4],
    ['*a* *b*\n:::a\n*c*\n:::', 4],
    ['> *a*\n> *b*', 4],
    ['> [a]\n> (b)', 2],
    ['::a[*b*]', 2],
    ['# *a* *b*', 4],
    ['*a*\n# *b*', 2],
  ]
  for (const [text, expected] of contexts) {
    it(`measures the largest context of ${JSON.stringify(text)} as ${expected}`, () => {
      expect(body(text, 'maxInlineMarkup')).toBe(expected)
    })
  }

  it('places the first character past the limit in its context', () => {
    const [found, ...rest] = prescan('*a*\n# *b* *c*', { maxInlineMarkup: 3 })
    expect(rest).toEqual([])
    expect(found?.place).toEqual({ start: { line: 2, column: 9, offset: 12 }, end: { line: 2, column: 10, offset: 13 } })
    expect(found?.message).toBe(limitMessage('maxInlineMarkup', '4 inline markup characters (`*`, `_`, brackets, `<`, backticks, braces) in one paragraph, heading or label', { ...defaultLimits, maxInlineMarkup: 3 }))
  })

  it('counts a `:::` line as a directive only when micromark opens one there', () => {
    expect(body(':::a[x\n:::b[y\n- x', 'maxContainerNesting')).toBe(1)
    expect(body(':::a{\n- x', 'maxContainerNesting')).toBe(1)
    expect(body(':::a\n:::b[y\n- x', 'maxContainerNesting')).toBe(2)
    expect(body(':::a\n:::b{c=d}\n- x', 'maxContainerNesting')).toBe(3)
    expect(body(':::a[x\n:::b[y\n- x', 'maxLines')).toBe(4)
    expect(body(':::a\n:::b[y\n- x', 'maxLines')).toBe(6)
  })

  it('starts a directive name where the documented rule does, for every ASCII character', () => {
    // Anything but a line ending, whitespace, punctuation or a symbol; a tab passes.
    const starts = (character: string): boolean => character === '\t' || !(/\s/.test(character) || /[\p{P}\p{S}]/u.test(character))
    const characters = Array.from({ length: 128 }, (_, code) => String.fromCharCode(code)).filter((character) => character !== '\n' && character !== '\r' && character !== ':')
    for (const character of characters) {
      expect(exceeds(`x :${character} :a`, 'maxDirectives', 1), JSON.stringify(character)).toBe(starts(character))
    }
  })
})

describe('line scan of inline markup (what sends a run of lines to the exact check)', () => {
  const overflow = (text: string, maxInlineMarkup: number): boolean => scanBody(createScanContext(text, resolveLimits({ maxInlineMarkup }), undefined), 0).inlineOverflow

  it('counts a run of lines until a line blank in every container', () => {
    expect(overflow('x', 3)).toBe(false)
    expect(overflow('*a*', 2)).toBe(false)
    expect(overflow('*a*', 1)).toBe(true)
    expect(overflow('*a*\n*b*', 3)).toBe(true)
    for (const blank of ['', '   ', '\t', '>', '>>>>', '> >  ', '>\t', '   >', '>    >', '> \t', ' > >']) {
      expect(overflow(`*a*\n${blank}\n*b*`, 3), JSON.stringify(blank)).toBe(false)
    }
    for (const text of ['    >', '     >', '>     >', '> x', '1.', '-', '>    >    x']) {
      expect(overflow(`*a*\n${text}\n*b*`, 3), JSON.stringify(text)).toBe(true)
    }
  })

  it('reports each line with the directives held open after it', () => {
    const seen: Array<{ start: number; directives: number }> = []
    scanBody(createScanContext(':::a\nx\n:::\n::::b\n:::\n', defaultLimits, undefined), 0, (line) => seen.push({ ...line }))
    expect(seen).toEqual([
      { start: 0, directives: 1 },
      { start: 5, directives: 1 },
      { start: 7, directives: 0 },
      { start: 11, directives: 1 },
      { start: 17, directives: 1 },
    ])
  })
})

describe('prescanValue', () => {
  it('places every diagnostic at the value and says which value it is', () => {
    const place = { start: { line: 7, column: 5, offset: 40 }, end: { line: 7, column: 30, offset: 65 } }
    const found = prescanValue(`${'> '.repeat(5)}x ${'*'.repeat(10)}`, resolveLimits({ maxContainerNesting: 2, maxDelimiterRun: 3 }), 'page.md', { place, where: 'in the text of disclaimer `a`' })
    expect(found.map((each) => each.ruleId)).toEqual(['limit-nesting'])
    expect(found[0]?.place).toEqual(place)
    expect(found[0]?.file).toBe('page.md')
    expect(found[0]?.message).toContain('Unexpected container nesting of 3 levels (block quotes, list items and directives) in the text of disclaimer `a`, expected at most 2')
    // The value is markdown from its first character: a `---` line opens no frontmatter there.
    expect(prescanValue('---\n> > > x\n---', resolveLimits({ maxContainerNesting: 2 }), undefined, { place, where: 'here' }).map((each) => each.ruleId)).toEqual(['limit-nesting'])
    expect(prescan('---\n> > > x\n---\n', { maxContainerNesting: 2 })).toEqual([])
  })
})

describe('resolveLimits and limitMessage', () => {
  it('keeps the defaults for no limits, and merges the given ones', () => {
    expect(resolveLimits()).toBe(defaultLimits)
    expect(resolveLimits(null as never)).toBe(defaultLimits)
    // A JavaScript caller may pass `undefined` for a limit: it keeps the default.
    const merged = resolveLimits({ maxLines: 5, maxBodyBytes: Number.POSITIVE_INFINITY, maxDirectives: undefined } as unknown as Partial<ParseLimits>)
    expect(merged).toEqual({ ...defaultLimits, maxLines: 5, maxBodyBytes: Number.POSITIVE_INFINITY })
    expect(Object.isFrozen(merged)).toBe(true)
    expect(Object.isFrozen(defaultLimits)).toBe(true)
  })

  it('rejects limits that are not positive integers or Infinity, and unknown limits', () => {
    expect(() => resolveLimits('x' as never)).toThrow(new TypeError('Expected `limits` to be an object, got string'))
    expect(() => resolveLimits({ maxLine: 5 } as never)).toThrow(new TypeError(`Unexpected limit \`maxLine\`, expected one of ${Object.keys(defaultLimits).join(', ')}`))
    for (const value of [0, -1, 1.5, Number.NaN, Number.NEGATIVE_INFINITY, '5', null]) {
      expect(() => resolveLimits({ maxLines: value as never }), String(value)).toThrow(new TypeError(`Expected limit \`maxLines\` to be a positive integer or Infinity, got ${String(value)}`))
    }
    expect(resolveLimits({ maxLines: 1 }).maxLines).toBe(1)
  })

  it('says what was found, the limit, and how to raise it', () => {
    expect(limitMessage('maxLines', 'more than 5 lines', { ...defaultLimits, maxLines: 5 })).toBe(
      'Unexpected more than 5 lines, expected at most 5 (limit `maxLines`; raise it with `parseContent(source, { limits: { maxLines: 10 } })` if the input is trusted)',
    )
  })
})
