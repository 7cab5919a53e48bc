import type { Severity } from '../schema/diagnostic.js'

/**
 * Every check the parser reports, with its severity. Each id has a section in
 * `docs/diagnostics.md`.
 */
export const parserChecks = {
  'frontmatter-missing': 'error',
  'yaml-syntax': 'error',
  'yaml-duplicate-key': 'error',
  'yaml-alias-limit': 'error',
  'yaml-unresolved-alias': 'error',
  'yaml-forbidden-key': 'error',
  'yaml-complex-key': 'error',
  'frontmatter-invalid': 'error',
  'frontmatter-unknown-key': 'error',
  'frontmatter-missing-key': 'error',
  'duplicate-reference-id': 'error',
  'duplicate-disclaimer-id': 'error',
  'duplicate-glossary-id': 'error',
  'title-mismatch': 'warning',
  'heading-empty': 'error',
  'heading-title-misplaced': 'warning',
  'heading-id-invalid': 'error',
  'heading-id-duplicate': 'error',
  'directive-unknown': 'error',
  'directive-malformed': 'error',
  'directive-wrong-form': 'error',
  'directive-unknown-attribute': 'error',
  'directive-duplicate-attribute': 'error',
  'directive-label': 'error',
  'directive-missing-attribute': 'error',
  'directive-invalid-attribute': 'error',
  'directive-nested': 'error',
  'claim-ref-with-body': 'error',
  'claim-empty': 'error',
  'claim-duplicate-id': 'error',
  'claim-outside-section': 'error',
  'citation-resolves': 'error',
  'claim-ref-resolves': 'error',
  'disclaimer-ref-resolves': 'error',
  'disclaimer-unplaced': 'warning',
  'parse-failed': 'error',
} as const satisfies Record<string, Severity>

/** Id of a parser check. */
export type ParserCheckId = keyof typeof parserChecks
