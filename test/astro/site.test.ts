/**
 * `examples/astro`, a real Astro 5 site, built with `astro build` from the packed tarball
 * installed in a fresh project: the loader's pages and a markdown page rendered through the
 * remark plugin show every disclaimer they require; a page with an error fails the build
 * with its `file:line:column rule-id`.
 */
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseContent } from '../../src/parser/index.js'
import { requiredDisclaimers } from '../../src/render/index.js'
import { createConsumerProject, packedTarball, repoRoot, type ConsumerProject } from '../helpers/pack.js'

const example = path.join(repoRoot, 'examples', 'astro')
let project: ConsumerProject | undefined
let site = ''
let first: Build | undefined

interface Build {
  status: number | null
  output: string
  ms: number
}

function astroBuild(): Build {
  const started = performance.now()
  const result = spawnSync(process.execPath, [path.join(project?.dir ?? site, 'node_modules', 'astro', 'astro.js'), 'build'], {
    cwd: site,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ASTRO_TELEMETRY_DISABLED: '1' },
    timeout: 300_000,
    maxBuffer: 64 * 1024 * 1024,
  })
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, ms: Math.round(performance.now() - started) }
}

function lineColumn(text: string, phrase: string): string {
  const index = text.indexOf(phrase)
  if (index < 0) throw new Error(`phrase not found: ${phrase}`)
  const before = text.slice(0, index).split('\n')
  return `${before.length}:${(before.at(-1)?.length ?? 0) + 1}`
}

const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** What a page's built HTML must show: every claim and every disclaimer it requires. */
function expectComplete(html: string, source: string): void {
  const document = parseContent(source).document
  if (document === undefined) throw new Error('an example page is invalid')
  for (const claim of Object.values(document.claims)) {
    expect(html).toMatch(new RegExp(`<div class="exo-claim"[^>]*data-claim-id="${claim.id}"[^>]*><div class="exo-claim-body"><p>[^<]+`))
  }
  const required = requiredDisclaimers(document, {})
  expect(required.length).toBeGreaterThan(0)
  for (const disclaimer of required) {
    expect(html).toContain(`data-disclaimer-id="${disclaimer.id}"`)
    expect(html).toContain(escapeHtml(disclaimer.text))
  }
  expect(html).not.toMatch(/<div><\/div>/)
}

beforeAll(() => {
  project = createConsumerProject(packedTarball(), ['astro'])
  site = path.join(project.dir, 'site')
  cpSync(example, site, { recursive: true })
  first = astroBuild()
}, 900_000)

afterAll(() => {
  project?.remove()
})

describe('examples/astro built with astro build', () => {
  it('builds', () => {
    console.log(`astro build: ${first?.ms} ms`)
    expect(first?.output).not.toMatch(/\[ERROR\]/)
    expect(first?.status, first?.output).toBe(0)
  })

  it('pins the Astro version the package is tested with', () => {
    const example = JSON.parse(readFileSync(path.join(repoRoot, 'examples', 'astro', 'package.json'), 'utf8')) as { dependencies: Record<string, string> }
    const manifest = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> }
    expect(example.dependencies['astro']).toBe(manifest.devDependencies['astro'])
    expect(JSON.parse(readFileSync(path.join(project?.dir ?? '', 'node_modules', 'astro', 'package.json'), 'utf8')).version).toMatch(/^5\./)
  })

  it.each(['joint-research', 'product-safety'])('shows every claim and required disclaimer of the loader page %s', (id) => {
    const html = readFileSync(path.join(site, 'dist', 'pages', id, 'index.html'), 'utf8')
    expectComplete(html, readFileSync(path.join(example, 'content', `${id}.md`), 'utf8'))
  })

  it('renders the claim directives of a markdown page as the sanitized claim blocks with their disclaimers', () => {
    const html = readFileSync(path.join(site, 'dist', 'about-exosomes', 'index.html'), 'utf8')
    expectComplete(html, readFileSync(path.join(example, 'src', 'pages', 'about-exosomes.md'), 'utf8'))
    expect(html).toContain('Exosomes are very small vesicles that cells release into their surroundings.')
  })

  it('lists the collection on the index page', () => {
    const html = readFileSync(path.join(site, 'dist', 'index.html'), 'utf8')
    expect(html).toContain('href="/pages/joint-research/"')
    expect(html).toContain('href="/pages/product-safety/"')
  })

  it('fails the build on a page with an error, printing its file:line:column and rule id', () => {
    const good = readFileSync(path.join(example, 'content', 'joint-research.md'), 'utf8')
    const bad = good
      .replace('id: joint-research', 'id: bad-page')
      .replace('In studies in animals, vesicles from mesenchymal stem cells may help to limit the loss of cartilage in damaged joints.', 'Exosome therapy is a proven cure for arthritis.')
      .replace(/#cartilage-animal-studies/, '#proven-cure')
      .replace(/#no-approved-exosome-product/, '#no-approved-product')
    writeFileSync(path.join(site, 'content', 'bad-page.md'), bad)
    const failed = astroBuild()
    console.log(`astro build (failing): ${failed.ms} ms`)
    expect(failed.status).not.toBe(0)
    expect(failed.output).toContain(`content/bad-page.md:${lineColumn(bad, 'proven cure for')} overclaim-wording`)
    expect(failed.output).toContain(`content/bad-page.md:${lineColumn(bad, 'cure for')} overclaim-wording`)
    expect(existsSync(path.join(site, 'dist', 'pages', 'bad-page'))).toBe(false)
  })
})
