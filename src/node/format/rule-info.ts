import { rules } from '../../rules/registry.js'
import type { RuleInfo } from './result.js'

/**
 * Metadata of a consistency rule from the rules registry, for SARIF's rule list.
 * Parser checks (not in the registry) return undefined.
 *
 * @param id Rule id.
 * @returns Description, default severity and docs URL, or undefined.
 */
export function describeRule(id: string): RuleInfo | undefined {
  const rule = (rules as Readonly<Record<string, { description: string; defaultLevel: string; url: string } | undefined>>)[id]
  if (rule === undefined) return undefined
  return {
    id,
    description: rule.description,
    // A rule that is off by default is listed as a note when a policy turns it on.
    defaultSeverity: rule.defaultLevel === 'error' ? 'error' : rule.defaultLevel === 'warn' ? 'warning' : 'info',
    url: rule.url,
  }
}
