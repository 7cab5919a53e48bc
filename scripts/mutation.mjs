#!/usr/bin/env node
/**
 * `npm run test:mutation [-- <group>…] [-- <stryker options>]`: Stryker on the guarantee
 * modules, one group at a time, each against only the suites that exercise it (one test
 * runner, `coverageAnalysis: perTest`, see `stryker.config.json`). With no group, every group
 * runs in turn; the run fails when any group scores under the `break` threshold (80%).
 * Each group keeps an incremental file in `reports/mutation/`, so a rerun tests only the
 * mutants whose code or covering tests changed; pass `--force` to test every mutant again.
 * Reports: `reports/mutation/<group>.html` and `<group>.json`.
 */
import { spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/** Each group: the files Stryker mutates, and the suites that run against each mutant. */
export const groups = {
  prescan: {
    mutate: ['src/parser/prescan*.ts', 'src/parser/limits.ts'],
    tests: [
      'test/parser/prescan-limits.test.ts',
      'test/hostile/prescan.test.ts',
      'test/parser/alias-limit.test.ts',
    ],
  },
  schema: {
    mutate: ['src/render/html-schema.ts'],
    tests: ['test/render/html-schema.test.ts', 'test/render/html-schema-ids.test.ts'],
  },
  placement: {
    mutate: ['src/render/placement.ts', 'src/render/required.ts'],
    tests: [
      'test/render/placement.test.ts',
      'test/render/placement-summary.test.ts',
      'test/render/placement-paths.test.ts',
      'test/render/intro-disclaimers.test.ts',
      'test/render/api.test.ts',
    ],
  },
  rules: {
    mutate: ['src/rules/**/*.ts'],
    tests: ['test/rules/*.test.ts'],
  },
  parity: {
    mutate: ['src/rules/locale-parity.ts'],
    tests: ['test/rules/locale-parity.test.ts', 'test/rules/locale-parity-unit.test.ts', 'test/rules/rule-edges.test.ts'],
  },
  util: {
    mutate: ['src/rules/util/prose.ts', 'src/rules/util/plain-text.ts', 'src/rules/util/document.ts', 'src/rules/util/source.ts'],
    tests: [
      'test/rules/util-reuse.test.ts',
      'test/rules/prose-units.test.ts',
      'test/rules/rules-unit.test.ts',
      'test/rules/rule-edges.test.ts',
      'test/rules/rules.test.ts',
      'test/wording/prose.test.ts',
    ],
  },
}

const args = process.argv.slice(2)
const names = args.filter((arg) => Object.hasOwn(groups, arg))
const passThrough = args.filter((arg) => !Object.hasOwn(groups, arg))
const unknown = passThrough.filter((arg) => !arg.startsWith('-') && !/^\d/.test(arg))
if (unknown.length > 0 && names.length === 0) {
  console.error(`Unknown mutation group ${unknown.map((name) => `\`${name}\``).join(', ')}, expected one of ${Object.keys(groups).join(', ')}`)
  process.exit(2)
}

const stryker = fileURLToPath(new URL('../node_modules/@stryker-mutator/core/bin/stryker.js', import.meta.url))
mkdirSync('reports/mutation', { recursive: true })
let failed = false
for (const name of names.length > 0 ? names : Object.keys(groups)) {
  const group = groups[name]
  console.log(`\nmutation group \`${name}\`: ${group.mutate.join(', ')} against ${group.tests.join(', ')}`)
  const run = spawnSync(
    process.execPath,
    [stryker, 'run', '--mutate', group.mutate.join(','), '--incremental', '--incrementalFile', `reports/mutation/${name}.incremental.json`, ...passThrough],
    { stdio: 'inherit', env: { ...process.env, MUTATION_TESTS: group.tests.join(',') } },
  )
  for (const extension of ['html', 'json']) {
    const report = `reports/mutation/${extension === 'html' ? 'index.html' : 'mutation.json'}`
    if (existsSync(report)) copyFileSync(report, `reports/mutation/${name}.${extension}`)
  }
  if (run.status !== 0) failed = true
}
process.exit(failed ? 1 : 0)
