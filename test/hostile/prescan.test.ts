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
