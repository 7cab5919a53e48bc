import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { InputError } from '../errors.js'
import { isCommonJs, moduleDirectory, packageRoot } from '../package-root.js'

/** How to start the parser worker: a script path, or source to evaluate. */
export interface WorkerScript {
  /** Path of the script, or JavaScript source when `eval` is true. */
  script: string
  /** Whether `script` is source code. */
  eval: boolean
}

/**
 * How to start the parser worker. In the package: `check-worker.js` (`.cjs` from the CJS
 * build) next to the running module in `dist/`. When the code runs from its TypeScript
 * sources (tests): the package's built `dist/check-worker.js` if present, else `worker.ts`
 * through tsx.
 *
 * @returns The script to give `WorkerPool`.
 */
export function resolveWorkerScript(): WorkerScript {
  const here = moduleDirectory()
  const name = isCommonJs() ? 'check-worker.cjs' : 'check-worker.js'
  for (const candidate of [join(here, name), join(packageRoot(), 'dist', name)]) {
    if (existsSync(candidate)) return { script: candidate, eval: false }
  }
  const source = join(here, 'check', 'worker.ts')
  const tsx = join(packageRoot(), 'node_modules', 'tsx', 'dist', 'esm', 'api', 'index.mjs')
  if (existsSync(source) && existsSync(tsx)) {
    const tsxUrl = JSON.stringify(pathToFileURL(tsx).href)
    const sourceUrl = JSON.stringify(pathToFileURL(source).href)
    return { script: `import(${tsxUrl}).then((api) => { api.register(); return import(${sourceUrl}) })`, eval: true }
  }
  throw new InputError(`Cannot find the parser worker ${name}: build the package first (npm run build)`)
}
