/**
 * Record new claim ids of the built-in content in `content/claims.lock.json`.
 *
 * Claim ids are public API. This script only ever adds ids; a removal or rename must be
 * written into the lock's `removed` list by hand, with the version and a reason, and is a
 * breaking change.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseContent } from '../src/parser/index.js'

interface ClaimsLock {
  document: string
  claims: string[]
  removed: Array<{ id: string; version: string; reason: string }>
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const lockPath = path.join(root, 'content', 'claims.lock.json')
const source = readFileSync(path.join(root, 'content', 'exosome-therapy.md'), 'utf8')
const { document } = parseContent(source, { path: 'content/exosome-therapy.md' })
if (!document) {
  console.error('claims-lock: content/exosome-therapy.md has errors; run `npx exosome-content check` first.')
  process.exit(1)
}

let lock: ClaimsLock = { document: document.id, claims: [], removed: [] }
try {
  lock = JSON.parse(readFileSync(lockPath, 'utf8')) as ClaimsLock
} catch {
  // First run: start an empty lock.
}

const added = Object.keys(document.claims).filter((id) => !lock.claims.includes(id))
lock.claims = [...lock.claims, ...added]
writeFileSync(lockPath, `${JSON.stringify(lock, null, 2)}\n`)
console.log(added.length > 0 ? `claims-lock: recorded ${added.join(', ')}` : 'claims-lock: nothing new')
