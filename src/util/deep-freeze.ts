/**
 * Freeze an object graph in place, depth first, so no consumer can mutate shared content.
 *
 * @param value Any value; primitives are returned as they are.
 * @returns The same value, frozen all the way down.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value
  // Runs once per import of the root entry, mostly before any JIT: an indexed loop that
  // recurses only into unfrozen objects keeps that cold pass cheap.
  const keys = Reflect.ownKeys(value)
  for (let index = 0; index < keys.length; index++) {
    const item = (value as Record<PropertyKey, unknown>)[keys[index] as PropertyKey]
    if (typeof item === 'object' && item !== null && !Object.isFrozen(item)) deepFreeze(item)
  }
  return Object.freeze(value)
}
