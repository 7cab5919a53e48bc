import { isMap, isPair, isScalar, isSeq, type Document, type Node as YamlNode, type Pair, type YAMLMap } from 'yaml'
import type { Position } from '../schema/primitives.js'
import type { Reporter } from './reporter.js'

/** Turns a range of the YAML text into a position in the file. */
export type YamlRange = (start: number, end: number) => Position

/**
 * The property name a scalar key becomes in JavaScript (`1` and `"1"` collide there).
 *
 * @param pair A mapping entry.
 * @returns The name, or undefined for a complex (collection) key.
 */
function keyName(pair: Pair): string | undefined {
  const key = pair.key
  if (isScalar(key)) return String(key.value)
  if (key === null || key === undefined) return ''
  return undefined
}

/**
 * Report duplicate mapping keys, `__proto__` keys and collection keys in one pass over the document, O(n) in
 * the number of entries (yaml's own `uniqueKeys` check compares every pair with every other).
 *
 * @param document A YAML document parsed with `uniqueKeys: false`.
 * @param range Maps YAML offsets to file positions.
 * @param reporter Receives the diagnostics.
 * @returns The entries that are second (or later) occurrences, `__proto__` or complex keys, with their
 *   mapping, so the caller can drop them.
 */
export function checkYamlKeys(document: Document, range: YamlRange, reporter: Reporter): Array<{ map: YAMLMap; pair: Pair }> {
  const duplicates: Array<{ map: YAMLMap; pair: Pair }> = []
  // Every mapping, keys included, depth first (what yaml's `visit` reaches, without building
  // a path for each node). Aliases are not followed; nesting is bounded by the pre-scan.
  const walk = (node: unknown): void => {
    if (isMap(node)) {
      checkMap(node)
      for (const pair of node.items) {
        walk(pair.key)
        walk(pair.value)
      }
    } else if (isSeq(node)) {
      for (const item of node.items) walk(item)
    } else if (isPair(node)) {
      walk(node.key)
      walk(node.value)
    }
  }
  const checkMap = (map: YAMLMap): void => {
    const seen = new Map<string, Pair>()
    for (const pair of map.items) {
      const name = keyName(pair)
      // Where the key is, worked out only for a diagnostic (most keys need none).
      const place = (): Position => nodeRange(pair.key as YamlNode | null, range)
      if (name === undefined) {
        // A mapping or sequence used as a key has no JavaScript property name.
        reporter.report('yaml-complex-key', 'Unexpected collection as a key, expected a plain key such as `title`', place())
        duplicates.push({ map, pair })
        continue
      }
      if (name === '__proto__') {
        reporter.report(
          'yaml-forbidden-key',
          'Unexpected key `__proto__`, expected a data key (it could replace an object prototype)',
          place(),
        )
        duplicates.push({ map, pair })
        continue
      }
      const first = seen.get(name)
      if (first === undefined) {
        seen.set(name, pair)
        continue
      }
      duplicates.push({ map, pair })
      reporter.report('yaml-duplicate-key', `Unexpected duplicate key \`${name}\`, expected each key once in a mapping`, place(), {
        message: `\`${name}\` first defined here`,
        place: nodeRange(first.key as YamlNode | null, range),
      })
    }
  }
  walk(document.contents)
  return duplicates
}

/**
 * Position of a YAML node (its value, trailing comments excluded).
 *
 * @param node The node; null keys map to an empty range at the start.
 * @param range Maps YAML offsets to file positions.
 * @returns The file position.
 */
export function nodeRange(node: YamlNode | null | undefined, range: YamlRange): Position {
  const nodeRangeValue = node?.range
  if (nodeRangeValue === undefined || nodeRangeValue === null) return range(0, 0)
  return range(nodeRangeValue[0], nodeRangeValue[1])
}
