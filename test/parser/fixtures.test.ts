import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseContent } from '../../src/parser/index.js'
import type { ParseOptions } from '../../src/parser/index.js'
import { formatDiagnostics, projectDocument } from './projection.js'

const root = new URL('../fixtures/', import.meta.url).pathname
const update = process.env.UPDATE === '1'
const cases = readdirSync(root, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort()

function read(path: string): string | undefined {
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined
}

// Each case may carry `options.json`; by default the consistency rules are off so a fixture
// shows the parser's own diagnostics only (rule fixtures opt in with `{ "rules": true }`).
function optionsOf(folder: string): ParseOptions {
  const written = read(join(folder, 'options.json'))
  return { rules: false, ...(written === undefined ? {} : (JSON.parse(written) as ParseOptions)) }
}

describe('parser fixtures', () => {
  it('has valid and invalid cases', () => {
    expect(cases.filter((name) => existsSync(join(root, name, 'output.json'))).length).toBeGreaterThanOrEqual(5)
    expect(cases.filter((name) => existsSync(join(root, name, 'diagnostics.txt'))).length).toBeGreaterThanOrEqual(30)
  })

  for (const name of cases) {
    it(name, () => {
      const folder = join(root, name)
      const source = readFileSync(join(folder, 'input.md'), 'utf8')
      const result = parseContent(source, optionsOf(folder))
      const diagnosticsPath = join(folder, 'diagnostics.txt')
      const outputPath = join(folder, 'output.json')
      const printed = formatDiagnostics(result.diagnostics)
      const projected = result.document === undefined ? undefined : `${JSON.stringify(projectDocument(result.document), null, 2)}\n`

      if (update) {
        if (printed === '') rmSync(diagnosticsPath, { force: true })
        else writeFileSync(diagnosticsPath, printed)
        if (projected === undefined) rmSync(outputPath, { force: true })
        else writeFileSync(outputPath, projected)
        return
      }
      expect(printed).toBe(read(diagnosticsPath) ?? '')
      expect(projected).toBe(read(outputPath))
      // The document exists exactly when no diagnostic is an error.
      expect(result.document === undefined).toBe(result.diagnostics.some((diagnostic) => diagnostic.severity === 'error'))
    })
  }
})
