/**
 * SARIF output against the SARIF 2.1.0 JSON Schema as Microsoft's SARIF SDK ships it
 * (`@microsoft/sarif-multitool-ts`, `assets/sarif-2.1.0.schema.json`: the OASIS 2.1.0 schema
 * in draft 2020-12 form), validated with ajv.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import type { Log } from 'sarif'
import { describe, expect, it } from 'vitest'
import { main } from '../../src/cli/main.js'
import { formatSarif } from '../../src/node/format/sarif.js'
import { diagnostic, root, sink, tempDir } from './helpers.js'

// The package's exports map hides its files: read the schema from where npm installs it.
const schemaPath = path.join(root, 'node_modules', '@microsoft', 'sarif-multitool-ts', 'assets', 'sarif-2.1.0.schema.json')
const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as Record<string, unknown>
const ajv = new Ajv2020({ strict: false, allErrors: true })
;(addFormats as unknown as (instance: Ajv2020) => void)(ajv)
const validate = ajv.compile(schema)

function expectValid(log: unknown): void {
  const ok = validate(log)
  expect(ok ? [] : validate.errors).toEqual([])
}

const fixtures = path.join(import.meta.dirname, 'fixtures')

async function sarifOf(args: string[], cwd: string): Promise<Log> {
  const stdout = sink()
  await main(['check', ...args, '-f', 'sarif'], { stdout, stderr: sink(), cwd, env: { EXOSOME_CONTENT_NOW: '2026-11-29' } })
  return JSON.parse(stdout.text()) as Log
}

describe('SARIF against the SARIF 2.1.0 schema', { timeout: 60_000 }, () => {
  it('the schema is the SARIF 2.1.0 one and rejects what it should', () => {
    expect(schema['title']).toBe('Static Analysis Results Format (SARIF) Version 2.1.0 JSON Schema')
    expect(validate({ version: '2.1.0', runs: [] })).toBe(true)
    expect(validate({ version: '2.2.0', runs: [] })).toBe(false)
    expect(validate({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, columnKind: 'bytes' }] })).toBe(false)
  })

  it('a real check report validates, with columnKind utf16CodeUnits', async () => {
    const log = await sarifOf(['invalid.md', 'warning.md', 'valid.md', 'reworded.md'], fixtures)
    expectValid(log)
    expect(log.runs[0]?.columnKind).toBe('utf16CodeUnits')
    expect(log.runs[0]?.results?.length).toBeGreaterThan(5)
  })

  it('a report with related places in other files validates', () => {
    const place = { start: { line: 9, column: 3 }, end: { line: 9, column: 8 } }
    const log = JSON.parse(
      formatSarif([{ file: 'faq.es.md', diagnostics: [{ ...diagnostic('locale-parity', 'error', 'Unexpected grade', [4, 1], [4, 9]), related: { message: 'the original claim', place, file: 'faq.en.md' } }] }], { version: '1.0.0' }),
    ) as Log
    expectValid(log)
    expect(log.runs[0]?.results?.[0]?.relatedLocations?.[0]?.physicalLocation?.artifactLocation?.uri).toBe('faq.en.md')
  })

  it('an empty report, files outside the folder and every severity validate', () => {
    expectValid(JSON.parse(formatSarif([], { version: '1.0.0' })))
    const log = JSON.parse(
      formatSarif(
        [
          { file: '/srv/site/a b#c.md', diagnostics: [diagnostic('x-y', 'info', 'An info', [1, 1], [1, 2])] },
          { file: 'docs/é 100%.md', diagnostics: [diagnostic('a-b', 'warning', 'A warning', [2, 3], [4, 5]), diagnostic('c-d', 'error', 'An error', [7, 1], [7, 9])] },
        ],
        { version: '1.0.0' },
      ),
    ) as Log
    expectValid(log)
    expect(log.runs[0]?.results?.map((result) => result.locations?.[0]?.physicalLocation?.artifactLocation?.uri)).toEqual([
      'file:///srv/site/a%20b%23c.md',
      'docs/%C3%A9%20100%25.md',
      'docs/%C3%A9%20100%25.md',
    ])
  })

  it('columns count UTF-16 code units: an emoji before a word counts 2', async () => {
    const dir = tempDir()
    const page = readFileSync(path.join(fixtures, 'valid.md'), 'utf8').replace('The FDA has not approved any exosome product.', '🧴 Exosome facials are a proven cure.')
    writeFileSync(path.join(dir, 'emoji.md'), page)
    const log = await sarifOf(['emoji.md'], dir)
    expectValid(log)
    const line = page.split('\n').findIndex((text) => text.includes('proven')) + 1
    const text = page.split('\n')[line - 1] as string
    const region = log.runs[0]?.results?.find((result) => result.message.text?.includes('`proven`'))?.locations?.[0]?.physicalLocation?.region
    // '🧴' is one code point but two UTF-16 code units: the column is the JavaScript index + 1.
    expect(region).toMatchObject({ startLine: line, startColumn: text.indexOf('proven') + 1, endColumn: text.indexOf('proven') + 1 + 'proven'.length })
    expect([...text.slice(0, text.indexOf('proven'))].length + 1).toBe(text.indexOf('proven'))
  })
})
