/**
 * Timing helpers for ratios. On a shared 2-core machine, wall time measures the neighbours
 * as much as the code, so in-process timings use the process's CPU time (user + system,
 * microsecond resolution; it includes V8's GC and compiler helper threads, for subject and
 * baseline alike). Ratios come from interleaved rounds: each round times A and B back to
 * back (alternating which goes first), and the ratio reported is the median of the
 * per-round ratios.
 */

/**
 * CPU time of this process in milliseconds: the clock of every in-process measurement.
 *
 * @returns Milliseconds of user + system CPU time since the process started.
 */
export function cpuNow(): number {
  const usage = process.cpuUsage()
  return (usage.user + usage.system) / 1000
}

/** Median of numbers (NaN for an empty list). */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2
}

/**
 * Time one batch: run `fn` until at least `minMs` of CPU time elapsed (at least once).
 *
 * @param fn Work to time.
 * @param minMs Minimum batch duration.
 * @returns CPU milliseconds per call.
 */
export function timeBatch(fn: () => unknown, minMs: number): number {
  let calls = 0
  const start = cpuNow()
  let elapsed = 0
  do {
    fn()
    calls++
    elapsed = cpuNow() - start
  } while (elapsed < minMs)
  return elapsed / calls
}

/** Result of an interleaved comparison. */
export interface Paired {
  /** Median over rounds of `a / b`. */
  ratio: number
  /** Median milliseconds per call of A and of B. */
  aMs: number
  bMs: number
  /** Per-round ratios, for the record. */
  ratios: number[]
}

/**
 * Compare A with B in interleaved rounds (after one untimed warm-up call of each).
 *
 * @param a Subject.
 * @param b Baseline.
 * @param options `rounds` (default 9) and `minMs` per batch (default 150).
 * @returns Median ratio and per-call times.
 */
export function paired(a: () => unknown, b: () => unknown, options: { rounds?: number; minMs?: number } = {}): Paired {
  const { rounds = 9, minMs = 150 } = options
  a()
  b()
  const aTimes: number[] = []
  const bTimes: number[] = []
  const ratios: number[] = []
  for (let round = 0; round < rounds; round++) {
    let aMs: number
    let bMs: number
    if (round % 2 === 0) {
      aMs = timeBatch(a, minMs)
      bMs = timeBatch(b, minMs)
    } else {
      bMs = timeBatch(b, minMs)
      aMs = timeBatch(a, minMs)
    }
    aTimes.push(aMs)
    bTimes.push(bMs)
    ratios.push(aMs / bMs)
  }
  return { ratio: median(ratios), aMs: median(aTimes), bMs: median(bTimes), ratios }
}

/**
 * Median time of single calls (for work that takes long enough to time one call).
 *
 * @param fn Work to time.
 * @param runs Number of timed calls (after one warm-up call).
 * @returns Median milliseconds per call.
 */
export function medianCall(fn: () => unknown, runs: number): number {
  fn()
  const times: number[] = []
  for (let run = 0; run < runs; run++) times.push(timeBatch(fn, 0))
  return median(times)
}

/**
 * Compare first calls on fresh inputs: each round makes `perRound` inputs for A and as many
 * for B (untimed), then times one call of A on each of its inputs and one of B on each of
 * its own (alternating which goes first); the ratio is the median of the per-round ratios.
 * For work that keeps something per input (a render of a frozen document), so that every
 * timed call is a first one, and the baseline's inputs are as fresh (as cold in the caches)
 * as the subject's.
 *
 * @param a Subject: makes an input, and runs on it.
 * @param b Baseline: makes an input, and runs on it.
 * @param options `rounds` (default 31) and `perRound` inputs (default 20).
 * @returns Median ratio and per-call times.
 */
export function pairedFresh<T, U>(
  a: { make: () => T; run: (input: T) => unknown },
  b: { make: () => U; run: (input: U) => unknown },
  options: { rounds?: number; perRound?: number } = {},
): Paired {
  const { rounds = 31, perRound = 20 } = options
  a.run(a.make())
  b.run(b.make())
  const aTimes: number[] = []
  const bTimes: number[] = []
  const ratios: number[] = []
  const time = <V>(inputs: readonly V[], run: (input: V) => unknown): number => {
    const start = cpuNow()
    for (const input of inputs) run(input)
    return (cpuNow() - start) / inputs.length
  }
  for (let round = 0; round < rounds; round++) {
    const aInputs = Array.from({ length: perRound }, a.make)
    const bInputs = Array.from({ length: perRound }, b.make)
    let aMs: number
    let bMs: number
    if (round % 2 === 0) {
      aMs = time(aInputs, a.run)
      bMs = time(bInputs, b.run)
    } else {
      bMs = time(bInputs, b.run)
      aMs = time(aInputs, a.run)
    }
    aTimes.push(aMs)
    bTimes.push(bMs)
    ratios.push(aMs / bMs)
  }
  return { ratio: median(ratios), aMs: median(aTimes), bMs: median(bTimes), ratios }
}
