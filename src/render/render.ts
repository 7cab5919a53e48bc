import type { EmbeddedDocument, ExosomeDocument } from '../schema/document.js'
import { renderHtml } from './html.js'
import { renderMarkdown } from './markdown.js'
import { resolveRenderOptions, type RenderFormat, type RenderOptions, type ResolvedRenderOptions } from './options.js'
import { planRender, type Plan, type RenderScope } from './placement.js'
import { renderText } from './text.js'

/** One renderer per format, all fed by the same placement step. */
const renderers = {
  html: renderHtml,
  markdown: renderMarkdown,
  text: renderText,
} satisfies Record<RenderFormat, (plan: Plan, options: ResolvedRenderOptions) => string>

function render(document: ExosomeDocument | EmbeddedDocument, scope: RenderScope, options: RenderOptions): string {
  const resolved = resolveRenderOptions(options, document.locale)
  const plan = planRender(document, scope, { mode: resolved.disclaimers, omit: resolved.unsafeOmitDisclaimers })
  return renderers[resolved.format](plan, resolved)
}

/**
 * Render a whole document with every disclaimer it needs.
 *
 * @param document A parsed or embedded document, such as `exosomeOverview`.
 * @param options Format and presentation options; bad options throw.
 * @returns HTML (sanitized fragment), markdown (the package's format) or plain text.
 * @example renderDocument(exosomeOverview, { format: 'html' })
 */
export function renderDocument(document: ExosomeDocument | EmbeddedDocument, options: RenderOptions): string {
  return render(document, { type: 'document' }, options)
}

/**
 * Render one section (with its subsections), the disclaimers its claims require, the ones it
 * places, and all document-level ones.
 *
 * @param document The document, parsed or embedded.
 * @param sectionId Id of the section; an unknown id throws a RangeError.
 * @param options Format and presentation options.
 * @returns The rendered section.
 * @example renderSection(exosomeOverview, 'what-exosomes-are', { format: 'text' })
 */
export function renderSection(document: ExosomeDocument | EmbeddedDocument, sectionId: string, options: RenderOptions): string {
  return render(document, { type: 'section', id: sectionId }, options)
}

/**
 * Render one claim with its citations, the disclaimers it requires and all document-level ones.
 *
 * @param document The document, parsed or embedded.
 * @param claimId Id of the claim; an unknown id throws a RangeError.
 * @param options Format and presentation options.
 * @returns The rendered claim.
 * @example renderClaim(exosomeOverview, 'no-approved-products', { format: 'html' })
 */
export function renderClaim(document: ExosomeDocument | EmbeddedDocument, claimId: string, options: RenderOptions): string {
  return render(document, { type: 'claim', id: claimId }, options)
}
