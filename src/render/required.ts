import type { DocumentDisclaimer } from '../schema/disclaimer.js'
import type { EmbeddedDocument, ExosomeDocument } from '../schema/document.js'
import { planRender, type RenderScope } from './placement.js'

/** What an app renders with its own components. */
export interface RequiredDisclaimersSelection {
  /**
   * Ids of the sections shown (each with its subsections).
   *
   * @example ['regulatory-status']
   */
  sections?: readonly string[]
  /**
   * Ids of individual claims shown.
   *
   * @example ['no-approved-products']
   */
  claims?: readonly string[]
}

/**
 * The disclaimers an app must show next to content it renders itself: every disclaimer
 * required by the selected claims and by the claims of the selected sections, the ones those
 * sections place, and all document-level ones. Each appears once: document-level first, then
 * in the order the content first needs them. With no selection, the whole document.
 *
 * @param document The document the content comes from, parsed or embedded.
 * @param selection Section and claim ids shown; unknown ids throw a RangeError.
 * @returns The disclaimers to show.
 */
export function requiredDisclaimers(document: ExosomeDocument | EmbeddedDocument, selection: RequiredDisclaimersSelection = {}): DocumentDisclaimer[] {
  const scopes: RenderScope[] = [
    ...(selection.sections ?? []).map((id): RenderScope => ({ type: 'section', id })),
    ...(selection.claims ?? []).map((id): RenderScope => ({ type: 'claim', id })),
  ]
  if (selection.sections === undefined && selection.claims === undefined) scopes.push({ type: 'document' })
  const seen = new Set<string>()
  const result: DocumentDisclaimer[] = []
  const add = (list: readonly DocumentDisclaimer[]): void => {
    for (const disclaimer of list) {
      if (seen.has(disclaimer.id)) continue
      seen.add(disclaimer.id)
      result.push(disclaimer)
    }
  }
  if (scopes.length === 0) {
    // Nothing selected still means the document-level disclaimers (and those the intro places).
    const intro = new Set(document.intro.flatMap((block) => (block.type === 'disclaimer' ? [block.disclaimer] : [])))
    add(document.disclaimers.filter((disclaimer) => disclaimer.placement === 'document' || intro.has(disclaimer.id)))
  }
  for (const scope of scopes) add(planRender(document, scope, { mode: 'end', omit: false }).disclaimers)
  return result
}
