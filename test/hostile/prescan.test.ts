import { describe, expect, it } from 'vitest'
import { prescan } from '../../src/parser/prescan.js'
import { frontmatter, head } from './support.js'

const ids = (source: string, limits?: Parameters<typeof prescan>[1]): string[] => prescan(source, limits).map((found) => found.ruleId)
const yamlDocument = (yaml: string): string => `---\nid: x\n${yaml}\n---\n\n# X\n`

describe('pre-scan of frontmatter', () => {
  it('does not count brackets inside quoted scalars, comments or block scalars', () => {
    const deep = '['.repeat(40)
    expect(ids(yamlDocument(`a: "${deep}"\nb: '${deep}'\nc: x # ${deep}\nd: |\n  ${deep}\n  more ${deep}\ne: >-\n  ${deep}`))).toEqual([])
  })

  it('counts flow collections across lines and after a closed quote', () => {
    expect(ids(yamlDocument(`a: "x", ${'[\n'.repeat(40)}`))).toEqual(['limit-yaml-depth'])
    expect(ids(yamlDocument(`a: ['it''s', ${'{a: '.repeat(40)}`))).toEqual(['limit-yaml-depth'])
  })

  it('accepts the nesting real frontmatter uses and the limit exactly', () => {
    expect(ids(frontmatter)).toEqual([])
    const atLimit = Array.from({ length: 31 }, (_, depth) => `${' '.repeat(depth + 1)}k:`).join('\n')
    expect(ids(yamlDocument(atLimit))).toEqual([])
    expect(ids(yamlDocument(`${atLimit}\n${' '.repeat(32)}k:`))).toEqual(['limit-yaml-depth'])
  })

  it('counts aliases, not asterisks in text', () => {
    expect(ids(yamlDocument(`a: &a x\nb: [${'*a, '.repeat(100)}]\nc: '*a *a'\nd: 5*a`))).toEqual([])
    expect(ids(yamlDocument(`a: &a x\nb: [${'*a, '.repeat(101)}]`))).toEqual(['limit-yaml-aliases'])
  })

  it('scans an unclosed frontmatter as body', () => {
    expect(ids(`---\nid: x\n${'> '.repeat(20)}x\n`)).toEqual(['limit-nesting'])
  })
})

describe('pre-scan of the body', () => {
  it('counts nesting from markers, indentation under markers, and open directives', () => {
    expect(ids(`${head}${'> '.repeat(16)}x\n`)).toEqual([])
    expect(ids(`${head}${'> '.repeat(17)}x\n`)).toEqual(['limit-nesting'])
    expect(ids(`${head}${' '.repeat(40)}plain indented text\n`)).toEqual([])
    expect(ids(`${head}${':::note\n'.repeat(8)}${'- '.repeat(9)}x\n`)).toEqual(['limit-nesting'])
    expect(ids(`${head}${':::note\n:::\n'.repeat(100)}`)).toEqual([])
  })

  it('does not take thematic breaks for delimiter runs or list items', () => {
    expect(ids(`${head}${'*'.repeat(80)}\n\n${'_ '.repeat(40)}\n\n${'- '.repeat(40)}\n`)).toEqual([])
    expect(ids(`${head}${'*'.repeat(33)}a\n`)).toEqual(['limit-delimiter-run'])
  })

  it('resets the inline markup count at blank lines, list items and headings', () => {
    const paragraph = '*a* '.repeat(300)
    expect(ids(`${head}${paragraph}\n\n${paragraph}\n- ${paragraph}\n- ${paragraph}\n# ${paragraph}\n${paragraph}\n`)).toEqual([])
    expect(ids(`${head}${paragraph}\n${paragraph}\n`)).toEqual(['limit-inline-markup'])
  })

  it('counts text, leaf and container directives once each', () => {
    const directives = ':::note\n:abbr[x] and ::disclaimer{ref=a}\n:::\n\n'
    expect(ids(`${head}${directives.repeat(333)}`)).toEqual([])
    expect(ids(`${head}${directives.repeat(334)}`)).toEqual(['limit-directives'])
    expect(ids(`${head}https://example.org 10:30 a: b ${'x:'.repeat(10)}\n`)).toEqual([])
  })

  it('reports each exceeded limit once, at its first place', () => {
    const diagnostics = prescan(`${head}${'>'.repeat(20)}\n${'>'.repeat(20)}\n`)
    expect(diagnostics).toHaveLength(1)
    expect(diagnostics[0]?.place.start.line).toBe(head.split('\n').length)
  })
})

describe('pre-scan of `:::` directive containers, as micromark closes them', () => {
  it('keeps a directive open when a shorter fence cannot close it', () => {
    // micromark closes `::::a` only with `::::` or longer: 17 of these nest 17 deep.
    expect(ids(`${head}${'::::a\n:::\n'.repeat(17)}`)).toEqual(['limit-nesting'])
    expect(ids(`${head}${'::::a\n::::\n'.repeat(500)}`)).toEqual([])
    expect(ids(`${head}${':::::a\n::::\n'.repeat(8)}${'- '.repeat(9)}x\n`)).toEqual(['limit-nesting'])
  })

  it('counts every line micromark opens a directive on, and only those', () => {
    // A name starts with any letter or digit, and micromark reads a tab as a name too.
    for (const opener of [':::1', ':::é', ':::中', ':::\t', '::::\t']) expect(ids(`${head}${`${opener}\n`.repeat(17)}`), opener).toEqual(['limit-nesting'])
    // An opening line micromark does not open (unclosed label or attributes) is text.
    for (const text of [':::note[x', ':::note{', ':::-a', '::: a']) expect(ids(`${head}${`${text}\n`.repeat(17)}`), text).toEqual([])
    // Lines inside an open directive cost one more each; inside text that only looks like one, not.
    expect(ids(`${head}${':::note\n'.repeat(10)}${'text\n'.repeat(5000)}`)).toEqual(['limit-lines'])
    expect(ids(`${head}${':::note[x\n'.repeat(10)}${'text\n'.repeat(5000)}`)).toEqual([])
  })

  it('closes a directive only with a fence in its own container', () => {
    // Eight open at the top level; `> :::` is in a block quote and closes none of them.
    expect(ids(`${head}${':::note\n'.repeat(8)}${'> :::\n'.repeat(8)}${'- '.repeat(9)}x\n`)).toEqual(['limit-nesting'])
    // A directive opened in a block quote is closed in it.
    expect(ids(`${head}${'> :::note\n> :::\n'.repeat(40)}`)).toEqual([])
    expect(ids(`${head}${':::note\n    :::\n'.repeat(17)}`)).toEqual(['limit-nesting'])
    expect(ids(`${head}${':::note\n   :::\n'.repeat(40)}`)).toEqual([])
  })
})

