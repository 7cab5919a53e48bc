/**
 * The HTML renderer sanitizes and serializes each block of a frozen document once (per id
 * prefix) and reuses its HTML, held weakly by the document's own frozen objects; it computes
 * the parts of each frozen reference once too.
 * Reuse must never change what a render outputs: not across repeated renders, not across
 * options that change the citations spliced into a claim, and not for documents that are
 * not frozen (whose blocks may change between renders).
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { Nodes } from 'hast'
import { sanitize } from 'hast-util-sanitize'
import type { Paragraph, Text } from 'mdast'
import { describe, expect, it, vi } from 'vitest'
import { parseContent } from '../../src/parser/index.js'
import { renderClaim, renderDocument } from '../../src/render/index.js'
import { referenceParts } from '../../src/render/references.js'
import type { ExosomeDocument } from '../../src/schema/document.js'

// The real sanitizer, watched: which trees each render sanitizes.
vi.mock('hast-util-sanitize', async (importOriginal) => {
  const original = await importOriginal<typeof import('hast-util-sanitize')>()
  return { ...original, sanitize: vi.fn(original.sanitize) }
})

const source = readFileSync(path.resolve(import.meta.dirname, '../../content/exosome-therapy.md'), 'utf8')

function parsed(): ExosomeDocument {
  const { document } = parseContent(source)
  if (!document) throw new Error('the overview does not parse')
  return document
}

describe('HTML render reuse', () => {
  it('renders a frozen document the same way every time, and the same as an equal document rendered first', () => {
    const document = parsed()
    expect(Object.isFrozen(document)).toBe(true)
    const first = renderDocument(document, { format: 'html' })
    expect(renderDocument(document, { format: 'html' })).toBe(first)
    // A second parse gives new objects, so nothing is reused across them.
    expect(renderDocument(parsed(), { format: 'html' })).toBe(first)
  })

  it('keeps nothing at the first render of a frozen document, and from its second render on sanitizes nothing again, per id prefix', () => {
    const document = parsed()
    // The first words of every claim: text only a claim body holds.
    const samples = Object.values(document.claims).flatMap((claim) => {
      const paragraph = claim.content.mdast.find((node): node is Paragraph => node.type === 'paragraph')
      const text = paragraph?.children.find((node): node is Text => node.type === 'text')
      return text && text.value.length > 20 ? [text.value] : []
    })
    expect(samples.length).toBeGreaterThan(10)
    const textsOf = (node: Nodes): string[] => ('value' in node ? [node.value] : 'children' in node ? node.children.flatMap(textsOf) : [])
    const sanitized = (): Set<string> => new Set(vi.mocked(sanitize).mock.calls.flatMap(([tree]) => textsOf(tree)))
    const render = (idPrefix: string, target: typeof document = document): string => {
      vi.mocked(sanitize).mockClear()
      return renderDocument(target, { format: 'html', idPrefix })
    }

    const first = render('reuse-')
    for (const sample of samples) expect(sanitized()).toContain(sample)
    // The renderer's own structure (titles, headings, references) is written, never sanitized.
    for (const reference of document.references) expect(sanitized()).not.toContain(reference.title)
    // A document rendered once keeps nothing: its second render converts it again, and keeps it.
    expect(render('reuse-')).toBe(first)
    for (const sample of samples) expect(sanitized()).toContain(sample)
    const again = render('reuse-')
    expect(again).toBe(first)
    for (const sample of samples) expect(again).toContain(sample)
    expect(vi.mocked(sanitize).mock.calls).toHaveLength(0)
    // Another id prefix is another schema: sanitized again, and then kept too.
    render('other-')
    for (const sample of samples) expect(sanitized()).toContain(sample)
    render('other-')
    expect(vi.mocked(sanitize).mock.calls).toHaveLength(0)
    // A copy that is not frozen: every render sanitizes its blocks.
    const copy = structuredClone(document)
    for (let round = 0; round < 2; round++) {
      render('reuse-', copy)
      for (const sample of samples) expect(sanitized()).toContain(sample)
    }
  })

  it('splices citations into a copy: other citation styles and scopes see none of them', () => {
    const document = parsed()
    const claim = Object.values(document.claims).find((item) => item.cites.length > 0)
    if (!claim) throw new Error('no cited claim')
    const numeric = renderClaim(document, claim.id, { format: 'html', citations: 'numeric' })
    const none = renderClaim(document, claim.id, { format: 'html', citations: 'none' })
    const authorYear = renderClaim(document, claim.id, { format: 'html', citations: 'author-year' })
    expect(numeric).toContain('class="exo-citation"')
    expect(none).not.toContain('exo-citation')
    expect(authorYear.match(/class="exo-citation"/g)).toHaveLength(claim.cites.length)
    expect(renderClaim(document, claim.id, { format: 'html', citations: 'numeric' })).toBe(numeric)
    // The whole document, rendered after the claim alone: every claim (reuses too) holds
    // exactly one link per reference it cites.
    const whole = renderDocument(document, { format: 'html' })
    const blocks = [...whole.matchAll(/data-claim-id="([^"]+)"[^>]*>([\s\S]*?)<p class="exo-evidence">/g)]
    expect(blocks.length).toBeGreaterThanOrEqual(Object.keys(document.claims).length)
    for (const [, id = '', body = ''] of blocks) {
      expect(body.match(/class="exo-citation"/g) ?? []).toHaveLength(document.claims[id]?.cites.length ?? -1)
    }
  })

  it('converts the blocks of a document that is not frozen again at every render', () => {
    const document = structuredClone(parsed())
    expect(Object.isFrozen(document)).toBe(false)
    const claim = Object.values(document.claims)[0]
    if (!claim) throw new Error('no claim')
    const before = renderClaim(document, claim.id, { format: 'html' })
    const paragraph = claim.content.mdast.find((node): node is Paragraph => node.type === 'paragraph')
    const text = paragraph?.children.find((node): node is Text => node.type === 'text')
    if (!text) throw new Error('no text in the claim')
    text.value = 'A changed sentence.'
    const after = renderClaim(document, claim.id, { format: 'html' })
    expect(after).not.toBe(before)
    expect(after).toContain('A changed sentence.')
  })

  it('computes the parts of a reference from the reference as it is now', () => {
    const reference = parsed().references[0]
    if (!reference) throw new Error('no reference')
    expect(referenceParts(reference)).toEqual(referenceParts(reference))
    const mutable = structuredClone(reference)
    const first = referenceParts(mutable)
    mutable.title = 'Another title'
    expect(referenceParts(mutable).title).toBe('Another title')
    expect(first.title).toBe(reference.title)
  })
})
