/**
 * The sanitizer schema's allow-lists beyond ids (see html-schema-ids.test.ts): elements,
 * class names per tag, `data-*` ids, `role` on `aside`, link protocols (`safeHref` agrees with
 * hast-util-sanitize itself), and the bounded per-prefix caches. Each assertion sanitizes a
 * hostile or legitimate element and checks what is kept.
 */
import type { Element, Properties, Root } from 'hast'
import { defaultSchema, sanitize } from 'hast-util-sanitize'
import { describe, expect, it } from 'vitest'
import { htmlClassNames, htmlSanitizeSchema, kebab, ownIdPattern, safeHref } from '../../src/render/html-schema.js'

let prefixes = 0
// The schema is kept per prefix: a prefix of its own per test runs the schema code in each.
const fresh = (): string => `t${++prefixes}-`

function clean(tagName: string, properties: Properties, idPrefix = fresh()): Element | undefined {
  const tree: Root = { type: 'root', children: [{ type: 'element', tagName, properties, children: [{ type: 'text', value: 'x' }] }] }
  const [child] = (sanitize(tree, htmlSanitizeSchema(idPrefix)) as Root).children
  return child?.type === 'element' ? child : undefined
}

describe('htmlSanitizeSchema elements and attributes', () => {
  it('keeps the renderer\'s own elements and the GitHub ones, and drops scripts and styles', () => {
    for (const tagName of ['article', 'aside', 'header', 'cite', 'caption', 'p', 'table', 'a']) expect(clean(tagName, {})?.tagName, tagName).toBe(tagName)
    for (const tagName of ['script', 'style', 'iframe', 'object', 'form']) expect(clean(tagName, {}), tagName).toBeUndefined()
  })

  it('keeps `role="note"` on `aside` and no other role, and the common attributes there', () => {
    expect(clean('aside', { role: 'note', className: ['exo-disclaimers'], title: 't' })?.properties).toEqual({ role: 'note', className: ['exo-disclaimers'], title: 't' })
    expect(clean('aside', { role: 'alert' })?.properties).toEqual({})
    expect(clean('div', { role: 'note' })?.properties).toEqual({})
  })

  it('keeps the renderer\'s class names on every element, including those with a className rule of their own', () => {
    for (const tagName of ['div', 'article', 'section', 'code', 'li', 'ol', 'ul', 'h2', 'a', 'table', 'caption']) {
      expect(clean(tagName, { className: ['exo-claim', 'exo-evidence-summary-empty'] })?.properties['className'], tagName).toEqual(['exo-claim', 'exo-evidence-summary-empty'])
      expect(clean(tagName, { className: ['evil', 'exo-claimx', 'exo'] })?.properties['className'] ?? [], tagName).toEqual([])
    }
    // The tags' own rules still hold.
    expect(clean('code', { className: ['language-js', 'exo-claim'] })?.properties['className']).toEqual(['language-js', 'exo-claim'])
    expect(clean('li', { className: ['task-list-item'] })?.properties['className']).toEqual(['task-list-item'])
    expect(clean('section', { className: ['footnotes'], dataFootnotes: true })?.properties).toEqual({ className: ['footnotes'], dataFootnotes: true })
    expect(htmlClassNames.every((name) => clean('p', { className: [name] })?.properties['className']?.toString() === name)).toBe(true)
  })

  it('adds class names only to className rules, not to other rules of a tag', () => {
    // `input` allows `type="checkbox"` only: a class name is not a type.
    expect(clean('input', { type: 'exo-claim', disabled: true })?.properties).toEqual({ type: 'checkbox', disabled: true })
    expect(clean('input', { type: 'checkbox', disabled: true })?.properties).toEqual({ type: 'checkbox', disabled: true })
  })

  it('keeps kebab-case `data-*` ids and drops the rest', () => {
    for (const name of ['dataClaimId', 'dataSectionId', 'dataDisclaimerId', 'dataEvidence']) {
      for (const value of ['a', 'a-b', 'what-exosomes-are-2', 'x1-2y']) expect(clean('div', { [name]: value })?.properties[name], `${name}=${value}`).toBe(value)
      for (const value of ['', 'A', 'a--b', '-a', 'a-', 'a b', 'a_b', 'a"><script>', 'é']) expect(clean('div', { [name]: value })?.properties[name], `${name}=${value}`).toBeUndefined()
    }
    expect(clean('div', { dataOther: 'a' })?.properties).toEqual({})
    expect(['a-b', 'ab', '0', 'a1-b2'].every((value) => kebab.test(value))).toBe(true)
    expect(['', '-', 'a-', '-a', 'a--b', 'aB', 'a.b', 'x\na'].some((value) => kebab.test(value))).toBe(false)
  })

  it('does not prefix `name` or `aria-describedby` (clobbering is left to the id prefix)', () => {
    expect(clean('a', { name: 'top', ariaDescribedBy: ['note'], href: '#x' })?.properties).toEqual({ name: 'top', ariaDescribedBy: ['note'], href: '#x' })
  })
})

