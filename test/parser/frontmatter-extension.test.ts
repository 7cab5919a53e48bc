/**
 * A site's own frontmatter keys (`frontmatter: { extend }`): validated by its zod schema,
 * positioned like the built-in keys, carried as `document.data`; keys in neither schema are
 * still `frontmatter-unknown-key`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import fc from 'fast-check'
import remarkParse from 'remark-parse'
import remarkStringify from 'remark-stringify'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { parseContent, remarkExosomeContent } from '../../src/parser/index.js'
import { toJsonSchema } from '../../src/schema/json-schema.js'
import { frontmatter } from './helpers.js'

const body = `
# Exosome basics

## Regulation

:::claim{#none-approved kind=regulatory evidence=regulatory-fact cite="fda-exosome-notification-2019 misev2018"}
The FDA has not approved any exosome product.
:::
`

/** A page with extra frontmatter lines right after the opening fence (lines 2...). */
const page = (extra: string): string => frontmatter.replace('---\n', `---\n${extra}`) + body

const extend = z.object({
  slug: z.string(),
  tags: z.array(z.string()).default([]),
  pubDate: z.coerce.date().optional(),
})

const now = '2026-11-29'
const printed = (source: string, options: Parameters<typeof parseContent>[1] = {}): string[] =>
  parseContent(source, { now, ...options }).diagnostics.map((d) => `${d.place.start.line}:${d.place.start.column} ${d.severity} ${d.ruleId} ${d.message}`)

