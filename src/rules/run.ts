import { compareDiagnostics, createDiagnostic, docsUrl } from '../diagnostics.js'
import type { Diagnostic } from '../schema/diagnostic.js'
import { ruleList } from './registry.js'
import { fileStart } from './util/source.js'
import { applySuppressions, readSuppressions } from './suppressions.js'
import type { DateWindow, RuleInput } from './types.js'

const describe = (error: unknown): string => (error instanceof Error ? error.message : String(error))

/**
 * Run every rule the policy does not turn off on one parsed document, then apply the
 * file's suppression comments. Never throws: a rule that throws (or options that do not
 * validate) becomes an `internal-error` diagnostic.
 *
 * @param input What the parser hands the rules (document, source, tree, locate, comments, policy).
 * @returns Diagnostics sorted by position.
 */
export function runRules(input: RuleInput): Diagnostic[] {
  const diagnostics: Diagnostic[] = []
  // The one place the rules read the clock, and only when the caller gave no `now`.
  const now = input.now ?? new Date()
  const dependsOnDate = (window: DateWindow): void => input.onDateWindow?.(window)
  for (const rule of ruleList) {
    const setting = input.policy.rules[rule.id]
    const level = setting?.level ?? rule.defaultLevel
    if (level === 'off') continue
    try {
      const options = rule.optionsSchema === undefined ? undefined : rule.optionsSchema.parse(setting?.options)
      rule.check({
        ...input,
        options,
        level,
        now,
        dependsOnDate,
        report({ message, place, related, severity }) {
          diagnostics.push(
            createDiagnostic({
              ruleId: rule.id,
              severity: severity === 'info' ? 'info' : level === 'error' && severity === undefined ? 'error' : 'warning',
              message,
              place,
              file: input.file,
              related,
              url: rule.url,
            }),
          )
        },
      })
    } catch (error) {
      diagnostics.push(
        createDiagnostic({
          ruleId: 'internal-error',
          message: `Unexpected exception in rule \`${rule.id}\`: ${describe(error)}, expected the rule to finish (please report this)`,
          place: fileStart,
          file: input.file,
          url: docsUrl('internal-error', 'rules.md'),
        }),
      )
    }
  }
  let suppressed: Diagnostic[]
  try {
    suppressed = applySuppressions(diagnostics, readSuppressions(input.comments, input.tree), input.policy, input.file)
  } catch (error) {
    suppressed = [
      ...diagnostics,
      createDiagnostic({
        ruleId: 'internal-error',
        message: `Unexpected exception reading suppressions: ${describe(error)}, expected them to apply (please report this)`,
        place: fileStart,
        file: input.file,
        url: docsUrl('internal-error', 'rules.md'),
      }),
    ]
  }
  return suppressed.sort(compareDiagnostics)
}
