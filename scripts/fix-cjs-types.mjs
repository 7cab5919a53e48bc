// Post-build step for the CommonJS declarations (dist/*.d.cts).
//
// unified and vfile are ESM-only. In a `.d.cts` file, TypeScript (module node16/nodenext)
// rejects a plain import of them (TS1479) and a `declare module 'vfile'` augmentation. Type-only
// imports with `resolution-mode: 'import'` are allowed, so rewrite them; the vfile `DataMap`
// augmentation (typing `file.data.exosomeDocument`) stays in the ESM declarations only.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist')
const esmOnly = ['unified', 'vfile', 'vfile-message']
const importPattern = new RegExp(`^import (?:type )?(\\{[^}]*\\}) from '(${esmOnly.join('|')})';$`, 'gm')
const augmentationPattern = /^declare module 'vfile' \{\n(?: {4}.*\n|\n)*?\}\n/gm

let changed = 0
for (const name of readdirSync(dist).filter((file) => file.endsWith('.d.cts'))) {
  const file = path.join(dist, name)
  const before = readFileSync(file, 'utf8')
  const after = before
    .replace(importPattern, "import type $1 from '$2' with { 'resolution-mode': 'import' };")
    .replace(augmentationPattern, '')
  if (after !== before) {
    writeFileSync(file, after)
    changed++
  }
}
console.log(`fix-cjs-types: rewrote ${changed} declaration file(s)`)
