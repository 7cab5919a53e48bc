import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { exosomeOverview, getClaim, getDisclaimer, getGlossaryTerm, getReference, getSection } from '../../src/index.js'
import { parseContent } from '../../src/parser/index.js'
import { embeddedDocumentSchema } from '../../src/schema/document.js'

const root = path.resolve(import.meta.dirname, '../..')

describe('exosomeOverview', () => {
  it('is the validated document the parser makes of content/exosome-therapy.md, without source positions', () => {
    const source = readFileSync(path.join(root, 'content', 'exosome-therapy.md'), 'utf8')
    const { document } = parseContent(source, { path: 'content/exosome-therapy.md' })
    expect(embeddedDocumentSchema.safeParse(exosomeOverview).success).toBe(true)
    const withoutPositions = JSON.parse(JSON.stringify(document, (key, value: unknown) => (key === 'position' ? undefined : value))) as unknown
    expect(JSON.parse(JSON.stringify(exosomeOverview))).toEqual(withoutPositions)
    expect(JSON.stringify(exosomeOverview)).not.toContain('"position"')
    // What apps use is all there: text, markdown and the mdast the renderers take.
    for (const claim of Object.values(exosomeOverview.claims)) {
      expect(claim.text).toBe(document?.claims[claim.id]?.text)
      expect(claim.content.markdown).toBe(document?.claims[claim.id]?.content.markdown)
      expect(claim.content.mdast.length).toBeGreaterThan(0)
    }
  })

  it('is deep-frozen: writes throw in strict mode and leave the shared value unchanged', () => {
    const claim = Object.values(exosomeOverview.claims)[0]
    if (!claim) throw new Error('the overview has no claims')
    const before = JSON.stringify(exosomeOverview)
    expect(() => {
      ;(exosomeOverview as { title: string }).title = 'Changed'
    }).toThrow(TypeError)
    expect(() => {
      claim.cites.push('made-up-reference')
    }).toThrow(TypeError)
    expect(() => {
      ;(claim.content.mdast[0] as { type: string }).type = 'html'
    }).toThrow(TypeError)
    expect(() => {
      delete (exosomeOverview.claims as Record<string, unknown>)[claim.id]
    }).toThrow(TypeError)
    expect(JSON.stringify(exosomeOverview)).toBe(before)
  })

  it('gives another importer in the same process the same untouched object', async () => {
    const again = await import('../../src/index.js')
    expect(again.exosomeOverview).toBe(exosomeOverview)
    expect(Object.isFrozen(again.exosomeOverview.sections)).toBe(true)
  })

  it('is frozen in the built ESM and CJS entries too', () => {
    const check = `const d = m.exosomeOverview; let threw = false; try { d.claims[Object.keys(d.claims)[0]].text = 'x' } catch (e) { threw = e instanceof TypeError } console.log(threw && Object.isFrozen(d.references[0]))`
    const esm = execFileSync('node', ['--input-type=module', '-e', `import * as m from './dist/index.js'; ${check}`], {
      cwd: root,
      encoding: 'utf8',
    })
    const cjs = execFileSync('node', ['-e', `'use strict'; const m = require('./dist/index.cjs'); ${check}`], { cwd: root, encoding: 'utf8' })
    expect(esm.trim()).toBe('true')
    expect(cjs.trim()).toBe('true')
  })
})

describe('the built root entry', () => {
  const forbidden = /micromark|mdast-util-from-markdown|unified|remark|[\\/]yaml[\\/]|[\\/]zod[\\/]/

  it('loads no parser, unified, micromark, yaml or zod when imported as ESM', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'exosome-content-loads-'))
    try {
      writeFileSync(
        path.join(dir, 'hooks.mjs'),
        "export async function resolve(specifier, context, next) { const result = await next(specifier, context); process.stderr.write('LOADED ' + result.url + '\\n'); return result }\n",
      )
      writeFileSync(path.join(dir, 'register.mjs'), "import { register } from 'node:module'\nregister('./hooks.mjs', import.meta.url)\n")
      const result = spawnSync(
        'node',
        ['--import', path.join(dir, 'register.mjs'), '--input-type=module', '-e', "import { exosomeOverview } from './dist/index.js'; console.log(exosomeOverview.id)"],
        { cwd: root, encoding: 'utf8' },
      )
      expect(result.stdout.trim()).toBe('exosome-therapy')
      const loaded = result.stderr.split('\n').filter((line) => line.startsWith('LOADED ')).map((line) => line.slice(7))
      expect(loaded.some((url) => url.endsWith('/dist/index.js'))).toBe(true)
      expect(loaded.filter((url) => forbidden.test(url))).toEqual([])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('is, when required as CJS, the very ES module checked above', () => {
    // dist/index.cjs is `module.exports = require('./index.js')`: the same module graph as the
    // ESM import (whose loads the test above lists), and the same frozen objects.
    const script =
      "const cjs = require('./dist/index.cjs'); import('./dist/index.js').then((esm) => console.log(JSON.stringify({ same: esm.exosomeOverview === cjs.exosomeOverview, loaded: Object.keys(require.cache) })))"
    const { same, loaded } = JSON.parse(execFileSync('node', ['-e', script], { cwd: root, encoding: 'utf8' })) as { same: boolean; loaded: string[] }
    expect(same).toBe(true)
    expect(loaded.map((file) => path.relative(root, file)).sort()).toEqual([path.join('dist', 'index.cjs'), path.join('dist', 'index.js')])
  })
})

describe('lookups', () => {
  it('find every claim, section, disclaimer and reference of the overview by id', () => {
    for (const [id, claim] of Object.entries(exosomeOverview.claims)) expect(getClaim(id)).toBe(claim)
    for (const disclaimer of exosomeOverview.disclaimers) expect(getDisclaimer(disclaimer.id)).toBe(disclaimer)
    for (const reference of exosomeOverview.references) expect(getReference(reference.id)).toBe(reference)
    const walk = (sections: typeof exosomeOverview.sections): void => {
      for (const section of sections) {
        expect(getSection(section.id)).toBe(section)
        walk(section.sections)
      }
    }
    walk(exosomeOverview.sections)
  })

  it('return undefined for unknown ids, including inherited property names', () => {
    expect(getClaim('no-such-claim')).toBeUndefined()
    expect(getClaim('constructor')).toBeUndefined()
    expect(getClaim('__proto__')).toBeUndefined()
    expect(getSection('no-such-section')).toBeUndefined()
    expect(getDisclaimer('no-such-disclaimer')).toBeUndefined()
    expect(getReference('no-such-reference')).toBeUndefined()
    expect(getGlossaryTerm('no-such-term')).toBeUndefined()
  })

  it('find glossary entries by id, term or alias, ignoring case', () => {
    for (const entry of exosomeOverview.glossary) {
      expect(getGlossaryTerm(entry.id)).toBe(entry)
      expect(getGlossaryTerm(entry.term.toUpperCase())).toBe(entry)
      for (const alias of entry.aliases ?? []) expect(getGlossaryTerm(alias.toLowerCase())).toBe(entry)
    }
  })

  it('search a document passed in instead of the built-in one', () => {
    const source = readFileSync(path.join(root, 'content', 'exosome-therapy.md'), 'utf8')
    const { document } = parseContent(source)
    if (!document) throw new Error('the overview did not parse')
    const [id, claim] = Object.entries(document.claims)[0] ?? []
    if (!id) throw new Error('the overview has no claims')
    expect(getClaim(id, document)).toBe(claim)
    expect(getClaim(id, document)).not.toBe(getClaim(id))
  })
})
