// Post-build step: minification of every shipped module (`dist/*.js`), with what consumers and
// stack traces need kept.
//
// The ESM build (tsup.config.ts) is minified for syntax only. esbuild and oxc drop every
// `/* @__PURE__ */` annotation when they remove whitespace, and those annotations are what let
// a consumer's bundler drop what it does not use (the Spanish overview from a root import, a
// `new Map()` of an unused module). Terser keeps them (`format.preserve_annotations`), so every
// module, browser-facing or not, loses its whitespace and its local variable names here:
//
// - `compress: false`: no inlining, so no function disappears into its caller and a stack
//   frame still points at the function that threw (compress inlines small functions, and the
//   ESM build's syntax minification already did the rest);
// - `mangle` with `keep_fnames` and `keep_classnames`: parameters and local variables get short
//   names, functions (declarations, and the arrow and function expressions bound to a name)
//   and classes (declarations, and class expressions bound to a name) keep theirs, so `error.stack` and `Function.prototype.name` read as in the
//   source (`at checkFilesWith (dist/chunk-….js:1:1678)`);
// - exports keep their names (an ES module's export names are its interface), and legal
//   comments (`/*!`, `@license`) stay.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { minify } from 'terser'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const dist = path.join(root, 'dist')

/** Terser options, the same for every module. */
const terserOptions = {
  module: true,
  ecma: 2022,
  compress: false,
  mangle: { keep_fnames: true, keep_classnames: true },
  format: { preserve_annotations: true, comments: 'some' },
}

const annotations = (code) => (code.match(/[@#]__(?:PURE|NO_SIDE_EFFECTS)__/g) ?? []).length

let before = 0
let after = 0
const modules = readdirSync(dist).filter((file) => file.endsWith('.js'))
for (const file of modules) {
  const code = readFileSync(path.join(dist, file), 'utf8')
  // esbuild writes some classes as `var Name = class extends …`: terser's `keep_classnames`
  // keeps the names of class declarations and named class expressions only, so the bindings
  // of anonymous class expressions keep their names by being reserved.
  const classBindings = [...code.matchAll(/\b(?:var|let|const)\s+([A-Za-z_$][\w$]*)\s*=\s*class\b/g)].map((match) => match[1])
  const options = { ...terserOptions, mangle: { ...terserOptions.mangle, reserved: classBindings } }
  const { code: minified } = await minify({ [file]: code }, options)
  if (minified === undefined) throw new Error(`minify: terser returned nothing for dist/${file}`)
  // Every annotation the bundlers tree-shake by survives, or the build fails.
  if (annotations(minified) !== annotations(code)) {
    console.error(`minify: dist/${file} had ${annotations(code)} pure annotation(s), ${annotations(minified)} after terser`)
    process.exit(1)
  }
  writeFileSync(path.join(dist, file), minified)
  before += Buffer.byteLength(code)
  after += Buffer.byteLength(minified)
}
console.log(`minify: ${modules.length} module(s), ${before} B -> ${after} B, pure annotations and function names kept`)
