/**
 * What the packed tarball ships: every file under `dist/` and `bin/` is reached from
 * `package.json` (`exports`, `bin`, `main`, `types`, `typesVersions`) through the imports,
 * requires and worker file names of the shipped code, nothing it reaches is missing, the
 * rest is documentation and data a user opens, dependencies stay external, and the whole
 * package stays small.
 */
import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs'
import { builtinModules } from 'node:module'
import path from 'node:path'
import { init as initLexer, parse as parseModule } from 'es-module-lexer'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createConsumerProject, packedTarball, repoRoot, type ConsumerProject } from '../helpers/pack.js'

/**
 * Unpacked size budget of the package, in bytes: the measured size, 903,595 B, and about 0.7%
 * for the changelog's next entries (BENCHMARKS.md, "Package size"). The code is minified with
 * names and pure annotations kept, the declarations ship once, with two-space indentation,
 * and name the schemas they build on; of the docs, the pages the code links to ship, and of
 * the content, the English source `check` reads.
 */
const unpackedBudget = 915_000

let consumer: ConsumerProject | undefined
let packageDir = ''
let files: string[] = []
let manifest: {
  exports: unknown
  bin: Record<string, string>
  main: string
  types: string
  typesVersions?: Record<string, Record<string, string[]>>
  dependencies: Record<string, string>
  peerDependencies: Record<string, string>
}

beforeAll(async () => {
  await initLexer
  consumer = createConsumerProject(packedTarball())
  packageDir = realpathSync(path.join(consumer.dir, 'node_modules', 'exosome-content'))
  files = readdirSync(packageDir, { recursive: true, withFileTypes: true })
    .filter((dirent) => dirent.isFile())
    .map((dirent) => path.relative(packageDir, path.join(dirent.parentPath, dirent.name)).split(path.sep).join('/'))
    .sort()
  manifest = JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as typeof manifest
}, 600_000)

afterAll(() => consumer?.remove())

/** Every string leaf of a JSON value. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (value === null || typeof value !== 'object') return []
  return Object.values(value).flatMap(strings)
}

const normal = (file: string): string => path.posix.normalize(file.replace(/^\.\//, ''))

/**
 * Module specifiers of one shipped file. ES modules (`.js`, minified) are read with
 * es-module-lexer, which knows where strings, comments and regular expressions are; the
 * CommonJS entries (`module.exports = require('./x.js')`) and the declarations are short,
 * unminified files whose `require()`/`from` clauses a pattern finds.
 *
 * @param file Package-relative path.
 * @param source Its text.
 * @returns Specifiers as written, static ones only.
 */
function specifiers(file: string, source: string): string[] {
  if (file.endsWith('.js') && !file.endsWith('.d.js')) {
    const [imports] = parseModule(source, file)
    return imports.map((entry) => entry.n).filter((name): name is string => name !== undefined)
  }
  // Doc comments hold examples (`import config from './exosome-content.config.js'`), not imports.
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '')
  return [...code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)["']([^"'\s]+)["']/g)].map((match) => match[1] ?? '')
}

/**
 * The shipped files one file refers to: relative `import`/`export … from`/`import()`/`require()`
 * specifiers (in declarations, `./x.js` names `./x.d.ts` and `./x.cjs` names `./x.d.cts`), and
 * bare file names of sibling modules (the workers, started by file name).
 *
 * @param file Package-relative path.
 * @param source Its text.
 * @returns Package-relative paths.
 */
