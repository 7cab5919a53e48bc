import { readFileSync, readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { exosomeOverview, getClaim } from '../../src/index.js'
import { parseContent } from '../../src/parser/index.js'
import type { EmbeddedDocument } from '../../src/schema/document.js'

// Test modules are ES modules, so strict mode: writing to a frozen object throws a TypeError.

/**
 * Every object reachable from a value that is not frozen, by path.
 *
 * @param value The root.
 * @returns Paths of unfrozen objects (empty when all are frozen).
 */
function unfrozen(value: unknown): string[] {
  const found: string[] = []
  const seen = new Set<object>()
  const walk = (node: unknown, path: string): void => {
    if (typeof node !== 'object' || node === null || seen.has(node)) return
    seen.add(node)
    if (!Object.isFrozen(node)) found.push(path)
    for (const key of Reflect.ownKeys(node)) walk((node as Record<PropertyKey, unknown>)[key], `${path}.${String(key)}`)
  }
  walk(value, '$')
  return found
}

function attemptMutations(document: EmbeddedDocument): void {
  const claim = Object.values(document.claims)[0]
  const section = document.sections[0]
  expect(() => {
    ;(document as { title: string }).title = 'Changed'
  }).toThrow(TypeError)
  expect(() => document.sections.push(document.sections[0] as never)).toThrow(TypeError)
  expect(() => {
    ;(document.claims as Record<string, unknown>)['injected'] = {}
  }).toThrow(TypeError)
  expect(() => {
    delete (document as Partial<EmbeddedDocument>).hash
  }).toThrow(TypeError)
  expect(() => Object.defineProperty(document, 'extra', { value: 1 })).toThrow(TypeError)
  if (claim !== undefined) {
    expect(() => {
      ;(claim as { text: string }).text = 'Changed'
    }).toThrow(TypeError)
    expect(() => claim.cites.splice(0, 1)).toThrow(TypeError)
    const node = claim.content.mdast[0] as unknown as { type: string }
    expect(() => {
      node.type = 'html'
    }).toThrow(TypeError)
  }
  if (section !== undefined) {
    expect(() => {
      ;(section as { title: string }).title = 'Changed'
    }).toThrow(TypeError)
    // An embedded document has no positions; a parsed one's are frozen too.
    if (section.position !== undefined) {
      const start = section.position.start
      expect(() => {
        ;(start as { line: number }).line = 99
      }).toThrow(TypeError)
    }
  }
}

describe('immutability', () => {
  it('ships the built-in overview deep-frozen; a mutation throws and every importer still sees the original', async () => {
    expect(unfrozen(exosomeOverview)).toEqual([])
    const claimId = Object.keys(exosomeOverview.claims)[0] ?? ''
    const before = JSON.stringify(exosomeOverview)
    attemptMutations(exosomeOverview)
    expect(JSON.stringify(exosomeOverview)).toBe(before)
    // Another importer of the same module, and the lookups, see the unchanged content.
    const again = (await import('../../src/index.js')).exosomeOverview
    expect(JSON.stringify(again)).toBe(before)
    expect(getClaim(claimId)?.text).toBe(exosomeOverview.claims[claimId]?.text)
    expect(Object.getPrototypeOf({})).toBe(Object.prototype)
  })

  const files = [
    'content/exosome-therapy.md',
    ...readdirSync('test/fixtures', { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && readdirSync(`test/fixtures/${entry.name}`).includes('output.json'))
      .map((entry) => `test/fixtures/${entry.name}/input.md`),
  ]
  for (const file of files) {
    it(`deep-freezes the document parsed from ${file}`, () => {
      const { document } = parseContent(readFileSync(file, 'utf8'))
      expect(document).toBeDefined()
      if (document === undefined) return
      expect(unfrozen(document)).toEqual([])
      const before = JSON.stringify(document)
      attemptMutations(document)
      expect(JSON.stringify(document)).toBe(before)
    })
  }

  it('gives each parse its own document: freezing one never touches another parse', () => {
    const source = readFileSync('content/exosome-therapy.md', 'utf8')
    const first = parseContent(source).document
    const second = parseContent(source).document
    expect(first).toEqual(second)
    expect(first).not.toBe(second)
    expect(first?.sections[0]).not.toBe(second?.sections[0])
  })
})
