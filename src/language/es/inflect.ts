/**
 * Spanish word forms for the lexicon: a rule-based conjugation of each verb of the lists
 * (with its enclitic pronouns: "rejuvenecerla", "tratándolo") and the gender and number of
 * each noun and adjective ("milagrosa", "seguros"). Forms are generated from the lemmas of
 * the lists only, never guessed for other words, and compared with acute accents and
 * diaereses taken off (see {@link fold}): "clínicamente" and "clinicamente" are the same
 * word to the lexicon, except where the accent tells two words apart: function words
 * ("sí"/"si", "está"/"esta") and a final "ó", which makes a preterite of a noun ("alivió",
 * "alivio"; "trató", "trato").
 */
import { compoundBases, irregular, notVerbs, participles, stemChanges } from './lexicon/verbs.js'

const plain: Record<string, string> = { á: 'a', é: 'e', í: 'i', ó: 'o', ú: 'u', ü: 'u' }
const accented = /[áéíóúü]/

/** Words whose accent tells them from another word: they keep it. */
export const keepAccent: ReadonlySet<string> = new Set([
  'está', 'esté', 'sí', 'sé', 'él', 'tú', 'mí', 'dé', 'aún', 'qué', 'cómo', 'cuándo', 'dónde', 'quién', 'quiénes', 'cuál', 'cuáles',
  'cuánto', 'cuánta', 'cuántos', 'cuántas',
])

/**
 * A lower-case word as the Spanish lexicon compares it: acute accents and diaereses taken
 * off (`ñ` kept), except in the words of {@link keepAccent} and on a final `ó`.
 *
 * @param word A word in lower case.
 * @returns The word folded.
 */
export function fold(word: string): string {
  if (!accented.test(word) || keepAccent.has(word)) return word
  const folded = word.replace(/[áéíóúü]/g, (character) => plain[character] ?? character)
  return word.endsWith('ó') ? `${folded.slice(0, -1)}ó` : folded
}

/** The forms of one verb. */
export interface VerbForms {
  /** Every form (the infinitive included, the first person singular of the present left out), with enclitic pronouns. */
  all: readonly string[]
  /** Preterite, imperfect and participle forms: what a report of a study uses. */
  past: readonly string[]
  /** Conditional and imperfect subjunctive forms ("reduciría", "pudiera"): a hedge by themselves. */
  conditional: readonly string[]
  /** Present subjunctive forms ("reduzca", "cure"). */
  subjunctive: readonly string[]
}

type Change = 'ie' | 'ue' | 'ie-i' | 'ue-u' | 'i'

const clitics = ['me', 'te', 'se', 'lo', 'la', 'le', 'nos', 'los', 'las', 'les', 'selo', 'sela', 'selos', 'selas', 'sele', 'seles', 'melo', 'mela', 'telo', 'tela']
const notVerbSet = new Set(notVerbs)
const infinitivePattern = /^\p{L}+(?:ar|er|ir)$/u

const replaceLast = (stem: string, from: string, to: string): string => {
  const at = stem.lastIndexOf(from)
  return at < 0 ? stem : `${stem.slice(0, at)}${to}${stem.slice(at + from.length)}`
}

/** The verb a (possibly prefixed) infinitive is conjugated as: "mantener" as "man" + "tener". */
function rootOf(infinitive: string): { prefix: string; root: string } {
  if (Object.hasOwn(irregular, infinitive) || Object.hasOwn(stemChanges, infinitive) || Object.hasOwn(participles, infinitive)) return { prefix: '', root: infinitive }
  let best = ''
  for (const base of compoundBases) if (base.length > best.length && infinitive.length > base.length && infinitive.endsWith(base)) best = base
  return best === '' ? { prefix: '', root: infinitive } : { prefix: infinitive.slice(0, -best.length), root: best }
}

function fromTable(prefix: string, table: string, infinitive: string): VerbForms {
  const groups = table.split('|').map((group) => group.trim().split(/\s+/).filter((form) => form !== '').map((form) => prefix + form))
  const [present = [], imperfect = [], preterite = [], future = [], conditional = [], subjunctive = [], subjunctivePast = [], imperative = [], gerund = [], participle = []] = groups
  const participleForms = participle.flatMap(nominal)
  const withClitics = [infinitive, ...gerund, ...imperative.slice(0, 1)].flatMap((form) => clitics.map((clitic) => form + clitic))
  return {
    all: [infinitive, ...present, ...imperfect, ...preterite, ...future, ...conditional, ...subjunctive, ...subjunctivePast, ...imperative, ...gerund, ...participleForms, ...withClitics],
    past: [...imperfect, ...preterite, ...participleForms],
    conditional: [...conditional, ...subjunctivePast],
    subjunctive,
  }
}

