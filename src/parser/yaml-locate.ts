import { isMap, isScalar, isSeq, type Document, type Node as YamlNode, type Pair } from 'yaml'
import type { Position } from '../schema/primitives.js'
import type { LineIndex } from './position.js'

/** Finds frontmatter keys and values in the file by data path. */
export interface YamlLocator {
  /** Position of the value at a path (the key when the value is empty), if the path exists. */
  value: (path: ReadonlyArray<PropertyKey>) => Position | undefined
  /** Position of the key of the last path segment, if it is a mapping key that exists. */
  key: (path: ReadonlyArray<PropertyKey>) => Position | undefined
  /** First line of the value at a path (for lists and mappings that span many lines). */
  head: (path: ReadonlyArray<PropertyKey>) => Position | undefined
  /**
   * Where to report something missing at a path: the key of the nearest existing parent, the
   * first line of the nearest existing list entry, or the opening fence for the root.
   */
  nearest: (path: ReadonlyArray<PropertyKey>) => Position
}

interface Step {
  node: YamlNode | null
  pair: Pair | undefined
}

/**
 * Create a locator over a parsed YAML document.
 *
 * @param document The YAML document.
 * @param base Offset in the file where the YAML text starts.
 * @param lines Line index of the whole file.
 * @param fence Position of the opening `---`, used for problems of the whole frontmatter.
 * @returns The locator.
 */
export function createYamlLocator(document: Document, base: number, lines: LineIndex, fence: Position): YamlLocator {
  function walk(path: ReadonlyArray<PropertyKey>): Step[] {
    const steps: Step[] = [{ node: document.contents as YamlNode | null, pair: undefined }]
    let current = document.contents as YamlNode | null
    for (const segment of path) {
      let next: Step | undefined
      if (isMap(current)) {
        const pair = current.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment))
        if (pair !== undefined) next = { node: pair.value as YamlNode | null, pair }
      } else if (isSeq(current) && typeof segment === 'number') {
        const item = current.items[segment] as YamlNode | null | undefined
        if (item !== undefined) next = { node: item, pair: undefined }
      }
      if (next === undefined) break
      steps.push(next)
      current = next.node
    }
    return steps
  }

  function span(node: YamlNode | null | undefined): Position | undefined {
    const range = node?.range
    if (range === undefined || range === null) return undefined
    return lines.range(base + range[0], base + range[1])
  }

  function head(node: YamlNode | null | undefined): Position | undefined {
    const range = node?.range
    if (range === undefined || range === null) return undefined
    const start = base + range[0]
    let end = Math.min(base + range[1], lines.lineEnd(start))
    const text = lines.text
    while (end > start && /\s/.test(text[end - 1] ?? '')) end--
    return lines.range(start, end)
  }

  return {
    value(path) {
      const steps = walk(path)
      if (steps.length !== path.length + 1) return undefined
      const last = steps[steps.length - 1]
      const valuePlace = span(last?.node)
      if (valuePlace !== undefined && last?.node?.range?.[0] !== last?.node?.range?.[1]) return valuePlace
      return span(last?.pair?.key as YamlNode | null | undefined) ?? valuePlace ?? fence
    },
    head(path) {
      const steps = walk(path)
      if (steps.length !== path.length + 1) return undefined
      return head(steps[steps.length - 1]?.node)
    },
    key(path) {
      const steps = walk(path)
      if (steps.length !== path.length + 1) return undefined
      return span(steps[steps.length - 1]?.pair?.key as YamlNode | null | undefined)
    },
    nearest(path) {
      const steps = walk(path)
      for (let index = Math.min(steps.length, path.length) - 1; index > 0; index--) {
        const step = steps[index]
        const place = step?.pair === undefined ? head(step?.node) : span(step.pair.key as YamlNode | null | undefined)
        if (place !== undefined) return place
      }
      return fence
    },
  }
}
