/**
 * The compiler: `toEmbedded` writes a document as compact data without positions, and
 * `fromEmbedded` reads back exactly the same document (every field but the positions),
 * whatever the content: the overview, every fixture that parses, generated documents, text
 * directives, CRLF sources. `emitModule` wraps it in an ES module with literal id types.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { emitModule, embeddedFormat, fromEmbedded, toEmbedded, type EmbeddedData } from '../../src/compile/index.js'
import { parseContent } from '../../src/parser/index.js'
import { renderDocument } from '../../src/render/index.js'
import { embeddedDocumentSchema, type ExosomeDocument } from '../../src/schema/document.js'
import { body } from '../fuzz/arbitraries.js'
import { frontmatter } from '../hostile/support.js'
import { loadOverview } from '../render/overview.js'

const root = path.resolve(import.meta.dirname, '../..')

function withoutPositions(document: ExosomeDocument): unknown {
  return JSON.parse(JSON.stringify(document, (key, value: unknown) => (key === 'position' ? undefined : value)))
}

function expectRoundTrip(document: ExosomeDocument): EmbeddedData {
  const data = toEmbedded(document)
  // Plain JSON: what a module or a cache holds.
  const back = fromEmbedded(JSON.parse(JSON.stringify(data)) as EmbeddedData)
  expect(back).toEqual(withoutPositions(document))
  expect(Object.isFrozen(back) && Object.isFrozen(back.claims) && Object.isFrozen(back.sections)).toBe(true)
  expect(embeddedDocumentSchema.safeParse(back).success).toBe(true)
  return data
}

describe('toEmbedded / fromEmbedded', () => {
  it('round-trip the overview, deriving plain paragraphs and texts instead of storing them', () => {
    const overview = loadOverview()
    const data = expectRoundTrip(overview)
    const json = JSON.stringify(data)
    expect(json).not.toContain('"position"')
    // Every claim's text is derived: the data holds each claim's words once, in its markdown.
    // No text is stored as an override, and a claim's whole text is at most in its markdown.
    expect(json).not.toMatch(/"text":/)
    for (const claim of Object.values(overview.claims)) expect(json.split(JSON.stringify(claim.text).slice(1, -1)).length - 1).toBeLessThanOrEqual(1)
    expect(json.length).toBeLessThan(JSON.stringify(withoutPositions(overview)).length / 1.8)
  })

  it('round-trip every fixture that parses, and CRLF sources', () => {
    const folder = path.join(root, 'test/fixtures')
    let documents = 0
    for (const name of readdirSync(folder)) {
      let source: string
      try {
        source = readFileSync(path.join(folder, name, 'input.md'), 'utf8')
      } catch {
        continue
      }
      for (const text of [source, source.replaceAll('\n', '\r\n')]) {
        const { document } = parseContent(text, { rules: false })
        if (document === undefined) continue
        documents++
        expectRoundTrip(document)
      }
    }
    expect(documents).toBeGreaterThanOrEqual(20)
  })

  it('store what they cannot derive: escapes, lists, links, hard breaks, a text or section set by hand', () => {
    const { document } = parseContent(`${frontmatter}\nIntro with a \\:word and a [link](https://example.org).\n\n## Section\n\n- a list\n- b\n\n:::claim{#claim-one kind=regulatory evidence=regulatory-fact cite="fda-exosome-notification-2019"}\nHard\\\nbreak and &amp; text.\n:::\n`, { rules: false })
    if (!document) throw new Error('no document')
    expectRoundTrip(document)
    const changed = structuredClone(document)
    const claim = changed.claims['claim-one']
    if (claim) {
      claim.section = 'elsewhere'
      claim.text = 'A text of its own.'
    }
    const [section] = changed.sections
    if (section) section.claims = []
    expectRoundTrip(changed)
  })

  it('store reference and disclaimer ids as indexes, section ids only where they are not the slug of the title', () => {
    const overview = loadOverview()
    const data = expectRoundTrip(overview)
    const json = JSON.stringify(data)
    // Every English section id is the slug of its title, and every cited id is in the lists.
    for (const id of ['what-exosomes-are', 'protecting-yourself']) expect(json).not.toContain(`"${id}"`)
    const citedOnce = overview.references.find((reference) => json.split(`"${reference.id}"`).length === 2)
    expect(citedOnce, 'a reference id appears once: in its own row').toBeDefined()
    // Ids outside the lists and ids that are not slugs are kept as they are.
    const changed = structuredClone(overview)
    const claim = Object.values(changed.claims)[0]
    const [section] = changed.sections
    if (!claim || !section) throw new Error('no claim or section')
    claim.cites = [...claim.cites, 'not-in-the-list']
    section.id = 'a-custom-id'
    for (const block of section.blocks) if (block.type === 'claim' && block.claim === claim.id) claim.section = section.id
    const back = fromEmbedded(JSON.parse(JSON.stringify(toEmbedded(changed))) as EmbeddedData)
    expect(back.claims[claim.id]?.cites).toEqual(claim.cites)
    expect(back.sections[0]?.id).toBe('a-custom-id')
    expect(JSON.stringify(toEmbedded(changed))).toContain('"a-custom-id"')
  })

  it('round-trip generated documents (property)', () => {
    let documents = 0
    fc.assert(
      fc.property(body, body, (intro, section) => {
        const { document } = parseContent(`${frontmatter}\n${intro}\n\n## Section\n\n${section}`, { rules: false })
        if (document === undefined) return
        documents++
        expectRoundTrip(document)
      }),
      { seed: 20_261_204, numRuns: 400 },
    )
    // Most generated bodies hold a construct the parser refuses; the rest are checked.
    expect(documents).toBeGreaterThan(25)
  }, 60_000)

  it('refuse to drop anything: a field the format does not hold throws', () => {
    const document = structuredClone(loadOverview()) as ExosomeDocument & { extra?: string }
    document.extra = 'kept nowhere'
    expect(() => toEmbedded(document)).toThrow(/does not read back the same/)
    const claim = Object.values(document.claims)[0] as unknown as Record<string, unknown>
    delete document.extra
    claim['note'] = 'unknown field'
    expect(() => toEmbedded(document)).toThrow(/does not read back the same/)
  })

  it("keep a site's own frontmatter keys (document.data from frontmatter.extend)", () => {
    const extend = z.object({ slug: z.string(), tags: z.array(z.string()).default([]) })
    const source = `${frontmatter.replace('---\n', '---\nslug: exosome-basics\ntags: [faq, skin]\n')}\n# Page\n\nSome text.\n`
    const { document, diagnostics } = parseContent(source, { now: '2026-12-01', frontmatter: { extend } })
    expect(diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([])
    const back = fromEmbedded(toEmbedded(document!))
    expect(back.data).toEqual({ slug: 'exosome-basics', tags: ['faq', 'skin'] })
    expect(embeddedDocumentSchema.safeParse(back).success).toBe(true)
    // Without an extension nothing is added.
    expect(toEmbedded(parseContent(source.replace(/slug.*\ntags.*\n/, ''), { now: '2026-12-01' }).document!)).toHaveLength(7)
  })

  it('refuse data of another format version', () => {
    const data = toEmbedded(loadOverview())
    expect(data[0]).toBe(embeddedFormat)
    expect(() => fromEmbedded([embeddedFormat - 1, ...data.slice(1)] as unknown as EmbeddedData)).toThrow(TypeError)
  })
})

describe('emitModule', () => {
  it('emits a module that loads the frozen document, and declarations with literal id types', async () => {
    const overview = loadOverview()
    const runtime = pathToFileURL(path.join(root, 'src/compile/inflate.ts')).href
    const emitted = emitModule(overview, { exportName: 'page', runtime, types: 'exosome-content', typePrefix: 'Page', banner: 'Generated for a test.' })
    expect(emitted.js.startsWith('// Generated for a test.\n')).toBe(true)
    expect(emitted.dts).toContain('import type { EmbeddedDocument } from "exosome-content"')
    expect(emitted.dts).toContain('export declare const page: EmbeddedDocument')
    expect(emitted.dts).toContain(`export type PageClaimId = ${Object.keys(overview.claims).map((id) => JSON.stringify(id)).join(' | ')}`)
    expect(emitted.dts).toContain(`export type PageSectionId = ${JSON.stringify(overview.sections[0]?.id)} |`)
    expect(emitted.dts).toMatch(/export type PageDisclaimerId = "not-fda-approved" \|/)
    expect(emitted.dts).toMatch(/export type PageReferenceId = "fda-exosome-notification-2019" \|/)
    const folder = mkdtempSync(path.join(tmpdir(), 'exosome-emit-'))
    try {
      const file = path.join(folder, 'page.mjs')
      writeFileSync(file, emitted.js)
      const loaded = (await import(pathToFileURL(file).href)) as { page: ExosomeDocument }
      expect(loaded.page).toEqual(withoutPositions(overview))
      expect(Object.isFrozen(loaded.page)).toBe(true)
      // Renderers take the embedded document as they take the parsed one.
      expect(renderDocument(loaded.page, { format: 'html' })).toBe(renderDocument(overview, { format: 'html' }))
      expect(renderDocument(loaded.page, { format: 'text' })).toBe(renderDocument(overview, { format: 'text' }))
    } finally {
      rmSync(folder, { recursive: true, force: true })
    }
  })

  it('emits the data as a literal, and data holding a __proto__ key through JSON.parse, as its own key', async () => {
    const runtime = pathToFileURL(path.join(root, 'src/compile/inflate.ts')).href
    const overview = loadOverview()
    const plain = emitModule(overview, { runtime })
    expect(plain.js).toContain(`fromEmbedded([${embeddedFormat},`)
    expect(plain.js).not.toContain('JSON.parse')
    // A page whose own frontmatter data (document.data) holds a `__proto__` key.
    const document = { ...structuredClone(overview), data: JSON.parse('{"__proto__":{"polluted":true},"slug":"page"}') as Record<string, unknown> }
    const emitted = emitModule(document, { runtime })
    expect(emitted.js).toContain('JSON.parse(')
    const folder = mkdtempSync(path.join(tmpdir(), 'exosome-emit-proto-'))
    try {
      const file = path.join(folder, 'page.mjs')
      writeFileSync(file, emitted.js)
      const loaded = (await import(pathToFileURL(file).href)) as { document: ExosomeDocument & { data: Record<string, unknown> } }
      expect(Object.getPrototypeOf(loaded.document.data)).toBe(Object.prototype)
      expect(Object.hasOwn(loaded.document.data, '__proto__')).toBe(true)
      expect(loaded.document.data['slug']).toBe('page')
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
    } finally {
      rmSync(folder, { recursive: true, force: true })
    }
  })

  it('defaults to the package as runtime and the PascalCase id as type prefix; refuses bad names', () => {
    const emitted = emitModule(loadOverview())
    expect(emitted.js).toContain('import { fromEmbedded } from "exosome-content"')
    expect(emitted.js).toContain('export const document = ')
    expect(emitted.dts).toContain('export type ExosomeTherapyClaimId = ')
    expect(() => emitModule(loadOverview(), { exportName: 'not valid' })).toThrow(TypeError)
    expect(() => emitModule(loadOverview(), { typePrefix: '1x' })).toThrow(TypeError)
  })
})
