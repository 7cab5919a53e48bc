/**
 * Result records and the plain-text tables the bench prints (also pasted into BENCHMARKS.md).
 */

/** One timed subject. */
export interface Row {
  /** What ran, e.g. `parseContent + rules`. */
  task: string
  /** Input, e.g. `overview` or `1MB`. */
  input: string
  /** Input size in bytes. */
  bytes: number
  /** Median milliseconds per call. */
  ms: number
}

/** One target: a measured ratio against its limit. */
export interface Ratio {
  name: string
  value: number
  /** Unit of `value` (default `x`, a ratio). */
  unit?: string
  /** `<=` for a ceiling, `>=` for a floor, `info` when there is no target. */
  op: '<=' | '>=' | 'info'
  target?: number
  /** What was divided by what. */
  detail: string
}

/**
 * Whether a ratio meets its target (`info` ratios always do).
 *
 * @param ratio A ratio.
 * @returns true on pass.
 */
export function passes(ratio: Ratio): boolean {
  if (ratio.op === 'info' || ratio.target === undefined) return true
  return ratio.op === '<=' ? ratio.value <= ratio.target : ratio.value >= ratio.target
}

/** Lay out rows of cells as a fixed-width table with a header rule. */
function layout(header: string[], rows: string[][], rightAlign: boolean[]): string {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => (row[column] ?? '').length)))
  const line = (cells: string[]): string =>
    cells
      .map((cell, column) => (rightAlign[column] ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0)))
      .join(' | ')
      .trimEnd()
  return [line(header), widths.map((width) => '-'.repeat(width)).join('-|-'), ...rows.map(line)].join('\n')
}

/** Bytes as KB or MB with one decimal. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(2)} MB`
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`
  return `${bytes} B`
}

/** Milliseconds with sensible precision. */
export function formatMs(ms: number): string {
  return ms >= 100 ? ms.toFixed(0) : ms >= 1 ? ms.toFixed(2) : ms.toFixed(3)
}

/**
 * The throughput table.
 *
 * @param rows Timed subjects.
 * @returns Text table: task, input, size, median ms, MB/s.
 */
export function rowsTable(rows: readonly Row[]): string {
  return layout(
    ['task', 'input', 'size', 'median ms', 'MB/s'],
    rows.map((row) => [
      row.task,
      row.input,
      formatBytes(row.bytes),
      formatMs(row.ms),
      row.bytes > 0 ? (row.bytes / 1024 / 1024 / (row.ms / 1000)).toFixed(2) : '',
    ]),
    [false, false, true, true, true],
  )
}

/**
 * The targets table.
 *
 * @param ratios Measured ratios.
 * @returns Text table: ratio, value, target, PASS/FAIL, what was compared.
 */
export function ratiosTable(ratios: readonly Ratio[]): string {
  return layout(
    ['ratio', 'value', 'target', 'result', 'compared'],
    ratios.map((ratio) => [
      ratio.name,
      ratio.unit === undefined ? `${ratio.value.toFixed(2)}x` : `${ratio.value.toFixed(1)} ${ratio.unit}`,
      ratio.op === 'info' || ratio.target === undefined ? '-' : `${ratio.op} ${ratio.target}x`,
      ratio.op === 'info' ? 'info' : passes(ratio) ? 'PASS' : 'FAIL',
      ratio.detail,
    ]),
    [false, true, false, false, false],
  )
}
