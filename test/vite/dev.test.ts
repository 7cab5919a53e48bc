/**
 * The Vite plugin in the dev server: a `?exosome` import is compiled into a data module, a
 * page with an error rejects with its position (what the error overlay shows), and the
 * module follows the file as it is edited (the markdown is a watched dependency).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createServer, type Logger, type ViteDevServer } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { getClaim, type EmbeddedDocument } from '../../src/index.js'
import { parseContent } from '../../src/parser/index.js'
import exosomeContent, { codeFrame, type ExosomeContentPluginOptions, type PageError } from '../../src/vite/index.js'

const examplePages = path.resolve(import.meta.dirname, '../../examples/vite/content')
const good = readFileSync(path.join(examplePages, 'exosomes.md'), 'utf8')
const goodSentence = 'Exosomes are very small bubbles of membrane that cells release into the space around them.'
const badSentence = 'Exosome therapy cures arthritis.'
const bad = good.replace(goodSentence, badSentence)

let root = ''
const servers: ViteDevServer[] = []

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'exosome-vite-dev-'))
  cpSync(examplePages, path.join(root, 'content'), { recursive: true })
})

afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()))
  rmSync(root, { recursive: true, force: true })
})

/** Warnings Vite's logger printed, for every server. */
const logged: string[] = []
const logger: Logger = {
  hasWarned: false,
  info: () => undefined,
  warn: (message) => logged.push(message),
  warnOnce: (message) => logged.push(message),
  error: () => undefined,
  clearScreen: () => undefined,
  hasErrorLogged: () => false,
}

async function server(options: ExosomeContentPluginOptions = {}): Promise<ViteDevServer> {
  const created = await createServer({
    root,
    configFile: false,
    customLogger: logger,
    optimizeDeps: { noDiscovery: true, include: [] },
    server: { hmr: false, ws: false },
    // The module imports the loader from the package's root entry: here, its source.
    resolve: { alias: { 'exosome-content': path.resolve(import.meta.dirname, '../../src/index.ts') } },
    plugins: [exosomeContent({ now: '2026-12-01', config: false, ...options })],
  })
  servers.push(created)
  return created
}

/** 1-based line and column of a phrase. */
function positionOf(text: string, phrase: string): { line: number; column: number } {
  const before = text.slice(0, text.indexOf(phrase)).split('\n')
  return { line: before.length, column: (before.at(-1) ?? '').length + 1 }
}

