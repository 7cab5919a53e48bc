/**
 * Build step after `build-content`: `dist/` from `src/`, in two lanes that run side by side
 * (each is about one core's work):
 *
 * - code: the tsup ESM build (`tsup.config.ts`), then terser (`scripts/minify.mjs`);
 * - declarations: `tsc -p tsconfig.build.json` writes one `.d.ts` per module into a cache,
 *   then rollup-plugin-dts bundles the exported entries' declarations into `dist/<name>.d.ts`
 *   and shared chunks. This is the plugin and version tsup's `dts` option runs, given the
 *   declarations instead of the sources: from sources it ran a type-checking pass of its own
 *   that cost three times a plain `tsc` (about 62 s of CPU against 21 s), on every build. The
 *   cache is incremental, so a build of unchanged sources checks nothing again.
 *
 * Then the CommonJS side (`scripts/build-cjs.mjs`), which reads the code and the declarations.
 * The cache is `.build-cache/declarations/` in the tree, not under `node_modules`: the bundler
 * keeps every import of a file below a `node_modules` folder as an external import.
 */
import { spawn } from 'node:child_process'
import { copyFileSync, mkdirSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { rollup, type RollupLog } from 'rollup'
import { dts } from 'rollup-plugin-dts'
import { declarationEntries } from '../tsup.config.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const cache = path.join(root, '.build-cache', 'declarations')
const bin = (file: string) => path.join(root, 'node_modules', file)

/**
 * Run a Node script to its end, its output passed through.
 *
 * @param script Script path.
 * @param args Arguments.
 * @returns Resolves on exit code 0; rejects naming the script otherwise.
 */
function node(script: string, args: string[] = []): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { cwd: root, stdio: 'inherit' })
    child.on('error', reject)
    child.on('close', (code, signal) => {
      if (code === 0) resolve()
      else reject(new Error(`build-dist: ${path.relative(root, script)} ${args.join(' ')} failed (${signal ?? `exit ${code}`})`))
    })
  })
}

async function code(): Promise<void> {
  await node(bin('tsup/dist/cli-default.js'))
  await node(path.join(root, 'scripts/minify.mjs'))
}

async function declarations(): Promise<void> {
  await node(bin('typescript/bin/tsc'), ['-p', 'tsconfig.build.json', '--outDir', cache, '--tsBuildInfoFile', path.join(cache, 'tsconfig.build.tsbuildinfo')])
  // Declaration files among the sources (the generated data modules' `.d.ts`) are inputs, which
  // tsc does not copy: the bundler finds them beside the emitted ones.
  const src = path.join(root, 'src')
  for (const file of readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.d.ts'))) {
    mkdirSync(path.join(cache, path.dirname(file)), { recursive: true })
    copyFileSync(path.join(src, file), path.join(cache, file))
  }
  const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { dependencies?: object; peerDependencies?: object }
  const dependencies = [...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.peerDependencies ?? {})]
  const input = Object.fromEntries(
    Object.entries(declarationEntries).map(([name, source]) => [name, path.join(cache, path.relative('src', source)).replace(/\.ts$/, '.d.ts')]),
  )
  const bundle = await rollup({
    input,
    plugins: [dts()],
    // As tsup's `dts`: dependencies stay imports, and so do the warnings it does not print.
    external: dependencies.map((name) => new RegExp(`^${name}($|\\/|\\\\)`)),
    onwarn(warning: RollupLog, warn: (warning: RollupLog) => void) {
      if (!['UNRESOLVED_IMPORT', 'CIRCULAR_DEPENDENCY', 'EMPTY_BUNDLE'].includes(warning.code ?? '')) warn(warning)
    },
  })
  await bundle.write({
    dir: path.join(root, 'dist'),
    format: 'es',
    entryFileNames: '[name].d.ts',
    // A chunk is named after its first module, here `name.d.ts`: `name-<hash>.d.ts`, as tsup named it.
    chunkFileNames: (chunk) => `${chunk.name.replace(/\.d$/, '')}-[hash].d.ts`,
  })
  await bundle.close()
}

// Both lanes run to their end, so a failure in one never leaves the other writing to dist/.
const failed = (await Promise.allSettled([code(), declarations()])).filter((lane) => lane.status === 'rejected')
if (failed.length > 0) {
  for (const lane of failed) console.error(lane.reason instanceof Error ? lane.reason.message : lane.reason)
  process.exit(1)
}
await node(path.join(root, 'scripts/build-cjs.mjs'))
