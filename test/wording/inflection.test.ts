// The English inflector: spelling rules plus the tables generated from en-inflectors.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, test } from 'vitest'
import { dictionaryForms, generate, lexiconWords } from '../../scripts/build-inflections.js'
import { createInflector, inflector } from '../../src/language/en/inflect.js'

// Benefit, reporting and evidential verbs with their forms, written out by hand.
const verbs: Array<[string, string[]]> = [
  ['cure', ['cures', 'cured', 'curing']],
  ['treat', ['treats', 'treated', 'treating']],
  ['heal', ['heals', 'healed', 'healing']],
  ['repair', ['repairs', 'repaired', 'repairing']],
  ['regenerate', ['regenerates', 'regenerated', 'regenerating']],
  ['restore', ['restores', 'restored', 'restoring']],
  ['reverse', ['reverses', 'reversed', 'reversing']],
  ['rejuvenate', ['rejuvenates', 'rejuvenated', 'rejuvenating']],
  ['regrow', ['regrows', 'regrew', 'regrown', 'regrowing']],
  ['stop', ['stops', 'stopped', 'stopping']],
  ['prevent', ['prevents', 'prevented', 'preventing']],
  ['eliminate', ['eliminates', 'eliminated', 'eliminating']],
  ['boost', ['boosts', 'boosted', 'boosting']],
  ['stimulate', ['stimulates', 'stimulated', 'stimulating']],
  ['promote', ['promotes', 'promoted', 'promoting']],
  ['improve', ['improves', 'improved', 'improving']],
  ['reduce', ['reduces', 'reduced', 'reducing']],
  ['relieve', ['relieves', 'relieved', 'relieving']],
  ['rebuild', ['rebuilds', 'rebuilt', 'rebuilding']],
  ['undo', ['undoes', 'undid', 'undone', 'undoing']],
  ['fight', ['fights', 'fought', 'fighting']],
  ['slow', ['slows', 'slowed', 'slowing']],
  ['soothe', ['soothes', 'soothed', 'soothing']],
  ['thicken', ['thickens', 'thickened', 'thickening']],
  ['fix', ['fixes', 'fixed', 'fixing']],
  ['ease', ['eases', 'eased', 'easing']],
  ['combat', ['combats', 'combating', 'combated']],
  ['renew', ['renews', 'renewed', 'renewing']],
  ['revitalize', ['revitalizes', 'revitalized', 'revitalizing']],
  ['claim', ['claims', 'claimed', 'claiming']],
  ['allege', ['alleges', 'alleged', 'alleging']],
  ['tout', ['touts', 'touted', 'touting']],
  ['advertise', ['advertises', 'advertised', 'advertising']],
  ['promise', ['promises', 'promised', 'promising']],
  ['say', ['says', 'said', 'saying']],
  ['tell', ['tells', 'told', 'telling']],
  ['write', ['writes', 'wrote', 'written', 'writing']],
  ['show', ['shows', 'showed', 'shown', 'showing']],
  ['prove', ['proves', 'proved', 'proven', 'proving']],
  ['demonstrate', ['demonstrates', 'demonstrated', 'demonstrating']],
  ['find', ['finds', 'found', 'finding']],
  ['see', ['sees', 'saw', 'seen', 'seeing']],
  ['study', ['studies', 'studied', 'studying']],
  ['lie', ['lies', 'lied', 'lying']],
  ['refer', ['refers', 'referred', 'referring']],
]

describe('English inflection', () => {
  test.each(verbs)('%s has its verb forms', (lemma, forms) => {
    const generated = inflector.forms(lemma)
    expect(generated[0]).toBe(lemma)
    for (const form of forms) expect(generated, `${lemma}: ${form}`).toContain(form)
  })

  test('nouns have their plurals, regular and irregular', () => {
    for (const [noun, plural] of [
      ['study', 'studies'],
      ['analysis', 'analyses'],
      ['mouse', 'mice'],
      ['person', 'people'],
      ['patient', 'patients'],
      ['claim', 'claims'],
      ['process', 'processes'],
    ] as const) {
      expect(inflector.forms(noun), noun).toContain(plural)
    }
  })

  test('a word the dictionary does not know as a verb gets no other word as a form', () => {
    // en-inflectors read these as "question", "remark", "posit", "develop", "set".
    for (const [word, other] of [
      ['questionable', 'questions'],
      ['remarkable', 'remarks'],
      ['positive', 'posits'],
      ['development', 'develops'],
      ['settings', 'set'],
      ['researcher', 'researches'],
      ['relief', 'relieves'],
    ] as const) {
      expect(inflector.forms(word), word).not.toContain(other)
    }
  })

  test('words a policy adds are inflected by the rules and the irregular verbs, prefixed ones too', () => {
    const rules = createInflector(generateTables().irregular, '')
    expect(rules.forms('revitalize')).toEqual(expect.arrayContaining(['revitalizes', 'revitalized', 'revitalizing']))
    expect(rules.forms('outgrow')).toEqual(expect.arrayContaining(['outgrows', 'outgrew', 'outgrown', 'outgrowing']))
    expect(rules.forms('mend')).toEqual(expect.arrayContaining(['mends', 'mended', 'mending']))
    expect(rules.forms('clarify')).toEqual(expect.arrayContaining(['clarifies', 'clarified', 'clarifying']))
    expect(rules.forms('detox')).toEqual(expect.arrayContaining(['detoxes', 'detoxed', 'detoxing']))
    expect(rules.forms('sleep')).toEqual(expect.arrayContaining(['sleeps', 'slept', 'sleeping']))
  })

  test('every word of the lexicon has the forms the dictionary gives', () => {
    const words = lexiconWords()
    expect(words.length).toBeGreaterThan(300)
    for (const word of words) {
      const forms = inflector.forms(word)
      for (const form of dictionaryForms(word)) expect(forms, word).toContain(form)
    }
  })

  test('src/language/en/inflections.ts is what npm run build:inflections writes', () => {
    const file = path.join(import.meta.dirname, '..', '..', 'src', 'language', 'en', 'inflections.ts')
    expect(readFileSync(file, 'utf8')).toBe(generate())
  })
})

function generateTables(): { irregular: string } {
  const text = generate()
  const match = /irregularVerbs =\s*'([^']*)'/.exec(text)
  return { irregular: match?.[1] ?? '' }
}