describe('ownIdPattern', () => {
  it('escapes every regular expression character of the prefix', () => {
    const prefix = '.*+?^${}()|[]\\-'
    expect(ownIdPattern(prefix).test(`${prefix}claim-a`)).toBe(true)
    for (let at = 0; at < prefix.length - 1; at++) {
      const other = `${prefix.slice(0, at)}x${prefix.slice(at + 1)}`
      expect(ownIdPattern(prefix).test(`${other}claim-a`), other).toBe(false)
    }
    expect(ownIdPattern('a.b-').test('aXb-claim-x')).toBe(false)
    expect(ownIdPattern('a.b-').test('a.b-claim-x')).toBe(true)
    expect(clean('div', { id: '(p)-section-a' }, '(p)-')?.properties['id']).toBe('(p)-section-a')
  })

  it('is kept per prefix, sixteen prefixes at most', () => {
    expect(cachedFor((prefix) => ownIdPattern(prefix))).toBe(15)
    const prefix = fresh()
    expect(ownIdPattern(prefix).source).toBe(ownIdPattern(prefix).source)
  })
})

/**
 * How many other prefixes a cache keyed by prefix takes before it forgets one: first a call
 * that empties it is found, then (with the probe and one other prefix in it) the count of new
 * prefixes until the probe's value is made anew.
 */
function cachedFor(get: (prefix: string) => object): number {
  const probe = fresh()
  const first = get(probe)
  for (let count = 0; count < 100 && get(probe) === first; count++) get(fresh())
  const kept = get(probe)
  for (let count = 1; count <= 100; count++) {
    get(fresh())
    if (get(probe) !== kept) return count
  }
  return Number.POSITIVE_INFINITY
}

describe('htmlSanitizeSchema cache', () => {
  it('returns one schema per prefix, sixteen prefixes at most', () => {
    const prefix = fresh()
    expect(htmlSanitizeSchema(prefix)).toBe(htmlSanitizeSchema(prefix))
    expect(cachedFor((each) => htmlSanitizeSchema(each))).toBe(15)
  })
})

describe('safeHref', () => {
  const urls = [
    'https://example.org/a',
    'http://x',
    'mailto:a@example.org',
    'irc://x',
    'ircs://x',
    'xmpp:a@b',
    'page.html',
    '',
    '#top',
    '/a:b',
    '?q=a:b',
    '#a:b',
    'a/b:c',
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'HTTPS://example.org',
    'data:text/html,x',
    'vbscript:x',
    'httpsx://x',
    'xhttps://x',
    'http',
    ':x',
    'a:/b',
    'a:?b',
    'a:#b',
  ]

  it('agrees with hast-util-sanitize on which links keep their href', () => {
    for (const url of urls) {
      const [kept] = (sanitize({ type: 'root', children: [{ type: 'element', tagName: 'a', properties: { href: url }, children: [] }] }, defaultSchema) as Root).children
      const href = kept?.type === 'element' ? kept.properties['href'] : undefined
      expect(safeHref(url), url).toBe(href === url)
    }
  })

  it('keeps relative links and the schema protocols only', () => {
    expect(urls.filter((url) => !safeHref(url))).toEqual(['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'HTTPS://example.org', 'data:text/html,x', 'vbscript:x', 'httpsx://x', 'xhttps://x', ':x', 'a:/b', 'a:?b', 'a:#b'])
  })
})