/** Retry until `check` passes (the watcher sees an edit asynchronously), for up to 15 s. */
async function eventually<T>(check: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + 15_000
  for (;;) {
    try {
      return await check()
    } catch (error) {
      if (Date.now() > deadline) throw error
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }
}

async function failure(promise: Promise<unknown>): Promise<PageError> {
  try {
    await promise
  } catch (error) {
    return error as PageError
  }
  throw new Error('expected the transform to fail')
}

describe('exosome-content/vite in the dev server', () => {
  it('compiles a page into a module of data that exports the document', async () => {
    const dev = await server()
    const result = await dev.transformRequest('/content/exosomes.md?exosome')
    expect(result).not.toBeNull()
    const code = result?.code ?? ''
    expect(code).toContain('fromEmbedded')
    expect(code).toContain(goodSentence)
    expect(code).toMatch(/export default page/)
    // Data only: the module imports the loader of the root entry (aliased to its source) and nothing else.
    expect([...code.matchAll(/\bimport\b[^'"]*["']([^"']+)["']/g)].map((match) => match[1])).toEqual([expect.stringMatching(/\/src\/index\.ts$/)])
    expect(code).not.toMatch(/remark|micromark|unified|yaml|zod/)
  })

  it('gives, as the default export, the deep-frozen document parseContent builds, without positions', async () => {
    const dev = await server()
    const module = (await dev.ssrLoadModule('/content/exosomes.md?exosome')) as { default: EmbeddedDocument; page: EmbeddedDocument }
    const page = module.default
    expect(module.page).toBe(page)
    expect(Object.isFrozen(page)).toBe(true)
    expect(Object.isFrozen(page.sections[0]?.blocks)).toBe(true)
    expect(getClaim('exosomes-are-vesicles', page)?.text).toBe(goodSentence)
    const { document } = parseContent(good, { path: 'content/exosomes.md', now: '2026-12-01' })
    const withoutPositions = JSON.parse(JSON.stringify(document, (key, value: unknown) => (key === 'position' ? undefined : value))) as unknown
    expect(JSON.parse(JSON.stringify(page))).toEqual(withoutPositions)
  })

  it('rejects a page with an error with its file, line and column, and recovers when the file is fixed', async () => {
    const file = path.join(root, 'content', 'edited.md')
    writeFileSync(file, good)
    const dev = await server()
    const url = '/content/edited.md?exosome'
    expect((await dev.transformRequest(url))?.code).toContain(goodSentence)

    writeFileSync(file, bad)
    const error = await eventually(() => failure(dev.transformRequest(url)))
    const { line, column } = positionOf(bad, 'cures')
    expect(error.message).toContain(`content/edited.md:${line}:${column} overclaim-wording `)
    expect(error.plugin).toBe('exosome-content')
    expect(error.id).toBe(file)
    expect(error.loc).toEqual({ file, line, column })
    expect(error.frame).toContain(`> ${line} | `)
    expect(error.frame).toContain(badSentence)
    expect(error.diagnostics.map((diagnostic) => diagnostic.ruleId)).toContain('overclaim-wording')

    writeFileSync(file, good.replace(goodSentence, 'Exosomes are tiny sacs of membrane that cells let go of.'))
    const fixed = await eventually(async () => {
      const result = await dev.transformRequest(url)
      if (!(result?.code ?? '').includes('tiny sacs')) throw new Error('not reloaded yet')
      return result
    })
    expect(fixed?.code).not.toContain(badSentence)
  })

  it('prints warnings without failing, and fails on them with failOn: warning', async () => {
    writeFileSync(path.join(root, 'content', 'warned.md'), bad)
    const policy = { rules: { 'overclaim-wording': 'warn' as const } }
    const dev = await server({ policy })
    const result = await dev.transformRequest('/content/warned.md?exosome')
    expect(result?.code).toContain(badSentence)
    const { line, column } = positionOf(bad, 'cures')
    expect(logged.join('\n')).toContain(`content/warned.md:${line}:${column} overclaim-wording `)
    const strict = await server({ policy, failOn: 'warning' })
    const error = await failure(strict.transformRequest('/content/warned.md?exosome'))
    expect(error.message).toContain(`content/warned.md:${line}:${column} overclaim-wording `)
  })

  it('leaves markdown imported without the query to Vite, and refuses the query on other files', async () => {
    writeFileSync(path.join(root, 'data.txt'), 'plain text')
    const dev = await server()
    const raw = await dev.transformRequest('/content/exosomes.md?raw')
    expect(raw?.code).toContain('export default')
    expect(raw?.code).not.toContain('fromEmbedded')
    const error = await failure(dev.transformRequest('/data.txt?exosome'))
    expect(error.message).toMatch(/Unexpected import of data\.txt with \?exosome/)
  })

  it('takes its options from a config file next to the Vite root', async () => {
    writeFileSync(path.join(root, 'content', 'configured.md'), bad)
    writeFileSync(path.join(root, 'exosome-content.config.json'), JSON.stringify({ rules: { 'overclaim-wording': 'off' } }))
    try {
      const dev = await server({ config: undefined })
      expect((await dev.transformRequest('/content/configured.md?exosome'))?.code).toContain(badSentence)
    } finally {
      rmSync(path.join(root, 'exosome-content.config.json'))
    }
  })
})

describe('plugin options', () => {
  it('rejects a bad query, failOn or policy when the plugin is created', () => {
    expect(() => exosomeContent({ query: 'a b' })).toThrow(/Unexpected query/)
    expect(() => exosomeContent({ failOn: 'info' as 'error' })).toThrow(/Unexpected failOn/)
    expect(() => exosomeContent({ policy: { rules: { 'no-such-rule': 'error' } } })).toThrow(/no-such-rule/)
  })

  it('frames the problem line with a caret under its column', () => {
    expect(codeFrame('one\ntwo words\nthree', 2, 5)).toBe(['  1 | one', '> 2 | two words', '    |     ^', '  3 | three'].join('\n'))
  })
})
