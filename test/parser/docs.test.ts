import { readdirSync, readFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { parserChecks } from '../../src/parser/checks.js'
import { limitRuleIds } from '../../src/parser/limits.js'

const repository = fileURLToPath(new URL('../../', import.meta.url))
const docs = readFileSync(join(repository, 'docs/diagnostics.md'), 'utf8')
const headings = [...docs.matchAll(/^## (\S+)$/gm)].map((match) => match[1])

describe('docs/diagnostics.md', () => {
  it('has a section for every parser check', () => {
    for (const id of Object.keys(parserChecks)) expect(headings, id).toContain(id)
  })

  it('has a section and a table row for every input limit', () => {
    for (const id of Object.values(limitRuleIds)) {
      expect(headings, id).toContain(id)
      expect(docs, id).toContain(`| [\`${id}\`](#${id}) | error |`)
    }
  })

  it('lists each check in the table with its severity', () => {
    for (const [id, severity] of Object.entries(parserChecks)) {
      expect(docs, id).toContain(`| [\`${id}\`](#${id}) | ${severity} |`)
    }
  })

  it('documents every rule id the fixtures produce', () => {
    const fixtures = join(repository, 'test/fixtures')
    const seen = new Set<string>()
    for (const name of readdirSync(fixtures)) {
      const path = join(fixtures, name, 'diagnostics.txt')
      if (!existsSync(path)) continue
      for (const match of readFileSync(path, 'utf8').matchAll(/^\d+:\d+-\d+:\d+: (?:error|warning|info) (\S+)/gm)) seen.add(match[1] ?? '')
    }
    // Fixtures that turn the consistency rules on also show rule ids, documented in rules.md.
    const ruleHeadings = [...readFileSync(join(repository, 'docs/rules.md'), 'utf8').matchAll(/^## (\S+)$/gm)].map((match) => match[1])
    for (const id of seen) expect([...headings, ...ruleHeadings], id).toContain(id)
    // Every parser check has at least one fixture showing it.
    // `parse-failed` needs input past the default limits; robustness.test.ts covers it.
    for (const id of Object.keys(parserChecks)) if (id !== 'parse-failed') expect(seen, id).toContain(id)
  })
})
