/**
 * The CLI as a new user meets it: the packed tarball installed into a fresh project, run
 * with `npx exosome-content`.
 */
import { spawnSync } from 'node:child_process'
import { copyFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createConsumerProject, packedTarball, type ConsumerProject } from '../helpers/pack.js'
import { testNow } from './helpers.js'

const fixtures = path.join(import.meta.dirname, 'fixtures')
let project: ConsumerProject | undefined

beforeAll(() => {
  project = createConsumerProject(packedTarball())
  for (const file of ['invalid.md', 'valid.md']) copyFileSync(path.join(fixtures, file), path.join(project.dir, file))
}, 300_000)

afterAll(() => project?.remove())

function npx(args: string[]) {
  const result = spawnSync('npx', ['--no-install', 'exosome-content', ...args], {
    cwd: project?.dir,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', EXOSOME_CONTENT_NOW: testNow },
    timeout: 120_000,
  })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

describe('npx exosome-content in a fresh project', { timeout: 120_000 }, () => {
  it('reports problems in a page with file, line and column, and exit code 1', () => {
    const result = npx(['check', 'invalid.md'])
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(/^invalid\.md\n {2}14:11 +error +Unexpected `2020-02-30`/)
    expect(npx(['check', 'invalid.md', '-f', 'github']).stdout).toContain('::error file=invalid.md,line=14,col=11,')
  })

  it('checks the built-in overview shipped in the package, and a clean page, with exit code 0', () => {
    expect(npx(['check'])).toMatchObject({ code: 0, stdout: '✔ 1 file checked, no problems\n' })
    expect(npx(['check', 'valid.md', '--cache'])).toMatchObject({ code: 0 })
  })

  it('renders the built-in overview and diffs two pages', () => {
    const render = npx(['render', '--format', 'html'])
    expect(render.code).toBe(0)
    expect(render.stdout).toContain('data-claim-id=')
    const diff = npx(['diff', 'valid.md', 'valid.md'])
    expect(diff).toMatchObject({ code: 0 })
    expect(diff.stdout).toContain('No changes that need review.')
  })
})
