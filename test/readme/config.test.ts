/**
 * docs/config.md, followed verbatim: the complete example's config and pages are written to a
 * temp project where the packed tarball is installed, and its commands and code run there.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createConsumerProject, packedTarball, repoRoot, type ConsumerProject } from '../helpers/pack.js'
import { extractBlocks } from './blocks.js'
import { testBlocks } from './run-blocks.js'

const blocks = extractBlocks(readFileSync(path.join(repoRoot, 'docs', 'config.md'), 'utf8'))
let project: ConsumerProject | undefined

beforeAll(() => {
  project = createConsumerProject(packedTarball())
}, 600_000)

afterAll(() => project?.remove())

describe('docs/config.md runnable blocks', { timeout: 120_000 }, () => {
  it('has the complete example: a TypeScript config, pages, and commands to run', () => {
    expect(blocks.filter((block) => block.action === 'file').map((block) => block.file)).toEqual(['exosome-content.config.ts', 'content/faq.md', 'content/news.md'])
    expect(blocks.filter((block) => block.action === 'run').length).toBeGreaterThanOrEqual(3)
  })

  testBlocks(blocks, 'config.md', () => project)
})
