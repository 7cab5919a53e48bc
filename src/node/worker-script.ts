import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { InputError } from './errors.js'
import { moduleDirectory, packageRoot } from './package-root.js'

/** How to start a worker: a script path, or source to evaluate. */
export interface WorkerScript {
  /** Path of the script, or JavaScript source when `eval` is true. */
  script: string
  /** Whether `script` is source code. */
  eval: boolean
}

/** A worker entry of the build. */
export interface BuiltWorker {
  /** Name of the built file in `dist/`, e.g. `check-worker.js`. */
  file: string
  /** Its TypeScript source, relative to the package root, e.g. `src/node/check/worker.ts`. */
  source: string
  /** What it is, for the error message, e.g. `parser worker`. */
  label: string
}

/**
 * How to start one of the package's workers. In the package: `worker.file` next to the
 * running module in `dist/` (the CommonJS entries load the same ESM files). When the code runs
 * from its TypeScript sources (tests): the package's built `dist/` file if present, else
 * the source through tsx.
 *
 * @param worker The worker's built name, source and label.
 * @returns The script to give `WorkerPool`.
 * @throws {InputError} When neither the built worker nor the source with tsx is there.
 */
export function resolveBuiltWorker(worker: BuiltWorker): WorkerScript {
  const name = worker.file
  for (const candidate of [join(moduleDirectory(), name), join(packageRoot(), 'dist', name)]) {
    if (existsSync(candidate)) return { script: candidate, eval: false }
  }
  const source = join(packageRoot(), worker.source)
  const tsx = join(packageRoot(), 'node_modules', 'tsx', 'dist', 'esm', 'api', 'index.mjs')
  if (existsSync(source) && existsSync(tsx)) {
    const tsxUrl = JSON.stringify(pathToFileURL(tsx).href)
    const sourceUrl = JSON.stringify(pathToFileURL(source).href)
    return { script: `import(${tsxUrl}).then((api) => { api.register(); return import(${sourceUrl}) })`, eval: true }
  }
  throw new InputError(`Cannot find the ${worker.label} ${name}: build the package first (npm run build)`)
}
