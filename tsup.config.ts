import { readFileSync } from 'node:fs'
import { defineConfig, type Options } from 'tsup'

/** Every module the package runs, by output name (`dist/<name>.js`). */
const entry = {
  index: 'src/index.ts',
  schema: 'src/schema/index.ts',
  parser: 'src/parser/index.ts',
  render: 'src/render/index.ts',
  node: 'src/node/index.ts',
  lsp: 'src/lsp/index.ts',
  astro: 'src/astro/index.ts',
  vite: 'src/vite/index.ts',
  // Not exported: the executable (`bin/`) and the workers the CLI, `./node` and `./lsp` start.
  cli: 'src/cli/index.ts',
  'check-worker': 'src/node/check/worker.ts',
  'node-worker': 'src/node/worker.ts',
  'lsp-worker': 'src/lsp/worker.ts',
}

/**
 * The entries with declarations, by output name: what `package.json` exports as
 * `./dist/<name>.d.ts` under `types`. `scripts/build-dist.ts` bundles them (tsup writes code only).
 */
const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as { exports: Record<string, unknown> }
const exportedTypes = new Set([...JSON.stringify(manifest.exports).matchAll(/"\.\/dist\/([\w-]+)\.d\.ts"/g)].map((match) => match[1]))
export const declarationEntries: Record<string, string> = Object.fromEntries(Object.entries(entry).filter(([name]) => exportedTypes.has(name)))

// The root entry is built on its own, in one file: it shares no chunk with the other entries,
// so importing it loads one module (a cold import of four small modules cost about twice
// that of one).
const { index, ...shared } = entry

// One ESM build with dependencies external (consumers' bundlers dedupe them); the declarations
// come from `scripts/build-dist.ts`, which runs this build. `scripts/build-cjs.mjs` then writes the
// CommonJS entries: each is `module.exports = require('./<name>.js')` (Node >= 20.19 loads ES
// modules with `require()`), so `require` and `import` share one copy of the code and the
// same frozen objects; the declarations are kept once, in the `.d.cts` files derived from the
// `.d.ts` ones, which then re-export them.
// `npm run build` empties dist/ first: a `clean` here would race the two builds.
const common = {
  format: ['esm'],
  target: 'node20',
  // Errors still print; the per-file size listing does not.
  silent: true,
  platform: 'node',
  clean: false,
  sourcemap: false,
  treeshake: true,
  // Syntax only: esbuild's whitespace minification drops the `/* @__PURE__ */` annotations
  // that consumers' bundlers tree-shake by. Terser then removes whitespace and local names
  // from every module and keeps the annotations and function names (`scripts/minify.mjs`).
  minifySyntax: true,
} satisfies Options

export default defineConfig([
  { ...common, entry: shared, splitting: true },
  { ...common, entry: { index }, splitting: false },
])
