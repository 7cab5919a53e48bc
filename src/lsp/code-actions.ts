import { CodeActionKind, type CodeAction, type Diagnostic as LspDiagnostic, type TextEdit } from 'vscode-languageserver/node.js'
import type { TextDocument } from 'vscode-languageserver-textdocument'
import { getRule } from '../rules/registry.js'
import { diagnosticSource } from './convert.js'
import { nearestIds } from './nearest.js'
import { usageKindsOf, type IdKind } from './targets.js'
import type { DocumentIndex, Span } from './types.js'

/** The reason written into a new suppression comment, for the author to replace. */
export const reasonPlaceholder = 'explain why this block is an exception'

const resolveChecks: Record<string, IdKind[]> = {
  'citation-resolves': ['reference'],
  'claim-ref-resolves': ['claim'],
  'disclaimer-ref-resolves': ['disclaimer'],
}

const unplaced = /expected `::disclaimer\{ref=([a-z0-9-]+)\}` in section `([^`]+)`/

function lineEnding(text: string): string {
  const found = /\r\n|\r|\n/.exec(text)
  return found?.[0] ?? '\n'
}

function lineStart(text: string, offset: number): number {
  let start = offset
  while (start > 0 && text[start - 1] !== '\n' && text[start - 1] !== '\r') start--
  return start
}

function lineEndOf(text: string, offset: number): number {
  let end = offset
  while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++
  return end
}

function action(title: string, document: TextDocument, edits: TextEdit[], diagnostic: LspDiagnostic, preferred = false): CodeAction {
  return { title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: preferred, edit: { changes: { [document.uri]: edits } } }
}

function fixId(document: TextDocument, index: DocumentIndex, diagnostic: LspDiagnostic, kinds: IdKind[]): CodeAction[] {
  const start = document.offsetAt(diagnostic.range.start)
  const usage = index.usages.find((candidate) => candidate.span.start === start && kinds.some((kind) => usageKindsOf(kind).includes(candidate.kind)))
  if (usage === undefined) return []
  const pool = kinds.flatMap((kind) => (kind === 'reference' ? index.references : kind === 'disclaimer' ? index.disclaimers : index.claims).map((entry) => entry.id))
  const nearest = nearestIds(usage.id, pool)
  const range = { start: document.positionAt(usage.span.start), end: document.positionAt(usage.span.end) }
  return nearest.map((id) => action(`Change \`${usage.id}\` to \`${id}\``, document, [{ range, newText: id }], diagnostic, nearest.length === 1))
}

function placeDisclaimer(document: TextDocument, index: DocumentIndex, diagnostic: LspDiagnostic): CodeAction[] {
  const match = unplaced.exec(diagnostic.message)
  if (match === null) return []
  const [, id, sectionId] = match
  const section = index.sections.find((candidate) => candidate.id === sectionId)
  if (section === undefined || id === undefined) return []
  const text = document.getText()
  const eol = lineEnding(text)
  const end = lineEndOf(text, section.heading.end)
  const next = lineEndOf(text, Math.min(text.length, end + eol.length))
  const blankFollows = end >= text.length || text.slice(end + eol.length, next).trim() === ''
  const insert = `${eol}${eol}::disclaimer{ref=${id}}${blankFollows ? '' : eol}`
  const at = document.positionAt(end)
  return [action(`Place disclaimer \`${id}\` in section \`${sectionId}\``, document, [{ range: { start: at, end: at }, newText: insert }], diagnostic, true)]
}

const existingSuppression = /^<!--\s*exosome-content-ignore(?=\s|:)([^:]*?)(\s*)(:|-->)/

function suppress(document: TextDocument, index: DocumentIndex, diagnostic: LspDiagnostic, ruleId: string): CodeAction[] {
  const offset = document.offsetAt(diagnostic.range.start)
  // Suppression comments cover body blocks only; the frontmatter is not a block.
  if (index.frontmatter !== undefined && offset <= index.frontmatter.end) return []
  const position = index.blocks.findIndex((block: Span) => block.start <= offset && offset <= block.end)
  const block = index.blocks[position]
  if (block === undefined) return []
  const text = document.getText()
  const previous = index.blocks[position - 1]
  const title = `Suppress \`${ruleId}\` for this block, with a reason`
  // A suppression comment right before the block: add the rule to it, so it still covers the block.
  if (previous !== undefined) {
    const comment = existingSuppression.exec(text.slice(previous.start, previous.end))
    if (comment !== null && !(comment[1] ?? '').split(/[\s,]+/).includes(ruleId)) {
      const at = document.positionAt(previous.start + comment[0].length - (comment[2] ?? '').length - (comment[3] ?? '').length)
      const newText = comment[3] === ':' ? ` ${ruleId}` : ` ${ruleId}: ${reasonPlaceholder} `
      return [action(title, document, [{ range: { start: at, end: at }, newText }], diagnostic)]
    }
  }
  const start = lineStart(text, block.start)
  const indent = text.slice(start, block.start)
  const at = document.positionAt(start)
  const newText = `${indent}<!-- exosome-content-ignore ${ruleId}: ${reasonPlaceholder} -->${lineEnding(text)}`
  return [action(title, document, [{ range: { start: at, end: at }, newText }], diagnostic)]
}

/** Cross-document rules: their diagnostics are added after a page's suppression comments are read. */
const crossDocumentRules: ReadonlySet<string> = new Set(['claim-id-stable', 'locale-parity'])

/**
 * Quick fixes for the server's diagnostics: change a misspelt id to the nearest declared
 * one, place a missing section disclaimer after the section's heading, and suppress a rule
 * for a block with a suppression comment whose reason is a placeholder to replace.
 *
 * @param document The document, at the version the index was read from.
 * @param index Its index.
 * @param diagnostics The diagnostics the editor asks about.
 * @returns The code actions.
 */
export function codeActions(document: TextDocument, index: DocumentIndex, diagnostics: readonly LspDiagnostic[]): CodeAction[] {
  const actions: CodeAction[] = []
  const seen = new Set<string>()
  for (const diagnostic of diagnostics) {
    if (diagnostic.source !== diagnosticSource || typeof diagnostic.code !== 'string') continue
    const ruleId = diagnostic.code
    const kinds = resolveChecks[ruleId]
    if (kinds !== undefined) actions.push(...fixId(document, index, diagnostic, kinds))
    if (ruleId === 'claim-needs-disclaimer') actions.push(...placeDisclaimer(document, index, diagnostic))
    // Cross-document diagnostics are not suppressible in a page: the comment applies within it.
    if (getRule(ruleId) !== undefined && !crossDocumentRules.has(ruleId)) {
      for (const found of suppress(document, index, diagnostic, ruleId)) {
        const key = JSON.stringify(found.edit)
        if (seen.has(key)) continue
        seen.add(key)
        actions.push(found)
      }
    }
  }
  return actions
}
