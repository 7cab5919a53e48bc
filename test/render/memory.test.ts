/**
 * Memory a long-lived renderer keeps: what the renderers keep for a frozen document is held
 * by that document's own objects (weakly), so a server that renders many distinct documents
 * and drops them keeps nothing per document. Measured in a fresh process with `--expose-gc`:
 * the heap used after a full collection must not grow with the number of documents rendered.
 */
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '../..')

describe('render memory', () => {
  it('stays bounded over hundreds of distinct documents with distinct, large disclaimer texts', () => {
    const documents = 120
    const run = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', path.join(root, 'test/render/memory/retain.ts'), String(documents), '300'], {
      cwd: root,
      encoding: 'utf8',
      timeout: 240_000,
    })
    expect(run.status, run.stderr).toBe(0)
    const heap = JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '{}') as Record<string, number>
    const [early, middle, last] = Object.keys(heap)
      .map(Number)
      .sort((a, b) => a - b)
      .map((index) => heap[index] ?? 0)
    const mb = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(1)} MB`
    // Each document's disclaimer text (300 list items) comes to about 350 KB of mdast, hast
    // and HTML: a cache keyed by text (as renderers once had) grows the heap by about 50 MB
    // between the first and the last checkpoint.
    const growth = (last ?? 0) - (early ?? 0)
    expect(growth, `heap after GC: ${mb(early ?? 0)} at document ${documents / 6}, ${mb(middle ?? 0)} at ${documents / 2}, ${mb(last ?? 0)} at ${documents}`).toBeLessThan(8 * 2 ** 20)
    expect((last ?? 0) - (middle ?? 0)).toBeLessThan(6 * 2 ** 20)
  }, 300_000)
})
