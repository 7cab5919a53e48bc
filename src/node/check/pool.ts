import { Worker, type ResourceLimits } from 'node:worker_threads'

/** Options of a {@link WorkerPool}. */
export interface WorkerPoolOptions<Request> {
  /**
   * Worker script: an absolute path or file URL. It must post `{ type: 'ready' }` once
   * loaded, take `{ type: 'jobs', jobs: [{ id, request }] }` and answer each job, in order,
   * with `{ type: 'result', id, value }` or `{ type: 'error', id, message }`.
   */
  script: string | URL
  /**
   * `script` is JavaScript source to evaluate rather than a path (`Worker`'s `eval`).
   * @default false
   */
  eval?: boolean
  /**
   * What each worker is started with (`Worker`'s `workerData`, structured-cloneable).
   * @default undefined
   */
  workerData?: unknown
  /**
   * Number of workers.
   * @default 1
   */
  size?: number
  /**
   * Milliseconds a job may run before its worker is terminated (counted from the moment
   * the worker starts it, so neither start-up nor the jobs queued before it are charged).
   * @default 10000
   */
  timeoutMs?: number
  /**
   * Memory limits per worker, so a runaway parse kills its worker rather than the process.
   * (A lower cap makes V8 collect garbage more often: with 1024 MB a parse costs 10-20% more
   * CPU than without a cap; with 4096 MB, about the same.)
   * @default { maxOldGenerationSizeMb: 4096 }
   */
  resourceLimits?: ResourceLimits
  /**
   * How many jobs a worker is given ahead, at most, so it never waits for the next one.
   * @default 4
   */
  batchJobs?: number
  /**
   * The weight of a job (its source length, say): a worker is given jobs ahead only up to
   * `batchWeight` of them, so one worker does not hold several large files while the
   * others are idle.
   * @default () => 1
   */
  weight?: (request: Request) => number
  /** @default Infinity */
  batchWeight?: number
}

/** How a job ended: with the worker's answer, or by timeout or crash of its worker. */
export type JobOutcome<Result> =
  | { status: 'done'; value: Result }
  | { status: 'timeout'; elapsedMs: number }
  | { status: 'crash'; message: string }

interface Job<Request, Result> {
  id: number
  request: Request
  weight: number
  resolve: (outcome: JobOutcome<Result>) => void
}

interface Slot<Request, Result> {
  worker: Worker
  ready: boolean
  /** Jobs given to the worker, in the order it runs them: the first one is running. */
  jobs: Array<Job<Request, Result>>
  timer: NodeJS.Timeout | undefined
  startedAt: number
}

/** What the pool posts to a worker: jobs to run in order. */
export interface JobsMessage<Request> {
  type: 'jobs'
  jobs: Array<{ id: number; request: Request }>
}

/** What a worker posts to the pool: that it is loaded, then one answer per job. */
export type WorkerMessage<Result> = { type: 'ready' } | { type: 'result'; id: number; value: Result } | { type: 'error'; id: number; message: string }

/**
 * A pool of `worker_threads` workers, each started once and kept for every job. Jobs are
 * handed out in batches (a few at a time, by weight) so a worker never idles between
 * files. A job that outlives the timeout has its worker terminated and replaced, and the
 * jobs queued behind it go to the next worker; a worker that dies fails only the job it was
 * running. Neither stalls nor crashes the caller.
 */
export class WorkerPool<Request, Result> {
  readonly #script: string | URL
  readonly #eval: boolean
  readonly #workerData: unknown
  readonly #timeoutMs: number
  readonly #resourceLimits: ResourceLimits
  readonly #batchJobs: number
  readonly #batchWeight: number
  readonly #weight: (request: Request) => number
  readonly #slots: Array<Slot<Request, Result>> = []
  readonly #queue: Array<Job<Request, Result>> = []
  #nextId = 0
  #closed = false
  #brokenMessage: string | undefined

  /**
   * @param options Script, size, timeout, memory limits and batching.
   */
  constructor(options: WorkerPoolOptions<Request>) {
    const size = options.size ?? 1
    if (!Number.isInteger(size) || size < 1) throw new RangeError(`Unexpected pool size ${size}, expected a positive integer`)
    this.#script = options.script
    this.#eval = options.eval ?? false
    this.#workerData = options.workerData
    this.#timeoutMs = options.timeoutMs ?? 10_000
    this.#resourceLimits = options.resourceLimits ?? { maxOldGenerationSizeMb: 4096 }
    this.#batchJobs = Math.max(1, options.batchJobs ?? 4)
    this.#batchWeight = options.batchWeight ?? Number.POSITIVE_INFINITY
    this.#weight = options.weight ?? (() => 1)
    for (let index = 0; index < size; index++) this.#slots.push(this.#spawn())
  }

