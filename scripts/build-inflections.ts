/**
 * `npm run build:inflections`: write `src/language/en/inflections.ts`, the tables the English
 * inflector needs besides its spelling rules, from `en-inflectors` (a development dependency,
 * so its 100 kB dictionary stays out of the package):
 *
 * - the irregular verbs of its dictionary (forms its own rules would spell otherwise);
 * - the forms of every word of the built-in lexicon where those rules and the dictionary
 *   differ, so the lexicon matches what `en-inflectors` gives, corrected where it is wrong
 *   (`corrections` below).
 *
 * `--check` compares instead of writing, and exits 1 when the file is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { Inflectors } from 'en-inflectors'
import * as verbs from 'en-inflectors/dist/verb/solve_lookup.js'
import { english } from '../src/language/en/index.js'
import { createInflector, regularVerb, verbFormOrder } from '../src/language/en/inflect.js'
import { inflects, phraseWords } from '../src/language/lexicon.js'
import { beForms } from '../src/language/en/lexicon/grammar.js'

const target = path.join(import.meta.dirname, '..', 'src', 'language', 'en', 'inflections.ts')

/** Forms `en-inflectors` gets wrong for words of the lexicon: the right forms, added or replaced. */
const corrections: Record<string, { add?: readonly string[]; drop?: readonly string[] }> = {
  // "proven" is the usual participle in health writing ("proven to work").
  prove: { add: ['proven'] },
  // Its plural is "reliefs"; "relieves" is the verb "relieve", a word of its own.
  relief: { add: ['reliefs'], drop: ['relieves'] },
  // Latin and function words: "-oes" plurals of no word.
  too: { drop: ['tooes'] },
  vitro: { drop: ['vitroes'] },
  vivo: { drop: ['vivoes'] },
  iso: { drop: ['isoes'] },
}

/**
 * The right forms of a word of the lexicon: the word, the forms of the verb it is a form of
 * in the dictionary ("claims": "claimed", "claiming"), and its plural. A word the
 * dictionary does not know as a verb form gets no verb forms: `en-inflectors` would guess
 * them from a part of the word ("questionable" as "questions", "remarkable" as "remarks",
 * "analysis" as "analyswas").
 */
export function dictionaryForms(word: string): string[] {
  const entry = (verbs.lookup as (input: string) => string[])(word)
  // A form of "be" matches every other ("it is claimed", "it was claimed").
  if (entry[0] === 'be') return beForms.filter((form) => /^[a-z]+$/.test(form))
  const verbForms = entry.length > 0 ? verbFormOrder.map((form) => new Inflectors(entry[0] ?? word).conjugate(({ past: 'VBD', participle: 'VBN', s: 'VBZ', ing: 'VBG' } as const)[form])) : []
  const fix = corrections[word]
  const forms = [...new Set([word, ...verbForms, new Inflectors(word).toPlural(), ...(fix?.add ?? [])])]
  return forms.filter((form) => form !== '' && !(fix?.drop ?? []).includes(form))
}

/** Every word of the built-in lexicon whose inflections are matched. */
export function lexiconWords(): string[] {
  const words = new Set<string>()
  for (const list of Object.values(english.lists)) {
    for (const phrase of list) {
      for (const raw of phraseWords(phrase)) {
        if (raw.startsWith('=') || raw === '#' || raw === '*') continue
        if (english.inflection.irregular?.[raw] !== undefined || !inflects(raw, english.inflection)) continue
        words.add(raw)
      }
    }
  }
  return [...words].sort()
}

/** The file's text. */
export function generate(): string {
  // Irregular verbs: every lemma of the dictionary whose forms its spelling rules miss.
  const irregular: string[] = []
  const seen = new Set<string>()
  for (const entry of verbs.irregular as string[][]) {
    const lemma = entry[0] ?? ''
    if (seen.has(lemma) || !/^[a-z]+$/.test(lemma)) continue
    seen.add(lemma)
    const inflector = new Inflectors(lemma)
    const forms = [inflector.toPast(), inflector.toPastParticiple(), inflector.toPresentS(), inflector.toGerund()]
    const spelled = verbFormOrder.map((form) => regularVerb(lemma, form))
    // Only verbs with an irregular past or participle: a doubled consonant ("admitted") the rules miss costs nothing to match.
    if (forms.slice(0, 2).every((form) => form.endsWith('ed'))) continue
    if (forms.every((form, index) => form === spelled[index])) continue
    irregular.push([lemma, ...forms.map((form, index) => (form === spelled[index] ? '' : form))].join(' ').trimEnd())
  }
  const irregularData = irregular.join('|')
  // The lexicon's words: where the rules (with the irregular verbs) and the dictionary differ.
  const inflector = createInflector(irregularData, '')
  const lexicon: string[] = []
  for (const word of lexiconWords()) {
    const expected = dictionaryForms(word)
    const spelled = inflector.ruleForms(word)
    // The rules' extra spellings of a non-verb ("miracled") are no words and match nothing;
    // a word gets its own entry only where the rules miss a right form.
    if (expected.every((form) => spelled.includes(form))) continue
    lexicon.push([word, ...expected.filter((form) => form !== word)].join(' '))
  }
  return `// Generated by \`npm run build:inflections\` (scripts/build-inflections.ts) from en-inflectors: do not edit.

/** Irregular verbs: \`lemma past participle -s -ing\`, an empty field where the spelling rules give the form. */
export const irregularVerbs =
  '${irregularData}'

/** Words of the built-in lexicon whose forms the spelling rules do not give: \`word form form ...\`. */
export const lexiconForms =
  '${lexicon.join('|')}'
`
}

if (process.argv[1]?.endsWith('build-inflections.ts')) {
  const text = generate()
  if (process.argv.includes('--check')) {
    const current = readFileSync(target, 'utf8')
    if (current !== text) {
      process.stderr.write(`${path.relative(process.cwd(), target)} is stale: run npm run build:inflections\n`)
      process.exit(1)
    }
  } else {
    writeFileSync(target, text)
    process.stdout.write(`build-inflections: wrote ${path.relative(process.cwd(), target)}\n`)
  }
}