function references(file: string, source: string): string[] {
  const dir = path.posix.dirname(file)
  const declaration = /\.d\.c?ts$/.test(file)
  const found: string[] = []
  for (const specifier of specifiers(file, source).filter((name) => /^\.\.?\//.test(name))) {
    const target = path.posix.join(dir, specifier)
    found.push(declaration ? target.replace(/\.js$/, '.d.ts').replace(/\.cjs$/, '.d.cts') : target)
  }
  if (!declaration) {
    for (const match of source.matchAll(/["']([\w.-]+\.c?js)["']/g)) {
      const sibling = path.posix.join(dir, match[1] ?? '')
      if (files.includes(sibling)) found.push(sibling)
    }
  }
  return found
}

/**
 * Bare specifiers (packages and built-ins) that a shipped module imports or requires.
 *
 * @param file Package-relative path.
 * @param source Its text.
 * @returns Specifiers that are neither relative nor absolute.
 */
function bareImports(file: string, source: string): string[] {
  return specifiers(file, source).filter((name) => !/^[./]/.test(name))
}

describe('the files of the packed tarball', () => {
  it('are, under dist/ and bin/, exactly what package.json reaches', () => {
    const roots = [
      ...strings(manifest.exports),
      ...Object.values(manifest.bin),
      manifest.main,
      manifest.types,
      ...strings(manifest.typesVersions ?? {}),
    ]
      .filter((target) => target !== './package.json')
      .map(normal)
    const reached = new Set<string>()
    const missing: string[] = []
    const queue = [...roots]
    for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
      if (reached.has(file)) continue
      reached.add(file)
      if (!files.includes(file)) {
        missing.push(file)
        continue
      }
      queue.push(...references(file, readFileSync(path.join(packageDir, file), 'utf8')))
    }
    expect(missing).toEqual([])
    const code = files.filter((file) => /^(dist|bin)\//.test(file))
    expect(code.filter((file) => !reached.has(file))).toEqual([])
    // The executable runs the ESM build; the CommonJS files are the `require` entries only.
    expect(code.filter((file) => file.endsWith('.cjs')).sort()).toEqual(
      strings(manifest.exports)
        .filter((target) => target.endsWith('.cjs'))
        .map(normal)
        .sort(),
    )
  })

  it('hold, outside dist/ and bin/, only documentation and data a user opens', () => {
    // docs/*.md: the pages diagnostics, the JSON Schema and the CLI help link to (next test);
    // SECURITY.md: the isolation diagnostics' page; content/exosome-therapy.md: the
    // overview's source, checked by `exosome-content check` with no path (the Spanish source
    // is compiled into the root entry and stays in the repository); schema/*.json: the frontmatter
    // JSON Schema that editors load from node_modules; vite/client.d.cts: the types of
    // `?exosome` imports (`exosome-content/vite/client`).
    const allowed = /^(package\.json|README\.md|LICENSE|CHANGELOG\.md|SECURITY\.md|docs\/[\w.-]+\.md|content\/[\w.-]+\.md|schema\/[\w.-]+\.json|vite\/client\.d\.cts)$/
    const rest = files.filter((file) => !/^(dist|bin)\//.test(file))
    expect(rest.filter((file) => !allowed.test(file))).toEqual([])
    expect(rest).toEqual(expect.arrayContaining(['package.json', 'README.md', 'LICENSE', 'content/exosome-therapy.md', 'schema/frontmatter.schema.json']))
    expect(rest.filter((file) => file.startsWith('content/'))).toEqual(['content/exosome-therapy.md'])
  })

  it('hold each declaration once: an ESM .d.ts re-exports its .d.cts twin, or holds only what a .d.cts cannot', () => {
    const esm = files.filter((file) => file.startsWith('dist/') && file.endsWith('.d.ts'))
    const cjs = files.filter((file) => file.startsWith('dist/') && file.endsWith('.d.cts'))
    expect(esm.length).toBeGreaterThan(0)
    const kinds = esm.map((file) => {
      const source = readFileSync(path.join(packageDir, file), 'utf8')
      const body = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^import [^;]*;$/gm, '').trim()
      const twin = `export * from './${path.posix.basename(file, '.d.ts')}.cjs';`
      // A re-export of its twin, which must exist.
      if (body === twin) return files.includes(file.replace(/\.d\.ts$/, '.d.cts')) ? 're-export' : `${file}: no twin`
      // A module augmentation of an ESM-only package (vfile's DataMap), or an augmentation
      // followed by the re-export.
      if (/^(declare module '[^']+' \{[\s\S]*?\n\}\s*)+(export \{\};|export \* from '\.\/[\w-]+\.cjs';)$/.test(body)) return 'augmentation'
      // An entry with a default export, whose relative imports name the .d.cts chunks.
      if (/\bas default\b|^export default /m.test(body) && !/from '\.\/[^']+\.js'/.test(source)) return 'default export'
      return `${file}: a copy`
    })
    expect(kinds.filter((kind) => !['re-export', 'augmentation', 'default export'].includes(kind))).toEqual([])
    const bytes = (list: string[]) => list.reduce((total, file) => total + statSync(path.join(packageDir, file)).size, 0)
    expect(bytes(esm)).toBeLessThan(bytes(cjs) / 10)
  })

  it('keep dependencies external: shipped code imports only declared dependencies and Node built-ins', () => {
    // The package's own name appears in its doc comments' examples.
    const declared = new Set(['exosome-content', ...Object.keys(manifest.dependencies), ...Object.keys(manifest.peerDependencies)])
    const builtins = new Set(builtinModules)
    const undeclared = new Set<string>()
    for (const file of files.filter((name) => /^(dist|bin)\/.*\.(c?js|d\.c?ts)$/.test(name))) {
      for (const specifier of bareImports(file, readFileSync(path.join(packageDir, file), 'utf8'))) {
        const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : (specifier.split('/')[0] ?? '')
        // Declarations may name type-only packages (`@types/mdast` provides `mdast`).
        const typesOnly = /\.d\.c?ts$/.test(file) && declared.has(`@types/${name}`)
        if (!specifier.startsWith('node:') && !builtins.has(name) && !declared.has(name) && !typesOnly) undeclared.add(`${file}: ${specifier}`)
      }
    }
    expect([...undeclared]).toEqual([])
  })

  it('ship every page the shipped code links to, and of docs/ only those', () => {
    // Diagnostics carry `https://unpkg.com/exosome-content/docs/<page>#<id>` (the page a
    // string of its own, `docsUrl(id, 'rules.md')`, or `${docsBase}page.md#id`), the JSON Schema links guide sections, the
    // CLI help names `docs/<page>`, isolation diagnostics link SECURITY.md and the overview's
    // text names CHANGELOG.md: each must open in the installed package and on unpkg.
    const repoDocs = new Set(readdirSync(path.join(repoRoot, 'docs')).filter((name) => name.endsWith('.md')))
    const linked = new Set<string>()
    for (const file of files.filter((name) => /^(dist\/.*\.js|bin\/.*\.js|schema\/.*\.json)$/.test(name))) {
      const source = readFileSync(path.join(packageDir, file), 'utf8')
      for (const match of source.matchAll(/unpkg\.com\/exosome-content\/([\w./-]+\.(?:md|json))/g)) linked.add(match[1] ?? '')
      for (const match of source.matchAll(/(?<![\w/-])docs\/([\w.-]+\.md)/g)) linked.add(`docs/${match[1] ?? ''}`)
      for (const match of source.matchAll(/["'`}]([\w.-]+\.md)["'`#]/g)) if (repoDocs.has(match[1] ?? '')) linked.add(`docs/${match[1] ?? ''}`)
      for (const match of source.matchAll(/(?<![\w/-])(SECURITY|CHANGELOG)\.md/g)) linked.add(`${match[1] ?? ''}.md`)
    }
    expect([...linked].filter((target) => !files.includes(target))).toEqual([])
    expect([...linked]).toEqual(expect.arrayContaining(['docs/rules.md', 'docs/diagnostics.md', 'docs/authoring.md', 'SECURITY.md', 'schema/frontmatter.schema.json']))
    expect(files.filter((file) => file.startsWith('docs/') && !linked.has(file))).toEqual([])
  })

  it(`stay under ${unpackedBudget / 1000} kB unpacked`, () => {
    const size = files.reduce((total, file) => total + statSync(path.join(packageDir, file)).size, 0)
    expect(size).toBeLessThan(unpackedBudget)
  })
})
