import type { LeafDirective } from 'mdast-util-directive'
import type { Block, DisclaimerBlock } from '../schema/section.js'
import { headPlace, type BodyState } from './body-state.js'
import { directiveAttributes } from './directive-checks.js'
import { copyPosition } from './position.js'

/**
 * Read a `::disclaimer{ref=id}` placement.
 *
 * @param node The leaf directive (a direct child of the root).
 * @param state Shared state of the body walk.
 * @param owner Block list the returned block goes into (for dropping it if its ref dangles).
 * @returns The disclaimer block, or undefined when unusable (already reported).
 */
export function readDisclaimer(node: LeafDirective, state: BodyState, owner: Block[]): DisclaimerBlock | undefined {
  const head = headPlace(state.lines, node.position?.start.offset ?? 0)
  const attributes = directiveAttributes(node, state, head)
  attributes.rejectOthers(['ref'], '`::disclaimer`', 'only `ref`')
  const ref = attributes.id('ref', 'a disclaimer id from the frontmatter `disclaimers`')
  if (ref === undefined) return undefined
  const block: DisclaimerBlock = { type: 'disclaimer', disclaimer: ref.value, position: copyPosition(node.position, head) }
  state.disclaimerRefs.push({ id: ref.value, place: ref.place, block, owner })
  return block
}
