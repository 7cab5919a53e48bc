import type { Element } from 'hast'
import { describe, expect, it } from 'vitest'
import { renderClaim, renderDocument, renderSection } from '../../src/render/index.js'
import { fixtureDocument, type FixtureOverrides } from './fixture.js'
import { readHtml } from './read-back.js'

const vectors = [
  '<script>alert(1)</script>',
  '<img src=x onerror="alert(1)">',
  '<svg onload=alert(1)>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '[click](javascript:alert(1))',
  '[click](JaVaScRiPt:alert(1))',
  '[click](java&#x09;script:alert(1))',
  '[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '![x](javascript:alert(1))',
  '<a href="javascript:alert(1)">x</a>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<div id="exo-ref-review-2020">clobber</div>',
  '<form id="exo-x"><input name="attributes"></form>',
  '<style>body{display:none}</style>',
  '<details open ontoggle=alert(1)>',
  '<a href="#" onclick="alert(1)">x</a>',
]

const dangerousUrl = /^(?:javascript|data|vbscript):/i

function assertHarmless(html: string): void {
  const reading = readHtml(html)
  for (const element of reading.elements) {
    expect(['script', 'iframe', 'style', 'svg', 'math', 'form', 'input', 'object', 'embed']).not.toContain(element.tagName)
    for (const [name, value] of Object.entries(element.properties)) {
      expect(name.toLowerCase().startsWith('on')).toBe(false)
      if (['href', 'src', 'action', 'formAction', 'srcDoc'].includes(name)) {
        expect(String(value).replaceAll(/[\s\u0000-\u001f]/g, '')).not.toMatch(dangerousUrl)
      }
    }
  }
}

function htmlWith(overrides: FixtureOverrides): string[] {
  const document = fixtureDocument(overrides)
  return [
    renderDocument(document, { format: 'html' }),
    renderDocument(document, { format: 'html', disclaimers: 'end', citations: 'author-year' }),
    renderSection(document, 'research', { format: 'html' }),
    renderClaim(document, 'vesicles-defined', { format: 'html' }),
  ]
}

describe('HTML sanitization', () => {
  it.each(vectors)('drops %s in narrative, claim, disclaimer and title', (vector) => {
    for (const overrides of [{ narrative: vector }, { claim: `Exosomes ${vector} here.` }, { disclaimer: `Careful ${vector}` }, { title: `Title ${vector}` }]) {
      for (const html of htmlWith(overrides)) assertHarmless(html)
    }
  })

  it('keeps the readable text around dropped markup', () => {
    const html = readHtml(renderClaim(fixtureDocument({ claim: 'Before <img src=x onerror="alert(1)"> after.' }), 'vesicles-defined', { format: 'html' }))
    expect(html.text).toContain('Before after.')
    expect(html.elements.some((element: Element) => element.tagName === 'img')).toBe(false)
  })

  it('drops content ids that would clobber the renderer ids or globals', () => {
    const html = readHtml(renderDocument(fixtureDocument({ narrative: '<div id="exo-ref-review-2020">x</div><a name="location">y</a>' }), { format: 'html' }))
    expect(html.ids.filter((id) => id === 'exo-ref-review-2020')).toHaveLength(1)
    expect(html.elements.some((element) => element.properties['name'] === 'location')).toBe(false)
  })

  it('drops a javascript: URL smuggled into a reference, and mdast hast hints in content', () => {
    const document = structuredClone(fixtureDocument())
    const reference = document.references.find((item) => item.id === 'agency-2019a')
    if (!reference) throw new Error('fixture changed')
    reference.url = 'javascript:alert(1)'
    const claim = document.claims['vesicles-defined']
    claim?.content.mdast.push({ type: 'paragraph', data: { hName: 'script', hProperties: { onclick: 'alert(1)' } }, children: [{ type: 'text', value: 'alert(2)' }] })
    const html = renderDocument(document, { format: 'html' })
    assertHarmless(html)
    expect(html).not.toContain('<script')
  })

  it('drops attributes that directive nodes in content carry', () => {
    const document = structuredClone(fixtureDocument())
    const attributes = { onclick: 'alert(1)', id: 'exo-ref-review-2020', href: 'javascript:alert(1)', class: 'exo-claim', style: 'position:fixed' }
    document.claims['vesicles-defined']?.content.mdast.push(
      { type: 'paragraph', children: [{ type: 'textDirective', name: 'abbr', attributes, children: [{ type: 'text', value: 'inline' }] }] },
      { type: 'containerDirective', name: 'aside', attributes, children: [{ type: 'paragraph', children: [{ type: 'text', value: 'block' }] }] },
      { type: 'leafDirective', name: 'video', attributes: { src: 'javascript:alert(1)' }, children: [] },
    )
    const html = renderDocument(document, { format: 'html' })
    assertHarmless(html)
    const reading = readHtml(html)
    expect(reading.ids.filter((id) => id === 'exo-ref-review-2020')).toHaveLength(1)
    expect(reading.text).toContain('inline')
    expect(reading.text).toContain('block')
    expect(reading.elements.filter((element) => Array.isArray(element.properties['className']) && element.properties['className'].includes('exo-claim'))).toHaveLength(reading.claims.length)
  })
})