/**
 * The forms of a Spanish verb, written without accents.
 *
 * @param infinitive An infinitive in lower case, folded ("curar", "rejuvenecer").
 * @returns Its forms, or `undefined` when the word is not an infinitive.
 */
export function conjugate(infinitive: string): VerbForms | undefined {
  if (!infinitivePattern.test(infinitive) || notVerbSet.has(infinitive)) return undefined
  const { prefix, root } = rootOf(infinitive)
  const table = irregular[root]
  if (table !== undefined) return fromTable(prefix, table, infinitive)
  const type = infinitive.slice(-2) as 'ar' | 'er' | 'ir'
  const stem = infinitive.slice(0, -2)
  const change: Change | undefined = stemChanges[root]
  const stressed =
    change === 'ie' || change === 'ie-i' ? replaceLast(stem, 'e', 'ie') : change === 'ue' || change === 'ue-u' ? replaceLast(stem, 'o', 'ue') : change === 'i' ? replaceLast(stem, 'e', 'i') : stem
  // The stem before an unstressed ending that starts with a stressed vowel ("revirtió", "durmiendo").
  const weak = type === 'ir' && (change === 'ie-i' || change === 'i') ? replaceLast(stem, 'e', 'i') : type === 'ir' && change === 'ue-u' ? replaceLast(stem, 'o', 'u') : stem
  const uir = type === 'ir' && infinitive.endsWith('uir') && !infinitive.endsWith('guir')
  const vowelStem = type !== 'ar' && /[aeo]$/.test(stem)
  const zc = type !== 'ar' && /[aeiou]c$/.test(stem)
  const ducir = infinitive.endsWith('ducir')

  // Spelling of a stem before an ending: the sound of the stem's last consonant is kept.
  const join = (base: string, ending: string): string => {
    const first = ending[0] ?? ''
    if (type === 'ar') {
      if (first === 'e') {
        if (base.endsWith('c')) return `${base.slice(0, -1)}qu${ending}`
        if (base.endsWith('g')) return `${base}u${ending}`
        if (base.endsWith('z')) return `${base.slice(0, -1)}c${ending}`
      }
      return base + ending
    }
    if (uir && (first === 'a' || first === 'e' || first === 'o')) return `${base}y${ending}`
    if ((uir || vowelStem) && /^i[eoó]/.test(ending)) return `${base}y${ending.slice(1)}`
    if (first === 'a' || first === 'o') {
      if (base.endsWith('gu') && infinitive.endsWith('guir')) return base.slice(0, -1) + ending
      if (base.endsWith('g')) return `${base.slice(0, -1)}j${ending}`
      if (base.endsWith('c')) return zc ? `${base.slice(0, -1)}zc${ending}` : `${base.slice(0, -1)}z${ending}`
    }
    return base + ending
  }
  const each = (base: string, endings: readonly string[]): string[] => endings.map((ending) => join(base, ending))

  const ar = type === 'ar'
  const ir = type === 'ir'
  // The second person singular of the present ("curas", "señales") is left out with the first:
  // those forms are more often plural nouns ("las curas", "las señales") than a verb in health prose.
  const present = [...each(stressed, ar ? ['a', 'an'] : ['e', 'en']), ...each(stem, ar ? ['amos', 'ais'] : ir ? ['imos', 'is'] : ['emos', 'eis'])]
  const imperfect = each(stem, ar ? ['aba', 'abas', 'abamos', 'abais', 'aban'] : ['ia', 'ias', 'iamos', 'iais', 'ian'])
  const preterite = ducir
    ? each(`${stem.slice(0, -1)}j`, ['e', 'iste', 'o', 'imos', 'isteis', 'eron'])
    : ar
      ? each(stem, ['e', 'aste', 'ó', 'amos', 'asteis', 'aron'])
      : [...each(stem, ['i', 'iste', 'imos', 'isteis']), ...each(weak, ['ió', 'ieron'])]
  const future = ['e', 'as', 'a', 'emos', 'eis', 'an'].map((ending) => infinitive + ending)
  const conditional = ['ia', 'ias', 'iamos', 'iais', 'ian'].map((ending) => infinitive + ending)
  const subjunctiveEndings = ar ? ['e', 'en'] : ['a', 'an']
  const subjunctive = [...each(stressed, subjunctiveEndings), ...each(ir && change !== undefined ? weak : stem, ar ? ['emos', 'eis'] : ['amos', 'ais'])]
  const subjunctivePast = ducir
    ? each(`${stem.slice(0, -1)}j`, ['era', 'eras', 'eramos', 'erais', 'eran', 'ese', 'esen'])
    : each(ar ? stem : weak, ar ? ['ara', 'aras', 'aramos', 'arais', 'aran', 'ase', 'ases', 'asen'] : ['iera', 'ieras', 'ieramos', 'ierais', 'ieran', 'iese', 'ieses', 'iesen'])
  const imperative = [join(stressed, ar ? 'a' : 'e'), infinitive.slice(0, -1) + 'd']
  const gerund = [join(ar ? stem : weak, ar ? 'ando' : 'iendo')]
  const own = participles[root]
  const participle = nominal(own === undefined ? join(stem, ar ? 'ado' : 'ido') : prefix + own)
  const withClitics = [infinitive, ...gerund, imperative[0] ?? ''].flatMap((form) => clitics.map((clitic) => form + clitic))
  return {
    all: [infinitive, ...present, ...imperfect, ...preterite, ...future, ...conditional, ...subjunctive, ...subjunctivePast, ...imperative, ...gerund, ...participle, ...withClitics],
    past: [...imperfect, ...preterite, ...participle],
    conditional: [...conditional, ...subjunctivePast],
    subjunctive,
  }
}

