// One runner for every rule's fixtures (remark-lint's assertCheck idea):
// test/rules/fixtures/<rule-id>/{ok,not-ok}-*.md, each with `<name>.diagnostics.txt` holding the
// printed diagnostics of the whole parse. `UPDATE=1` rewrites the expected files (review them).
// A folder's `policy.json` is merged over the base policy; a folder's `_other.md` is checked
// together with each fixture by `checkConsistency` (cross-document rules).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { formatDiagnostic } from '../../src/diagnostics.js'
import { parseContent } from '../../src/parser/index.js'
import { checkConsistency, resolvePolicy, rules, type PolicyInput } from '../../src/rules/index.js'
import { suppressionChecks } from '../../src/rules/suppressions.js'
import type { Diagnostic } from '../../src/schema/diagnostic.js'

const root = join(import.meta.dirname, 'fixtures')
// Fixed so fixtures do not go stale as the calendar moves.
const basePolicy = { rules: { 'review-stale': ['warn', { now: '2026-11-28' }] } } satisfies PolicyInput

const folders = readdirSync(root, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort()

test('every rule and suppression check has a fixture folder with ok and not-ok cases', () => {
  expect(folders).toEqual([...Object.keys(rules), ...suppressionChecks].sort())
  for (const folder of folders) {
    const names = readdirSync(join(root, folder))
    expect(names.some((name) => /^ok-.*\.md$/.test(name)), `${folder} has an ok fixture`).toBe(true)
    expect(names.some((name) => /^not-ok-.*\.md$/.test(name)), `${folder} has a not-ok fixture`).toBe(true)
  }
})

for (const folder of folders) {
  describe(folder, () => {
    const directory = join(root, folder)
    const policyFile = join(directory, 'policy.json')
    const extra = existsSync(policyFile) ? (JSON.parse(readFileSync(policyFile, 'utf8')) as PolicyInput) : {}
    const policy: PolicyInput = { ...basePolicy, ...extra, rules: { ...basePolicy.rules, ...extra.rules } }
    const otherFile = join(directory, '_other.md')
    const other = existsSync(otherFile) ? parseContent(readFileSync(otherFile, 'utf8'), { path: '_other.md', policy }) : undefined

    for (const name of readdirSync(directory).filter((file) => /^(ok|not-ok)-.*\.md$/.test(file)).sort()) {
      test(name, () => {
        const source = readFileSync(join(directory, name), 'utf8')
        const result = parseContent(source, { path: name, policy })
        const diagnostics: Diagnostic[] = [...result.diagnostics]
        if (other !== undefined) {
          expect(other.document, '_other.md parses cleanly').toBeDefined()
          const document = result.document
          if (other.document !== undefined && document !== undefined) {
            diagnostics.push(...checkConsistency([{ file: '_other.md', document: other.document }, { file: name, document }], resolvePolicy(policy)))
          }
        }
        const actual = diagnostics.map((diagnostic) => `${formatDiagnostic(diagnostic)}\n`).join('')
        const expectedFile = join(directory, name.replace(/\.md$/, '.diagnostics.txt'))
        if (process.env.UPDATE === '1') writeFileSync(expectedFile, actual)

        if (name.startsWith('ok-')) {
          expect(actual).toBe('')
        } else {
          expect(diagnostics.map((diagnostic) => diagnostic.ruleId)).toContain(folder)
        }
        expect(actual).toBe(readFileSync(expectedFile, 'utf8'))
      })
    }
  })
}
