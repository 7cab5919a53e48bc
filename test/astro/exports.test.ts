import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '../..')
const names = ['ContentBuildError', 'exosomeLoader', 'remarkExosomeAstro']

describe('exosome-content/astro entry', () => {
  it('exports exactly the documented names', async () => {
    const entry = await import('../../src/astro/index.js')
    expect(Object.keys(entry).sort()).toEqual(names)
  })

  it.each(['astro.js', 'astro.cjs'])('exports the same names from dist/%s', async (file) => {
    const built = path.join(root, 'dist', file)
    if (!existsSync(built)) throw new Error(`dist/${file} is missing: run npm run build first`)
    const entry = (file.endsWith('.cjs') ? createRequire(import.meta.url)(built) : await import(pathToFileURL(built).href)) as object
    expect(Object.keys(entry).sort()).toEqual(names)
  })

  it('is an entry of the package, with types for import and require', async () => {
    const manifest = (await import('../../package.json', { with: { type: 'json' } })).default as { exports: Record<string, unknown>; typesVersions: Record<string, Record<string, string[]>> }
    expect(manifest.exports['./astro']).toEqual({
      import: { types: './dist/astro.d.ts', default: './dist/astro.js' },
      require: { types: './dist/astro.d.cts', default: './dist/astro.cjs' },
    })
    expect(manifest.typesVersions['*']?.['astro']).toEqual(['./dist/astro.d.cts'])
  })
})
