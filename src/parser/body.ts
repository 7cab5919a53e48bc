import type { Heading, Nodes, Root, RootContent } from 'mdast'
import type { Position } from '../schema/primitives.js'
import type { Block, Section } from '../schema/section.js'
import type { BodyState } from './body-state.js'
import { readClaim } from './claim-directive.js'
import { isBlockDirective } from './directives.js'
import { readDisclaimer } from './disclaimer-directive.js'
import { readEvidenceSummary } from './evidence-summary-directive.js'
import { createHeadingIds } from './heading-id.js'
import { narrativeBlock } from './narrative.js'
import { plainText } from './plain-text.js'
import { copyPosition } from './position.js'

/** The body of a file as blocks and sections. */
export interface Body {
  intro: Block[]
  sections: Section[]
  /** The leading `#` heading, if any. */
  title: { text: string; place: Position } | undefined
}

/**
 * Walk the top level of the body: the `#` title heading, intro blocks, sections nested by
 * heading depth, narrative runs and claim, disclaimer and evidence-summary directives, in
 * source order.
 *
 * @param tree The mdast of the file.
 * @param state Shared state (collects claims and references to resolve).
 * @returns Intro, sections and title heading.
 */
export function readBody(tree: Root, state: BodyState): Body {
  const { lines, reporter } = state
  const headings = createHeadingIds(tree, lines, reporter)
  const intro: Block[] = []
  const sections: Section[] = []
  const stack: Section[] = []
  let title: Body['title']
  let pending: RootContent[] = []
  let seenContent = false

  const blocks = (): Block[] => stack[stack.length - 1]?.blocks ?? intro
  const flush = (): void => {
    if (pending.length === 0) return
    const nodes = state.cloneNodes ? structuredClone(pending) : pending
    blocks().push(narrativeBlock(nodes, lines))
    pending = []
  }
  const extend = (node: RootContent): void => {
    if (node.position === undefined) return
    for (const open of stack) open.position.end = copyPosition(node.position, open.position).end
  }

  for (const node of tree.children) {
    if (node.type === 'yaml') continue
    if (node.type === 'heading' && node.depth === 1 && !seenContent && title === undefined) {
      // Comments before the title line are a block of their own: a narrative's markdown is
      // one slice of the file, and must not span the title line it does not hold.
      flush()
      title = { text: plainText(node, lines.text).trim(), place: copyPosition(node.position, lines.range(0, 0)) }
      seenContent = true
      continue
    }
    if (node.type !== 'html') seenContent = true
    if (node.type === 'heading' && node.depth > 1) {
      flush()
      openSection(node)
      continue
    }
    if (node.type === 'heading') {
      reporter.report('heading-title-misplaced', 'Unexpected `#` heading after the start of the body, expected `##` to `######` for sections (only the first heading may be `#`)', copyPosition(node.position, lines.range(0, 0)))
    }
    extend(node)
    if (!isBlockDirective(node as Nodes)) {
      pending.push(node)
      continue
    }
    flush()
    const current = stack[stack.length - 1]
    const owner = blocks()
    if (node.type === 'leafDirective' && node.name === 'disclaimer') {
      const block = readDisclaimer(node, state, owner)
      if (block === undefined) continue
      owner.push(block)
      continue
    }
    if (node.type === 'leafDirective' && node.name === 'evidence-summary') {
      owner.push(readEvidenceSummary(node, state))
      continue
    }
    const directive = node as Extract<RootContent, { type: 'containerDirective' | 'leafDirective' }>
    const block = readClaim(directive, state, current?.id ?? '', owner)
    if (block === undefined) continue
    if (current === undefined) {
      reporter.report('claim-outside-section', `Unexpected claim \`${block.claim}\` before the first \`##\` heading, expected claims inside a section`, block.position)
    }
    owner.push(block)
  }
  flush()
  return { intro, sections, title }

  function openSection(heading: Heading): void {
    const { title: text, id } = headings.read(heading)
    const place = copyPosition(heading.position, lines.range(0, 0))
    if (text === '') {
      reporter.report('heading-empty', `Unexpected empty \`${'#'.repeat(heading.depth)}\` heading, expected the section's title`, place)
    }
    while ((stack[stack.length - 1]?.depth ?? 0) >= heading.depth) stack.pop()
    const section: Section = {
      id,
      title: text,
      depth: heading.depth,
      blocks: [],
      claims: [],
      disclaimers: [],
      position: { start: { ...place.start }, end: { ...place.end } },
      sections: [],
    }
    const parent = stack[stack.length - 1]
    if (parent === undefined) sections.push(section)
    else {
      parent.sections.push(section)
      extend(heading)
    }
    stack.push(section)
  }
}
