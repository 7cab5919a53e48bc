import { isAlias, isMap, isNode, isPair, isSeq, visit, type Alias, type Document, type Node as YamlNode } from 'yaml'
import type { Position } from '../schema/primitives.js'
import type { Reporter } from './reporter.js'
import { nodeRange, type YamlRange } from './yaml-duplicates.js'

/**
 * Check the aliases of a YAML document before it is turned into data:
 *
 * - an alias whose anchor is not defined before it, or that sits inside the node it points to
 *   (a cycle), is reported: yaml's `toJS` would throw on the first and build a circular value
 *   from the second;
 * - what aliases expand to is counted in nodes (every scalar, mapping, sequence and key a
 *   copy of the anchored node holds, nested aliases expanded), and the alias at which the
 *   total passes `limit` is reported as `yaml-alias-limit`. The number of aliases alone does
 *   not bound the data: a hundred aliases of one long list copy the list a hundred times.
 *
 * @param document A parsed YAML document.
 * @param range Maps YAML offsets to file positions.
 * @param reporter Receives the diagnostics.
 * @param limit Most nodes all aliases together may expand to (`limits.maxYamlAliases`).
 * @returns Whether every alias resolves to a finished node within the limit, and where the first alias is.
 */
export function checkYamlAliases(document: Document, range: YamlRange, reporter: Reporter, limit = Number.POSITIVE_INFINITY): { ok: boolean; first: Position | undefined } {
  const anchors = new Map<string, YamlNode>()
  const targets = new Map<Alias, YamlNode>()
  const sizes = new Map<YamlNode, number>()
  let ok = true
  let first: Position | undefined
  let expanded = 0
  let reported = false

  // Nodes in a value, aliases counted as what they expand to (each node's count is kept, so
  // the walk is linear in the document however often a node is aliased).
  const size = (node: unknown): number => {
    if (!isNode(node)) return isPair(node) ? size(node.key) + size(node.value) : 0
    const known = sizes.get(node)
    if (known !== undefined) return known
    let total = 1
    if (isAlias(node)) {
      const target = targets.get(node)
      total = target === undefined ? 1 : size(target)
    } else if (isMap(node) || isSeq(node)) {
      for (const item of node.items) total += size(item)
    }
    sizes.set(node, total)
    return total
  }

  const remember = (_key: unknown, node: YamlNode): void => {
    if (node.anchor !== undefined) anchors.set(node.anchor, node)
  }
  visit(document, {
    Map: remember,
    Seq: remember,
    Scalar: remember,
    Alias(_key, node, path) {
      first ??= nodeRange(node, range)
      const cyclic = path.some((ancestor) => isNode(ancestor) && ancestor.anchor === node.source)
      const target = anchors.get(node.source)
      if (target !== undefined && !cyclic) {
        targets.set(node, target)
        expanded += size(target)
        if (expanded > limit && !reported) {
          reported = true
          ok = false
          reporter.report(
            'yaml-alias-limit',
            `Unexpected alias \`*${node.source}\` expanding the frontmatter past ${limit} nodes (${expanded} so far), expected a small frontmatter without alias chains (limit \`maxYamlAliases\`)`,
            nodeRange(node, range),
          )
        }
        return
      }
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
