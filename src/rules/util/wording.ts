import { z } from 'zod'
import { analyzeText } from '../../language/analyze.js'
import type { LanguageDefinition } from '../../language/language.js'
import { prepareLanguage } from '../../language/prepare.js'
import { languageFor } from '../../language/registry.js'
import type { LexiconExtension, SentenceFacts, Standing, Tactic } from '../../language/types.js'
import type { ExosomeDocument } from '../../schema/document.js'
import type { Position } from '../../schema/primitives.js'
import type { RuleContext } from '../rule.js'
import type { RuleInput } from '../types.js'
import { proseUnits, type ProseUnit } from './prose.js'

/** Ids of the rules that read the statement analysis. */
export const wordingRuleIds = ['overclaim-wording', 'hedge-to-evidence', 'regulatory-misdirection', 'numeric-promise', 'testimonial'] as const

/** A prose unit with the facts of its sentences. */
export interface AnalyzedUnit {
  unit: ProseUnit
  sentences: SentenceFacts[]
}

/** The statement analysis of one document, shared by every wording rule of a run. */
export interface WordingAnalysis {
  /** The document's language, or `undefined` when the analysis does not support it. */
  language: LanguageDefinition | undefined
  units: AnalyzedUnit[]
}

/** Options shared by the tactic rules: more phrases, and lexicon phrases to accept. */
export interface PhraseOptions {
  /**
   * More phrases to report, on top of the built-in lexicon (the document's language).
   *
   * @default []
   */
  phrases: string[]
  /**
   * Phrases of the built-in lexicon to accept (compared case-insensitively). An allowed
   * phrase is left out of the analysis for every wording rule.
   *
   * @default []
   */
  allow: string[]
}

/** The zod schema of {@link PhraseOptions}. */
export const phraseOptionsSchema: z.ZodType<PhraseOptions> = z
  .strictObject({
    phrases: z.array(z.string().trim().min(1)).default([]),
    allow: z.array(z.string().trim().min(1)).default([]),
  })
  .prefault({})

const memo = new WeakMap<ExosomeDocument, { source: string; policy: unknown; analysis: WordingAnalysis }>()

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [])
const optionsOf = (input: RuleInput, id: string): Record<string, unknown> => {
  const options = input.policy.rules[id]?.options
  return typeof options === 'object' && options !== null ? (options as Record<string, unknown>) : {}
}

/**
 * The lexicon extension a policy makes through the wording rules' options.
 *
 * @param input The rule input (its policy).
 * @returns Predicates, hedges, phrases per tactic and allowed phrases.
 */
export function policyExtension(input: RuleInput): LexiconExtension {
  const overclaim = optionsOf(input, 'overclaim-wording')
  const hedge = optionsOf(input, 'hedge-to-evidence')
  const phrases: Partial<Record<Tactic, string[]>> = {}
  const add = (tactic: Tactic, values: string[]): void => {
    if (values.length > 0) phrases[tactic] = [...(phrases[tactic] ?? []), ...values]
  }
  add('hype', strings(overclaim.phrases))
  add('regulatory-misdirection', strings(optionsOf(input, 'regulatory-misdirection').phrases))
  add('numeric-promise', strings(optionsOf(input, 'numeric-promise').phrases))
  add('testimonial', strings(optionsOf(input, 'testimonial').phrases))
  const allow = wordingRuleIds.flatMap((id) => strings(optionsOf(input, id).allow))
  // A policy's hedges ("in mice") place a sentence in research, as the built-in frames do.
  return { phrases, allow, predicates: strings(hedge.verbs), frames: strings(hedge.hedges) }
}

/**
 * The statement analysis of the document of a rule run: every prose unit, parsed and
 * analyzed once, then shared by every wording rule (kept per document, source and policy).
 *
 * @param input The rule input.
 * @returns The analysis.
 */
export function wordingAnalysis(input: RuleInput): WordingAnalysis {
  const known = memo.get(input.document)
  if (known !== undefined && known.source === input.source && known.policy === input.policy) return known.analysis
  const language = input.document.locale === '' ? undefined : languageFor(input.document.locale)
  const analysis: WordingAnalysis = { language, units: [] }
  if (language !== undefined) {
    const prepared = prepareLanguage(language, policyExtension(input))
    for (const unit of proseUnits(input)) analysis.units.push({ unit, sentences: analyzeText(unit.text, language, prepared) })
  }
  memo.set(input.document, { source: input.source, policy: input.policy, analysis })
  return analysis
}

/** Whether a fact is asserted by its sentence: not negated, attributed, open or a study report. */
export function asserted(fact: Standing, options: { report?: boolean } = {}): boolean {
  return !fact.negated && !fact.attributed && !fact.open && !(options.report !== false && fact.report)
}

/**
 * Report a fact at its exact place in the file, capped at `warning` outside claims when the
 * rule asks for it.
 *
 * @param context The rule context.
 * @param unit Where the fact is.
 * @param span Its span in the unit's text.
 * @param message The message.
 * @param severity The most severe level to report at (`warning` for narrative benefits).
 */
export function reportAt(
  context: RuleContext<unknown>,
  unit: ProseUnit,
  span: { start: number; end: number },
  message: string,
  severity?: 'warning',
): void {
  const place: Position = unit.place(span.start, span.end) ?? unit.fallback
  context.report(severity === undefined ? { message, place } : { message, place, severity })
}

/** A short quote of what a sentence says around a fact, for messages. */
export function excerpt(found: string, subject: string | undefined, object: string | undefined): string {
  const words = [subject, found, object].filter((part): part is string => part !== undefined && part !== '')
  return words.join(' ')
}
