/**
 * The sanitizer schema's `id` allow-list: an element keeps an `id` only when it is one of the
 * renderer's own (the id prefix, then `section-`, `claim-`, `ref-`, `disclaimer-` or
 * `glossary-`, then a kebab-case tail), unchanged (no clobber prefix); every other id is
 * dropped, in the schema and in rendered HTML.
 */
import type { Element, Root } from 'hast'
import { sanitize } from 'hast-util-sanitize'
import { describe, expect, it } from 'vitest'
import { renderDocument } from '../../src/render/index.js'
import { htmlSanitizeSchema } from '../../src/render/html-schema.js'
import { fixtureDocument } from './fixture.js'

/** The `id` each `<div>` keeps (undefined when dropped), in order. */
function keptIds(idPrefix: string, ids: readonly string[]): Array<string | undefined> {
  const tree: Root = {
    type: 'root',
    children: ids.map((id): Element => ({ type: 'element', tagName: 'div', properties: { id }, children: [{ type: 'text', value: id }] })),
  }
  const clean = sanitize(tree, htmlSanitizeSchema(idPrefix)) as Root
  return clean.children.map((child) => (child.type === 'element' ? (child.properties['id'] as string | undefined) : 'not an element'))
}

const kinds = ['section', 'claim', 'ref', 'disclaimer', 'glossary']

describe('htmlSanitizeSchema id allow-list', () => {
  it.each(['exo-', '', 'faq_', 'A-b_1'])('keeps the renderer\'s own ids unchanged with prefix "%s"', (prefix) => {
    const own = kinds.flatMap((kind) => [`${prefix}${kind}-a`, `${prefix}${kind}-what-exosomes-are-2`, `${prefix}${kind}-0`])
    expect(keptIds(prefix, own)).toEqual(own)
  })

  it.each(['exo-', 'faq_'])('drops every other id with prefix "%s"', (prefix) => {
    const foreign = [
      'evil',
      'user-content-x',
      'section-a', // no prefix
      `${prefix}other-a`, // not a kind the renderer emits
      `${prefix}sections-a`,
      `${prefix}claim`, // no tail
      `${prefix}claim-`, // empty tail
      `${prefix}claim-A`, // not kebab-case
      `${prefix}claim-a b`,
      `${prefix}claim-a.b`,
      `${prefix}claim-a_b`,
      `${prefix}claim-a"`,
      `${prefix}claim-a\nx`,
      `x${prefix}claim-a`, // the prefix must start the id
      `${prefix}claim-a${'x'.repeat(3)}!`, // the tail must end it
      ` ${prefix}claim-a`,
    ]
    expect(keptIds(prefix, foreign)).toEqual(foreign.map(() => undefined))
  })

  it('with the empty prefix, keeps only ids that start with a kind', () => {
    expect(keptIds('', ['claim-a', 'exo-claim-a', 'x-claim-a'])).toEqual(['claim-a', undefined, undefined])
  })

  it('matches the prefix literally, and per prefix', () => {
    expect(keptIds('a.b-', ['a.b-claim-x', 'aXb-claim-x'])).toEqual(['a.b-claim-x', undefined])
    // Each prefix gets its own schema: one built for another prefix is never reused.
    expect(keptIds('one-', ['one-claim-x', 'two-claim-x'])).toEqual(['one-claim-x', undefined])
    expect(keptIds('two-', ['one-claim-x', 'two-claim-x'])).toEqual([undefined, 'two-claim-x'])
    expect(htmlSanitizeSchema('one-')).toBe(htmlSanitizeSchema('one-'))
  })

  it('keeps the other global attributes of the GitHub schema', () => {
    const tree: Root = { type: 'root', children: [{ type: 'element', tagName: 'div', properties: { id: 'evil', title: 'kept', lang: 'en' }, children: [] }] }
    const clean = sanitize(tree, htmlSanitizeSchema('exo-')) as Root
    expect(clean.children[0]).toMatchObject({ properties: { title: 'kept', lang: 'en' } })
    expect((clean.children[0] as Element).properties['id']).toBeUndefined()
  })
})

describe('rendered HTML ids', () => {
  it.each(['exo-', 'faq_', ''])('are all the renderer\'s own, with prefix "%s", even when the content asks for others', (idPrefix) => {
    const document = fixtureDocument()
    const intro = document.intro[0]
    if (intro?.type !== 'narrative') throw new Error('the fixture intro is not narrative')
    // An mdast node may carry hast hints; the ids they ask for must not survive.
    const paragraph = intro.content.mdast.find((node) => node.type === 'paragraph')
    if (paragraph === undefined) throw new Error('the fixture intro has no paragraph')
    paragraph.data = { hProperties: { id: 'injected' } }
    intro.content.mdast.push({ type: 'paragraph', data: { hProperties: { id: `${idPrefix}notakind-x` } }, children: [{ type: 'text', value: 'second' }] })
    const html = renderDocument(document, { format: 'html', idPrefix })
    const ids = [...html.matchAll(/\sid="([^"]*)"/g)].map((match) => match[1] ?? '')
    expect(ids.length).toBeGreaterThan(5)
    const own = new RegExp(`^${idPrefix}(?:section|claim|ref|disclaimer|glossary)-[a-z0-9-]+$`)
    expect(ids.filter((id) => !own.test(id))).toEqual([])
    expect(html).not.toContain('injected')
    expect(html).toContain('second')
  })
})
