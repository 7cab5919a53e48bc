import type { RootContent } from 'mdast'
import type { ContainerDirective, LeafDirective } from 'mdast-util-directive'
import { claimKinds, evidenceGrades, type Claim, type ClaimKind, type EvidenceGrade } from '../schema/claim.js'
import type { Position } from '../schema/primitives.js'
import type { Block, ClaimBlock } from '../schema/section.js'
import { headPlace, type BodyState } from './body-state.js'
import { directiveAttributes, idPattern, listAttribute } from './directive-checks.js'
import { contentOf } from './narrative.js'
import { copyPosition } from './position.js'
import { plainTextOf } from './plain-text.js'

const definitionAttributes = ['id', 'kind', 'evidence', 'cite', 'requires']

/**
 * Read a `:::claim{#id ...}` definition or a `::claim{ref=id}` reuse.
 *
 * @param node The directive (a direct child of the root).
 * @param state Shared state of the body walk.
 * @param section Id of the enclosing section, `''` outside any section.
 * @param owner Block list the returned block goes into (for dropping it if its ref dangles).
 * @returns The claim block, or undefined when the directive is unusable (already reported).
 */
export function readClaim(node: ContainerDirective | LeafDirective, state: BodyState, section: string, owner: Block[]): ClaimBlock | undefined {
  const { lines, reporter } = state
  const start = node.position?.start.offset ?? 0
  const head = headPlace(lines, start)
  const position = copyPosition(node.position, head)
  const attributes = directiveAttributes(node, state, head)
  const body = node.children.filter((child) => (child.data as { directiveLabel?: boolean } | undefined)?.directiveLabel !== true) as RootContent[]
  const container = node.type === 'containerDirective'

  if (attributes.has('ref')) {
    attributes.rejectOthers(['ref'], 'a claim reference', '`ref`')
    if (container) {
      if (body.length > 0) {
        reporter.report('claim-ref-with-body', 'Unexpected text in a claim reference, expected either `::claim{ref=id}` alone or a definition `:::claim{#id ...}` with text', head)
      } else {
        reporter.report('directive-wrong-form', 'Unexpected container `:::claim{ref=...}`, expected the leaf form `::claim{ref=...}`', head)
      }
    }
    const ref = attributes.id('ref', 'a claim id')
    if (ref === undefined) return undefined
    const block: ClaimBlock = { type: 'claim', claim: ref.value, reuse: true, position }
    state.claimRefs.push({ id: ref.value, place: ref.place, block, owner })
    return block
  }

  if (!container) {
    if (attributes.size() === 0) {
      reporter.report('directive-missing-attribute', 'Missing `ref` on `::claim`, expected `::claim{ref=claim-id}` to reuse a claim (or `:::claim{#id ...}` with text to define one)', head)
    } else {
      reporter.report('claim-empty', 'Unexpected claim without text, expected a container `:::claim{#id ...}` with the text and a closing `:::`', head)
      const id = attributes.value('id')
      if (id !== undefined && idPattern.test(id)) state.definitions.set(id, attributes.place('id'))
    }
    return undefined
  }

  attributes.rejectOthers(definitionAttributes, '`:::claim`', '`#id`, `kind`, `evidence`, `cite` or `requires`')
  const idValue = attributes.value('id')
  let id: string | undefined
  if (idValue === undefined || idValue === '') {
    reporter.report('directive-missing-attribute', 'Missing `#id` on `:::claim`, expected a kebab-case id such as `{#exosome-definition}`', head)
  } else if (!idPattern.test(idValue)) {
    reporter.report('directive-invalid-attribute', `Unexpected claim id \`${idValue}\`, expected a kebab-case id (lowercase letters, digits and single hyphens)`, attributes.place('id'))
  } else {
    id = idValue
  }
  const name = id === undefined ? 'the claim' : `claim \`${id}\``
  const kind = attributes.choice('kind', claimKinds, name) as ClaimKind | undefined
  const evidence = attributes.choice('evidence', evidenceGrades, name) as EvidenceGrade | undefined
  const cites = listAttribute(attributes, state, 'cite', 'reference id')
  const explicitRequires = listAttribute(attributes, state, 'requires', 'disclaimer id')
  const text = plainTextOf(body, lines.text)
  if (text === '') {
    reporter.report('claim-empty', `Unexpected empty ${id === undefined ? 'claim' : name}, expected its text between \`:::claim{...}\` and \`:::\``, head)
  }
  if (id === undefined) return undefined

  const idPlace = attributes.place('id')
  const first = state.definitions.get(id)
  if (first !== undefined) {
    reporter.report('claim-duplicate-id', `Unexpected duplicate claim id \`${id}\`, expected a unique id (reuse a claim with \`::claim{ref=${id}}\`)`, idPlace, {
      message: `\`${id}\` first defined here`,
      place: first,
    })
    return undefined
  }
  state.definitions.set(id, idPlace)
  for (const cite of cites) state.cites.push({ claim: id, id: cite.value, place: cite.place })
  for (const required of explicitRequires) state.requires.push({ claim: id, id: required.value, place: required.place })
  if (kind === undefined || evidence === undefined || text === '') return undefined

  const nodes = state.cloneNodes ? structuredClone(body) : body
  const requires = [...new Set([...(state.policy.requires[kind] ?? []), ...explicitRequires.map((required) => required.value)])]
  const claim: Claim = {
    id,
    kind,
    evidence,
    cites: [...new Set(cites.map((cite) => cite.value))],
    requires,
    text,
    content: contentOf(nodes, lines),
    section,
    position,
  }
  state.claims[id] = claim
  return { type: 'claim', claim: id, reuse: false, position: clonePosition(position) }
}

function clonePosition(position: Position): Position {
  return { start: { ...position.start }, end: { ...position.end } }
}
