/**
 * Every example in `examples/` (except the Vite page, tested with the renderer), run the way
 * its README says, against the packed tarball installed in a temp project.
 */
import { spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { stripVTControlCharacters } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parse as parseYaml } from 'yaml'
import { createConsumerProject, packedTarball, repoRoot, type ConsumerProject } from '../helpers/pack.js'

const examples = path.join(repoRoot, 'examples')
let project: ConsumerProject | undefined

interface Expected {
  title: string
  disclaimers: { id: string; title: string }[]
  claims: { id: string; text: string }[]
}
/** What the installed package says each section of the overview needs. */
let expected: Record<string, Expected> = {}

function dir(): string {
  if (!project) throw new Error('the consumer project was not created')
  return project.dir
}

function exec(command: string, args: string[], cwd: string): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    // A fixed day for the CLI's review-stale: the examples' output does not change with the calendar.
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', EXOSOME_CONTENT_NOW: '2026-11-29' },
    timeout: 120_000,
    maxBuffer: 64 * 1024 * 1024,
  })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

/**
 * Copy an example into the project (its imports resolve to the project's node_modules).
 *
 * @param name Folder under examples/.
 * @returns The copy's path.
 */
function copyExample(name: string): string {
  const target = path.join(dir(), name)
  cpSync(path.join(examples, name), target, { recursive: true })
  return target
}

/**
 * 1-based line and column of the first occurrence of a phrase in a text.
 *
 * @param text File text.
 * @param phrase The phrase.
 * @returns `line:column`.
 */
function lineColumn(text: string, phrase: string): string {
  const index = text.indexOf(phrase)
  if (index < 0) throw new Error(`phrase not found: ${phrase}`)
  const before = text.slice(0, index).split('\n')
  return `${before.length}:${(before.at(-1)?.length ?? 0) + 1}`
}

beforeAll(() => {
  project = createConsumerProject(packedTarball(), ['remark-cli'])
  writeFileSync(
    path.join(project.dir, 'expected.mjs'),
    `import { exosomeOverview, getClaim } from 'exosome-content'
import { requiredDisclaimers } from 'exosome-content/render'
const claimsOf = (section) => [...section.claims, ...section.sections.flatMap(claimsOf)]
const out = {}
for (const section of exosomeOverview.sections) {
  out[section.id] = {
    title: section.title,
    disclaimers: requiredDisclaimers(exosomeOverview, { sections: [section.id] }).map(({ id, title }) => ({ id, title })),
    claims: claimsOf(section).map((id) => ({ id, text: getClaim(id).text })),
  }
}
console.log(JSON.stringify(out))
`,
  )
  const result = exec(process.execPath, ['expected.mjs'], project.dir)
  if (result.status !== 0) throw new Error(result.stderr)
  expected = JSON.parse(result.stdout) as Record<string, Expected>
}, 600_000)

afterAll(() => project?.remove())

describe('example projects', () => {
  const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
    version: string
    peerDependencies: Record<string, string>
  }

  it.each(['node-esm', 'node-cjs', 'remark-cli', 'custom-components'])(
    '%s depends on this version of the package and its zod peer range',
    (name) => {
      const manifest = JSON.parse(readFileSync(path.join(examples, name, 'package.json'), 'utf8')) as {
        private?: boolean
        dependencies?: Record<string, string>
      }
      expect(manifest.private).toBe(true)
      expect(manifest.dependencies).toMatchObject({ 'exosome-content': `^${pkg.version}`, zod: pkg.peerDependencies['zod'] })
    },
  )
})

describe('examples/node-esm', () => {
  it('prints a section as text with its claims and every disclaimer it needs', () => {
    const cwd = copyExample('node-esm')
    const section = expected['what-researchers-are-studying']
    if (!section) throw new Error('the overview has no what-researchers-are-studying section')
    const result = exec(process.execPath, ['index.js'], cwd)
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    expect(result.stdout).toContain(section.title)
    expect(section.disclaimers.length).toBeGreaterThan(0)
    for (const disclaimer of section.disclaimers) expect(result.stdout).toContain(disclaimer.title)
  })

  it('prints any section given by id, and rejects an unknown id with exit code 2', () => {
    const cwd = copyExample('node-esm')
    const [id, section] = Object.entries(expected)[0] ?? []
    if (!id || !section) throw new Error('the overview has no section')
    const ok = exec(process.execPath, ['index.js', id], cwd)
    expect(ok.status).toBe(0)
    expect(ok.stdout).toContain(section.title)
    const bad = exec(process.execPath, ['index.js', 'no-such-section'], cwd)
    expect(bad.status).toBe(2)
    expect(bad.stderr).toContain('Unknown section "no-such-section"')
    expect(bad.stderr).toContain(id)
  })
})

