/**
 * A stand-in for `src/rules/run.js` that records what the parser hands the rules and runs
 * none of them. A suite mocks the module with it and reads `seen`:
 *
 *   vi.mock('../../src/rules/run.js', () => import('../helpers/rule-input-spy.js'))
 *   const { seen } = await import('../helpers/rule-input-spy.js')
 */
import type { RuleInput } from '../../src/rules/types.js'

/** Every rule input handed over, in order; a suite empties it before each parse. */
export const seen: RuleInput[] = []

/**
 * Record the input; report nothing.
 *
 * @param input What the parser hands the rules.
 * @returns No diagnostics.
 */
export function runRules(input: RuleInput): [] {
  seen.push(input)
  return []
}
