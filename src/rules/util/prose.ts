import type { Nodes, RootContent } from 'mdast'
import type { Claim } from '../../schema/claim.js'
import type { Position } from '../../schema/primitives.js'
import type { RuleInput } from '../types.js'
import { locateEntry } from './document.js'
import { mappedText, spanPosition } from './plain-text.js'
import { rangeOf, sourceIndex } from './source.js'

/** Where a piece of prose stands in a document. */
export type ProseRole = 'claim' | 'narrative' | 'heading' | 'title' | 'summary' | 'glossary' | 'disclaimer'

/** One piece of prose the wording rules read: its plain text and a way back to the file. */
export interface ProseUnit {
  role: ProseRole
  /** Plain text; blocks inside it are separated by `\n`. */
  text: string
  /** The claim, for `role: 'claim'`. */
  claim: Claim | undefined
  /** How messages name it: "claim `a`", "the summary", "glossary entry `ev`". */
  label: string
  /** Where the whole unit is, when a span cannot be mapped. */
  fallback: Position
  /**
   * The file range of a span of `text`.
   *
   * @returns The range, or `undefined` when the span cannot be mapped back.
   */
  place: (start: number, end: number) => Position | undefined
}

const skipped = new Set(['yaml', 'html', 'code', 'definition', 'thematicBreak', 'leafDirective', 'textDirective'])

/**
 * Every piece of prose of a document, in file order: the `#` title (or the frontmatter
 * `title` when the body has none), headings, narrative blocks, claims, then the frontmatter's
 * `summary`, glossary definitions and disclaimer titles and texts. Reference titles are the
 * cited works' own words and are not read.
 *
 * @param input The rule input.
 * @returns The units.
 */
export function proseUnits(input: RuleInput): ProseUnit[] {
  const { document, source, tree } = input
  const units: ProseUnit[] = []
  const claimsAt = new Map<string, Claim>()
  for (const claim of Object.values(document.claims)) claimsAt.set(`${claim.position.start.line}:${claim.position.start.column}`, claim)
  let titleHeading = false

  const body = (nodes: ReadonlyArray<Nodes>, role: ProseRole, label: string, fallback: Position, claim?: Claim): void => {
    const mapped = mappedText(nodes, source)
    if (mapped.text.trim() === '') return
    units.push({ role, text: mapped.text, claim, label, fallback, place: (start, end) => spanPosition(mapped, start, end, source) })
  }

  for (const node of tree.children as RootContent[]) {
    const position = node.position
    if (position === undefined || skipped.has(node.type)) continue
    const fallback: Position = { start: { ...position.start }, end: { ...position.end } }
    if (node.type === 'heading') {
      if (node.depth === 1 && !titleHeading) titleHeading = true
      body([node], node.depth === 1 ? 'title' : 'heading', node.depth === 1 ? 'the title' : 'a heading', fallback)
      continue
    }
    if (node.type === 'containerDirective') {
      if (node.name !== 'claim') continue
      const claim = claimsAt.get(`${position.start.line}:${position.start.column}`)
      if (claim === undefined) continue
      body(claim.content.mdast, 'claim', `claim \`${claim.id}\``, claim.position, claim)
      continue
    }
    body([node], 'narrative', 'narrative', fallback)
  }

  const scalar = (path: ReadonlyArray<PropertyKey>, value: string, role: ProseRole, label: string, markdown = false): void => {
    if (value.trim() === '') return
    const place = path[0] === 'glossary' || path[0] === 'disclaimers' ? locateEntry(input, String(path[0]), Number(path[1]), String(path[2]), path.slice(3)) : input.locate(path)
    if (place === undefined) return
    const text = markdown ? blankMarkup(value) : value
    let offsets: Int32Array | undefined
    units.push({
      role,
      text,
      claim: undefined,
      label,
      fallback: place,
      place(start, end) {
        offsets ??= alignScalar(value, source, place)
        let first = start
        while (first < end && (offsets[first] ?? -1) < 0) first++
        let last = end - 1
        while (last > first && (offsets[last] ?? -1) < 0) last--
        const from = offsets[first] ?? -1
        const to = offsets[last] ?? -1
        if (from < 0 || to < from) return undefined
        return rangeOf(sourceIndex(source), from, to + 1)
      },
    })
  }

  if (!titleHeading) scalar(['title'], document.title, 'title', 'the title')
  scalar(['summary'], document.summary, 'summary', 'the summary')
  document.glossary.forEach((entry, index) => scalar(['glossary', index, entry.id, 'definition'], entry.definition, 'glossary', `glossary entry \`${entry.id}\``))
  document.disclaimers.forEach((entry, index) => {
    scalar(['disclaimers', index, entry.id, 'title'], entry.title, 'disclaimer', `disclaimer \`${entry.id}\``)
    scalar(['disclaimers', index, entry.id, 'text'], entry.text, 'disclaimer', `disclaimer \`${entry.id}\``, true)
  })
  return units
}

/**
 * The offset in the file of each character of a YAML scalar's value. The value is the
 * scalar as YAML reads it (folded lines joined, indentation and quotes gone), so each
 * character is found forward in the scalar's source range; a space that folding made from a
 * line break maps to that break.
 */
function alignScalar(value: string, source: string, place: Position): Int32Array {
  const index = sourceIndex(source)
  const from = index.offsetOf(place.start)
  const to = index.offsetOf(place.end)
  const offsets = new Int32Array(value.length).fill(-1)
  let cursor = from
  for (let at = 0; at < value.length; at++) {
    const character = value[at] as string
    if (/\s/.test(character)) {
      if (cursor < to && /\s/.test(source[cursor] ?? '')) offsets[at] = cursor
      continue
    }
    const found = source.indexOf(character, cursor)
    if (found < 0 || found >= to) continue
    offsets[at] = found
    cursor = found + 1
  }
  return offsets
}

/**
 * Blank inline markdown syntax in a short text (link targets, autolinks, emphasis and code
 * marks), keeping every other character at its index, so the prose reads as prose and
 * offsets still match the value.
 */
function blankMarkup(text: string): string {
  const blank = (match: string): string => ' '.repeat(match.length)
  return text
    .replace(/\]\([^)\s]*(?:\s+"[^"]*")?\)/g, blank)
    .replace(/<[a-z][a-z0-9+.-]*:[^\s>]*>/gi, blank)
    .replace(/[[\]*_`]/g, ' ')
}
