import { defineConfig } from 'tsup'

const entry = {
  index: 'src/index.ts',
  schema: 'src/schema/index.ts',
  parser: 'src/parser/index.ts',
  render: 'src/render/index.ts',
  cli: 'src/cli/index.ts',
  'check-worker': 'src/node/check/worker.ts',
  node: 'src/node/index.ts',
  'node-worker': 'src/node/worker.ts',
  lsp: 'src/lsp/index.ts',
  'lsp-worker': 'src/lsp/worker.ts',
}

export default defineConfig([
  {
    // ESM: dependencies stay external; consumers' bundlers dedupe them.
    entry,
    format: ['esm'],
    target: 'node20',
    // Errors still print; the per-file size listing does not.
    silent: true,
    platform: 'node',
    dts: true,
    clean: true,
    sourcemap: false,
    splitting: true,
    treeshake: true,
  },
  {
    // CJS: the unified/remark ecosystem is ESM-only. Keeping it external would emit
    // `__toESM(require('remark-parse'), 1)`, whose `.default` is the namespace object, and
    // unified rejects it as an empty preset. So CJS bundles every dependency except the
    // zod peer (which ships its own CJS build) and jiti (CommonJS itself, and loaded only for
    // a TypeScript config: bundled, its lazily required transformer would be inlined).
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
    noExternal: [/^(?!(?:zod|jiti)(\/|$)).*/],
    external: ['zod', 'jiti'],
  },
])
