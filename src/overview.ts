import { overviewData } from './generated/exosome-overview.js'
import type { ExosomeDocument } from './schema/document.js'
import { deepFreeze } from './util/deep-freeze.js'

/**
 * The built-in overview of exosome therapy: every section, claim, citation, disclaimer and
 * glossary entry, validated at build time and deep-frozen.
 *
 * @example
 * ```ts
 * import { exosomeOverview } from 'exosome-content'
 * console.log(exosomeOverview.title, Object.keys(exosomeOverview.claims).length)
 * ```
 */
export const exosomeOverview: ExosomeDocument = /* @__PURE__ */ deepFreeze(overviewData)
