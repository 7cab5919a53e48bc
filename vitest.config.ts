import { defineConfig } from 'vitest/config'

/**
 * Suites that only call the library in-process: no child process, worker, server, browser,
 * packed tarball, `dist/` or module mock, and no global state of their own. They share test
 * processes (`isolate: false`), so the parser, the rules and the renderers load once per
 * process instead of once per file, which was the largest share of their run time. They stay
 * in forked processes (not worker threads), whose stack is the one users' code runs with:
 * the deep-nesting tests assert where a recursive walk overflows.
 */
const shared = [
  'test/architecture/*.test.ts',
  'test/commonmark/*.test.ts',
  'test/compile/*.test.ts',
  'test/content/*.test.ts',
  'test/docs/*.test.ts',
  'test/fuzz/*.test.ts',
  // Not `plugin` (starts processes) nor `rule-input` (mocks a module).
  'test/parser/!(plugin|rule-input).test.ts',
  // Not `memory` (starts processes) nor `render-reuse` (mocks a module).
  'test/render/!(memory|render-reuse).test.ts',
  // Not `prose-units` (mocks a module).
  'test/rules/!(prose-units).test.ts',
  'test/util/*.test.ts',
  'test/wording/*.test.ts',
  'test/readme/{blocks,links}.test.ts',
  'test/root/claim-text.test.ts',
  'test/schema/{agreement,json-schema,json-schema-extension}.test.ts',
  'test/security/immutability.test.ts',
  'test/security/xss-static.test.ts',
  'test/hostile/limits.test.ts',
  'test/hostile/prescan.test.ts',
  'test/hostile/wording.test.ts',
  'test/lsp/command.test.ts',
  'test/lsp/features.test.ts',
  'test/lsp/options.test.ts',
  'test/astro/loader.test.ts',
  'test/astro/remark.test.ts',
  'test/build/build.test.ts',
  'test/build/pages.test.ts',
  'test/cli/{cache,config,config-extension,files,formatters,init,locale-parity,main,review-diff,serve-jobs,shards}.test.ts',
]

export default defineConfig({
  test: {
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: { name: 'shared', include: shared, isolate: false },
      },
      {
        extends: true,
        test: {
          name: 'isolated',
          include: ['test/**/*.test.ts'],
          // Every other suite, each file in a fresh process.
          exclude: shared,
          // The type tests, and with them the whole project: Vitest runs `tsc` on
          // tsconfig.json (the check `npm run typecheck` makes) and fails the run on a type
          // error in any file, so `npm test` runs no second `tsc`.
          typecheck: { enabled: true, include: ['test/**/*.test-d.ts'] },
        },
      },
    ],
  },
})
