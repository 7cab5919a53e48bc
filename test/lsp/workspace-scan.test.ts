/**
 * The language server's scan of the workspace for pages: it never blocks on a special file
 * and never leaves the folder through a symbolic link.
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import { Workspace } from '../../src/lsp/workspace.js'

const made: string[] = []
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true })
})

const temp = (): string => {
  const dir = mkdtempSync(path.join(tmpdir(), 'exosome-lsp-scan-'))
  made.push(dir)
  return dir
}

const page = '---\ntitle: T\n---\n\n# T\n'

describe('Workspace.pages', () => {
  it('skips a FIFO named like a page instead of waiting for a writer', async () => {
    const folder = temp()
    writeFileSync(path.join(folder, 'good.md'), page)
    const made = spawnSync('mkfifo', [path.join(folder, 'pipe.md')])
    expect(made.status).toBe(0)
    const workspace = new Workspace(() => {})
    workspace.setFolders([pathToFileURL(folder).href])
    // Without a writer, opening the FIFO for reading would never return.
    const pages = await Promise.race([workspace.pages(100), new Promise<'blocked'>((resolve) => setTimeout(() => resolve('blocked'), 10_000))])
    expect(pages).toEqual([path.join(folder, 'good.md')])
  }, 20_000)

  it('does not follow symbolic links: no loop, nothing from outside the folder', async () => {
    const folder = temp()
    const outside = temp()
    writeFileSync(path.join(outside, 'elsewhere.md'), page)
    mkdirSync(path.join(folder, 'docs'))
    writeFileSync(path.join(folder, 'docs', 'good.md'), page)
    symlinkSync(folder, path.join(folder, 'docs', 'loop'))
    symlinkSync(outside, path.join(folder, 'outside'))
    const workspace = new Workspace(() => {})
    workspace.setFolders([pathToFileURL(folder).href])
    expect(await workspace.pages(100)).toEqual([path.join(folder, 'docs', 'good.md')])
  })

  it('keeps only files that open with a frontmatter fence, at most the limit', async () => {
    const folder = temp()
    for (let index = 0; index < 5; index++) writeFileSync(path.join(folder, `p${index}.md`), page)
    writeFileSync(path.join(folder, 'README.md'), '# Readme\n')
    const workspace = new Workspace(() => {})
    workspace.setFolders([pathToFileURL(folder).href])
    expect(await workspace.pages(100)).toHaveLength(5)
    expect(await workspace.pages(3)).toHaveLength(3)
  })
})
