import type { ConfigReference } from '../node/config.js'
import type { ParseLimits } from '../parser/limits.js'
import type { DocumentSummary } from '../rules/document-summary.js'
import type { PolicyInput } from '../rules/policy.js'
import type { Diagnostic } from '../schema/diagnostic.js'

/** A range of UTF-16 offsets into the text as the editor holds it (byte order mark included). */
export interface Span {
  start: number
  end: number
}

/** Which frontmatter list an entry belongs to. */
export type ListName = 'references' | 'disclaimers' | 'glossary'

/** One entry of a frontmatter list, as written (valid or not). */
export interface IndexedEntry {
  id: string
  /** The id value. */
  idSpan: Span
  /** The whole entry. */
  span: Span
  /** Its scalar fields (`title`, `kind`, `year`...), as written. */
  fields: Record<string, string | number | boolean>
}

/** A claim definition, `:::claim{#id ...}`, as written. */
export interface IndexedClaim {
  id: string
  idSpan: Span
  /** The opening line of the directive, from its first `:` to the end of its attributes. */
  head: Span
  kind: string | undefined
  evidence: string | undefined
  cites: string[]
  /** Disclaimers the claim names itself in `requires`. */
  requires: string[]
  /** Everything it requires: its own `requires` and what the policy requires for its kind. */
  required: string[]
  /** Plain text of the claim. */
  text: string
  /** Id of the section it is in. */
  section: string | undefined
}

/** Where an id is used, by what kind of pointer. */
export type UsageKind = 'cite' | 'requires' | 'claim-ref' | 'disclaimer-ref' | 'glossary-cite'

/** One use of an id. */
export interface IdUsage {
  kind: UsageKind
  id: string
  span: Span
}

/** A section heading. */
export interface IndexedSection {
  id: string
  title: string
  depth: number
  /** The heading line. */
  heading: Span
}

/**
 * What the language server knows about the ids of one document and where they are: read
 * from the text in the worker, whatever the errors in it, so completion, hover, definition
 * and code actions work on a page that does not validate yet.
 */
export interface DocumentIndex {
  /** The YAML between the fences, when there is a frontmatter. */
  frontmatter: Span | undefined
  references: IndexedEntry[]
  disclaimers: IndexedEntry[]
  glossary: IndexedEntry[]
  claims: IndexedClaim[]
  usages: IdUsage[]
  sections: IndexedSection[]
  /** The top-level blocks of the body, in order (a suppression comment covers one). */
  blocks: Span[]
}

/** Where a page's frontmatter extension is: a config file, and which of its extensions. */
export interface PageExtension {
  config: ConfigReference
  index: number
}

/** What the server asks its worker to do with one text. */
export interface AnalysisRequest {
  source: string
  /** Path stamped on diagnostics (relative to the workspace folder). */
  path: string
  /** The page's policy: the config's, with the overrides that match the page. */
  policy: PolicyInput
  /**
   * The page's frontmatter extension, when its config has one: the config file the worker
   * loads it from (a zod schema cannot be posted) and its index there (see `extensionAt`).
   */
  extension?: PageExtension | undefined
  limits: Partial<ParseLimits> | undefined
  /** The day the date rules measure from (ISO date), or '' for today. */
  now: string
  /** Build the {@link DocumentIndex} (open documents) or not (pages only read for cross-document checks). */
  index: boolean
}

/** What the worker answers. */
export interface AnalysisResponse {
  diagnostics: Diagnostic[]
  /** What the cross-document checks read of the document, when one could be built. */
  summary: DocumentSummary | undefined
  /** Undefined when not asked for, or when the text was refused by an input limit. */
  index: DocumentIndex | undefined
}
