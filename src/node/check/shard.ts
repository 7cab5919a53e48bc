import { createHash } from 'node:crypto'

/** One of `count` parts of a file set, 1-based: `{ index: 2, count: 4 }` is `--shard 2/4`. */
export interface Shard {
  index: number
  count: number
}

/**
 * Read `i/n` (1 <= i <= n).
 *
 * @param text E.g. `2/4`.
 * @returns The shard, or undefined when the text is not of that form.
 */
export function parseShard(text: string): Shard | undefined {
  const match = /^(\d{1,6})\/(\d{1,6})$/.exec(text)
  if (match === null) return undefined
  const index = Number(match[1])
  const count = Number(match[2])
  return index >= 1 && index <= count ? { index, count } : undefined
}

/**
 * Which shard a file belongs to: from a hash of its display path alone, so adding or removing
 * a file never moves another one, and every machine of a CI matrix agrees.
 *
 * @param file Display path (relative to the working directory, forward slashes).
 * @param count Number of shards.
 * @returns The 1-based shard index.
 */
export function shardOf(file: string, count: number): number {
  const value = Number.parseInt(createHash('sha256').update(file).digest('hex').slice(0, 12), 16)
  return (value % count) + 1
}
