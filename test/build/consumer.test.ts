/**
 * `exosome-content build` as a user runs it, from the packed tarball: the compiled pages load
 * in Node as frozen documents the lookups read, and type-check under `moduleResolution`
 * node16, nodenext and bundler, where a misspelt claim, section or disclaimer id is a type error.
 */
import { spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createConsumerProject, packedTarball, repoRoot, type ConsumerProject } from '../helpers/pack.js'

let project: ConsumerProject | undefined
const tsc = path.join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc')

function exec(args: string[]): { status: number | null; output: string } {
  if (project === undefined) throw new Error('the consumer project was not created')
  const result = spawnSync(process.execPath, args, {
    cwd: project.dir,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', EXOSOME_CONTENT_NOW: '2026-11-29' },
    timeout: 240_000,
  })
  return { status: result.status, output: `${result.stdout}${result.stderr}` }
}

const uses = `import { getClaim, getDisclaimer, getSection } from 'exosome-content'
import { exosomes, pages, regulation, type ExosomesClaimId } from './pages/index.js'
import page from './pages/law/regulation.js'

// Known ids: the entries are known to exist (no undefined to handle).
const text: string = getClaim('exosomes-are-vesicles', exosomes).text
const title: string = getSection('safety-warnings', regulation).title
const disclaimer: string = getDisclaimer('not-medical-advice', page).text
const id: ExosomesClaimId = 'exosomes-cannot-divide'
export const summary = [text, title, disclaimer, id, Object.keys(pages).length]
`

const typos = `import { getClaim, getDisclaimer, getSection } from 'exosome-content'
import { exosomes, regulation, type ExosomesClaimId } from './pages/index.js'

getClaim('exosomes-are-vesicle', exosomes)
getSection('safety-warning', regulation)
getDisclaimer('not-medical-advise', regulation)
export const id: ExosomesClaimId = 'no-approved-exosome-products'
`

const settings = {
  node16: { module: 'node16', moduleResolution: 'node16' },
  nodenext: { module: 'nodenext', moduleResolution: 'nodenext' },
  bundler: { module: 'esnext', moduleResolution: 'bundler' },
} as const

function tsconfig(name: keyof typeof settings, files: string[]): string {
  const file = `tsconfig.${name}.json`
  // The generated declarations are checked themselves once (nodenext): checking every
  // declaration file is most of a run's time. TypeScript's own lib files (the
  // DOM's among them, which zod's declarations need for `URL`) are not checked.
  const compilerOptions = { ...settings[name], target: 'es2022', lib: ['es2023', 'dom'], strict: true, exactOptionalPropertyTypes: true, noEmit: true, skipLibCheck: name !== 'nodenext', skipDefaultLibCheck: true, types: [] }
  writeFileSync(path.join(project?.dir ?? '', file), JSON.stringify({ compilerOptions, files }, null, 2))
  return file
}

beforeAll(() => {
  project = createConsumerProject(packedTarball())
  mkdirSync(path.join(project.dir, 'content', 'law'), { recursive: true })
  const pages = path.join(repoRoot, 'examples', 'vite', 'content')
  cpSync(path.join(pages, 'exosomes.md'), path.join(project.dir, 'content', 'exosomes.md'))
  cpSync(path.join(pages, 'regulation.md'), path.join(project.dir, 'content', 'law', 'regulation.md'))
  mkdirSync(path.join(project.dir, 'src'))
  writeFileSync(path.join(project.dir, 'src', 'uses.ts'), uses)
  writeFileSync(path.join(project.dir, 'src', 'typos.ts'), typos)
  const built = exec(['node_modules/exosome-content/bin/exosome-content.js', 'build', 'content', '--out-dir', 'src/pages'])
  if (built.status !== 0) throw new Error(`exosome-content build failed:\n${built.output}`)
}, 900_000)

afterAll(() => project?.remove())

describe('exosome-content build output from the packed tarball', { timeout: 120_000 }, () => {
  it('loads in Node as frozen documents that the lookups read', () => {
    const script = `import { getClaim } from 'exosome-content'
import { exosomes, pages } from './src/pages/index.js'
import regulation from './src/pages/law/regulation.js'
console.log(JSON.stringify({
  names: Object.keys(pages),
  frozen: Object.isFrozen(exosomes) && Object.isFrozen(exosomes.sections[0]),
  same: pages.regulation === regulation,
  text: getClaim('exosomes-are-vesicles', exosomes)?.text,
  missing: getClaim('nope', exosomes) === undefined,
}))`
    writeFileSync(path.join(project?.dir ?? '', 'load.mjs'), script)
    const result = exec(['load.mjs'])
    expect(result.status, result.output).toBe(0)
    expect(JSON.parse(result.output)).toEqual({
      names: ['exosomes', 'regulation'],
      frozen: true,
      same: true,
      text: 'Exosomes are very small bubbles of membrane that cells release into the space around them.',
      missing: true,
    })
  })

  it.each(Object.keys(settings) as Array<keyof typeof settings>)('type-check under moduleResolution %s, where a misspelt id is a type error', (name) => {
    // One program per setting: the uses type-check (no error there), each typo is an error.
    const result = exec([tsc, '-p', tsconfig(name, ['src/uses.ts', 'src/typos.ts'])])
    expect(result.status).not.toBe(0)
    expect(result.output.split('\n').filter((line) => /error TS\d+/.test(line))).toEqual([
      expect.stringMatching(/^src\/typos\.ts\(4,10\): error TS2345: Argument of type '"exosomes-are-vesicle"' is not assignable/),
      expect.stringMatching(/^src\/typos\.ts\(5,12\): error TS2345: Argument of type '"safety-warning"' is not assignable/),
      expect.stringMatching(/^src\/typos\.ts\(6,15\): error TS2345: Argument of type '"not-medical-advise"' is not assignable/),
      expect.stringMatching(/^src\/typos\.ts\(7,14\): error TS2322: Type '"no-approved-exosome-products"' is not assignable to type 'ExosomesClaimId'/),
    ])
  })
})
