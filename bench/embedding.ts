/**
 * What embedding the overview costs a consumer: bundle bytes (esbuild, minified, gzip) and
 * cold import time in a fresh Node process, each against the content's JSON alone.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'
import { root } from './corpus.js'
import { median } from './measure.js'

/** Packages that must never reach the root entry's bundle. */
const forbidden = /node_modules\/(unified|micromark[^/]*|mdast-util-from-markdown|remark-[^/]+|yaml|zod)\//

/**
 * Packages that must never reach a browser bundle rendering HTML from a frozen document: the
 * YAML library, a markdown parser or serializer, unified, zod, github-slugger's table. (mdast-util-to-hast's small
 * `micromark-util-*` helpers for URLs and characters are fine: no parser.)
 */
const forbiddenForHtml = /node_modules\/(unified|micromark|micromark-core-commonmark|mdast-util-from-markdown|mdast-util-to-markdown|remark-[^/]+|yaml|zod|github-slugger)\//

/** Size of a bundle. */
export interface BundleSize {
  /** Minified bytes. */
  minified: number
  /** gzip (level 9) bytes. */
  gzip: number
  /** Inputs from packages the entry must not pull in (root entry only). */
  forbiddenInputs: string[]
}

/**
 * Bundle an entry with esbuild as a browser app would (ESM, minified, tree-shaken) and gzip it.
 *
 * @param entry Absolute path of the entry file.
 * @param external Packages left out of the bundle.
 * @returns Minified and gzip sizes, and any forbidden inputs.
 */
export async function bundleSize(entry: string, external: string[] = []): Promise<BundleSize> {
  return bundle({ entryPoints: [entry] }, external, forbidden)
}

/**
 * Bundle what an app importing some of the root entry's exports ships (as size-limit's
 * `import` option does): the English overview alone, or the Spanish one alone, each bundle
 * holding only the overview it names.
 *
 * @param names Exports of `dist/index.js` to keep.
 * @returns Minified and gzip sizes, and any forbidden inputs.
 */
export async function rootBundleSize(names: readonly string[]): Promise<BundleSize> {
  const contents = `export { ${names.join(', ')} } from ${JSON.stringify(path.join(root, 'dist', 'index.js'))}`
  return bundle({ stdin: { contents, resolveDir: root } }, [], forbidden)
}

/**
 * Bundle what a browser app rendering HTML from the built-in overview ships: the overview
 * from the root entry and `renderSection` from `exosome-content/render`, nothing else.
 *
 * @returns Minified and gzip sizes, and any input a YAML library or markdown parser or
 *   serializer brought in.
 */
export async function htmlBundleSize(): Promise<BundleSize> {
  const contents = [
    `import { exosomeOverview } from ${JSON.stringify(path.join(root, 'dist', 'index.js'))}`,
    `import { renderSection } from ${JSON.stringify(path.join(root, 'dist', 'render.js'))}`,
    "document.body.innerHTML = renderSection(exosomeOverview, 'what-exosomes-are', { format: 'html' })",
  ].join('\n')
  return bundle({ stdin: { contents, resolveDir: root } }, [], forbiddenForHtml)
}

async function bundle(input: { entryPoints: string[] } | { stdin: { contents: string; resolveDir: string } }, external: string[], banned: RegExp): Promise<BundleSize> {
  const result = await build({
    ...input,
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    metafile: true,
    external,
    logLevel: 'silent',
  })
  const code = result.outputFiles[0]?.contents ?? new Uint8Array()
  const forbiddenInputs = Object.keys(result.metafile.inputs).filter((input) => banned.test(input))
  return { minified: code.byteLength, gzip: gzipSync(code, { level: 9 }).byteLength, forbiddenInputs }
}

/**
 * gzip size of a string (level 9, as for bundles).
 *
 * @param text Any text.
 * @returns Bytes.
 */
export function gzipSize(text: string): { raw: number; gzip: number } {
  return { raw: Buffer.byteLength(text), gzip: gzipSync(text, { level: 9 }).byteLength }
}

/**
 * Cold import timings (milliseconds, medians over fresh processes). Inside each process the
 * CPU time of the import is the measure (the machine is shared; wall time is kept too).
 */
