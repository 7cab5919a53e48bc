import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { root } from './client.js'

const names = ['createLanguageServer', 'defaultServerOptions', 'startLanguageServer']

describe('exosome-content/lsp entry', () => {
  it('exports exactly the documented names', async () => {
    const entry = await import('../../src/lsp/index.js')
    expect(Object.keys(entry).sort()).toEqual(names)
  })

  it.each(['lsp.js', 'lsp.cjs'])('exports the same names from dist/%s', async (file) => {
    const built = path.join(root, 'dist', file)
    if (!existsSync(built)) throw new Error(`dist/${file} is missing: run npm run build first`)
    const entry = (file.endsWith('.cjs') ? createRequire(import.meta.url)(built) : await import(pathToFileURL(built).href)) as object
    expect(Object.keys(entry).sort()).toEqual(names)
  })

  it('is an entry of the package, next to its worker', async () => {
    const manifest = (await import('../../package.json', { with: { type: 'json' } })).default as { exports: Record<string, unknown> }
    expect(manifest.exports['./lsp']).toEqual({
      import: { types: './dist/lsp.d.ts', default: './dist/lsp.js' },
      require: { types: './dist/lsp.d.cts', default: './dist/lsp.cjs' },
    })
  })
})
