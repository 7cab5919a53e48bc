import { defineConfig } from 'tsup'

const entry = {
  index: 'src/index.ts',
  schema: 'src/schema/index.ts',
  parser: 'src/parser/index.ts',
  render: 'src/render/index.ts',
  cli: 'src/cli/index.ts',
  'cli-worker': 'src/cli/worker.ts',
  node: 'src/node/index.ts',
  'node-worker': 'src/node/worker.ts',
}

// The root entry is built on its own, in one file: it shares no chunk with the other entries,
// so importing it loads one module (a cold import of four small modules cost about twice
// that of one).
const { index, ...shared } = entry

export default defineConfig([
  {
    // ESM: dependencies stay external; consumers' bundlers dedupe them.
    entry: shared,
    format: ['esm'],
    target: 'node20',
    // Errors still print; the per-file size listing does not.
    silent: true,
    platform: 'node',
    dts: true,
    // `npm run build` empties dist/ first: a `clean` here would race the other builds.
    clean: false,
    sourcemap: false,
    splitting: true,
    treeshake: true,
  },
  {
    entry: { index },
    format: ['esm'],
    target: 'node20',
    silent: true,
    platform: 'node',
    dts: true,
    sourcemap: false,
    splitting: false,
    treeshake: true,
  },
  {
    // CJS: the unified/remark ecosystem is ESM-only. Keeping it external would emit
    // `__toESM(require('remark-parse'), 1)`, whose `.default` is the namespace object, and
    // unified rejects it as an empty preset. So CJS bundles every dependency except the
    // zod peer (which ships its own CJS build).
    entry,
    format: ['cjs'],
    target: 'node20',
    silent: true,
    platform: 'node',
    dts: true,
    sourcemap: false,
    // Shared chunks keep one copy of the bundled dependencies across the CJS entries.
    splitting: true,
    treeshake: true,
    noExternal: [/^(?!zod(\/|$)).*/],
    external: ['zod'],
  },
])
