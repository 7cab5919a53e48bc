import { defineConfig } from 'vitest/config'

/**
 * The suites Stryker (`npm run test:mutation`, `scripts/mutation.mjs`) runs against each
 * mutant of the guarantee modules. Each mutation group sets `MUTATION_TESTS` (comma-separated
 * globs) to the suites that exercise its modules; without it (a plain `stryker run`) the
 * focused unit suites of every group run. Suites that spawn processes, read `dist/`, assert
 * time budgets (`test/hostile/limits.test.ts`: instrumented code is slower) or run thousands
 * of generated inputs are left to `npm test`: Stryker runs the covering tests once per mutant.
 */
const only = process.env['MUTATION_TESTS']?.split(',').filter((glob) => glob.trim() !== '')

export default defineConfig({
  test: {
    include: only ?? [
      'test/hostile/prescan.test.ts',
      'test/parser/alias-limit.test.ts',
      'test/parser/prescan-limits.test.ts',
      'test/render/*.test.ts',
      'test/rules/*.test.ts',
      'test/security/xss-static.test.ts',
    ],
    // html-fragments compares every render with the whole-tree render: minutes per mutant.
    exclude: ['test/render/html-fragments.test.ts'],
    pool: 'forks',
    testTimeout: 30_000,
  },
})