  /** Number of workers. */
  get size(): number {
    return this.#slots.length
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
      this.#queue.push({ id: this.#nextId++, request, weight: this.#weight(request), resolve })
      // Queue every job of a synchronous loop first, then hand them out in batches.
      queueMicrotask(() => this.#dispatch())
    })
  }

  /**
   * Terminate every worker. Pending jobs fail as crashes.
   *
   * @returns When all workers have exited.
   */
  async close(): Promise<void> {
    if (this.#closed) return
    this.#closed = true
    for (const job of this.#queue.splice(0)) job.resolve({ status: 'crash', message: 'Pool closed' })
    await Promise.all(
      this.#slots.map(async (slot) => {
        if (slot.timer !== undefined) clearTimeout(slot.timer)
        for (const job of slot.jobs.splice(0)) job.resolve({ status: 'crash', message: 'Pool closed' })
        await slot.worker.terminate()
      }),
    )
  }

  #spawn(): Slot<Request, Result> {
    // A worker inherits the process's flags; `--input-type` (a caller run with `node -e`)
    // makes Node refuse a worker file, and the worker script needs none of the caller's.
    const execArgv = process.execArgv.filter((flag) => !flag.startsWith('--input-type'))
    const worker = new Worker(this.#script, { eval: this.#eval, workerData: this.#workerData, resourceLimits: this.#resourceLimits, execArgv })
    const slot: Slot<Request, Result> = { worker, ready: false, jobs: [], timer: undefined, startedAt: 0 }
    worker.on('message', (message: WorkerMessage<Result>) => {
      if (message.type === 'ready') {
        slot.ready = true
        this.#dispatch()
        return
      }
      const index = slot.jobs.findIndex((job) => job.id === message.id)
      if (index === -1) return
      const [job] = slot.jobs.splice(index, 1) as [Job<Request, Result>]
      this.#restartTimer(slot)
      job.resolve(message.type === 'result' ? { status: 'done', value: message.value } : { status: 'crash', message: message.message })
      this.#dispatch()
    })
    worker.on('error', (error) => this.#onDeath(slot, error.message))
    worker.on('exit', (code) => this.#onDeath(slot, `Worker exited with code ${code}`))
    return slot
  }

  /** The first job of a slot is running: time it from now. */
  #restartTimer(slot: Slot<Request, Result>): void {
    if (slot.timer !== undefined) clearTimeout(slot.timer)
    slot.timer = undefined
    if (slot.jobs.length === 0 || this.#closed) return
    slot.startedAt = performance.now()
    slot.timer = setTimeout(() => this.#onTimeout(slot), this.#timeoutMs)
  }

  /** Take a slot out of service: its running job gets `outcome`, the others are queued again. */
  #retire(slot: Slot<Request, Result>, outcome: JobOutcome<Result>): void {
    if (slot.timer !== undefined) clearTimeout(slot.timer)
    slot.timer = undefined
    const [running, ...waiting] = slot.jobs.splice(0)
    this.#queue.unshift(...waiting)
    running?.resolve(outcome)
  }

  #onDeath(slot: Slot<Request, Result>, message: string): void {
    const index = this.#slots.indexOf(slot)
    if (index === -1 || this.#closed) return
    if (!slot.ready) {
      // The script could not even load: every job would fail the same way.
      this.#brokenMessage = `Cannot start the parser worker: ${message}`
      this.#slots.splice(index, 1)
      this.#retire(slot, { status: 'crash', message: this.#brokenMessage })
      if (this.#slots.length === 0) for (const queued of this.#queue.splice(0)) queued.resolve({ status: 'crash', message: this.#brokenMessage })
      return
    }
    this.#slots[index] = this.#spawn()
    this.#retire(slot, { status: 'crash', message })
    this.#dispatch()
  }

  #dispatch(): void {
    if (this.#closed) return
    for (const slot of this.#slots) {
      if (this.#queue.length === 0) return
      if (!slot.ready) continue
      let weight = slot.jobs.reduce((sum, job) => sum + job.weight, 0)
      const batch: Array<Job<Request, Result>> = []
      while (this.#queue.length > 0 && slot.jobs.length + batch.length < this.#batchJobs) {
        const next = this.#queue[0] as Job<Request, Result>
        // Always at least one job per idle worker, whatever its weight.
        if (slot.jobs.length + batch.length > 0 && weight + next.weight > this.#batchWeight) break
        batch.push(this.#queue.shift() as Job<Request, Result>)
        weight += next.weight
      }
      if (batch.length === 0) continue
      const wasIdle = slot.jobs.length === 0
      slot.jobs.push(...batch)
      if (wasIdle) this.#restartTimer(slot)
      const message: JobsMessage<Request> = { type: 'jobs', jobs: batch.map((job) => ({ id: job.id, request: job.request })) }
      slot.worker.postMessage(message)
    }
  }

  #onTimeout(slot: Slot<Request, Result>): void {
    const index = this.#slots.indexOf(slot)
    if (index === -1 || slot.jobs.length === 0) return
    // Replace the slot first so the old worker's exit event is ignored.
    this.#slots[index] = this.#spawn()
    void slot.worker.terminate()
    this.#retire(slot, { status: 'timeout', elapsedMs: Math.round(performance.now() - slot.startedAt) })
    this.#dispatch()
  }
}
