import { docsUrl } from '../diagnostics.js'
import type { Rule } from './rule.js'
import { locateEntry } from './util/document.js'
import { fileStart } from './util/source.js'

/** Every reference in the frontmatter is cited by a claim or a glossary entry. */
export const referenceUnused: Rule = {
  id: 'reference-unused',
  description: 'Every reference is cited by at least one claim or glossary entry.',
  defaultLevel: 'warn',
  url: docsUrl('reference-unused', 'rules.md'),
  check(context) {
    const { document } = context
    const cited = new Set<string>()
    for (const claim of Object.values(document.claims)) for (const id of claim.cites) cited.add(id)
    // Stryker disable next-line ArrayDeclaration: reference ids are kebab-case, so no reference is named "Stryker was here"
    for (const term of document.glossary) for (const id of term.cites ?? []) cited.add(id)
    document.references.forEach((reference, index) => {
      if (cited.has(reference.id)) return
      context.report({
        message: `Unexpected unused reference \`${reference.id}\`, expected a claim or glossary entry to cite it, or the reference removed`,
        place: locateEntry(context, 'references', index, reference.id) ?? fileStart,
      })
    })
  },
}
