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

/** Results per frozen object and variant, held weakly by the object. */
export interface FrozenVariantCache<K extends object, V> {
  /** The kept result, or undefined (always for a key that is not frozen). */
  peek: (key: K, variant: string) => V | undefined
  /** Keep a result (nothing is kept for a key that is not frozen). */
  set: (key: K, variant: string, value: V) => void
}

/**
 * A cache of results per frozen object and variant (such as an option the result depends
 * on): the objects are held weakly, so what is kept for them goes when they go, and each
 * keeps at most `limit` variants (its variants are emptied when it is full). Nothing is kept
 * for a key that is not frozen: it could change.
 *
 * @param limit Most variants kept per object.
 * @returns The cache.
 */
export function frozenVariantCache<K extends object, V>(limit: number): FrozenVariantCache<K, V> {
  const results = new WeakMap<K, Map<string, V>>()
  return {
    peek: (key, variant) => (Object.isFrozen(key) ? results.get(key)?.get(variant) : undefined),
    set(key, variant, value) {
      if (!Object.isFrozen(key)) return
      let variants = results.get(key)
      if (variants === undefined) {
        variants = new Map()
        results.set(key, variants)
      }
      if (variants.size >= limit && !variants.has(variant)) variants.clear()
      variants.set(variant, value)
    },
  }
}
