/**
 * The Vite plugin as a user gets it: `examples/vite`, copied into a project where the packed
 * tarball and Vite are installed, type-checks and builds; its client bundle holds the pages'
 * text and none of the parser's code; a page with an overclaim fails `vite build` at its
 * file:line:column.
 */
import { spawnSync } from 'node:child_process'
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createConsumerProject, packedTarball, repoRoot, type ConsumerProject } from '../helpers/pack.js'

const example = path.join(repoRoot, 'examples', 'vite')
const sentences = [
  'Exosomes are very small bubbles of membrane that cells release into the space around them.',
  'The FDA has not approved any exosome product to treat any disease or condition.',
]
/**
 * Strings only the parser's dependencies hold, which a minifier keeps: unified's processor
 * errors, a micromark token type, yaml's error class name, zod's error class, and a parser
 * check id of this package.
 */
const parserMarkers = ['without `parser`', 'codeFencedFenceSequence', 'YAMLParseError', '$ZodError', 'frontmatter-missing']

let project: ConsumerProject | undefined

function exec(args: string[], cwd: string): { status: number | null; output: string; ms: number } {
  const started = performance.now()
  const result = spawnSync(process.execPath, args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    timeout: 240_000,
    maxBuffer: 64 * 1024 * 1024,
  })
  return { status: result.status, output: `${result.stdout}${result.stderr}`, ms: performance.now() - started }
}

/** A copy of the example in the project (its imports resolve to the project's node_modules). */
function copyExample(name: string): string {
  if (project === undefined) throw new Error('the consumer project was not created')
  const target = path.join(project.dir, name)
  cpSync(example, target, { recursive: true, filter: (source) => !/[\\/](node_modules|dist)$/.test(source) })
  return target
}

const vite = (app: string): string => path.join(app, '..', 'node_modules', 'vite', 'bin', 'vite.js')

beforeAll(() => {
  project = createConsumerProject(packedTarball(), ['vite'])
}, 900_000)

afterAll(() => project?.remove())

describe('examples/vite from the packed tarball', { timeout: 300_000 }, () => {
  it('type-checks: the plugin is a Vite plugin and ?exosome imports are documents', () => {
    const app = copyExample('typed')
    const result = exec([path.join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', '.'], app)
    expect(result.output).toBe('')
    expect(result.status).toBe(0)
  })

  it('builds, with the pages as data in the client bundle and no parser code', () => {
    const app = copyExample('app')
    const result = exec([vite(app), 'build'], app)
    expect(result.status, result.output).toBe(0)
    const assets = path.join(app, 'dist', 'assets')
    const scripts = readdirSync(assets).filter((name) => name.endsWith('.js'))
    expect(scripts.length).toBeGreaterThan(0)
    const bundle = scripts.map((name) => readFileSync(path.join(assets, name), 'utf8')).join('\n')
    // (Booleans: a failure should not print the whole bundle.)
    for (const sentence of sentences) expect(bundle.includes(sentence), sentence).toBe(true)
    for (const marker of parserMarkers) expect(bundle.includes(marker), marker).toBe(false)
    const html = readFileSync(path.join(app, 'dist', 'index.html'), 'utf8')
    expect(html).toMatch(/<script type="module" crossorigin src="\/assets\/[\w-]+\.js">/)
    console.info(`examples/vite: vite build ${Math.round(result.ms)} ms, client bundle ${bundle.length} B (${gzipSync(bundle).length} B gzip)`)
  })

  it('fails vite build on a page with an overclaim, at its file:line:column', () => {
    const app = copyExample('overclaim')
    const file = path.join(app, 'content', 'exosomes.md')
    const source = readFileSync(file, 'utf8')
    const bad = source.replace(sentences[0] ?? '', 'Exosome therapy cures arthritis.')
    writeFileSync(file, bad)
    const lines = bad.split('\n')
    const line = lines.findIndex((text) => text.includes('cures'))
    const column = (lines[line] ?? '').indexOf('cures') + 1
    const result = exec([vite(app), 'build'], app)
    expect(result.status).not.toBe(0)
    expect(result.output).toContain(`content/exosomes.md:${line + 1}:${column} overclaim-wording `)
    expect(readdirSync(app)).not.toContain('dist')
  })
})
