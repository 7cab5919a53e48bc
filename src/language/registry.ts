import { english } from './en/index.js'
import { spanish } from './es/index.js'
import type { LanguageDefinition } from './language.js'

/** The languages the statement analysis supports, by primary language subtag. */
export const languages = {
  en: english,
  es: spanish,
} satisfies Record<string, LanguageDefinition>

/**
 * The language of a document's `locale` (`en`, `en-US`, `en-GB` ... are English; `es`, `es-MX`,
 * `es-US` ... Spanish).
 *
 * @param locale A BCP 47 language tag.
 * @returns The language, or `undefined` when the analysis does not support it.
 */
export function languageFor(locale: string): LanguageDefinition | undefined {
  const primary = locale.split('-')[0]?.toLowerCase() ?? ''
  return Object.hasOwn(languages, primary) ? (languages as Record<string, LanguageDefinition>)[primary] : undefined
}
