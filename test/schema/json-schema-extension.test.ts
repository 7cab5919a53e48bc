/**
 * `toJsonSchema({ extend })`: the frontmatter's JSON Schema with a site's own keys, the
 * built-in keys exactly as without them, and a validator that agrees with the parser on the
 * site's keys.
 */
import { Ajv2020 } from 'ajv/dist/2020.js'
import formats from 'ajv-formats'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { editorKeywords, toJsonSchema } from '../../src/schema/json-schema.js'
import { baseFrontmatter } from './support.js'

type Json = Record<string, unknown>

const ajv = new Ajv2020({ strict: true, strictTypes: false, strictRequired: false })
formats.default(ajv)
ajv.addVocabulary([...editorKeywords])

const extend = z.object({
  slug: z.string().trim().min(3).meta({ description: 'Address of the page under /pages/.' }),
  tags: z.array(z.string()).default([]),
  pubDate: z.coerce.date().optional(),
})
const base = toJsonSchema()
const extended = toJsonSchema({ extend })
const properties = (schema: Json) => schema['properties'] as Record<string, Json>

describe('toJsonSchema with a frontmatter extension', () => {
  it('adds the extension keys, with their descriptions and defaults, beside the unchanged built-in keys', () => {
    expect(Object.keys(properties(extended))).toEqual([...Object.keys(properties(base)), 'slug', 'tags', 'pubDate'])
    for (const key of Object.keys(properties(base))) expect(properties(extended)[key]).toEqual(properties(base)[key])
    expect(properties(extended)['slug']).toEqual({ type: 'string', minLength: 3, description: 'Address of the page under /pages/.' })
    expect(properties(extended)['tags']).toEqual({ type: 'array', items: { type: 'string' }, default: [] })
    expect(extended['required']).toEqual([...(base['required'] as string[]), 'slug'])
    expect(extended['additionalProperties']).toBe(false)
    expect(extended['description']).toBe(base['description'])
  })

  it('is the site schema: no $id of the package', () => {
    expect(base['$id']).toBe('https://unpkg.com/exosome-content/schema/frontmatter.schema.json')
    expect(extended['$id']).toBeUndefined()
    expect(ajv.validateSchema(extended)).toBe(true)
  })

  it('validates what the parser accepts and rejects on the site keys', () => {
    const validate = ajv.compile(extended)
    expect(validate({ ...baseFrontmatter(), slug: 'faq', tags: ['clinic'] })).toBe(true)
    expect(validate({ ...baseFrontmatter(), slug: 'faq', tags: 3 })).toBe(false)
    expect(validate({ ...baseFrontmatter(), tags: [] })).toBe(false)
    expect(validate({ ...baseFrontmatter(), slug: 'faq', author: 'someone' })).toBe(false)
    const loose = ajv.compile(toJsonSchema({ extend: z.looseObject({ slug: z.string() }) }))
    expect(loose({ ...baseFrontmatter(), slug: 'faq', author: 'someone' })).toBe(true)
  })

  it('refuses an extension that redefines a built-in key', () => {
    expect(() => toJsonSchema({ extend: z.object({ summary: z.string() }) })).toThrow(/Invalid `extend`: Unexpected built-in key `summary`/)
  })
})
