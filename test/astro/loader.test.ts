/**
 * `exosomeLoader` against the loader context Astro 5 hands it (store, logger, watcher), with
 * the example site's pages: entries, errors, config policy and watch-mode reloads.
 */
import { EventEmitter } from 'node:events'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ContentBuildError, exosomeLoader, type ExosomeLoaderContext, type ExosomeLoaderEntry } from '../../src/astro/index.js'
import { fromEmbedded, toEmbedded } from '../../src/compile/index.js'
import { parseContent } from '../../src/parser/index.js'
import { renderDocument } from '../../src/render/index.js'

const example = path.resolve(import.meta.dirname, '../../examples/astro/content')
let root = ''
// The day the date rules measure from: no test reads the real clock.
const now = '2026-12-01'

interface Fake {
  context: ExosomeLoaderContext
  entries: Map<string, ExosomeLoaderEntry>
  logs: { level: string; message: string }[]
  watcher: EventEmitter & { added: string[] }
}

function fakeContext(watch = false): Fake {
  const entries = new Map<string, ExosomeLoaderEntry>()
  const logs: Fake['logs'] = []
  const watcher = Object.assign(new EventEmitter(), { added: [] as string[] })
  const context: ExosomeLoaderContext = {
    collection: 'pages',
    store: {
      set: (entry) => {
        entries.set(entry.id, entry)
        return true
      },
      get: (id) => entries.get(id),
      delete: (id) => void entries.delete(id),
      keys: () => [...entries.keys()],
    },
    logger: {
      info: (message) => logs.push({ level: 'info', message }),
      warn: (message) => logs.push({ level: 'warn', message }),
      error: (message) => logs.push({ level: 'error', message }),
    },
    config: { root: pathToFileURL(`${root}/`) },
    parseData: async ({ data }) => data,
    generateDigest: (data) => JSON.stringify(data).length.toString(36) + String(JSON.stringify(data).split('').reduce((hash, char) => (hash * 31 + char.charCodeAt(0)) | 0, 7)),
    ...(watch
      ? {
          watcher: {
            add: (paths: string | readonly string[]) => watcher.added.push(...(typeof paths === 'string' ? [paths] : paths)),
            on: (event: 'add' | 'change' | 'unlink', listener: (file: string) => void) => watcher.on(event, listener),
          },
        }
      : {}),
  }
  return { context, entries, logs, watcher }
}

/** Wait until a condition holds (a watch event is handled asynchronously). */
async function until(condition: () => boolean): Promise<void> {
  for (let tries = 0; tries < 200 && !condition(); tries++) await new Promise((resolve) => setTimeout(resolve, 10))
  expect(condition()).toBe(true)
}

function lineColumn(text: string, phrase: string): string {
  const index = text.indexOf(phrase)
  if (index < 0) throw new Error(`phrase not found: ${phrase}`)
  const before = text.slice(0, index).split('\n')
  return `${before.length}:${(before.at(-1)?.length ?? 0) + 1}`
}

const overclaim = (text: string): string =>
  text.replace('In studies in animals, vesicles from mesenchymal stem cells may help to limit the loss of cartilage in damaged joints.', 'Exosome therapy is a proven cure for arthritis.')

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'exosome-astro-loader-'))
  mkdirSync(path.join(root, 'content'))
  cpSync(example, path.join(root, 'content'), { recursive: true })
})

afterEach(() => {
  rmSync(root, { recursive: true, force: true })
})

