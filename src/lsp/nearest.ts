/**
 * Edit distance between two ids (optimal string alignment: insertions, deletions,
 * substitutions and swaps of neighbours each cost 1), or `limit + 1` once it is known to
 * exceed `limit`.
 *
 * @param a First id.
 * @param b Second id.
 * @param limit Largest distance of interest.
 * @returns The distance, at most `limit + 1`.
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1
  let before: number[] = []
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    let best = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, (before[j - 2] ?? 0) + 1)
      current.push(value)
      best = Math.min(best, value)
    }
    if (best > limit) return limit + 1
    before = previous
    previous = current
  }
  return Math.min(previous[b.length] ?? limit + 1, limit + 1)
}

/**
 * The existing ids nearest to a misspelt one: those at the smallest edit distance, if that
 * distance is small for the id's length (1 up to 4 characters, then a third of its length).
 *
 * @param id The misspelt id.
 * @param candidates The ids that exist.
 * @returns The nearest ids, in the order given (empty when none is near).
 */
export function nearestIds(id: string, candidates: readonly string[]): string[] {
  const limit = Math.max(1, Math.floor(id.length / 3))
  let best = limit + 1
  let found: string[] = []
  for (const candidate of new Set(candidates)) {
    if (candidate === id) continue
    const distance = editDistance(id, candidate, limit)
    if (distance < best) {
      best = distance
      found = [candidate]
    } else if (distance === best && distance <= limit) found.push(candidate)
  }
  return best <= limit ? found : []
}
