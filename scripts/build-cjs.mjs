// Post-build step: the CommonJS side of the package, derived from the ESM build.
//
// 1. Each `require` target in `package.json` `exports` (`./dist/<name>.cjs`) becomes
//    `module.exports = require('./<name>.js')`. Node >= 20.19 (the `engines` floor) loads ES
//    modules with `require()`, and returns their namespace, so a CommonJS consumer gets the
//    very module an ESM consumer gets: one copy of the code in the package, the same frozen
//    objects in a process that uses both, and dependencies resolved from `node_modules` like
//    any other. (A second, bundled CommonJS build would either inline the ESM-only
//    unified/remark packages or hit esbuild's Node-mode `__toESM(require(x), 1)`, whose
//    `.default` is the namespace.)
// 2. Each `dist/*.d.ts` gets a `.d.cts` twin with `.cjs` specifiers. In a `.d.cts` file,
//    TypeScript (module node16/nodenext) rejects a plain import of an ESM-only package (TS1479)
//    and a `declare module` augmentation of one; type-only imports with
//    `resolution-mode: 'import'` are allowed, so imports are rewritten, and augmentations (the
//    vfile `DataMap` typing `file.data.exosomeDocument`) stay in the ESM declarations only.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const dist = path.join(root, 'dist')
const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'))
const fail = (message) => {
  console.error(`build-cjs: ${message}`)
  process.exit(1)
}

/** Pairs of `{ import, require }` targets under every `exports` subpath. */
function conditionPairs(value, found = []) {
  if (value === null || typeof value !== 'object') return found
  if ('import' in value && 'require' in value) found.push({ import: value.import, require: value.require })
  else for (const nested of Object.values(value)) conditionPairs(nested, found)
  return found
}
/** Every string leaf of a JSON value. */
const strings = (value) => (typeof value === 'string' ? [value] : value === null || typeof value !== 'object' ? [] : Object.values(value).flatMap(strings))
const target = (conditions, key) => (typeof conditions === 'string' ? (key === 'default' ? conditions : undefined) : conditions?.[key])

// Runs once on tsup's output: step 3 turns the ESM entry declarations into re-exports of
// their `.d.cts` twins, from which step 2 must never derive them again.
for (const file of readdirSync(dist).filter((name) => name.endsWith('.d.ts'))) {
  if (/^export \* from '\.\/[\w-]+\.cjs';$/m.test(readFileSync(path.join(dist, file), 'utf8'))) fail(`dist/${file} is already a re-export: run \`npm run build\`, which empties dist/ first`)
}

// 1. CommonJS entries.
let entries = 0
for (const pair of conditionPairs(manifest.exports)) {
  const esm = target(pair.import, 'default')
  const cjs = target(pair.require, 'default')
  if (typeof esm !== 'string' || typeof cjs !== 'string') fail(`an exports entry lacks a default target: ${JSON.stringify(pair)}`)
  if (!cjs.startsWith('./dist/') || !cjs.endsWith('.cjs')) fail(`unexpected require target ${cjs}`)
  if (path.dirname(esm) !== path.dirname(cjs)) fail(`${cjs} and ${esm} must sit side by side`)
  if (!existsSync(path.join(root, esm))) fail(`${esm} is missing: the ESM build has no entry for it (tsup.config.ts)`)
  const specifier = `./${path.basename(esm)}`
  const namespace = await import(pathToFileURL(path.join(root, esm)).href)
  if ('default' in namespace) {
    // An entry with a default export (`exosome-content/vite`): its declarations say
    // `export default`, which for CommonJS means `exports.default` beside `__esModule`, so
    // the same bindings are written out one by one (still the ES module's very objects).
    const names = Object.keys(namespace).filter((name) => /^[A-Za-z_$][\w$]*$/.test(name))
    writeFileSync(
      path.join(root, cjs),
      `'use strict';\n// CommonJS entry: the ES module, loaded with require() (Node >= 20.19).\nconst esm = require(${JSON.stringify(specifier)});\nObject.defineProperty(exports, '__esModule', { value: true });\n${names.map((name) => `exports.${name} = esm.${name};`).join('\n')}\n`,
    )
  } else {
    writeFileSync(path.join(root, cjs), `'use strict';\n// CommonJS entry: the ES module, loaded with require() (Node >= 20.19).\nmodule.exports = require(${JSON.stringify(specifier)});\n`)
  }
  entries++
}
if (manifest.main !== undefined && !existsSync(path.join(root, manifest.main))) fail(`main ${manifest.main} is not written by any exports entry`)

// 2. CommonJS declarations.
const requireFromRoot = createRequire(path.join(root, 'package.json'))
const esmOnlyCache = new Map()
/** Whether a bare specifier resolves, for types, to an ES module only (no `require` form). */
function isEsmOnly(specifier) {
  const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]
  if (!esmOnlyCache.has(name)) {
    let esmOnly = false
    for (const candidate of [name, `@types/${name.startsWith('@') ? name.slice(1).replace('/', '__') : name}`]) {
      // Found by directory, since `exports` may not expose `package.json`.
      const manifestPath = (requireFromRoot.resolve.paths(candidate) ?? []).map((dir) => path.join(dir, candidate, 'package.json')).find((file) => existsSync(file))
      if (manifestPath === undefined) continue
      const pkg = JSON.parse(readFileSync(manifestPath, 'utf8'))
      esmOnly = pkg.type === 'module' && !JSON.stringify(pkg.exports ?? {}).includes('"require"')
      break
    }
    esmOnlyCache.set(name, esmOnly)
  }
  return esmOnlyCache.get(name)
}

