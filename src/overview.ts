import { overviewDocument } from './generated/exosome-overview.js'
import { overviewDocumentEs } from './generated/exosome-overview-es.js'
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

/**
 * The built-in overview in Spanish (`locale: 'es'`), written for a general Spanish-speaking
 * readership in the United States: the same claim ids, kinds, evidence grades, citations,
 * disclaimer ids and section ids as `exosomeOverview`, validated at build time and
 * deep-frozen. Its data is a module of its own: a bundle that imports only one of the two
 * overviews holds only that one's text. Renderers choose Spanish labels from its `locale`.
 *
 * @example
 * ```ts
 * import { exosomeOverviewEs } from 'exosome-content'
 * import { renderSection } from 'exosome-content/render'
 * renderSection(exosomeOverviewEs, 'what-exosomes-are', { format: 'html' })
 * ```
 */
export const exosomeOverviewEs: EmbeddedDocument = overviewDocumentEs
