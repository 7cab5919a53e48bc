import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { CliIoError } from './errors.js'
import { isCommonJs, moduleDirectory, packageRoot } from './package-root.js'

/**
 * Path of the built parser worker (`dist/cli-worker.js`, or `.cjs` from the CJS build):
 * next to the running module in `dist/`, else in the package's `dist/` (when the CLI runs
 * from its TypeScript sources, as in tests).
 *
 * @returns Absolute path of the worker script.
 */
export function resolveWorkerScript(): string {
  const name = isCommonJs() ? 'cli-worker.cjs' : 'cli-worker.js'
  const candidates = [join(moduleDirectory(), name), join(packageRoot(), 'dist', name)]
  const found = candidates.find((candidate) => existsSync(candidate))
  if (found === undefined) throw new CliIoError(`Cannot find the parser worker ${name}: build the package first (npm run build)`)
  return found
}
