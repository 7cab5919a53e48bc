/**
 * The sanitizer schema's `id` allow-list: an element keeps an `id` only when it is one of the
 * renderer's own (the id prefix, then `section-`, `claim-`, `ref-`, `disclaimer-` or
 * `glossary-`, then a kebab-case tail), unchanged (no clobber prefix); every other id is
 * dropped, in the schema and in rendered HTML. The renderer's other additions to the GitHub
 * schema (its class names, kebab-case `data-*` ids, `article`/`aside`/`header`/`cite`) are
 * checked the same way.
 *
 * The schema is built once per prefix and kept, so each test uses prefixes of its own: the
 * schema code then runs in every test that depends on it (and mutation testing sees it).
 */
import type { Element, Root } from 'hast'
import { sanitize } from 'hast-util-sanitize'
import { describe, expect, it } from 'vitest'
import { renderDocument } from '../../src/render/index.js'
import { htmlSanitizeSchema } from '../../src/render/html-schema.js'
import { fixtureDocument } from './fixture.js'

/** The elements left after sanitizing `elements` with the schema of `idPrefix`. */
function sanitized(idPrefix: string, elements: Element[]): Array<Element | undefined> {
  const clean = sanitize({ type: 'root', children: elements } satisfies Root, htmlSanitizeSchema(idPrefix)) as Root
  return clean.children.map((child) => (child.type === 'element' ? child : undefined))
}

/** The `id` each `<div>` keeps (undefined when dropped), in order. */
function keptIds(idPrefix: string, ids: readonly string[]): Array<string | undefined> {
  const elements = ids.map((id): Element => ({ type: 'element', tagName: 'div', properties: { id }, children: [{ type: 'text', value: id }] }))
  return sanitized(idPrefix, elements).map((element) => element?.properties['id'] as string | undefined)
}

const kinds = ['section', 'claim', 'ref', 'disclaimer', 'glossary']

describe('htmlSanitizeSchema id allow-list', () => {
  it.each(['keep-', 'keep_', 'Keep-b_1'])('keeps the renderer\'s own ids unchanged with prefix "%s"', (prefix) => {
    const own = kinds.flatMap((kind) => [`${prefix}${kind}-a`, `${prefix}${kind}-what-exosomes-are-2`, `${prefix}${kind}-0`])
    expect(keptIds(prefix, own)).toEqual(own)
  })

  it.each(['drop-', 'drop_'])('drops every other id with prefix "%s"', (prefix) => {
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
    const [element] = sanitized('global-', [{ type: 'element', tagName: 'div', properties: { id: 'evil', title: 'kept', lang: 'en' }, children: [] }])
    expect(element?.properties).toMatchObject({ title: 'kept', lang: 'en' })
    expect(element?.properties['id']).toBeUndefined()
  })
})

describe('htmlSanitizeSchema, the rest of what the renderer adds', () => {
  const div = (properties: Element['properties'], tagName = 'div'): Element => ({ type: 'element', tagName, properties, children: [{ type: 'text', value: 'x' }] })

  it.each(['dataClaimId', 'dataSectionId', 'dataDisclaimerId', 'dataEvidence'])('keeps %s only when kebab-case', (name) => {
    const values = ['what-exosomes-are', 'a1', 'x', 'Bad', 'a_b', 'a b', '-a', 'a-', 'a--b', 'a"b', 'évidence', '']
    const kept = sanitized(`data-${name}-`, values.map((value) => div({ [name]: value }))).map((element) => element?.properties[name])
    expect(kept).toEqual(['what-exosomes-are', 'a1', 'x', undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined])
  })

  it('keeps the renderer\'s class names and drops others', () => {
    const [element] = sanitized('class-', [div({ className: ['exo-claim', 'exo-disclaimer-title', 'evil', 'exo-unknown'] })])
    expect(element?.properties['className']).toEqual(['exo-claim', 'exo-disclaimer-title'])
    // A tag with a className rule of its own in the GitHub schema keeps them too.
    const [code] = sanitized('class-', [div({ className: ['exo-citation', 'language-js', 'evil'] }, 'code')])
    expect(code?.properties['className']).toEqual(['exo-citation', 'language-js'])
  })

  it('keeps article, aside (with role="note" only), header and cite', () => {
    const [article, aside, header, cite, asideOther] = sanitized('tags-', [div({}, 'article'), div({ role: 'note' }, 'aside'), div({}, 'header'), div({}, 'cite'), div({ role: 'button' }, 'aside')])
    expect([article?.tagName, aside?.tagName, header?.tagName, cite?.tagName]).toEqual(['article', 'aside', 'header', 'cite'])
    expect(aside?.properties['role']).toBe('note')
    expect(asideOther?.properties['role']).toBeUndefined()
    // An element the schema does not allow is unwrapped: its text stays, the element goes.
    expect(sanitized('tags-', [div({}, 'form')])).toEqual([undefined])
  })
})

describe('rendered HTML ids', () => {
  it.each(['exo-', 'render_', 'Render-1-'])('are all the renderer\'s own, with prefix "%s", even when the content asks for others', (idPrefix) => {
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