describe('frontmatter.extend', () => {
  it('accepts the extension keys, applies its defaults and transforms, and puts its output on document.data', () => {
    const result = parseContent(page('slug: exosome-basics\npubDate: 2026-10-01\n'), { now, frontmatter: { extend } })
    expect(result.diagnostics).toEqual([])
    expect(result.document?.data).toEqual({ slug: 'exosome-basics', tags: [], pubDate: new Date('2026-10-01') })
    expect(result.document?.title).toBe('Exosome basics')
    expect(Object.isFrozen(result.document?.data)).toBe(true)
    expect(Object.isFrozen(result.document?.data.tags)).toBe(true)
    expect(parseContent(page('slug: a\ntags: [x, y]\n'), { now, frontmatter: { extend } }).document?.data.tags).toEqual(['x', 'y'])
  })

  it('rejects a wrong type at the line and column of the value, with no document', () => {
    const result = parseContent(page('slug: a\ntags: 3\n'), { now, frontmatter: { extend } })
    expect(result.document).toBeUndefined()
    expect(printed(page('slug: a\ntags: 3\n'), { frontmatter: { extend } })).toEqual(['3:7 error frontmatter-invalid Unexpected number `3` for `tags`, expected a list'])
    // Inside a list: the entry itself.
    expect(printed(page('slug: a\ntags:\n  - fine\n  - 42\n'), { frontmatter: { extend } })).toEqual([
      '5:5 error frontmatter-invalid Unexpected number `42` for `tags[1]`, expected a string (write it in quotes: `"42"`)',
    ])
  })

  it("keeps the schema's own message, after the value and the key path", () => {
    const own = z.object({
      level: z.number({ error: 'Give the reading level as a number from 1 to 5' }).optional(),
      audienceNote: z.string().max(10, { error: 'Expected at most 10 characters for a note' }).optional(),
      window: z
        .object({ from: z.string(), until: z.string() })
        .refine((value) => value.from < value.until, { message: 'The window must end after it starts', path: ['until'] })
        .optional(),
    })
    expect(printed(page('level: high\naudienceNote: far too long a note\nwindow:\n  from: b\n  until: a\n'), { frontmatter: { extend: own } })).toEqual([
      '2:8 error frontmatter-invalid Unexpected `high` for `level`: Give the reading level as a number from 1 to 5',
      '3:15 error frontmatter-invalid Unexpected `far too long a note` for `audienceNote`, expected at most 10 characters for a note',
      '6:10 error frontmatter-invalid Unexpected `a` for `window.until`: The window must end after it starts',
    ])
  })

  it('reports a missing required key of the extension at the opening fence, as for built-in keys', () => {
    expect(printed(page('tags: [a]\n'), { frontmatter: { extend } })).toEqual(['1:1 error frontmatter-missing-key Missing `slug`, expected a string'])
  })

  it('still reports keys in neither schema as frontmatter-unknown-key, listing the extension keys', () => {
    const lines = printed(page('slug: a\nauthor: someone\n'), { frontmatter: { extend } })
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/^3:1 error frontmatter-unknown-key Unexpected key `author`, expected one of `\$schema`, `id`, .*`glossary`, `slug`, `tags`, `pubDate`$/)
    // Without the extension, the site's keys are unknown.
    expect(printed(page('slug: a\n')).map((line) => line.split(' ').slice(0, 3).join(' '))).toEqual(['2:1 error frontmatter-unknown-key'])
  })

  it('reports an unknown key inside a strict object of the extension with the keys allowed there', () => {
    const own = z.object({ author: z.strictObject({ name: z.string(), url: z.string().optional() }) })
    expect(printed(page('author:\n  name: A. Writer\n  mail: a@example.org\n'), { frontmatter: { extend: own } })).toEqual([
      '4:3 error frontmatter-unknown-key Unexpected key `mail` in `author`, expected one of `name`, `url`',
    ])
  })

  it('gives a loose extension every key the built-in schema does not define', () => {
    const result = parseContent(page('slug: a\nanything: [1, 2]\n'), { now, frontmatter: { extend: z.looseObject({ slug: z.string() }) } })
    expect(result.diagnostics).toEqual([])
    expect(result.document?.data).toEqual({ slug: 'a', anything: [1, 2] })
  })

  it('reports a schema that cannot validate synchronously instead of throwing', () => {
    const asyncSchema = z.object({ slug: z.string().refine(async () => true) })
    const lines = printed(page('slug: a\n'), { frontmatter: { extend: asyncSchema } })
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/^1:1 error frontmatter-invalid Unexpected failure of the frontmatter extension \(.+\), expected a zod schema that validates synchronously$/)
    const throwing = z.object({
      slug: z.string().transform(() => {
        throw new Error('bug in the transform')
      }),
    })
    expect(printed(page('slug: a\n'), { frontmatter: { extend: throwing } })[0]).toContain('bug in the transform')
  })

  it('refuses an extension that redefines a built-in key, or is not a zod object, as a programmer error', () => {
    expect(() => parseContent(page(''), { frontmatter: { extend: z.object({ title: z.string(), slug: z.string() }) } })).toThrow(
      /Invalid `frontmatter.extend`: Unexpected built-in key `title`, expected keys of the site's own/,
    )
    expect(() => parseContent(page(''), { frontmatter: { extend: z.string() as never } })).toThrow(TypeError)
    expect(() => parseContent(page(''), { frontmatter: { extend: { slug: 'string' } as never } })).toThrow(/expected a zod object schema/)
    expect(() => parseContent(page(''), { frontmatter: 'slug' as never })).toThrow(/Expected `frontmatter` to be an object/)
  })

  it('reports the extension errors with the built-in ones, all sorted by position', () => {
    expect(printed(page('slug: 7\n').replace('lastReviewed: 2026-11-01', 'lastReviewed: 2026-02-30'), { frontmatter: { extend } }).map((line) => line.split(' ').slice(0, 3).join(' '))).toEqual([
      '2:7 error frontmatter-invalid',
      '9:15 error frontmatter-invalid',
    ])
  })

  it('puts the data on file.data.exosomeDocument through the remark plugin', async () => {
    const file = await unified().use(remarkParse).use(remarkExosomeContent, { now, frontmatter: { extend } }).use(remarkStringify).process(page('slug: plugin\n'))
    expect(file.messages).toEqual([])
    expect(file.data.exosomeDocument?.data).toEqual({ slug: 'plugin', tags: [] })
    const bad = await unified().use(remarkParse).use(remarkExosomeContent, { now, frontmatter: { extend } }).use(remarkStringify).process(page('slug: [x]\n'))
    expect(bad.messages.map((message) => [message.line, message.column, message.ruleId])).toEqual([[2, 7, 'frontmatter-invalid']])
  })
})

