import { parentPort } from 'node:worker_threads'
import type { JobsMessage, WorkerMessage } from './pool.js'

/**
 * The worker side of `WorkerPool`'s protocol: post `ready`, then run the jobs of each batch
 * in order and post one answer per job (`result`, or `error` with the stack of what `run`
 * threw), so the pool can stop a job that runs past its timeout without losing the rest of
 * the batch.
 *
 * @param run Runs one job (or returns a promise of its result); the result must be
 *   structured-cloneable.
 * @param name The worker's name, for the error when it is not run in a worker thread.
 * @throws {Error} When called outside a worker thread.
 */
export function serveJobs<Request, Result>(run: (request: Request) => Result | Promise<Result>, name: string): void {
  const port = parentPort
  if (port === null) throw new Error(`${name} must run in a worker thread`)
  const post = (message: WorkerMessage<Result>): void => port.postMessage(message)
  const failed = (id: number, error: unknown): void => post({ type: 'error', id, message: error instanceof Error ? (error.stack ?? error.message) : String(error) })
  // A job whose result is a promise (one that loads a config first) holds back the jobs after
  // it, so the answers keep the order of the jobs; synchronous jobs are answered at once.
  const queue: Array<JobsMessage<Request>['jobs'][number]> = []
  let waiting = false
  const drain = (): void => {
    for (let job = queue.shift(); job !== undefined; job = queue.shift()) {
      const { id, request } = job
      let value: Result | Promise<Result>
      try {
        value = run(request)
      } catch (error) {
        failed(id, error)
        continue
      }
      if (value instanceof Promise) {
        waiting = true
        void value
          .then(
            (result) => post({ type: 'result', id, value: result }),
            (error: unknown) => failed(id, error),
          )
          .then(() => {
            waiting = false
            drain()
          })
        return
      }
      post({ type: 'result', id, value })
    }
  }
  port.on('message', (message: JobsMessage<Request>) => {
    queue.push(...message.jobs)
    if (!waiting) drain()
  })
  post({ type: 'ready' })
}
