/**
 * Freeze an object graph in place, depth first, so no consumer can mutate shared content.
 * It follows own enumerable string keys and own symbol keys: all a data graph (JSON, mdast,
 * hast, parsed documents) has.
 *
 * @param value Any value; primitives are returned as they are.
 * @returns The same value, frozen all the way down.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value
  // Runs on every parsed document and once per import of the root entry, mostly before any
  // JIT: indexed loops for arrays, `for...in` for objects (cheaper than `Reflect.ownKeys`).
  // A frozen object is taken as done: what it holds is not visited.
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      const item: unknown = value[index]
      if (typeof item === 'object' && item !== null) deepFreeze(item)
    }
    return Object.freeze(value)
  }
  const record = value as Record<PropertyKey, unknown>
  for (const key in record) {
    if (!Object.hasOwn(record, key)) continue
    const item = record[key]
    if (typeof item === 'object' && item !== null) deepFreeze(item)
  }
  for (const symbol of Object.getOwnPropertySymbols(record)) deepFreeze(record[symbol])
  return Object.freeze(value)
}
