/**
 * Freeze an object graph in place, depth first, so no consumer can mutate shared content.
 *
 * @param value Any value; primitives are returned as they are.
 * @returns The same value, frozen all the way down.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value
  for (const key of Reflect.ownKeys(value)) {
    deepFreeze((value as Record<PropertyKey, unknown>)[key])
  }
  return Object.freeze(value)
}
