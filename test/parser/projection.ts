import type { Block, Diagnostic, ExosomeDocument, Position, Section } from '../../src/schema/index.js'
import { formatDiagnostic } from '../../src/parser/index.js'

/** `line:column-line:column` of a position. */
export function place(position: Position): string {
  return `${position.start.line}:${position.start.column}-${position.end.line}:${position.end.column}`
}

function block(entry: Block): Record<string, unknown> {
  switch (entry.type) {
    case 'narrative':
      return { type: 'narrative', place: place(entry.position), text: entry.text, markdown: entry.content.markdown, nodes: entry.content.mdast.map((node) => node.type) }
    case 'claim':
      return { type: 'claim', place: place(entry.position), claim: entry.claim, reuse: entry.reuse }
    case 'disclaimer':
      return { type: 'disclaimer', place: place(entry.position), disclaimer: entry.disclaimer }
    case 'evidence-summary':
      return { type: 'evidence-summary', place: place(entry.position) }
  }
}

function section(entry: Section): Record<string, unknown> {
  return {
    id: entry.id,
    title: entry.title,
    depth: entry.depth,
    place: place(entry.position),
    claims: entry.claims,
    disclaimers: entry.disclaimers,
    blocks: entry.blocks.map(block),
    sections: entry.sections.map(section),
  }
}

/**
 * A stable, readable projection of a document for fixture files: ids, the section tree,
 * blocks, claims with their text and positions.
 */
export function projectDocument(document: ExosomeDocument): Record<string, unknown> {
  return {
    id: document.id,
    title: document.title,
    references: document.references.map((reference) => reference.id),
    disclaimers: document.disclaimers.map((disclaimer) => `${disclaimer.id} (${disclaimer.placement})`),
    glossary: document.glossary.map((term) => term.id),
    intro: document.intro.map(block),
    sections: document.sections.map(section),
    claims: Object.values(document.claims).map((claim) => ({
      id: claim.id,
      kind: claim.kind,
      evidence: claim.evidence,
      cites: claim.cites,
      requires: claim.requires,
      section: claim.section,
      place: place(claim.position),
      text: claim.text,
      markdown: claim.content.markdown,
    })),
    hash: document.hash,
  }
}

/**
 * Diagnostics as fixture text: one `formatDiagnostic` line each (file omitted), and the
 * related location, when there is one, on an indented line below.
 */
export function formatDiagnostics(diagnostics: readonly Diagnostic[]): string {
  return diagnostics
    .map((diagnostic) => {
      const { file: _file, ...rest } = diagnostic
      const line = formatDiagnostic(rest)
      return diagnostic.related === undefined ? line : `${line}\n  related ${place(diagnostic.related.place)}: ${diagnostic.related.message}`
    })
    .map((text) => `${text}\n`)
    .join('')
}
