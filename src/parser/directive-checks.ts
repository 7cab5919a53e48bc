import type { ContainerDirective, LeafDirective } from 'mdast-util-directive'
import type { Position } from '../schema/primitives.js'
import type { BodyState } from './body-state.js'
import { copyPosition } from './position.js'
import { scanAttributes, splitTokenValue, type AttributeToken } from './directive-attributes.js'

// How many written items past the last match an item of a changed list value is looked for.
const lookAhead = 8

/** Kebab-case id, as `idSchema` checks it. */
export const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** An attribute value and where it is written. */
export interface PlacedValue {
  value: string
  place: Position
}

/** Attributes of one directive, with checks that report at the attribute's position. */
export interface DirectiveAttributes {
  has: (name: string) => boolean
  size: () => number
  value: (name: string) => string | undefined
  place: (name: string) => Position
  token: (name: string) => AttributeToken | undefined
  /** Report every attribute not in `allowed`. */
  rejectOthers: (allowed: readonly string[], where: string, expected: string) => void
  /** A required kebab-case id attribute (reported when missing or malformed). */
  id: (name: string, what: string) => PlacedValue | undefined
  /** A required attribute whose value is one of `options` (reported otherwise). */
  choice: (name: string, options: readonly string[], subject: string) => string | undefined
}

/**
 * Read a directive's attributes and report duplicates and labels.
 *
 * @param node The directive.
 * @param state Shared state of the body walk.
 * @param head Position of the directive's opening line (fallback for attributes not found).
 * @returns Accessors and checks.
 */
export function directiveAttributes(node: ContainerDirective | LeafDirective, state: BodyState, head: Position): DirectiveAttributes {
  const { lines, reporter } = state
  const tokens = scanAttributes(lines.text, node.position?.start.offset ?? 0)
  const written = node.attributes ?? {}
  const shown = `${node.type === 'containerDirective' ? ':::' : '::'}${node.name}`
  const byName = new Map<string, AttributeToken>()
  for (const token of tokens) {
    const earlier = byName.get(token.name)
    if (earlier !== undefined && token.name !== 'class') {
      reporter.report('directive-duplicate-attribute', `Unexpected second \`${token.name}\` on \`${shown}\`, expected each attribute once`, lines.range(token.nameStart, token.nameEnd))
    }
    byName.set(token.name, token)
  }
  const label = node.children[0]
  if ((label?.data as { directiveLabel?: boolean } | undefined)?.directiveLabel === true) {
    reporter.report('directive-label', `Unexpected label \`[...]\` on \`${shown}\`, expected attributes in \`{...}\` only`, copyPosition(label?.position, head))
  }

  // Own properties only: an attribute object must never answer from Object.prototype.
  const value = (name: string): string | undefined => {
    const raw = Object.hasOwn(written, name) ? written[name] : undefined
    return raw === undefined ? undefined : (raw ?? '').trim()
  }
  const place = (name: string): Position => {
    const token = byName.get(name)
    if (token === undefined) return head
    return token.valueEnd > token.valueStart ? lines.range(token.valueStart, token.valueEnd) : lines.range(token.nameStart, token.nameEnd)
  }
  const attributeName = (name: string): string => (name === 'id' ? '`#id`' : `\`${name}\``)

  return {
    has: (name) => value(name) !== undefined,
    size: () => Object.keys(written).length,
    value,
    place,
    token: (name) => byName.get(name),
    rejectOthers(allowed, where, expected) {
      // The first token of each name, in written order, then names micromark read that the
      // token scan did not (one pass each: a directive may carry thousands of attributes).
      const firstToken = new Map<string, AttributeToken>()
      for (const token of tokens) if (!firstToken.has(token.name)) firstToken.set(token.name, token)
      const names = new Set([...firstToken.keys(), ...Object.keys(written)])
      for (const name of names) {
        if (allowed.includes(name)) continue
        const token = firstToken.get(name)
        const at = token === undefined ? head : lines.range(token.nameStart, token.nameEnd)
        reporter.report('directive-unknown-attribute', `Unexpected attribute ${attributeName(name)} on ${where}, expected ${expected}`, at)
      }
    },
    id(name, what) {
      const found = value(name)
      if (found === undefined || found === '') {
        reporter.report('directive-missing-attribute', `Missing \`${name}\` value on \`${shown}\`, expected ${what}`, found === undefined ? head : place(name))
        return undefined
      }
      if (!idPattern.test(found)) {
        reporter.report('directive-invalid-attribute', `Unexpected \`${name}\` value \`${found}\`, expected ${what} in kebab-case`, place(name))
        return undefined
      }
      return { value: found, place: place(name) }
    },
    choice(name, options, subject) {
      const found = value(name)
      const list = options.map((option) => `\`${option}\``).join(', ')
      if (found === undefined || found === '') {
        reporter.report('directive-missing-attribute', `Missing \`${name}\` on ${subject}, expected one of ${list}`, found === undefined ? head : place(name))
        return undefined
      }
      if (!options.includes(found)) {
        reporter.report('directive-invalid-attribute', `Unexpected ${name} \`${found}\` on ${subject}, expected one of ${list}`, place(name))
        return undefined
      }
      return found
    },
  }
}

/**
 * Read a whitespace-separated list of ids (`cite`, `requires`), reporting malformed ids.
 *
 * @param attributes The directive's attributes.
 * @param state Shared state of the body walk (line index and reporter).
 * @param name Attribute name.
 * @param noun What each id names, for messages.
 * @returns The well-formed ids with their exact positions.
 */
export function listAttribute(attributes: DirectiveAttributes, state: BodyState, name: string, noun: string): PlacedValue[] {
  const raw = attributes.value(name)
  if (raw === undefined) return []
  const token = attributes.token(name)
  const written = token === undefined ? [] : splitTokenValue(token)
  const items = raw.split(/\s+/).filter((part) => part !== '')
  // micromark's value and the written one split into the same items unless a character
  // reference changed the text (`&#32;` is a space): then each item is looked for a few
  // written items ahead, never from the start, so the reading stays linear.
  const aligned = written.length === items.length
  const results: PlacedValue[] = []
  let searchFrom = 0
  for (const [position, item] of items.entries()) {
    let match: { item: string; start: number } | undefined
    if (aligned) match = written[position]?.item === item ? written[position] : undefined
    else {
      for (let index = searchFrom; index < Math.min(written.length, searchFrom + lookAhead); index++) {
        if (written[index]?.item !== item) continue
        match = written[index]
        searchFrom = index + 1
        break
      }
    }
    const place = match === undefined ? attributes.place(name) : state.lines.range(match.start, match.start + item.length)
    if (!idPattern.test(item)) {
      state.reporter.report('directive-invalid-attribute', `Unexpected ${noun} \`${item}\` in \`${name}\`, expected a kebab-case ${noun}`, place)
      continue
    }
    results.push({ value: item, place })
  }
  return results
}
