/**
 * English inflection for the lexicon: the forms of a lemma (present `-s`, past, past
 * participle, `-ing`, plural). The spelling rules are those of `en-inflectors`; its
 * dictionary is reduced at build time (`npm run build:inflections`) to what the rules do not
 * give: the irregular verbs, and the forms of the lexicon's own words where the rules and
 * the dictionary differ (`inflections.ts`).
 */
import { irregularVerbs, lexiconForms } from './inflections.js'

/** A verb form besides the lemma. */
export type VerbForm = 'past' | 'participle' | 's' | 'ing'

/** Spelling rules of regular verbs, in order; the first that matches the lemma applies. */
const verbRules: ReadonlyArray<readonly [RegExp, (verb: string, form: VerbForm) => string]> = [
  [
    /([uao]m[pb]|[oa]wn|ey|elp|[ei]gn|ilm|o[uo]r|[oa]ugh|igh|ki|ff|oubt|ount|awl|o[alo]d|[iu]rl|upt|[oa]y|ight|oid|empt|act|aud|e[ea]d|ound|[aeiou][srcln]t|ept|dd|[eia]n[dk]|[ioa][xk]|[oa]rm|[ue]rn|[ao]ng|uin|eam|ai[mr]|[oea]w|[eaoui][rscl]k|[oa]r[nd]|ear|er|[^aieouyfm]it|[aeiouy]ir|[^aieouyfm]et|ll|en|vil|om|[^rno].mit|rup|bat|val|.[^skxwb][rvmchslwngb]el)$/,
    (verb, form) => verb + ending(form, 's', 'ing', 'ed'),
  ],
  [/[^aeiou]y$/, (verb, form) => (form === 'ing' ? `${verb}ing` : verb.slice(0, -1) + ending(form, 'ies', '', 'ied'))],
  [/[^aeiouy]e$/, (verb, form) => (form === 's' ? `${verb}s` : verb.slice(0, -1) + ending(form, '', 'ing', 'ed'))],
  [
    /([^dtaeiuo][aeiuo][ptlgnm]|ir|cur|ug|[hj]ar|[^aouiey]ep|[^aeiuo][oua][db])$/,
    (verb, form) => (form === 's' ? `${verb}s` : verb + verb.at(-1) + ending(form, '', 'ing', 'ed')),
  ],
  [/([ieao]ss|[aeiouy]zz|[aeiouy]ch|nch|rch|[aeiouy]sh|[iae]tch|ax)$/, (verb, form) => verb + ending(form, 'es', 'ing', 'ed')],
  [/ee$/, (verb, form) => verb + ending(form, 's', 'ing', 'd')],
  [/ie$/, (verb, form) => (form === 'ing' ? `${verb.slice(0, -2)}ying` : verb + ending(form, 's', '', 'd'))],
  [/ue$/, (verb, form) => (form === 'ing' ? `${verb.slice(0, -1)}ing` : verb + ending(form, 's', '', 'd'))],
  [/./, (verb, form) => verb + ending(form, 's', 'ing', 'ed')],
]

function ending(form: VerbForm, s: string, ing: string, ed: string): string {
  return form === 's' ? s : form === 'ing' ? ing : ed
}

/**
 * A verb form by the spelling rules alone.
 *
 * @param verb The lemma.
 * @param form The form.
 * @returns The form as the rules spell it.
 */
export function regularVerb(verb: string, form: VerbForm): string {
  for (const [test, apply] of verbRules) if (test.test(verb)) return apply(verb, form)
  return verb
}

/** Plural of a regular noun (the lexicon's exceptions are in `inflections.ts`). */
function plural(noun: string): string {
  if (/(?:x|ch|ss|sh|s|z)$/.test(noun)) return `${noun}es`
  if (/(?:[^aeiouy]|qu)y$/.test(noun)) return `${noun.slice(0, -1)}ies`
  return `${noun}s`
}

function table(data: string): Map<string, readonly string[]> {
  const out = new Map<string, readonly string[]>()
  for (const entry of data.split('|')) {
    const [word, ...rest] = entry.split(' ')
    if (word !== undefined && word !== '' && !out.has(word)) out.set(word, rest)
  }
  return out
}

/** Verb prefixes that keep the inflection of their base ("rebuild", "undo", "outgrow"). */
const prefixes = ['re', 'un', 'out', 'over', 'under', 'mis', 'fore', 'with', 'up']
/** The verb forms in the order of the irregular table. */
export const verbFormOrder: readonly VerbForm[] = ['past', 'participle', 's', 'ing']
const order = verbFormOrder

/** An English inflector over two tables (see {@link createInflector}). */
export interface EnglishInflector {
  /**
   * The forms of a word as the lexicon matches them: the word itself, its verb forms and its
   * plural (a word can be read as either), from the lexicon's table or else the rules.
   */
  forms: (word: string) => readonly string[]
  /** The forms the rules and the irregular verbs give, the lexicon's table aside. */
  ruleForms: (word: string) => readonly string[]
}

/**
 * An inflector over an irregular verb table and a table of the lexicon's own forms.
 *
 * @param irregularData `lemma past participle -s -ing|...`, an empty field for a regular form.
 * @param lexiconData `word form form ...|...`: the forms of words the rules get wrong.
 * @returns The inflector.
 */
export function createInflector(irregularData: string, lexiconData: string): EnglishInflector {
  let irregular: Map<string, readonly string[]> | undefined
  let known: Map<string, readonly string[]> | undefined
  const pick = (base: string, entry: readonly string[], index: number): string => {
    const listed = entry[index]
    return listed !== undefined && listed !== '' ? listed : regularVerb(base, order[index] as VerbForm)
  }
  // An irregular verb from the table, a prefixed irregular ("regrow") as its base, else the rules.
  const verbForms = (verb: string): string[] => {
    irregular ??= table(irregularData)
    const entry = irregular.get(verb)
    if (entry !== undefined) return order.map((_form, index) => pick(verb, entry, index))
    for (const prefix of prefixes) {
      if (!verb.startsWith(prefix) || verb.length - prefix.length < 2) continue
      const base = verb.slice(prefix.length)
      const baseEntry = irregular.get(base)
      if (baseEntry !== undefined) return order.map((_form, index) => prefix + pick(base, baseEntry, index))
    }
    return order.map((form) => regularVerb(verb, form))
  }
  const ruleForms = (word: string): readonly string[] => {
    const [past, participle, s, ing] = verbForms(word)
    return [...new Set([word, s ?? word, past ?? word, participle ?? word, ing ?? word, plural(word)])]
  }
  return {
    ruleForms,
    forms(word) {
      known ??= table(lexiconData)
      const listed = known.get(word)
      return listed !== undefined ? [word, ...listed] : ruleForms(word)
    },
  }
}

/** The English inflector of the analysis, over the generated tables. */
export const inflector: EnglishInflector = createInflector(irregularVerbs, lexiconForms)
