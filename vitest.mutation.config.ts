import { defineConfig } from 'vitest/config'

/**
 * The suites `npm run test:mutation` (Stryker) runs against each mutant of the guarantee
 * modules: the focused unit suites of the pre-scan, the renderers' placement step and
 * sanitizer schema, and the rules. Suites that spawn processes, read `dist/`, assert time
 * budgets (`test/hostile/limits.test.ts`: instrumented code is slower) or run thousands of
 * generated inputs are left to `npm test`: Stryker runs the covering tests once per mutant.
 * `MUTATION_TESTS` (comma-separated globs) narrows the suites for a run on one module, e.g.
 * `MUTATION_TESTS=test/render/*.test.ts npm run test:mutation -- --mutate
 * src/render/placement.ts`.
 */
const only = process.env['MUTATION_TESTS']?.split(',').filter((glob) => glob.trim() !== '')

export default defineConfig({
  test: {
    include: only ?? [
      'test/hostile/prescan.test.ts',
      'test/parser/alias-limit.test.ts',
      'test/render/*.test.ts',
      'test/rules/*.test.ts',
      'test/security/xss-static.test.ts',
    ],
    // html-fragments compares every render with the whole-tree render: minutes per mutant.
    exclude: ['test/render/html-fragments.test.ts'],
    pool: 'forks',
    isolate: false,
    testTimeout: 30_000,
  },
})
