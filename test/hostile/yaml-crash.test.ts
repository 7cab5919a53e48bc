import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'

// A second deeply nested flow collection in one process aborts Node 20 inside yaml with an
// uncatchable "RegExpCompiler Allocation failed" (yaml's parseDocument('['.repeat(1000)), twice). Run the parses in a child process so an
// abort fails this test instead of killing the test runner.
describe('deeply nested YAML, back to back in one process', () => {
  it('answers both documents with limit-yaml-depth and the process exits normally', () => {
    const directory = mkdtempSync(path.join(tmpdir(), 'exosome-yaml-'))
    try {
      const parser = pathToFileURL(path.resolve('src/parser/index.ts')).href
      const script = path.join(directory, 'deep.ts')
      writeFileSync(
        script,
        `import { parseContent } from ${JSON.stringify(parser)}
const documents = [
  '---\\n' + '['.repeat(1000) + '\\n---\\n',
  '---\\n' + '['.repeat(1000) + '\\n---\\n',
  '---\\nid: a\\nlist: ' + '['.repeat(1000) + '\\n---\\n',
  '---\\nid: b\\nmap: ' + '{a: '.repeat(1000) + '\\n---\\n',
  '---\\nid: c\\nlist: ' + '['.repeat(1000) + '\\n---\\n',
]
const ids = documents.map((source) => parseContent(source).diagnostics.map((found) => found.ruleId).join(','))
console.log(JSON.stringify(ids))
`,
      )
      const child = spawnSync(process.execPath, ['--import', 'tsx', script], { cwd: process.cwd(), encoding: 'utf8', timeout: 60_000 })
      expect(child.signal, child.stderr).toBeNull()
      expect(child.status, child.stderr).toBe(0)
      expect(JSON.parse(child.stdout.trim().split('\n').at(-1) ?? '[]')).toEqual(Array.from({ length: 5 }, () => 'limit-yaml-depth'))
    } finally {
      rmSync(directory, { recursive: true, force: true })
    }
  })
})
