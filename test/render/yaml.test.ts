/**
 * The markdown renderer's frontmatter writer: whatever strings, numbers, lists and mappings it
 * is given, the `yaml` package (the parser's) reads back the same data.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { toYaml, yamlString, type YamlValue } from '../../src/render/yaml.js'

const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: fc.constantFrom(...' \t\n\r:#-?[]{}&*!|>\'"%@`,\\~=0123456789aeyYnNtTfF.\u0085\u2028\u2029\ufeff\u0000\u007f\ud800'), maxLength: 12 }),
  fc.constantFrom('true', 'False', 'NULL', '~', 'yes', 'No', 'on', 'y', '1.0.0', '2026-11-01', '0x1F', '.inf', '-.5', '1e3', '', ' lead', 'trail ', '- item', 'key: value', '# comment', 'a #b', "it's", '"quoted"'),
)
const key = fc.oneof(fc.constantFrom('id', 'title', 'text', 'year', 'aliases'), text.filter((value) => value !== '__proto__'))
const value: fc.Arbitrary<YamlValue> = fc.letrec<{ node: YamlValue }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small' },
    text,
    fc.integer(),
    fc.boolean(),
    fc.array(tie('node'), { maxLength: 4 }),
    fc.dictionary(key, tie('node'), { maxKeys: 4 }),
  ),
})).node

describe('frontmatter writer', () => {
  it('writes plain scalars only where YAML reads them back as the same string', () => {
    expect(yamlString('Not approved by the FDA')).toBe('Not approved by the FDA')
    for (const special of ['true', 'yes', '1.0.0', 'a: b', '#x', 'x #y', "'q", 'trail ', '', '- x', '10.1234/x']) expect(yamlString(special).startsWith('"')).toBe(true)
  })

  it('round-trips any data through the yaml package (property)', () => {
    fc.assert(
      fc.property(fc.dictionary(key, value, { maxKeys: 6 }), (data) => {
        expect(parse(toYaml(data), { uniqueKeys: true })).toEqual(Object.keys(data).length === 0 ? null : data)
      }),
      { seed: 20_261_205, numRuns: 1500 },
    )
  })
})
