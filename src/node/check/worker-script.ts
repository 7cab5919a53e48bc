import { resolveBuiltWorker, type WorkerScript } from '../worker-script.js'

export type { WorkerScript } from '../worker-script.js'

/**
 * How to start the parser worker of `check`, `render` and `diff` (`check-worker.js`; see
 * {@link resolveBuiltWorker}).
 *
 * @returns The script to give `WorkerPool`.
 * @throws {InputError} When neither the built worker nor the sources with tsx are there.
 */
export function resolveWorkerScript(): WorkerScript {
  return resolveBuiltWorker({ file: 'check-worker.js', source: 'src/node/check/worker.ts', label: 'parser worker' })
}