describe('pre-scan of inline markup, per paragraph as micromark splits them', () => {
  const stars = '*a'.repeat(400)

  it('does not count 990 consecutive leaf directives as one paragraph', () => {
    expect(ids(`${head}${'::disclaimer{ref=not-fda-approved}\n'.repeat(990)}`)).toEqual([])
    expect(ids(`${head}${'::claim{ref=some-claim}\n'.repeat(999)}`)).toEqual([])
    expect(ids(`${head}${`::disclaimer{ref=not-fda-approved}\n${'*a*'.repeat(100)}\n`.repeat(100)}`)).toEqual([])
  })

  it('counts lines that only look like a new paragraph as the same paragraph', () => {
    // `#x` is no heading, `1.` alone and `2. x` cannot interrupt a paragraph, `::a{` is no directive.
    for (const line of ['#x', '####### x', '1.', '2. *a', '    # x', '::a{', ':::b{"', '*']) {
      expect(ids(`${head}${`${stars}\n${line}\n`.repeat(3)}`), line).toEqual(['limit-inline-markup'])
    }
  })

  it('restarts the count where micromark starts a new paragraph, heading or label', () => {
    for (const line of ['# x', '## x', '- x', '1. x', '> x', '***', '::a{b=c}', ':::a', '```']) {
      expect(ids(`${head}${`${stars}\n${line}\n`.repeat(3)}`), line).toEqual([])
    }
    expect(ids(`${head}1. ${stars}\n2. ${stars}\n3. ${stars}\n`)).toEqual([])
    expect(ids(`${head}::a[${'*b'.repeat(1001)}]\n`)).toEqual(['limit-inline-markup'])
  })

  it('does not count code in a fence as inline markup', () => {
    expect(ids(`${head}\`\`\`\n${'[a](b) '.repeat(400)}\n\`\`\`\n`)).toEqual([])
    expect(ids(`${head}~~~\n${'<b>\n'.repeat(2000)}~~~\n`)).toEqual([])
  })

  it('places the diagnostic at the first character past the limit', () => {
    const source = `${head}::disclaimer{ref=x}\n${'[a]'.repeat(300)}\n${'[a]'.repeat(300)}\n`
    const [found] = prescan(source)
    expect(found?.ruleId).toBe('limit-inline-markup')
    // The paragraph's first line holds 600 brackets: the 1001st is the `[` of the 201st `[a]`
    // on its second line.
    expect(found?.place.start).toMatchObject({ line: head.split('\n').length + 2, column: 200 * 3 + 1 })
  })
})

describe('byte limits count UTF-8 bytes', () => {
  // 1-, 2-, 3- and 4-byte characters: `a`, `é`, `中`, `😀` (a surrogate pair in UTF-16).
  for (const [character, width] of [['a', 1], ['é', 2], ['中', 3], ['😀', 4]] as const) {
    it(`counts \`${character}\` as ${width} byte${width === 1 ? '' : 's'} in the body and the frontmatter`, () => {
      const limit = 12 * 12
      const body = (bytes: number): string => `${frontmatter}${character.repeat(Math.floor(bytes / width))}${'x'.repeat(bytes % width)}`
      expect(Buffer.byteLength(body(limit)) - Buffer.byteLength(frontmatter)).toBe(limit)
      expect(ids(body(limit), { maxBodyBytes: limit })).toEqual([])
      expect(ids(body(limit + 1), { maxBodyBytes: limit })).toEqual(['limit-body-size'])
      const yaml = (bytes: number): string => `---\na: ${character.repeat(Math.floor((bytes - 4) / width))}${'x'.repeat((bytes - 4) % width)}\n---\n`
      // The YAML text is `a: ` and the value, then the line ending: 4 bytes and the characters.
      expect(ids(yaml(limit), { maxFrontmatterBytes: limit })).toEqual([])
      expect(ids(yaml(limit + 1), { maxFrontmatterBytes: limit })).toEqual(['limit-frontmatter-size'])
    })
  }

  it('counts a CRLF line ending as two bytes', () => {
    const body = (lines: number): string => `${frontmatter}${'abc\r\n'.repeat(lines)}`
    expect(ids(body(20), { maxBodyBytes: 100 })).toEqual([])
    expect(`${ids(body(20), { maxBodyBytes: 99 })}`).toBe('limit-body-size')
    expect(ids(`---\r\na: bc\r\n---\r\n`, { maxFrontmatterBytes: 7 })).toEqual([])
    expect(ids(`---\r\na: bc\r\n---\r\n`, { maxFrontmatterBytes: 6 })).toEqual(['limit-frontmatter-size'])
  })
})
