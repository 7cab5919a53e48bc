// Placeholder until the rules engine lands: runs no rule.
import type { Diagnostic } from '../schema/diagnostic.js'
import type { RuleInput } from './types.js'

export function runRules(_input: RuleInput): Diagnostic[] {
  return []
}
