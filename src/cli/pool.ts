import { Worker, type ResourceLimits } from 'node:worker_threads'

/** Options of a {@link WorkerPool}. */
export interface WorkerPoolOptions {
  /** Worker script: an absolute path or file URL. It must post `{ type: 'ready' }` once loaded. */
  script: string | URL
  /**
   * `script` is JavaScript source to evaluate rather than a path (`Worker`'s `eval`).
   * @default false
   */
  eval?: boolean
  /**
   * Number of workers.
   * @default 1
   */
  size?: number
  /**
   * Milliseconds a job may run before its worker is terminated (counted from the moment
   * a loaded worker receives the job, so start-up time is not charged to the first file).
   * @default 10000
   */
  timeoutMs?: number
  /**
   * Memory limits per worker, so a runaway parse kills its worker rather than the process.
   * @default { maxOldGenerationSizeMb: 1024 }
   */
  resourceLimits?: ResourceLimits
}

/** How a job ended: with the worker's answer, or by timeout or crash of its worker. */
export type JobOutcome<Result> =
  | { status: 'done'; value: Result }
  | { status: 'timeout'; elapsedMs: number }
  | { status: 'crash'; message: string }

interface Job<Request, Result> {
  request: Request
  resolve: (outcome: JobOutcome<Result>) => void
}

interface Slot<Request, Result> {
  worker: Worker
  ready: boolean
  job: Job<Request, Result> | undefined
  timer: NodeJS.Timeout | undefined
  startedAt: number
}

type WorkerMessage<Result> = { type: 'ready' } | { type: 'result'; value: Result } | { type: 'error'; message: string }

/**
 * A small pool of `worker_threads` workers that run one job each at a time, in order.
 * A job that outlives the timeout has its worker terminated and replaced; a worker that
 * dies fails its job. Neither stalls or crashes the caller.
 */
export class WorkerPool<Request, Result> {
  readonly #script: string | URL
  readonly #eval: boolean
  readonly #timeoutMs: number
  readonly #resourceLimits: ResourceLimits
  readonly #slots: Array<Slot<Request, Result>> = []
  readonly #queue: Array<Job<Request, Result>> = []
  #closed = false
  #brokenMessage: string | undefined

  /**
   * @param options Script, size, timeout and memory limits.
   */
  constructor(options: WorkerPoolOptions) {
    const size = options.size ?? 1
    if (!Number.isInteger(size) || size < 1) throw new RangeError(`Unexpected pool size ${size}, expected a positive integer`)
    this.#script = options.script
    this.#eval = options.eval ?? false
    this.#timeoutMs = options.timeoutMs ?? 10_000
    this.#resourceLimits = options.resourceLimits ?? { maxOldGenerationSizeMb: 1024 }
    for (let index = 0; index < size; index++) this.#slots.push(this.#spawn())
  }

  /**
   * Queue a job.
   *
   * @param request Message posted to a worker (structured-cloneable).
   * @returns The outcome; never rejects.
   */
  run(request: Request): Promise<JobOutcome<Result>> {
    if (this.#closed) throw new Error('Unexpected run() on a closed pool')
    return new Promise((resolve) => {
      if (this.#brokenMessage !== undefined) {
        resolve({ status: 'crash', message: this.#brokenMessage })
        return
      }
      this.#queue.push({ request, resolve })
      this.#dispatch()
    })
  }

  /**
   * Terminate every worker. Pending jobs fail as crashes.
   *
   * @returns When all workers have exited.
   */
  async close(): Promise<void> {
    this.#closed = true
    for (const job of this.#queue.splice(0)) job.resolve({ status: 'crash', message: 'Pool closed' })
    await Promise.all(
      this.#slots.map(async (slot) => {
        if (slot.timer !== undefined) clearTimeout(slot.timer)
        slot.job?.resolve({ status: 'crash', message: 'Pool closed' })
        slot.job = undefined
        await slot.worker.terminate()
      }),
    )
  }

  #spawn(): Slot<Request, Result> {
    const worker = new Worker(this.#script, { eval: this.#eval, resourceLimits: this.#resourceLimits })
    const slot: Slot<Request, Result> = { worker, ready: false, job: undefined, timer: undefined, startedAt: 0 }
    worker.on('message', (message: WorkerMessage<Result>) => {
      if (message.type === 'ready') {
        slot.ready = true
        this.#dispatch()
        return
      }
      const job = this.#finish(slot)
      if (job === undefined) return
      job.resolve(message.type === 'result' ? { status: 'done', value: message.value } : { status: 'crash', message: message.message })
      this.#dispatch()
    })
    worker.on('error', (error) => this.#onDeath(slot, error.message))
    worker.on('exit', (code) => this.#onDeath(slot, `Worker exited with code ${code}`))
    return slot
  }

  #finish(slot: Slot<Request, Result>): Job<Request, Result> | undefined {
    if (slot.timer !== undefined) clearTimeout(slot.timer)
    slot.timer = undefined
    const job = slot.job
    slot.job = undefined
    return job
  }

  #onDeath(slot: Slot<Request, Result>, message: string): void {
    const index = this.#slots.indexOf(slot)
    if (index === -1 || this.#closed) return
    const job = this.#finish(slot)
    if (!slot.ready) {
      // The script could not even load: every job would fail the same way.
      this.#brokenMessage = `Cannot start the parser worker: ${message}`
      this.#slots.splice(index, 1)
      job?.resolve({ status: 'crash', message: this.#brokenMessage })
      if (this.#slots.length === 0) for (const queued of this.#queue.splice(0)) queued.resolve({ status: 'crash', message: this.#brokenMessage })
      return
    }
    this.#slots[index] = this.#spawn()
    job?.resolve({ status: 'crash', message })
    this.#dispatch()
  }

  #dispatch(): void {
    for (const slot of this.#slots) {
      if (this.#queue.length === 0) return
      if (!slot.ready || slot.job !== undefined) continue
      const job = this.#queue.shift() as Job<Request, Result>
      slot.job = job
      slot.startedAt = performance.now()
      slot.timer = setTimeout(() => this.#onTimeout(slot), this.#timeoutMs)
      slot.worker.postMessage(job.request)
    }
  }

  #onTimeout(slot: Slot<Request, Result>): void {
    const index = this.#slots.indexOf(slot)
    const job = this.#finish(slot)
    if (index === -1 || job === undefined) return
    // Replace the slot first so the old worker's exit event is ignored.
    this.#slots[index] = this.#spawn()
    void slot.worker.terminate()
    job.resolve({ status: 'timeout', elapsedMs: Math.round(performance.now() - slot.startedAt) })
    this.#dispatch()
  }
}