const relativeSpecifier = /(from |import |import\()'(\.\.?\/[^']+)\.js'/g
const namedImport = /^import (?:type )?(\{[^}]*\}|\* as \w+) from '([^'.][^']*)';$/gm
const augmentation = /^declare module '([^']+)' \{\n(?: {4}.*\n|\n)*?\}\n/gm

let declarations = 0
for (const name of readdirSync(dist).filter((file) => file.endsWith('.d.ts'))) {
  const esm = readFileSync(path.join(dist, name), 'utf8')
  const cjs = esm
    .replace(relativeSpecifier, "$1'$2.cjs'")
    .replace(namedImport, (line, bindings, specifier) => (isEsmOnly(specifier) ? `import type ${bindings} from '${specifier}' with { 'resolution-mode': 'import' };` : line))
    .replace(augmentation, (block, specifier) => (isEsmOnly(specifier) ? '' : block))
  const leftover = [...cjs.matchAll(/^export .* from '([^'.][^']*)';$/gm)].filter((match) => isEsmOnly(match[1]))
  if (leftover.length > 0) fail(`${name} re-exports from ESM-only ${leftover.map((match) => match[1]).join(', ')}; a .d.cts cannot`)
  writeFileSync(path.join(dist, name.replace(/\.d\.ts$/, '.d.cts')), cjs)
  declarations++
}
// 3. One copy of the declarations. The `.d.cts` files hold them all; an ESM entry's `.d.ts`
//    re-exports its `.d.cts` twin (an ES module may import a CommonJS one's named exports), and
//    the shared `.d.ts` chunks are removed. Two kinds of `.d.ts` keep a body: an entry with a
//    default export (a CommonJS `export default` is `module.exports.default`, not what an ESM
//    `import` of the ES module gets), whose relative imports then name the `.d.cts` chunks; and
//    the module augmentations of ESM-only packages, which only an ES module declaration may
//    hold, each kept in its chunk's `.d.ts` and imported by every ESM entry that reached it.
const relativeFrom = /(?:from |import )'(\.\/[^']+)\.js'/g
const declarationEntries = new Set(
  strings(manifest.exports)
    .filter((file) => file.startsWith('./dist/') && file.endsWith('.d.ts'))
    .map((file) => path.basename(file, '.d.ts')),
)
const esmSources = new Map(
  readdirSync(dist)
    .filter((file) => file.endsWith('.d.ts'))
    .map((file) => [path.basename(file, '.d.ts'), readFileSync(path.join(dist, file), 'utf8')]),
)
const augmentations = new Map()
for (const [name, source] of esmSources) {
  const blocks = [...source.matchAll(augmentation)].filter((match) => isEsmOnly(match[1])).map((match) => match[0])
  if (blocks.length === 0) continue
  const imports = [...source.matchAll(/^import .*;$/gm)].map((match) => match[0].replace(relativeFrom, (clause, specifier) => clause.replace(`${specifier}.js'`, `${specifier}.cjs'`)))
  augmentations.set(name, `${imports.join('\n')}\n\n${blocks.join('\n')}\nexport {};\n`)
}
/** Chunks with an ESM-only augmentation that an ESM declaration reaches through its imports. */
function augmentationsReached(name, seen = new Set()) {
  if (seen.has(name)) return []
  seen.add(name)
  const found = augmentations.has(name) ? [name] : []
  for (const match of (esmSources.get(name) ?? '').matchAll(relativeFrom)) found.push(...augmentationsReached(path.basename(match[1]), seen))
  return found
}
let reExports = 0
for (const [name, source] of esmSources) {
  const file = path.join(dist, `${name}.d.ts`)
  if (declarationEntries.has(name)) {
    const sideEffects = augmentationsReached(name).filter((chunk) => chunk !== name).map((chunk) => `import './${chunk}.js';\n`).join('')
    const hasDefault = /^export default |^export \{[^}]*\bas default\b[^}]*\};$/m.test(source)
    if (hasDefault) {
      writeFileSync(file, `${sideEffects}${source.replace(relativeFrom, (clause, specifier) => clause.replace(`${specifier}.js'`, `${specifier}.cjs'`))}`)
    } else {
      writeFileSync(file, `${sideEffects}${augmentations.get(name) ?? ''}export * from './${name}.cjs';\n`)
      reExports++
    }
  } else if (augmentations.has(name)) {
    writeFileSync(file, augmentations.get(name))
  } else {
    rmSync(file)
  }
}
// 4. Half the indentation: the declaration bundler indents by four spaces, a twelfth of the
//    declarations' bytes. Each run of four leading spaces becomes two, so doc comments keep
//    their alignment (hover text is read without the leading `*` and white space).
for (const name of readdirSync(dist).filter((file) => /\.d\.c?ts$/.test(file))) {
  const file = path.join(dist, name)
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^(?: {4})+/gm, (indent) => ' '.repeat(indent.length / 2)))
}
console.log(`build-cjs: ${entries} CommonJS entr${entries === 1 ? 'y' : 'ies'}, ${declarations} declaration file(s), ${reExports} ESM entr${reExports === 1 ? 'y' : 'ies'} re-exporting them`)
