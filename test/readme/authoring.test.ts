/**
 * docs/authoring.md, followed verbatim: its example pages are written to a temp project
 * where the packed tarball is installed, and every `runnable` command runs there.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { exosomeOverview } from '../../src/index.js'
import { recommendedPolicy } from '../../src/parser/index.js'
import { claimKinds, evidenceGrades } from '../../src/schema/index.js'
import { createConsumerProject, packedTarball, repoRoot, type ConsumerProject } from '../helpers/pack.js'
import { extractBlocks } from './blocks.js'
import { testBlocks } from './run-blocks.js'

const guidePath = path.join(repoRoot, 'docs', 'authoring.md')
const guide = readFileSync(guidePath, 'utf8')
const blocks = extractBlocks(guide)
let project: ConsumerProject | undefined

beforeAll(() => {
  project = createConsumerProject(packedTarball())
}, 600_000)

afterAll(() => project?.remove())

describe('docs/authoring.md runnable blocks', () => {
  it('has example pages and commands to run', () => {
    expect(blocks.filter((block) => block.action === 'file').length).toBeGreaterThanOrEqual(3)
    expect(blocks.filter((block) => block.action === 'run').length).toBeGreaterThanOrEqual(4)
  })

  testBlocks(blocks, 'authoring.md', () => project)
})

describe('docs/authoring.md content', () => {
  it('shows the CI workflow exactly as examples/ci ships it', () => {
    const shipped = readFileSync(path.join(repoRoot, 'examples', 'ci', 'exosome-content.yml'), 'utf8')
    const shown = /```yaml\n(name: Content check[\s\S]*?)```/.exec(guide)?.[1]
    expect(shown).toBeDefined()
    expect(shipped.endsWith(shown ?? '')).toBe(true)
  })

  /**
   * Rows of the markdown table whose header starts with the given cell.
   *
   * @param first Text of the header's first cell.
   * @returns The rows' cells.
   */
  function tableRows(first: string): string[][] {
    const start = guide.indexOf(`| ${first}`)
    expect(start, `table starting with ${first}`).toBeGreaterThanOrEqual(0)
    const lines = guide.slice(start).split('\n')
    const end = lines.findIndex((line) => !line.startsWith('|'))
    return lines.slice(2, end).map((line) => line.split(' | ').map((cell) => cell.replace(/^\| |\s*\|$/g, '').trim()))
  }

  it('lists every claim kind with the disclaimers the recommended policy requires for it', () => {
    const rows = tableRows('`kind` | For')
    const table = Object.fromEntries(rows.map(([kind = '', , needs = '']) => [kind.replaceAll('`', ''), needs === 'none' ? [] : [...needs.matchAll(/`([a-z-]+)`/g)].map(([, id]) => id)]))
    expect(table).toEqual(Object.fromEntries(claimKinds.map((kind) => [kind, recommendedPolicy.requires[kind]])))
  })

  it('explains every evidence grade', () => {
    expect(tableRows('Grade | Evidence').map(([grade = '']) => grade.replaceAll('`', ''))).toEqual([...evidenceGrades])
  })

  it('grades the built-in claims it names as the overview does', () => {
    const paragraph = /In the built-in overview:[\s\S]*?\n\n/.exec(guide)?.[0] ?? ''
    const named = [...paragraph.matchAll(/`([a-z-]+)`\s*\(([^)]*)\)/g)].flatMap(([, grade, list]) =>
      [...(list ?? '').matchAll(/`([a-z0-9-]+)`/g)].map(([, id]) => ({ id, grade })),
    )
    expect(named.length).toBeGreaterThanOrEqual(8)
    for (const { id, grade } of named) expect(exosomeOverview.claims[id ?? '']?.evidence, id).toBe(grade)
    expect(paragraph).toContain('None of its claims is graded `clinical`')
    expect(Object.values(exosomeOverview.claims).filter((claim) => claim.evidence === 'clinical')).toEqual([])
  })
})
