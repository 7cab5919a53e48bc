import { parentPort } from 'node:worker_threads'
import type { JobsMessage, WorkerMessage } from './pool.js'

/**
 * The worker side of `WorkerPool`'s protocol: post `ready`, then run the jobs of each batch
 * in order and post one answer per job (`result`, or `error` with the stack of what `run`
 * threw), so the pool can stop a job that runs past its timeout without losing the rest of
 * the batch.
 *
 * @param run Runs one job; its result must be structured-cloneable.
 * @param name The worker's name, for the error when it is not run in a worker thread.
 * @throws {Error} When called outside a worker thread.
 */
export function serveJobs<Request, Result>(run: (request: Request) => Result, name: string): void {
  const port = parentPort
  if (port === null) throw new Error(`${name} must run in a worker thread`)
  const post = (message: WorkerMessage<Result>): void => port.postMessage(message)
  port.on('message', (message: JobsMessage<Request>) => {
    for (const { id, request } of message.jobs) {
      try {
        post({ type: 'result', id, value: run(request) })
      } catch (error) {
        post({ type: 'error', id, message: error instanceof Error ? (error.stack ?? error.message) : String(error) })
      }
    }
  })
  post({ type: 'ready' })
}
