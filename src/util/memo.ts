/**
 * Memoize a computation per frozen object: a frozen key cannot change, so its result is kept
 * (weakly) and reused; a key that is not frozen is computed again at every call.
 *
 * @param compute The computation.
 * @returns The memoized computation.
 */
export function memoizeFrozen<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const results = new WeakMap<K, V>()
  return (key) => {
    if (!Object.isFrozen(key)) return compute(key)
    if (results.has(key)) return results.get(key) as V
    const value = compute(key)
    results.set(key, value)
    return value
  }
}

/**
 * Memoize a computation per string key, keeping at most `limit` results: the keys (document
 * texts, policy phrases) rarely change, and the bound keeps a long-lived process small.
 *
 * @param limit Most results kept; the cache is emptied when it is full.
 * @param compute The computation.
 * @returns The memoized computation.
 */
export function memoizeBounded<V>(limit: number, compute: (key: string) => V): (key: string) => V {
  const results = new Map<string, V>()
  return (key) => {
    if (results.has(key)) return results.get(key) as V
    if (results.size >= limit) results.clear()
    const value = compute(key)
    results.set(key, value)
    return value
  }
}
