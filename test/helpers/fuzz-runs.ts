/**
 * How many generated inputs a property test runs: its base count times `FUZZ_RUNS_SCALE`
 * (default 1). `npm test` runs the base counts; a deeper run on the same fixed seeds tests a
 * longer prefix of the same input sequence, e.g. `FUZZ_RUNS_SCALE=4 npx vitest run test/fuzz
 * test/parser/parse-parts.test.ts`.
 *
 * @param base Inputs under `npm test`.
 * @returns The count to pass as fast-check's `numRuns`.
 * @throws {RangeError} When `FUZZ_RUNS_SCALE` is not a positive number.
 */
export function fuzzRuns(base: number): number {
  const raw = process.env['FUZZ_RUNS_SCALE']
  const scale = raw === undefined || raw === '' ? 1 : Number(raw)
  if (!Number.isFinite(scale) || scale <= 0) throw new RangeError(`Unexpected FUZZ_RUNS_SCALE ${JSON.stringify(raw)}, expected a positive number`)
  return Math.max(1, Math.round(base * scale))
}
