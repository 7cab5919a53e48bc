import { docsUrl } from '../diagnostics.js'
import { languageFor, languages } from '../language/registry.js'
import type { Rule } from './rule.js'
import { fileStart } from './util/source.js'
import { wordingRuleIds } from './util/wording.js'

/** One note when the document's language has no statement analysis: the wording rules are skipped. */
export const wordingLocale: Rule = {
  id: 'wording-locale',
  description: 'One `info` note when the wording rules cannot read the document\'s language (they are skipped, never run as English).',
  defaultLevel: 'warn',
  url: docsUrl('wording-locale', 'rules.md'),
  check(context) {
    const { locale } = context.document
    if (locale === '' || languageFor(locale) !== undefined) return
    const on = wordingRuleIds.filter((id) => (context.policy.rules[id]?.level ?? 'error') !== 'off')
    if (on.length === 0) return
    context.report({
      message: `Unexpected locale \`${locale}\` for the wording checks, expected one of ${Object.keys(languages).map((code) => `\`${code}\``).join(', ')}: ${on.map((id) => `\`${id}\``).join(', ')} did not run on this document`,
      place: context.locate(['locale']) ?? fileStart,
      severity: 'info',
    })
  },
}
