import { z } from 'zod'
import { docsUrl } from '../diagnostics.js'
import type { Rule } from './rule.js'
import { claimList } from './util/document.js'
import { findPhrases, sentenceAround } from './util/phrases.js'
import { mappedText, spanPosition } from './util/plain-text.js'

/** Absolute or promotional health wording that claims may not use (matched as whole words, any case). */
export const overclaimPhrases: readonly string[] = [
  'cure',
  'cures',
  'cured',
  'curing',
  'proven',
  'guaranteed',
  'guarantee',
  'miracle',
  'breakthrough',
  '100%',
  'no side effects',
  'risk-free',
  'revolutionary',
  'completely safe',
  'FDA-approved',
  'FDA-cleared',
  'FDA approved',
]

/** Phrases a `regulatory` claim may use when they are negated ("is not FDA-approved"). */
export const regulatoryPhrases: readonly string[] = ['fda-approved', 'fda-cleared', 'fda approved']

/** Words that negate a regulatory phrase when they come before it in the same sentence. */
const negation = /(?<![\p{L}\p{N}])(?:not|no|never|none|nor|neither|without|\p{L}+n['\u2019]t)(?![\p{L}\p{N}])/iu

/** Options of `overclaim-wording`. */
export interface OverclaimWordingOptions {
  /**
   * Extra phrases to report, on top of the built-in list.
   *
   * @default []
   * @example ['game-changer']
   */
  phrases: string[]
  /**
   * Phrases of the built-in list to accept (compared case-insensitively).
   *
   * @default []
   * @example ['breakthrough']
   */
  allow: string[]
}

const optionsSchema: z.ZodType<OverclaimWordingOptions> = z
  .strictObject({
    phrases: z.array(z.string().trim().min(1)).default([]),
    allow: z.array(z.string().trim().min(1)).default([]),
  })
  .prefault({})

/**
 * Whether a regulatory phrase is negated: a negation word (`not`, `no`, `never`, `none`,
 * `nor`, `neither`, `without`, or a word ending in `n't`) stands before it in its sentence,
 * at most six words before.
 *
 * @param text Plain text of the claim.
 * @param start Index of the phrase.
 * @returns `true` when negated.
 */
export function isNegated(text: string, start: number): boolean {
  const [sentenceStart] = sentenceAround(text, start)
  const words = text.slice(sentenceStart, start).trim().split(/\s+/).slice(-6)
  return words.some((word) => negation.test(word))
}

/** Claims may not use absolute or promotional health wording. */
export const overclaimWording: Rule<OverclaimWordingOptions> = {
  id: 'overclaim-wording',
  description: 'Claims do not use absolute or promotional health wording ("cures", "proven", "risk-free", ...).',
  defaultLevel: 'error',
  optionsSchema,
  url: docsUrl('overclaim-wording', 'rules.md'),
  check(context) {
    const allowed = new Set(context.options.allow.map((phrase) => phrase.toLowerCase()))
    // Frozen: findPhrases prepares the list once for all the claims.
    const phrases = Object.freeze([...overclaimPhrases, ...context.options.phrases].filter((phrase) => !allowed.has(phrase.toLowerCase())))
    for (const claim of claimList(context.document)) {
      const mapped = mappedText(claim.content.mdast, context.source)
      for (const match of findPhrases(mapped.text, phrases)) {
        const regulatory = regulatoryPhrases.includes(match.phrase.toLowerCase())
        if (regulatory && claim.kind === 'regulatory' && isNegated(mapped.text, match.start)) continue
        const expected = regulatory
          ? 'expected it only negated in a `regulatory` claim (e.g. "is not FDA-approved")'
          : 'expected hedged, evidence-matched wording'
        context.report({
          message: `Unexpected overclaiming \`${match.found}\` in claim \`${claim.id}\`, ${expected}`,
          place: spanPosition(mapped, match.start, match.end, context.source) ?? claim.position,
        })
      }
    }
  },
}
