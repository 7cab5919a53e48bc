import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { rules } from '../../src/rules/index.js'
import { suppressionChecks } from '../../src/rules/suppressions.js'

const docs = readFileSync(join(import.meta.dirname, '../../docs/rules.md'), 'utf8')
const headings = new Set([...docs.matchAll(/^#{2,3} ([a-z0-9-]+)$/gm)].map((match) => match[1]))

test('docs/rules.md has a section for every rule, suppression check and internal-error', () => {
  for (const id of [...Object.keys(rules), ...suppressionChecks, 'internal-error']) {
    expect(headings.has(id), `## ${id}`).toBe(true)
  }
})

test('the docs table lists every rule with its default level and description', () => {
  for (const rule of Object.values(rules)) {
    const row = new RegExp(`^\\| \\[\`${rule.id}\`\\]\\(#${rule.id}\\) \\| ${rule.defaultLevel} \\|`, 'm')
    expect(docs, rule.id).toMatch(row)
  }
})

test('src/rules stays browser-safe: no Node built-ins imported', () => {
  const walk = (directory: string): string[] =>
    readdirSync(directory, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? walk(join(directory, entry.name)) : [join(directory, entry.name)],
    )
  const files = walk(join(import.meta.dirname, '../../src/rules')).filter((file) => file.endsWith('.ts'))
  expect(files.length).toBeGreaterThan(10)
  for (const file of files) {
    expect(readFileSync(file, 'utf8'), file).not.toMatch(/from '(node:|fs'|path'|crypto'|os')/)
  }
})

test('the parser checks listed as always on exist, with the documented severity and a section in docs/diagnostics.md', async () => {
  const { parserChecks } = await import('../../src/parser/checks.js')
  const diagnosticsDocs = readFileSync(join(import.meta.dirname, '../../docs/diagnostics.md'), 'utf8')
  const table = docs.slice(docs.indexOf('## Built-in checks'), docs.indexOf('## Policy'))
  const rows = [...table.matchAll(/^\| (.+?) \| (error|warning) \|/gm)]
  expect(rows.length).toBeGreaterThan(5)
  for (const [, cell, severity] of rows) {
    for (const [, id] of (cell ?? '').matchAll(/\[`([a-z0-9-]+)`\]/g)) {
      expect((parserChecks as Record<string, string>)[id ?? ''], id).toBe(severity)
      expect(diagnosticsDocs, id).toMatch(new RegExp(`^## ${id}$`, 'm'))
    }
  }
  expect(table).toContain('`citation-resolves`')
})
