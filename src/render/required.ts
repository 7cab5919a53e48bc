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
    // Stryker disable next-line StringLiteral: planRender reads every scope that is not the document, a section or the summary as a claim
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
    // Nothing selected still means what any selection leads with: the document-level
    // disclaimers, then those the intro places, in the order it places them.
    add(document.disclaimers.filter((disclaimer) => disclaimer.placement === 'document'))
    add(document.intro.flatMap((block) => (block.type === 'disclaimer' ? [declared(document, block.disclaimer)] : [])))
  }
  // Stryker disable next-line ObjectLiteral,StringLiteral: a plan lists the same disclaimers in every mode (the mode only says where renderers put them)
  for (const scope of scopes) add(planRender(document, scope, { mode: 'end', omit: false }).disclaimers)
  return result
}

function declared(document: ExosomeDocument | EmbeddedDocument, id: string): DocumentDisclaimer {
  const found = document.disclaimers.find((disclaimer) => disclaimer.id === id)
  if (found === undefined) throw new RangeError(`Unknown disclaimer id ${JSON.stringify(id)} in the intro, expected one defined in the document`)
  return found
}
