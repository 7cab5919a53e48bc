import { overviewDocument } from './generated/exosome-overview.js'
import type { EmbeddedDocument } from './schema/document.js'

/**
 * The built-in overview of exosome therapy: every section, claim, citation, disclaimer and
 * glossary entry, validated at build time and deep-frozen. It is embedded without source
 * positions (`position` is absent on its claims, blocks, sections and mdast nodes).
 *
 * @example
 * ```ts
 * import { exosomeOverview } from 'exosome-content'
 * console.log(exosomeOverview.title, Object.keys(exosomeOverview.claims).length)
 * ```
 */
export const exosomeOverview: EmbeddedDocument = overviewDocument
