import type { Nodes, Root } from 'mdast'
import { createDiagnostic, docsUrl } from '../diagnostics.js'
import type { Diagnostic } from '../schema/diagnostic.js'
import type { Position } from '../schema/primitives.js'
import type { ResolvedPolicy } from './policy.js'
import { getRule } from './registry.js'
import type { SourceComment } from './types.js'

/** Ids of the warnings about suppression comments themselves (not rules: always on). */
export const suppressionChecks = ['suppression-unused', 'suppression-reason-missing', 'suppression-rule-unknown'] as const

/** A parsed `<!-- exosome-content-ignore rule-id: reason -->` comment. */
export interface Suppression {
  ruleIds: string[]
  reason: string
  /** The comment. */
  position: Position
  /** The block it covers (the comment's next sibling), if any. */
  target: Position | undefined
}

const directive = /^exosome-content-ignore(?=\s|:|$)([^:]*)(?::([\s\S]*))?$/

const before = (a: Position['start'], b: Position['start']): boolean => a.line < b.line || (a.line === b.line && a.column <= b.column)

/** An HTML node of the tree and the position of the node after it, in source order. */
interface HtmlSibling {
  place: Position
  next: Position | undefined
}

/**
 * Every HTML node with its next sibling, in one walk of the tree (HTML nodes are leaves and
 * never overlap, so source order is walk order).
 *
 * @param tree The whole mdast.
 * @returns The nodes in source order.
 */
function htmlSiblings(tree: Root): HtmlSibling[] {
  const found: HtmlSibling[] = []
  const walk = (node: Nodes): void => {
    if (!('children' in node)) return
    node.children.forEach((child, index) => {
      if (child.type === 'html' && child.position !== undefined) found.push({ place: child.position, next: node.children[index + 1]?.position })
      else walk(child)
    })
  }
  walk(tree)
  return found
}

/**
 * The node after the HTML node that holds a comment.
 *
 * @param siblings Every HTML node of the tree, in source order.
 * @param comment Position of the comment.
 * @returns Position of the next sibling, or `undefined` when the comment ends its parent.
 */
function nextSibling(siblings: readonly HtmlSibling[], comment: Position): Position | undefined {
  // The last HTML node starting at or before the comment is the only one that can hold it.
  let low = 0
  let high = siblings.length - 1
  let found = -1
  while (low <= high) {
    const middle = (low + high) >> 1
    if (before((siblings[middle] as HtmlSibling).place.start, comment.start)) {
      found = middle
      low = middle + 1
    } else high = middle - 1
  }
  const holder = siblings[found]
  return holder !== undefined && before(comment.end, holder.place.end) ? holder.next : undefined
}

/**
 * Read the suppression comments of a file.
 *
 * @param comments HTML comments of the body.
 * @param tree The whole mdast.
 * @returns Suppressions, in source order.
 */
export function readSuppressions(comments: ReadonlyArray<SourceComment>, tree: Root): Suppression[] {
  const out: Suppression[] = []
  let siblings: HtmlSibling[] | undefined
  for (const comment of comments) {
    const value = comment.value.replace(/^\s*<!--/, '').replace(/-->\s*$/, '').trim()
    const match = directive.exec(value)
    if (match === null) continue
    siblings ??= htmlSiblings(tree)
    out.push({
      ruleIds: (match[1] ?? '').split(/[\s,]+/).filter((id) => id !== ''),
      reason: (match[2] ?? '').trim(),
      position: comment.position,
      target: nextSibling(siblings, comment.position),
    })
  }
  return out
}

/**
 * Drop the diagnostics that suppression comments cover and report the suppressions that are
 * unused, without a reason, or name an unknown rule.
 *
 * @param diagnostics Rule diagnostics of the file.
 * @param suppressions The file's suppressions.
 * @param policy The policy (a suppression of a rule that is off is not reported unused).
 * @param file File path for the new diagnostics.
 * @returns The remaining diagnostics plus warnings about suppressions.
 */
export function applySuppressions(
  diagnostics: ReadonlyArray<Diagnostic>,
  suppressions: ReadonlyArray<Suppression>,
  policy: ResolvedPolicy,
  file: string | undefined,
): Diagnostic[] {
  const dropped = new Set<Diagnostic>()
  // Diagnostics by rule, by start line: each suppression finds what it covers by a search.
  const byRule = new Map<string, Diagnostic[]>()
  for (const diagnostic of diagnostics) {
    const list = byRule.get(diagnostic.ruleId)
    if (list === undefined) byRule.set(diagnostic.ruleId, [diagnostic])
    else list.push(diagnostic)
  }
  for (const list of byRule.values()) list.sort((a, b) => a.place.start.line - b.place.start.line)
  const coveredBy = (ruleId: string, target: Position): Diagnostic[] => {
    const list = byRule.get(ruleId) ?? []
    let low = 0
    let high = list.length
    while (low < high) {
      const middle = (low + high) >> 1
      if ((list[middle] as Diagnostic).place.start.line < target.start.line) low = middle + 1
      else high = middle
    }
    const covered: Diagnostic[] = []
    for (let index = low; index < list.length && (list[index] as Diagnostic).place.start.line <= target.end.line; index++) covered.push(list[index] as Diagnostic)
    return covered
  }
  const warnings: Diagnostic[] = []
  const warn = (ruleId: (typeof suppressionChecks)[number], message: string, place: Position): void => {
    warnings.push(createDiagnostic({ ruleId, severity: 'warning', message, place, file, url: docsUrl(ruleId, 'rules.md') }))
  }
  for (const suppression of suppressions) {
    if (suppression.ruleIds.length === 0) {
      warn('suppression-rule-unknown', 'Unexpected suppression without a rule id, expected `exosome-content-ignore rule-id: reason`', suppression.position)
      continue
    }
    if (suppression.reason === '') {
      warn('suppression-reason-missing', `Unexpected suppression of \`${suppression.ruleIds.join(' ')}\` without a reason, expected \`: reason\` after the rule id`, suppression.position)
    }
    for (const ruleId of suppression.ruleIds) {
      const rule = getRule(ruleId)
      if (rule === undefined) {
        warn('suppression-rule-unknown', `Unexpected unknown rule \`${ruleId}\` in suppression, expected the id of a consistency rule from docs/rules.md (parser checks cannot be suppressed)`, suppression.position)
        continue
      }
      const { target } = suppression
      const covered = target === undefined ? [] : coveredBy(ruleId, target)
      for (const diagnostic of covered) dropped.add(diagnostic)
      if (covered.length > 0 || (policy.rules[ruleId]?.level ?? rule.defaultLevel) === 'off') continue
      warn('suppression-unused', `Unexpected unused suppression of \`${ruleId}\`, expected a problem of \`${ruleId}\` in the block after the comment`, suppression.position)
    }
  }
  return [...diagnostics.filter((diagnostic) => !dropped.has(diagnostic)), ...warnings]
}
