import { describe, expect, it, vi } from 'vitest'

vi.mock('../../src/rules/run.js', () => import('../helpers/rule-input-spy.js'))
const { seen } = await import('../helpers/rule-input-spy.js')

const { parseContent } = await import('../../src/parser/index.js')
const { frontmatter } = await import('./helpers.js')

describe('what the parser hands the rules', () => {
  it('passes the draft, source, locate, comments and policy even when the file has errors', () => {
    seen.length = 0
    const source = `${frontmatter.replace('audience: general', 'audience: kids')}
## Part

<!-- exosome-content-ignore overclaim-wording: quoted from the FDA -->
:::claim{#kept kind=definition evidence=established cite=misev2018}
Exosomes are vesicles.
:::

::claim{ref=nowhere}

::disclaimer{ref=not-a-disclaimer}
`
    const result = parseContent(source, { path: 'page.md' })
    expect(result.document).toBeUndefined()
    expect(seen).toHaveLength(1)
    const input = seen[0]
    if (input === undefined) return
    expect(input.file).toBe('page.md')
    expect(input.source).toBe(source)
    expect(input.tree.type).toBe('root')
    expect(Object.keys(input.document.claims)).toEqual(['kept'])
    // Dangling references are reported by the parser and left out of the draft.
    const part = input.document.sections[0]
    expect(part?.blocks.map((block) => block.type)).toEqual(['narrative', 'claim'])
    expect(part?.claims).toEqual(['kept'])
    expect(part?.disclaimers).toEqual([])
    expect(input.comments).toEqual([
      { value: 'exosome-content-ignore overclaim-wording: quoted from the FDA', position: expect.objectContaining({ start: expect.objectContaining({ line: source.split('\n').indexOf('<!-- exosome-content-ignore overclaim-wording: quoted from the FDA -->') + 1, column: 1 }) }) },
    ])
    const doi = input.locate(['references', 1, 'doi'])
    expect(source.slice(doi?.start.offset, doi?.end.offset)).toBe('10.1080/20013078.2018.1535750')
    expect(input.locate(['nothing', 'here'])).toBeUndefined()
    expect(input.policy.requires['therapeutic-potential']).toEqual(['investigational', 'not-fda-approved'])
  })

  it('does not run the rules with rules: false', () => {
    seen.length = 0
    parseContent(frontmatter, { rules: false })
    expect(seen).toHaveLength(0)
  })
})