describe('examples/node-cjs', () => {
  it('requires every entry point, prints a built-in claim and checks its page', () => {
    const cwd = copyExample('node-cjs')
    const result = exec(process.execPath, ['index.cjs'], cwd)
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    const claim = Object.values(expected).flatMap((section) => section.claims).find((item) => item.id === 'no-approved-products')
    expect(claim?.text).toMatch(/the FDA has not approved any exosome product/)
    expect(result.stdout).toContain(claim?.text.replaceAll(/\s+/g, ' '))
    expect(result.stdout).toContain('Evidence: regulatory-fact')
    expect(result.stdout).toContain('page.md: 2 claims, 2 sections, no errors')
  })

  it('reports a broken page at file:line:column and exits 1', () => {
    const cwd = copyExample('node-cjs')
    const page = readFileSync(path.join(cwd, 'page.md'), 'utf8')
    const broken = page.replace('cite="queen-2025-dermatology"', 'cite="no-such-reference"')
    writeFileSync(path.join(cwd, 'broken.md'), broken)
    const result = exec(process.execPath, ['index.cjs', 'broken.md'], cwd)
    expect(result.status).toBe(1)
    expect(result.stdout).toMatch(new RegExp(`^broken\\.md:${lineColumn(broken, 'cite="no-such-reference"').split(':')[0]}:\\d+-\\d+:\\d+: error `, 'm'))
    expect(result.stdout).toContain('no-such-reference')
  })
})

describe('examples/remark-cli', () => {
  it('prints the plugin diagnostics through remark-cli with positions and rule ids', () => {
    const cwd = copyExample('remark-cli')
    const page = readFileSync(path.join(cwd, 'page.md'), 'utf8')
    const remark = path.join(dir(), 'node_modules', '.bin', 'remark')
    const raw = exec(remark, ['page.md', '--no-stdout'], cwd)
    // vfile-reporter may colour its output whatever the environment says; compare plain text.
    const result = { ...raw, stderr: stripVTControlCharacters(raw.stderr) }
    // An error-level message is fatal: remark-cli exits 1.
    expect(result.status).toBe(1)
    expect(result.stdout).toBe('')
    expect(result.stderr).toContain('page.md')
    expect(result.stderr).toMatch(new RegExp(`${lineColumn(page, 'proven')}-\\d+:\\d+\\s+error\\s+.*overclaim-wording`))
    expect(result.stderr).toContain('hedge-to-evidence')
    // `reference-unused` warns by default; the policy in .remarkrc.mjs makes it an error.
    expect(result.stderr).toMatch(/\d+:\d+-\d+:\d+\s+error\s+.*reference-unused/)
  })
})

describe('examples/custom-components', () => {
  it('shows every disclaimer requiredDisclaimers lists for each section, and each claim', () => {
    const cwd = copyExample('custom-components')
    const result = exec(process.execPath, ['app.js'], cwd)
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    expect(readFileSync(path.join(cwd, 'index.html'), 'utf8')).toBe(result.stdout.replace(/\n$/, ''))
    const ids = Object.keys(expected)
    expect(ids.length).toBeGreaterThan(2)
    for (const [index, id] of ids.entries()) {
      const start = result.stdout.indexOf(`<section data-section-id="${id}">`)
      const next = ids[index + 1]
      const end = next === undefined ? result.stdout.indexOf('</main>') : result.stdout.indexOf(`<section data-section-id="${next}">`)
      expect(start, id).toBeGreaterThanOrEqual(0)
      const html = result.stdout.slice(start, end)
      const section = expected[id] as Expected
      for (const disclaimer of section.disclaimers) {
        expect(html.split(`data-disclaimer-id="${disclaimer.id}"`).length - 1, `${id} shows ${disclaimer.id} once`).toBe(1)
      }
      for (const claim of section.claims) expect(html, `${id} shows ${claim.id}`).toContain(`data-claim-id="${claim.id}"`)
    }
    const all = Object.values(expected).flatMap((section) => section.disclaimers.map((disclaimer) => disclaimer.id))
    expect(new Set(all).size).toBeGreaterThanOrEqual(3)
  })
})

describe('examples/ci', () => {
  const workflow = readFileSync(path.join(examples, 'ci', 'exosome-content.yml'), 'utf8')
  const steps = (parseYaml(workflow) as { jobs: { check: { steps: { uses?: string; run?: string }[] } } }).jobs.check.steps

  it('checks out, sets up Node, installs and runs check with GitHub annotations', () => {
    expect(steps.map((step) => step.uses ?? step.run)).toEqual([
      'actions/checkout@v4',
      'actions/setup-node@v4',
      'npm ci',
      'npx exosome-content check --format github content',
    ])
  })

  it('runs its check command: silent on good pages, an annotation per problem otherwise', () => {
    const cwd = path.join(dir(), 'ci-repo')
    mkdirSync(path.join(cwd, 'content'), { recursive: true })
    cpSync(path.join(examples, 'node-cjs', 'page.md'), path.join(cwd, 'content', 'faq.md'))
    const command = steps.at(-1)?.run ?? ''
    const clean = exec('bash', ['-c', command], cwd)
    expect(clean.stderr).toBe('')
    expect(clean.status).toBe(0)
    // Warnings (a review that has gone stale) may appear over time; errors may not.
    expect(clean.stdout).not.toContain('::error')
    const page = readFileSync(path.join(examples, 'remark-cli', 'page.md'), 'utf8')
    writeFileSync(path.join(cwd, 'content', 'spa.md'), page)
    const failing = exec('bash', ['-c', command], cwd)
    expect(failing.status).toBe(1)
    const [line, column] = lineColumn(page, 'proven').split(':')
    expect(failing.stdout).toContain(`::error file=content/spa.md,line=${line},col=${column},`)
    expect(failing.stdout).toContain('title=overclaim-wording::')
  })
})
