import { DiagnosticSeverity, type Diagnostic as LspDiagnostic, type DiagnosticRelatedInformation, type Range } from 'vscode-languageserver/node.js'
import type { TextDocument } from 'vscode-languageserver-textdocument'
import type { Diagnostic, Severity } from '../schema/diagnostic.js'
import type { Point, Position } from '../schema/primitives.js'
import type { Span } from './types.js'

/** Name shown as the source of every diagnostic. */
export const diagnosticSource = 'exosome-content'

const severities = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information } satisfies Record<Severity, DiagnosticSeverity>

/**
 * A 1-based point of the parser as an LSP position: 0-based line and UTF-16 character. The
 * parser counts columns in UTF-16 code units, as LSP does, after dropping a byte order mark;
 * the editor's text still holds the mark, so the first line is one character further.
 *
 * @param point The parser's point.
 * @param bom Whether the text starts with a byte order mark.
 * @returns The LSP position.
 */
export function toLspPosition(point: Point, bom: boolean): { line: number; character: number } {
  const line = Math.max(0, point.line - 1)
  return { line, character: Math.max(0, point.column - 1) + (bom && line === 0 ? 1 : 0) }
}

/**
 * A range of the parser as an LSP range.
 *
 * @param place The parser's 1-based range.
 * @param bom Whether the text starts with a byte order mark.
 * @returns The LSP range.
 */
export function toLspRange(place: Position, bom: boolean): Range {
  return { start: toLspPosition(place.start, bom), end: toLspPosition(place.end, bom) }
}

/**
 * An offset span of the index as an LSP range in the text it was read from.
 *
 * @param document The text the span is in.
 * @param span The span.
 * @returns The range.
 */
export function spanRange(document: TextDocument, span: Span): Range {
  return { start: document.positionAt(span.start), end: document.positionAt(span.end) }
}

/** Where a diagnostic's `related` place is, when it is in another document. */
export type RelatedUri = (diagnostic: Diagnostic) => { uri: string; bom: boolean } | undefined

/**
 * A diagnostic as LSP sends it: the rule id as `code`, its documentation as
 * `codeDescription.href`, the severity, the message, and `related` as related information.
 *
 * @param diagnostic The parser's or a rule's diagnostic.
 * @param uri The document it is in.
 * @param bom Whether that text starts with a byte order mark.
 * @param related Where `related` points when it is in another document (default: this one).
 * @returns The LSP diagnostic.
 */
export function toLspDiagnostic(diagnostic: Diagnostic, uri: string, bom: boolean, related?: RelatedUri): LspDiagnostic {
  const converted: LspDiagnostic = {
    range: toLspRange(diagnostic.place, bom),
    severity: severities[diagnostic.severity],
    code: diagnostic.ruleId,
    source: diagnosticSource,
    message: diagnostic.message,
  }
  if (diagnostic.url !== undefined) converted.codeDescription = { href: diagnostic.url }
  if (diagnostic.related !== undefined) {
    const target = related?.(diagnostic) ?? { uri, bom }
    const information: DiagnosticRelatedInformation = {
      location: { uri: target.uri, range: toLspRange(diagnostic.related.place, target.bom) },
      message: diagnostic.related.message,
    }
    converted.relatedInformation = [information]
  }
  return converted
}
