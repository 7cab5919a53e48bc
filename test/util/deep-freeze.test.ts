import { describe, expect, it } from 'vitest'
import { deepFreeze } from '../../src/util/deep-freeze.js'

describe('deepFreeze', () => {
  it('freezes every object and array of a graph, symbol keys included', () => {
    const symbol = Symbol('hidden')
    const graph = {
      title: 'x',
      sections: [{ id: 'a', blocks: [{ type: 'narrative', position: { start: { line: 1 } } }] }],
      empty: {},
      nothing: null,
      [symbol]: { inner: [1, 2] },
    }
    const result = deepFreeze(graph)
    expect(result).toBe(graph)
    const seen: unknown[] = []
    const walk = (value: unknown): void => {
      if (typeof value !== 'object' || value === null) return
      seen.push(value)
      expect(Object.isFrozen(value)).toBe(true)
      for (const key of Reflect.ownKeys(value)) walk((value as Record<PropertyKey, unknown>)[key])
    }
    walk(result)
    expect(seen).toHaveLength(10)
    expect(() => {
      'use strict'
      ;(result.sections[0]?.blocks[0]?.position.start as { line: number }).line = 2
    }).toThrow(TypeError)
  })

  it('returns primitives unchanged and leaves an already frozen subtree as it is', () => {
    expect(deepFreeze(3)).toBe(3)
    expect(deepFreeze(null)).toBe(null)
    expect(deepFreeze('text')).toBe('text')
    const inner = { open: { still: true } }
    const frozenOuter = Object.freeze({ inner })
    deepFreeze({ shared: frozenOuter })
    // The frozen object is taken as done: what it holds is not visited.
    expect(Object.isFrozen(inner)).toBe(false)
  })

  it('freezes an object shared by two parents once, and both see it frozen', () => {
    const shared = { value: [1] }
    const graph = deepFreeze({ a: shared, b: [shared] })
    expect(Object.isFrozen(graph.a.value)).toBe(true)
    expect(graph.b[0]).toBe(graph.a)
  })
})
