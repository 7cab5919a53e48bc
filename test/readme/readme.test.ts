/**
 * The README, followed verbatim by a new user: every block marked `runnable` runs in a temp
 * project where the packed tarball is installed, files come from `file=` blocks, and the
 * rules table matches the rule registry.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { rules } from '../../src/parser/index.js'
import { createConsumerProject, packedTarball, repoRoot, type ConsumerProject } from '../helpers/pack.js'
import { extractBlocks } from './blocks.js'
import { testBlocks } from './run-blocks.js'

const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8')
const blocks = extractBlocks(readme)
let project: ConsumerProject | undefined

beforeAll(() => {
  // The React and Vue embedding examples need their frameworks, as they would in an app.
  project = createConsumerProject(packedTarball(), ['react', 'react-dom', 'vue'])
}, 600_000)

afterAll(() => project?.remove())

describe('README runnable blocks', () => {
  it('marks the examples of every section as runnable', () => {
    const run = blocks.filter((block) => block.action === 'run')
    expect(run.length).toBeGreaterThanOrEqual(8)
    expect(new Set(run.map((block) => block.lang))).toEqual(new Set(['js', 'jsx', 'sh', 'ts']))
  })

  testBlocks(blocks, 'README.md', () => project)
})

describe('README content', () => {
  it('keeps the two Quickstart commands', () => {
    const quickstart = readme.slice(readme.indexOf('## Quickstart'), readme.indexOf('## Install'))
    expect(quickstart).toContain('npm ci && npm start')
    expect(quickstart).toContain('npm ci && npm test')
  })

  it('lists exactly the registered rules, with their default levels', () => {
    const section = readme.slice(readme.indexOf('## Rules'), readme.indexOf('## Policy and config'))
    const rows = [...section.matchAll(/^\| \[`([a-z0-9-]+)`\]\(docs\/rules\.md#([a-z0-9-]+)\) \| (\w+) \|/gm)]
    const table = Object.fromEntries(rows.map(([, id, anchor, level]) => [id, { anchor, level }]))
    const registry = Object.fromEntries(Object.values(rules).map((rule) => [rule.id, { anchor: rule.id, level: rule.defaultLevel }]))
    expect(table).toEqual(registry)
  })

  it('points the yaml-language-server modeline at the schema file the package installs', () => {
    if (!project) throw new Error('the consumer project was not created')
    const modelines = [...readme.matchAll(/# yaml-language-server: \$schema=(\S+)/g)].map(([, target]) => target ?? '')
    expect(modelines.length).toBeGreaterThanOrEqual(2)
    for (const target of modelines) {
      const schema = JSON.parse(readFileSync(path.join(project.dir, target), 'utf8')) as { properties?: Record<string, unknown> }
      expect(Object.keys(schema.properties ?? {})).toEqual(expect.arrayContaining(['id', 'title', 'references', 'disclaimers']))
    }
  })
})