/**
 * The gender and number forms of a noun or adjective written in the masculine or the
 * singular: "milagroso" → "milagrosa", "milagrosos", "milagrosas"; "eficaz" → "eficaces";
 * "regeneración" → "regeneraciones" (all folded).
 *
 * @param word A noun or adjective, folded.
 * @returns Its forms, the word included.
 */
export function nominal(word: string): string[] {
  if (word.endsWith('o')) {
    const stem = word.slice(0, -1)
    return [word, `${stem}a`, `${stem}os`, `${stem}as`]
  }
  if (word.endsWith('os') && word.length > 4) return [word, word.slice(0, -1), `${word.slice(0, -2)}a`, `${word.slice(0, -2)}as`]
  if (word.endsWith('or')) return [word, `${word}es`, `${word}a`, `${word}as`]
  if (/[aeiou]$/.test(word)) return [word, `${word}s`]
  if (/[aeu]s$/.test(word) && word.length > 4) return [word, word.slice(0, -1)]
  if (word.endsWith('s') || word.endsWith('x')) return [word]
  if (word.endsWith('z')) return [word, `${word.slice(0, -1)}ces`]
  return [word, `${word}es`]
}

/** Words never given forms: a word the lists write already inflected is matched as written. */
const writtenInflected = /(?:mente|ando|iendo|yendo)$/

/**
 * The forms of a word of the lexicon: a verb's conjugation (infinitives), a noun's or an
 * adjective's gender and number (anything else). A word the lists write inflected ("-mente",
 * a gerund) is matched as written.
 *
 * @param word A word of a list, in lower case.
 * @returns Its forms (folded), or `undefined` to match it as written.
 */
export function spanishForms(word: string): readonly string[] | undefined {
  const folded = fold(word)
  if (writtenInflected.test(folded)) return folded === word ? undefined : [word, folded]
  // A reflexive infinitive ("olvidarse") has the forms of its verb: the pronoun stands before them or is written on them.
  const verb = conjugate(folded) ?? (/(?:ar|er|ir)se$/.test(folded) ? conjugate(folded.slice(0, -2)) : undefined)
  const forms = verb === undefined ? nominal(folded) : verb.all
  return [...new Set([word, folded, ...forms])]
}

const formCache = new Map<string, { past: ReadonlySet<string>; subjunctive: ReadonlySet<string> }>()

function formsOf(lemma: string): { past: ReadonlySet<string>; subjunctive: ReadonlySet<string> } {
  let forms = formCache.get(lemma)
  if (forms === undefined) {
    const verb = conjugate(fold(lemma))
    forms = { past: new Set(verb?.past ?? []), subjunctive: new Set(verb?.subjunctive ?? []) }
    if (formCache.size > 2000) formCache.clear()
    formCache.set(lemma, forms)
  }
  return forms
}

/**
 * Whether a word is a past form (preterite, imperfect, participle) of a verb.
 *
 * @param word A token, folded.
 * @param lemma The verb's infinitive (or the first word of its lemma).
 * @returns `true` for "encontraron", "redujo", "mejoraban", "demostrado".
 */
export function isPast(word: string, lemma: string): boolean {
  return formsOf(lemma).past.has(word)
}

/**
 * Whether a word is a present subjunctive form of a verb.
 *
 * @param word A token, folded.
 * @param lemma The verb's infinitive.
 * @returns `true` for "reduzca", "curen", "promueva".
 */
export function isSubjunctive(word: string, lemma: string): boolean {
  return formsOf(lemma).subjunctive.has(word)
}