describe('frontmatter.extend against the parser without it', () => {
  const fixtures = path.resolve(import.meta.dirname, '../fixtures')
  const inputs = readdirSync(fixtures)
    .map((name) => path.join(fixtures, name, 'input.md'))
    .filter((file) => existsSync(file))

  it.each(inputs.map((file) => [path.basename(path.dirname(file)), file]))('an extension of keys the file does not use changes nothing in %s but the keys an unknown-key message lists', (_name, file) => {
    const source = readFileSync(file, 'utf8')
    const unrelated = z.object({ siteSection: z.string().optional() })
    const without = parseContent(source, { now })
    const withIt = parseContent(source, { now, frontmatter: { extend: unrelated } })
    const listed = withIt.diagnostics.map((d) => (d.ruleId === 'frontmatter-unknown-key' && !d.message.includes(' in `') ? { ...d, message: d.message.replace(', `siteSection`', '') } : d))
    expect(listed).toEqual(without.diagnostics)
    for (const d of withIt.diagnostics.filter((found) => found.ruleId === 'frontmatter-unknown-key' && !found.message.includes(' in `'))) expect(d.message).toMatch(/`glossary`, `siteSection`$/)
    if (without.document === undefined) expect(withIt.document).toBeUndefined()
    else expect(withIt.document).toEqual({ ...without.document, data: {} })
  })

  it('reports a wrong value of an extension key at its own line, wherever it is written', () => {
    const keys = frontmatter.split('\n').slice(1, 8)
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: keys.length }),
        fc.oneof(fc.integer(), fc.boolean(), fc.constant('{ a: 1 }'), fc.constant('text')),
        fc.nat({ max: 3 }),
        (at, bad, blank) => {
          // `tags` goes at a random place among the scalar keys, after some blank lines.
          const lines = [...keys]
          lines.splice(at, 0, ...Array.from({ length: blank }, () => ''), `tags: ${String(bad)}`)
          const source = frontmatter.replace(keys.join('\n'), lines.join('\n')) + body
          const line = 2 + at + blank
          const result = parseContent(source, { now, frontmatter: { extend: z.object({ tags: z.array(z.string()).optional() }) } })
          expect(result.document).toBeUndefined()
          expect(result.diagnostics.map((d) => [d.ruleId, d.place.start.line, d.place.start.column])).toEqual([['frontmatter-invalid', line, 7]])
        },
      ),
      { seed: 20_261_212, numRuns: 60 },
    )
  })
})

describe('frontmatter.extend built with another copy of zod', () => {
  // The CommonJS build of zod, required, is a separate module instance from the ES module the
  // package imports: as in a site whose config loads zod another way than the package does.
  const other = createRequire(import.meta.url)('zod') as typeof z
  const site = other.object({ slug: other.string(), tags: other.array(other.string()).default([]) })

  it('is a separate instance', () => {
    expect(other).not.toBe(z)
    expect(other.ZodObject).not.toBe(z.ZodObject)
  })

  it('accepts its keys, applies its defaults and reports a wrong type at its line and column', () => {
    const good = parseContent(page('slug: faq\n'), { now, frontmatter: { extend: site } })
    expect(good.diagnostics.filter((d) => d.severity === 'error')).toEqual([])
    expect(good.document?.data).toEqual({ slug: 'faq', tags: [] })
    expect(printed(page('slug: faq\ntags: 3\n'), { frontmatter: { extend: site } })).toEqual(['3:7 error frontmatter-invalid Unexpected number `3` for `tags`, expected a list'])
    expect(printed(page('slug: faq\nauthor: x\n'), { frontmatter: { extend: site } })).toEqual([expect.stringMatching(/^3:1 error frontmatter-unknown-key Unexpected key `author`/)])
  })

  it('keeps its own messages and gives editors its keys', () => {
    const worded = other.object({ slug: other.string().regex(/^[a-z-]+$/, { error: 'Expected lowercase letters and hyphens' }) })
    expect(printed(page('slug: Not A Slug\n'), { frontmatter: { extend: worded } })).toEqual(['2:7 error frontmatter-invalid Unexpected `Not A Slug` for `slug`, expected lowercase letters and hyphens'])
    const schema = toJsonSchema({ extend: site }) as { properties: Record<string, unknown>; required: string[] }
    expect(schema.properties['tags']).toMatchObject({ type: 'array', items: { type: 'string' } })
    expect(schema.required).toContain('slug')
  })

  it('is refused as a programmer error when it redefines a built-in key', () => {
    expect(() => parseContent(page(''), { frontmatter: { extend: other.object({ title: other.string() }) } })).toThrow(/built-in key `title`/)
  })
})
