import { z } from 'zod'
import { docsUrl } from '../diagnostics.js'
import { idSchema } from '../schema/primitives.js'
import { sha256Hex } from '../util/sha256.js'
import type { Rule } from './rule.js'
import { locateEntry } from './util/document.js'
import { fileStart } from './util/source.js'

/** Options of `disclaimer-text-pinned`. */
export interface DisclaimerTextPinnedOptions {
  /**
   * The approved hash of each disclaimer's text, by disclaimer id.
   *
   * @default {}
   * @example { 'not-medical-advice': 'sha256-3f1c…' }
   */
  pins: Record<string, string>
}

const optionsSchema: z.ZodType<DisclaimerTextPinnedOptions> = z
  .strictObject({
    pins: z
      .record(idSchema, z.string().regex(/^sha256-[0-9a-f]{64}$/, { error: 'Expected `sha256-` and 64 lowercase hex digits' }))
      .default({}),
  })
  .prefault({})

/**
 * The pin of a disclaimer text: `sha256-` and the hex SHA-256 of the trimmed text (UTF-8).
 *
 * @param text The disclaimer's markdown text.
 * @returns The value to put in `pins`.
 */
export function disclaimerPin(text: string): string {
  return `sha256-${sha256Hex(text.trim())}`
}

/** Each disclaimer's text matches the hash pinned in the policy, so an edited legal text fails CI. */
export const disclaimerTextPinned: Rule<DisclaimerTextPinnedOptions> = {
  id: 'disclaimer-text-pinned',
  description: 'Each disclaimer text matches the hash pinned in the policy (off by default).',
  defaultLevel: 'off',
  optionsSchema,
  url: docsUrl('disclaimer-text-pinned', 'rules.md'),
  check(context) {
    const { pins } = context.options
    context.document.disclaimers.forEach((disclaimer, index) => {
      const actual = disclaimerPin(disclaimer.text)
      // An own property only: a disclaimer id such as `constructor` is no pin.
      const pinned = Object.hasOwn(pins, disclaimer.id) ? pins[disclaimer.id] : undefined
      if (pinned === actual) return
      const place = locateEntry(context, 'disclaimers', index, disclaimer.id, ['text']) ?? fileStart
      context.report({
        message:
          pinned === undefined
            ? `Unexpected unpinned disclaimer \`${disclaimer.id}\`, expected a pin in the policy: pin \`${actual}\` once the text is approved`
            : `Unexpected text of disclaimer \`${disclaimer.id}\` (\`${actual}\`), expected the pinned \`${pinned}\`: pin \`${actual}\` once the new text is approved`,
        place,
      })
    })
  },
}