export interface ColdImport {
  runs: number
  /** `await import('dist/index.js')` and reading `exosomeOverview.title`: CPU time inside the process. */
  entryMs: number
  /** `await import('overview.json', { with: { type: 'json' } })`: CPU time inside the process. */
  jsonImportMs: number
  /** `JSON.parse(readFileSync('overview.json', 'utf8'))`: CPU time inside the process. */
  jsonParseMs: number
  /** The same three, wall time inside the process. */
  entryWallMs: number
  jsonImportWallMs: number
  jsonParseWallMs: number
  /** Whole-process wall time (spawn to exit) for the same three scripts. */
  entryProcessMs: number
  jsonImportProcessMs: number
  jsonParseProcessMs: number
}

/** Run a module script in a fresh `node` and read the two numbers it prints (CPU, wall). */
function spawnTimed(script: string): { cpu: number; wall: number; process: number } {
  const start = process.hrtime.bigint()
  const result = spawnSync(process.execPath, ['--no-warnings', '--input-type=module', '-e', script], {
    encoding: 'utf8',
  })
  const whole = Number(process.hrtime.bigint() - start) / 1e6
  const [cpu, wall] = result.stdout.trim().split(' ').map(Number)
  if (result.status !== 0 || cpu === undefined || wall === undefined || !Number.isFinite(cpu) || !Number.isFinite(wall)) {
    throw new Error(`cold import script failed (${result.status}): ${result.stderr}`)
  }
  return { cpu, wall, process: whole }
}

/** A module script timing `load` (an expression to await) in CPU and wall milliseconds. */
function timedScript(setup: string, load: string): string {
  return `${setup}const c=process.cpuUsage();const t=performance.now();const d=await ${load};d.title;const u=process.cpuUsage(c);process.stdout.write((u.user+u.system)/1000+' '+(performance.now()-t))`
}

/**
 * Cold-import cost: the built root entry versus the same content as a JSON file, each in
 * `runs` fresh processes, alternating so both see the same machine load.
 *
 * @param json The content's JSON (`JSON.stringify(exosomeOverview)`).
 * @param runs Processes per variant.
 * @returns Median timings.
 */
export function coldImport(json: string, runs: number): ColdImport {
  const dir = mkdtempSync(path.join(tmpdir(), 'exosome-bench-json-'))
  try {
    const jsonFile = path.join(dir, 'overview.json')
    writeFileSync(jsonFile, json)
    const entryUrl = pathToFileURL(path.join(root, 'dist', 'index.js')).href
    const jsonUrl = pathToFileURL(jsonFile).href
    // Each script starts its clocks after Node is up and stops them once the data is usable.
    const scripts = {
      entry: timedScript('', `import(${JSON.stringify(entryUrl)}).then((m)=>m.exosomeOverview)`),
      jsonImport: timedScript('', `import(${JSON.stringify(jsonUrl)},{with:{type:'json'}}).then((m)=>m.default)`),
      jsonParse: timedScript("import{readFileSync}from'node:fs';", `JSON.parse(readFileSync(${JSON.stringify(jsonFile)},'utf8'))`),
    }
    const samples = { entry: [] as number[], jsonImport: [] as number[], jsonParse: [] as number[] }
    const insideWalls = { entry: [] as number[], jsonImport: [] as number[], jsonParse: [] as number[] }
    const walls = { entry: [] as number[], jsonImport: [] as number[], jsonParse: [] as number[] }
    const order = ['entry', 'jsonImport', 'jsonParse'] as const
    for (let run = 0; run < runs; run++) {
      for (let index = 0; index < order.length; index++) {
        const name = order[(index + run) % order.length] as (typeof order)[number]
        const { cpu, wall, process: whole } = spawnTimed(scripts[name])
        samples[name].push(cpu)
        insideWalls[name].push(wall)
        walls[name].push(whole)
      }
    }
    return {
      runs,
      entryMs: median(samples.entry),
      jsonImportMs: median(samples.jsonImport),
      jsonParseMs: median(samples.jsonParse),
      entryWallMs: median(insideWalls.entry),
      jsonImportWallMs: median(insideWalls.jsonImport),
      jsonParseWallMs: median(insideWalls.jsonParse),
      entryProcessMs: median(walls.entry),
      jsonImportProcessMs: median(walls.jsonImport),
      jsonParseProcessMs: median(walls.jsonParse),
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
