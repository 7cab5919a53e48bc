/** What a publish would check about the package's shape: publint and Are The Types Wrong. */
import { execFileSync } from 'node:child_process'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '../..')
const bin = (name: string) => path.join(root, 'node_modules', '.bin', name)

describe('package shape', () => {
  it('passes publint --strict', () => {
    const output = execFileSync(bin('publint'), ['--strict'], { cwd: root, encoding: 'utf8' })
    expect(output).toMatch(/All good/)
  }, 60_000)

  it('passes @arethetypeswrong/cli in every resolution mode (node10, node16 ESM and CJS, bundler)', () => {
    const output = execFileSync(bin('attw'), ['--pack', '.', '--format', 'json'], {
      cwd: root,
      encoding: 'utf8',
    })
    const report = JSON.parse(output) as { analysis: { problems: unknown[] } }
    expect(report.analysis.problems).toEqual([])
  }, 120_000)
})
