import { Ajv2020 } from 'ajv/dist/2020.js'
import formats from 'ajv-formats'
import { describe, expect, it } from 'vitest'
import type { z } from 'zod'
import { disclaimerSchema } from '../../src/schema/disclaimer.js'
import { frontmatterSchema } from '../../src/schema/frontmatter.js'
import { glossaryTermSchema } from '../../src/schema/glossary.js'
import { editorKeywords, toJsonSchema } from '../../src/schema/json-schema.js'
import { referenceSchema } from '../../src/schema/reference.js'

type Json = Record<string, unknown>

const schema = toJsonSchema()
const properties = (node: unknown): Record<string, Json> => (node as { properties: Record<string, Json> }).properties
const items = (node: unknown): Json => (node as { items: Json }).items

const ajv = new Ajv2020({ strict: true, strictTypes: false, strictRequired: false })
// ajv-formats is CommonJS: its function is `module.exports` and its `default`.
formats.default(ajv)
ajv.addVocabulary([...editorKeywords])

// Every mapping of the frontmatter: its zod object and its JSON Schema.
const mappings: Array<[string, z.ZodObject, Json]> = [
  ['frontmatter', frontmatterSchema, schema],
  ['references[]', referenceSchema, items(properties(schema)['references'])],
  ['disclaimers[]', disclaimerSchema, items(properties(schema)['disclaimers'])],
  ['glossary[]', glossaryTermSchema, items(properties(schema)['glossary'])],
]
const keys = mappings.flatMap(([where, zod, json]) =>
  Object.keys(zod.shape).map((key) => ({ where, key, zod: zod.shape[key] as z.ZodType, json: properties(json)[key] as Json })),
)

describe('toJsonSchema', () => {
  it('is a draft 2020-12 schema with its public $id', () => {
    expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema')
    expect(schema['$id']).toBe('https://unpkg.com/exosome-content/schema/frontmatter.schema.json')
    expect(ajv.validateSchema(schema)).toBe(true)
  })

  it('covers every key of every mapping the parser reads', () => {
    expect(keys.length).toBe(11 + 13 + 5 + 5)
    for (const { where, key, json } of keys) expect(json, `${where}.${key}`).toBeDefined()
  })

  it.each(keys)('documents $where.$key with a description, a markdownDescription and examples', ({ json }) => {
    expect(typeof json['description']).toBe('string')
    expect((json['description'] as string).length).toBeGreaterThan(10)
    expect(typeof json['markdownDescription']).toBe('string')
    expect(Array.isArray(json['examples']) && (json['examples'] as unknown[]).length > 0).toBe(true)
  })

  it.each(keys)('gives examples of $where.$key that both the parser\'s schema and the JSON Schema accept', ({ zod, json }) => {
    const validate = ajv.compile({ ...json, $schema: String(schema['$schema']) })
    for (const example of json['examples'] as unknown[]) {
      expect(zod.safeParse(example).success, JSON.stringify(example)).toBe(true)
      expect(validate(example), JSON.stringify({ example, errors: validate.errors })).toBe(true)
    }
  })

  it('writes the doi/url requirement and the key rules of a reference as JSON Schema, from the same rules as the parser', () => {
    const reference = items(properties(schema)['references'])
    expect(reference['allOf']).toEqual([
      { anyOf: [{ required: ['doi'] }, { required: ['url'] }] },
      { not: { required: ['journal', 'publisher'] } },
    ])
    expect(reference['dependentRequired']).toEqual({ accessed: ['url'] })
  })

  it('gives each pattern the parser\'s message for editors', () => {
    expect(properties(schema)['id']?.['patternErrorMessage']).toBe('Expected a kebab-case id (lowercase letters, digits and single hyphens)')
    expect(properties(items(properties(schema)['references']))['url']?.['patternErrorMessage']).toBe('Expected an absolute http(s) URL')
    expect(properties(schema)['summary']?.['maxLength']).toBeUndefined()
    for (const { where, key, json } of keys) {
      if (typeof json['pattern'] === 'string') expect(typeof json['patternErrorMessage'], `${where}.${key}`).toBe('string')
    }
  })
})

describe('exosome-content/schema entry', () => {
  it('exports exactly the documented names', async () => {
    const entry = await import('../../src/schema/index.js')
    expect(Object.keys(entry).sort()).toEqual([
      'audiences',
      'blockSchema',
      'claimBlockSchema',
      'claimKinds',
      'claimSchema',
      'contentSchema',
      'diagnosticSchema',
      'disclaimerBlockSchema',
      'disclaimerKinds',
      'disclaimerPlacements',
      'disclaimerSchema',
      'documentDisclaimerSchema',
      'documentSchema',
      'doiSchema',
      'editorKeywords',
      'embeddedBlockSchema',
      'embeddedClaimBlockSchema',
      'embeddedClaimSchema',
      'embeddedDisclaimerBlockSchema',
      'embeddedDocumentSchema',
      'embeddedEvidenceSummaryBlockSchema',
      'embeddedNarrativeBlockSchema',
      'embeddedSectionSchema',
      'evidenceGrades',
      'evidenceSummaryBlockSchema',
      'frontmatterSchema',
      'glossaryTermSchema',
      'idSchema',
      'isoDateSchema',
      'localeSchema',
      'mdastBlocksSchema',
      'narrativeBlockSchema',
      'pointSchema',
      'positionSchema',
      'referenceKinds',
      'referenceSchema',
      'sectionSchema',
      'severities',
      'toJsonSchema',
      'urlSchema',
      'versionSchema',
    ])
  })
})
