// The Spanish counterparts of `helpers.ts`: a sentence checked as a claim of a grade or as
// narrative, in a document with `locale: es`.
import { frontmatter, wordingOf } from './helpers.js'

/** Rule ids reported for a Spanish sentence written as a claim of this grade. */
export function asClaim(text: string, evidence = 'early-clinical', kind = 'therapeutic-potential'): string[] {
  return wordingOf(`${frontmatter('', 'es')}:::claim{#c kind=${kind} evidence=${evidence} cite="rev reg"}\n${text}\n:::\n`).map((d) => d.ruleId)
}

/** Rule ids reported for a Spanish sentence written as narrative. */
export function asNarrative(text: string): string[] {
  return wordingOf(`${frontmatter('', 'es')}${text}\n`).map((d) => d.ruleId)
}
