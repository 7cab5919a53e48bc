// Post-build step: whitespace minification of the code that only Node runs.
//
// The ESM build (tsup.config.ts) is minified for syntax only, which keeps the
// `/* @__PURE__ */` annotations that let a consumer's bundler drop what it does not use (the
// Spanish overview from a root import, a `new Map()` of an unused module): esbuild and oxc
// drop every annotation when they remove whitespace. The modules that no browser-facing entry
// reaches (the CLI, the workers, `./node`, `./lsp`, `./astro`, `./vite`, and the chunks only
// they import) are never tree-shaken for a browser, so they lose their whitespace here.
// Names are kept (no identifier minification): a stack trace still names each function, and
// the column locates the frame on its line.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { init as initLexer, parse as parseModule } from 'es-module-lexer'
import { transformSync } from 'esbuild'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const dist = path.join(root, 'dist')
const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'))

/** Entries a browser bundle may import: every `exports` subpath but the Node-only ones. */
const nodeOnlyEntries = new Set(['./node', './lsp', './astro', './vite'])
const browserRoots = Object.entries(manifest.exports)
  .filter(([subpath, conditions]) => !nodeOnlyEntries.has(subpath) && typeof conditions === 'object' && conditions?.import?.default !== undefined)
  .map(([, conditions]) => path.basename(conditions.import.default))

const modules = readdirSync(dist).filter((file) => file.endsWith('.js'))
const source = new Map(modules.map((file) => [file, readFileSync(path.join(dist, file), 'utf8')]))
await initLexer
/** Sibling modules one module imports, statically or with `import()` (read as the package test reads them). */
const imports = (file) =>
  parseModule(source.get(file) ?? '', file)[0].flatMap(({ n: name }) => (name !== undefined && /^\.\/[\w.-]+\.js$/.test(name) ? [name.slice(2)] : []))

const browser = new Set()
for (const queue = [...browserRoots]; queue.length > 0; ) {
  const file = queue.pop()
  if (browser.has(file)) continue
  if (!source.has(file)) {
    console.error(`minify-node-only: ${file} is missing from dist/`)
    process.exit(1)
  }
  browser.add(file)
  queue.push(...imports(file))
}

let before = 0
let after = 0
for (const file of modules.filter((name) => !browser.has(name))) {
  const code = source.get(file)
  const { code: minified } = transformSync(code, { format: 'esm', target: 'node20', platform: 'node', minifyWhitespace: true, minifySyntax: true, legalComments: 'inline' })
  writeFileSync(path.join(dist, file), minified)
  before += Buffer.byteLength(code)
  after += Buffer.byteLength(minified)
}
console.log(`minify-node-only: ${modules.length - browser.size} Node-only module(s), ${before} B -> ${after} B; ${browser.size} browser-facing module(s) keep their annotations`)
