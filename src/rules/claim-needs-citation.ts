import { docsUrl } from '../diagnostics.js'
import type { Rule } from './rule.js'
import { claimList } from './util/document.js'

/** Every claim cites at least one reference. */
export const claimNeedsCitation: Rule = {
  id: 'claim-needs-citation',
  description: 'Every claim cites at least one reference.',
  defaultLevel: 'error',
  url: docsUrl('claim-needs-citation', 'rules.md'),
  check(context) {
    for (const claim of claimList(context.document)) {
      if (claim.cites.length > 0) continue
      context.report({
        message: `Unexpected claim \`${claim.id}\` without citations, expected at least one reference id in \`cite\``,
        place: claim.position,
      })
    }
  },
}
