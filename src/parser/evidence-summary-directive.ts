import type { LeafDirective } from 'mdast-util-directive'
import type { EvidenceSummaryBlock } from '../schema/section.js'
import { headPlace, type BodyState } from './body-state.js'
import { directiveAttributes } from './directive-checks.js'
import { copyPosition } from './position.js'

/**
 * Read a `::evidence-summary` placement: where the renderers show the table they generate from
 * the document's claims. It takes no attributes.
 *
 * @param node The leaf directive (a direct child of the root).
 * @param state Shared state of the body walk.
 * @returns The block.
 */
export function readEvidenceSummary(node: LeafDirective, state: BodyState): EvidenceSummaryBlock {
  const head = headPlace(state.lines, node.position?.start.offset ?? 0)
  directiveAttributes(node, state, head).rejectOthers([], '`::evidence-summary`', 'no attributes')
  // A leaf directive's `[label]` is its children: reported, never dropped silently.
  const first = node.children[0]
  const last = node.children.at(-1)
  if (first !== undefined) {
    const start = first.position?.start.offset ?? head.start.offset ?? 0
    const end = last?.position?.end.offset ?? start
    state.reporter.report('directive-label', 'Unexpected label `[...]` on `::evidence-summary`, expected the directive alone', state.lines.range(start - 1, end + 1))
  }
  return { type: 'evidence-summary', position: copyPosition(node.position, head) }
}