describe('exosomeLoader', () => {
  it('stores each page under its document id with the document and its rendered HTML', async () => {
    const fake = fakeContext()
    await exosomeLoader({ now, pattern: 'content/**/*.md', config: false }).load(fake.context)
    expect([...fake.entries.keys()].sort()).toEqual(['joint-research', 'product-safety'])
    const source = readFileSync(path.join(root, 'content', 'joint-research.md'), 'utf8')
    const document = parseContent(source, { path: 'content/joint-research.md' }).document
    const entry = fake.entries.get('joint-research')
    // The compiled form the Vite plugin and `build` emit: the document without source positions.
    expect(entry?.data).toEqual(fromEmbedded(toEmbedded(document!)))
    expect(entry?.filePath).toBe('content/joint-research.md')
    expect(entry?.rendered?.html).toBe(renderDocument(document!, { format: 'html' }))
    expect(entry?.rendered?.metadata?.headings).toEqual([
      { depth: 2, slug: 'exo-section-cartilage-studies', text: 'Cartilage studies' },
      { depth: 2, slug: 'exo-section-approval', text: 'Approval' },
    ])
    expect(fake.logs.filter((log) => log.level !== 'info')).toEqual([])
  })

  it('fails with every error of every file as file:line:column rule-id message', async () => {
    const bad = overclaim(readFileSync(path.join(root, 'content', 'joint-research.md'), 'utf8'))
    writeFileSync(path.join(root, 'content', 'joint-research.md'), bad)
    writeFileSync(path.join(root, 'content', 'product-safety.md'), readFileSync(path.join(root, 'content', 'product-safety.md'), 'utf8').replace('audience: general', 'audience: everyone'))
    const fake = fakeContext()
    const failure = await exosomeLoader({ now, pattern: 'content/*.md', config: false }).load(fake.context).then(
      () => undefined,
      (error: unknown) => error,
    )
    expect(failure).toBeInstanceOf(ContentBuildError)
    const message = (failure as Error).message
    expect(message).toContain(`content/joint-research.md:${lineColumn(bad, 'proven')} overclaim-wording Unexpected certainty`)
    expect(message).toMatch(/content\/product-safety\.md:6:11 [a-z-]+ .*audience/)
    expect(fake.entries.size).toBe(0)
  })

  it('uses the nearest config file, as check does, and a policy in code over it', async () => {
    // A policy that asks safety claims for a disclaimer the safety page does not declare.
    writeFileSync(path.join(root, 'exosome-content.config.json'), JSON.stringify({ requires: { safety: ['not-medical-advice', 'report-problems'] } }))
    const failure = await exosomeLoader({ now, pattern: 'content/*.md' }).load(fakeContext().context).then(
      () => undefined,
      (error: unknown) => error as Error,
    )
    expect(failure?.message).toMatch(/content\/product-safety\.md:\d+:\d+ claim-needs-disclaimer .*report-problems/)
    const fake = fakeContext()
    await exosomeLoader({ now, pattern: 'content/*.md', policy: {} }).load(fake.context)
    expect(fake.entries.size).toBe(2)
  })

  it("reads the config's frontmatter extension and per-glob overrides, as check does", async () => {
    const page = path.join(root, 'content', 'joint-research.md')
    const text = readFileSync(page, 'utf8')
    writeFileSync(page, text.replace(/^---\n/, '---\ntags: [joints]\n'))
    // Without the extension, `tags` is an unknown key.
    const unknown = await exosomeLoader({ now, pattern: 'content/*.md', config: false }).load(fakeContext().context).then(
      () => undefined,
      (error: unknown) => error as Error,
    )
    expect(unknown?.message).toMatch(/content\/joint-research\.md:2:1 frontmatter-unknown-key/)
    writeFileSync(
      path.join(root, 'exosome-content.config.mjs'),
      [
        "import { z } from 'zod'",
        'export default {',
        '  frontmatter: { extend: z.object({ tags: z.array(z.string()).default([]) }) },',
        "  overrides: [{ files: ['content/product-safety.md'], requires: { safety: ['not-medical-advice', 'report-problems'] } }],",
        '}',
        '',
      ].join('\n'),
    )
    const failure = await exosomeLoader({ now, pattern: 'content/*.md' }).load(fakeContext().context).then(
      () => undefined,
      (error: unknown) => error as Error,
    )
    // The override applies to its glob only; the extension's key is accepted.
    expect(failure?.message).toMatch(/content\/product-safety\.md:\d+:\d+ claim-needs-disclaimer .*report-problems/)
    expect(failure?.message).not.toMatch(/joint-research/)
    writeFileSync(page, text.replace(/^---\n/, '---\ntags: 3\n'))
    const wrong = await exosomeLoader({ now, pattern: 'content/*.md' }).load(fakeContext().context).then(
      () => undefined,
      (error: unknown) => error as Error,
    )
    expect(wrong?.message).toMatch(/content\/joint-research\.md:2:7 /)
  })

  it('reports two pages with one id, and a claim id with two texts across pages', async () => {
    const joint = readFileSync(path.join(root, 'content', 'joint-research.md'), 'utf8')
    writeFileSync(path.join(root, 'content', 'copy.md'), joint.replace('may help to limit', 'might limit'))
    const failure = await exosomeLoader({ now, pattern: 'content/*.md', config: false }).load(fakeContext().context).then(
      () => undefined,
      (error: unknown) => error as Error,
    )
    expect(failure?.message).toContain('content/joint-research.md:1:1 collection-duplicate-id')
    expect(failure?.message).toMatch(/claim-id-stable .*cartilage-animal-studies/)
  })

  it('refuses a pattern outside the base and bad options at config time', () => {
    expect(() => exosomeLoader({ now, pattern: '../content/*.md' })).toThrow(TypeError)
    expect(() => exosomeLoader({ now, pattern: [] })).toThrow(TypeError)
    expect(() => exosomeLoader({ now, pattern: 'content/*.md', render: { idPrefix: '1 bad' } })).toThrow(RangeError)
  })

  it('reloads a changed file under astro dev; an invalid edit is logged and the last valid entry stays', async () => {
    const fake = fakeContext(true)
    await exosomeLoader({ now, pattern: 'content/**/*.md', config: false }).load(fake.context)
    expect(fake.watcher.added).toEqual([root])
    const file = path.join(root, 'content', 'joint-research.md')
    const good = readFileSync(file, 'utf8')
    const before = fake.entries.get('joint-research')

    writeFileSync(file, overclaim(good))
    fake.watcher.emit('change', file)
    await until(() => fake.logs.some((log) => log.level === 'error'))
    expect(fake.logs.find((log) => log.level === 'error')?.message).toContain(`content/joint-research.md:${lineColumn(overclaim(good), 'proven')} overclaim-wording`)
    expect(fake.entries.get('joint-research')).toBe(before)

    writeFileSync(file, good.replace('may help to limit', 'might limit'))
    fake.watcher.emit('change', file)
    await until(() => fake.entries.get('joint-research') !== before)
    expect(fake.entries.get('joint-research')?.rendered?.html).toContain('might limit the loss of cartilage')

    const added = path.join(root, 'content', 'more', 'product-safety-2.md')
    mkdirSync(path.dirname(added))
    writeFileSync(added, readFileSync(path.join(root, 'content', 'product-safety.md'), 'utf8').replace('id: product-safety', 'id: product-safety-2'))
    fake.watcher.emit('add', added)
    await until(() => fake.entries.has('product-safety-2'))

    unlinkSync(added)
    fake.watcher.emit('unlink', added)
    expect(fake.entries.has('product-safety-2')).toBe(false)

    // A file outside the pattern is not read.
    const outside = path.join(root, 'notes.md')
    writeFileSync(outside, good.replace('id: joint-research', 'id: notes'))
    fake.watcher.emit('add', outside)
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(fake.entries.has('notes')).toBe(false)
  })
})
