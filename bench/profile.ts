/**
 * `npm run bench:profile`: run bench/profile-loop.ts under `node --cpu-prof` and print where
 * the time goes, grouped as our own files (src/) versus each dependency package, so what our
 * code adds on top of remark is visible. `--keep` leaves the .cpuprofile for a viewer.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { root } from './corpus.js'

interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
  hitCount?: number
  children?: number[]
}
interface CpuProfile {
  nodes: ProfileNode[]
  samples: number[]
  timeDeltas: number[]
}

const keep = process.argv.includes('--keep')
const dir = mkdtempSync(path.join(tmpdir(), 'exosome-profile-'))
const run = spawnSync(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${dir}`, '--import', 'tsx', path.join(root, 'bench', 'profile-loop.ts')], {
  cwd: root,
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'inherit'],
})
process.stdout.write(run.stdout)
if (run.status !== 0) process.exit(run.status ?? 1)
const file = readdirSync(dir).find((name) => name.endsWith('.cpuprofile'))
if (!file) throw new Error('no .cpuprofile written')
const profile = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as CpuProfile

/** Where a frame's code lives: `src/<file>`, a package name, or a Node/V8 bucket. */
function owner(url: string, functionName: string): string {
  if (url === '') return functionName === '(garbage collector)' ? '(gc)' : functionName.startsWith('(') ? functionName : '(native)'
  const modules = url.lastIndexOf('node_modules/')
  if (modules !== -1) {
    const rest = url.slice(modules + 'node_modules/'.length).split('/')
    return (rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1] ?? ''}` : rest[0]) ?? url
  }
  const source = url.indexOf('/src/')
  if (source !== -1) return url.slice(source + 1)
  if (url.startsWith('node:')) return '(node internals)'
  return path.relative(root, url.replace(/^file:\/\//, ''))
}

const byId = new Map(profile.nodes.map((node) => [node.id, node]))
const selfMs = new Map<string, number>()
const functions = new Map<string, number>()
let total = 0
profile.samples.forEach((id, index) => {
  const node = byId.get(id)
  const delta = (profile.timeDeltas[index] ?? 0) / 1000
  if (!node) return
  total += delta
  const group = owner(node.callFrame.url, node.callFrame.functionName)
  selfMs.set(group, (selfMs.get(group) ?? 0) + delta)
  if (group.startsWith('src/')) {
    const key = `${group} ${node.callFrame.functionName || "(anonymous)"}`
    functions.set(key, (functions.get(key) ?? 0) + delta)
  }
})

// Inclusive time of our functions: how much of a parse each of our steps accounts for,
// dependencies they call included (e.g. remark's parse under our parseMarkdown).
const parentOf = new Map<number, number>()
for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id)
const inclusive = new Map<string, number>()
profile.samples.forEach((id, index) => {
  const delta = (profile.timeDeltas[index] ?? 0) / 1000
  const seen = new Set<string>()
  for (let current: number | undefined = id; current !== undefined; current = parentOf.get(current)) {
    const node = byId.get(current)
    if (!node) break
    const group = owner(node.callFrame.url, node.callFrame.functionName)
    if (!group.startsWith('src/')) continue
    const key = `${group} ${node.callFrame.functionName || '(anonymous)'}`
    if (seen.has(key)) continue
    seen.add(key)
    inclusive.set(key, (inclusive.get(key) ?? 0) + delta)
  }
})

const top = (map: Map<string, number>, count: number): string =>
  [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, ms]) => `${(100 * ms / total).toFixed(1).padStart(5)}%  ${ms.toFixed(0).padStart(6)} ms  ${name}`)
    .join('\n')
const ours = [...selfMs].filter(([name]) => name.startsWith('src/')).reduce((sum, [, ms]) => sum + ms, 0)
console.log(`\nSelf time by owner (total ${total.toFixed(0)} ms, our src/ files ${(100 * ours / total).toFixed(1)}%):\n${top(selfMs, 25)}`)
console.log(`\nOur hottest functions (self time):\n${top(functions, 20)}`)
console.log(`\nOur functions by inclusive time (what they call included):\n${top(inclusive, 25)}`)
if (keep) console.log(`\nprofile kept: ${path.join(dir, file)}`)
else rmSync(dir, { recursive: true, force: true })
