import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { displayPath, expandPaths } from '../../src/node/files.js'
import { tempDir } from './helpers.js'

function tree(): string {
  const dir = tempDir()
  for (const file of ['a.md', 'docs/b.md', 'docs/deep/c.md', 'docs/notes.txt', 'node_modules/pkg/d.md']) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
    writeFileSync(path.join(dir, file), '# x\n')
  }
  return dir
}

describe('expandPaths', () => {
  it('expands directories to their markdown files, skipping node_modules', async () => {
    const dir = tree()
    const files = await expandPaths(['.'], dir)
    expect(files.map((file) => displayPath(file, dir))).toEqual(['a.md', 'docs/b.md', 'docs/deep/c.md'])
  })

  it('expands globs and keeps plain files, without duplicates', async () => {
    const dir = tree()
    const files = await expandPaths(['docs/**/*.md', 'docs/b.md', 'docs/notes.txt'], dir)
    expect(files.map((file) => displayPath(file, dir))).toEqual(['docs/b.md', 'docs/deep/c.md', 'docs/notes.txt'])
  })

  it('fails on a path or pattern that matches nothing', async () => {
    const dir = tree()
    await expect(expandPaths(['missing.md'], dir)).rejects.toThrow('Cannot read missing.md: no such file or directory')
    await expect(expandPaths(['**/*.mdx'], dir)).rejects.toThrow('No files matching **/*.mdx')
  })

  it('shows files outside the working directory by absolute path', () => {
    expect(displayPath('/elsewhere/x.md', '/work/project')).toBe('/elsewhere/x.md')
    expect(displayPath('/work/project/sub/x.md', '/work/project')).toBe('sub/x.md')
  })
})
