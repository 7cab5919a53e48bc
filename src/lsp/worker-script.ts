import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { isCommonJs, moduleDirectory, packageRoot } from '../cli/package-root.js'
import type { WorkerScript } from '../cli/worker-script.js'

/**
 * How to start the language server's analysis worker: `lsp-worker.js` (`.cjs` from the CJS
 * build) next to the running module in `dist/`; from the TypeScript sources (tests), the
 * package's built `dist/lsp-worker.js` if present, else `src/lsp/worker.ts` through tsx.
 *
 * @returns The script to give `WorkerPool`.
 * @throws {Error} When neither the built worker nor the sources with tsx are there.
 */
export function resolveLspWorker(): WorkerScript {
  const name = isCommonJs() ? 'lsp-worker.cjs' : 'lsp-worker.js'
  for (const candidate of [join(moduleDirectory(), name), join(packageRoot(), 'dist', name)]) {
    if (existsSync(candidate)) return { script: candidate, eval: false }
  }
  const source = join(packageRoot(), 'src', 'lsp', 'worker.ts')
  const tsx = join(packageRoot(), 'node_modules', 'tsx', 'dist', 'esm', 'api', 'index.mjs')
  if (existsSync(source) && existsSync(tsx)) {
    const tsxUrl = JSON.stringify(pathToFileURL(tsx).href)
    const sourceUrl = JSON.stringify(pathToFileURL(source).href)
    return { script: `import(${tsxUrl}).then((api) => { api.register(); return import(${sourceUrl}) })`, eval: true }
  }
  throw new Error(`Cannot find the language server's worker ${name}: build the package first (npm run build)`)
}
