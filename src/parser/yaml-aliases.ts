import { isNode, visit, type Document, type Node as YamlNode } from 'yaml'
import type { Position } from '../schema/primitives.js'
import type { Reporter } from './reporter.js'
import { nodeRange, type YamlRange } from './yaml-duplicates.js'

/**
 * Report aliases whose anchor is not defined before them, and aliases inside the node they
 * point to (a cycle). yaml's `toJS` would throw on the first and build a circular value from
 * the second.
 *
 * @param document A parsed YAML document.
 * @param range Maps YAML offsets to file positions.
 * @param reporter Receives the diagnostics.
 * @returns Whether every alias resolves to a finished node, and where the first alias is.
 */
export function checkYamlAliases(document: Document, range: YamlRange, reporter: Reporter): { ok: boolean; first: Position | undefined } {
  const anchors = new Set<string>()
  let ok = true
  let first: Position | undefined
  const remember = (_key: unknown, node: YamlNode): void => {
    if (node.anchor !== undefined) anchors.add(node.anchor)
  }
  visit(document, {
    Map: remember,
    Seq: remember,
    Scalar: remember,
    Alias(_key, node, path) {
      first ??= nodeRange(node, range)
      const cyclic = path.some((ancestor) => isNode(ancestor) && ancestor.anchor === node.source)
      if (anchors.has(node.source) && !cyclic) return
      ok = false
      reporter.report(
        'yaml-unresolved-alias',
        cyclic
          ? `Unexpected alias \`*${node.source}\` inside its own anchor, expected an alias to a finished node`
          : `Unexpected alias \`*${node.source}\`, expected an anchor \`&${node.source}\` defined before it`,
        nodeRange(node, range),
      )
    },
  })
  return { ok, first }
}
