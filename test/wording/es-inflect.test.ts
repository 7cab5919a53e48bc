// The rule-based Spanish conjugation: every form of the hand-made check list is generated
// for its verb, no word of the same family is, and words compare without accents except
// where the accent tells two words apart.
import { describe, expect, test } from 'vitest'
import { conjugate, fold, isPast, isSubjunctive, nominal, spanishForms } from '../../src/language/es/inflect.js'
import { notForms, verbForms } from './es-verb-forms.js'

describe('conjugation', () => {
  test.each(Object.entries(verbForms))('%s: every form is generated', (lemma, forms) => {
    const generated = new Set(spanishForms(lemma))
    for (const form of forms) expect(generated.has(fold(form)), `${form} of ${lemma}`).toBe(true)
  })
  test.each(Object.entries(notForms))('%s: no noun or adjective of its family is a form', (lemma, words) => {
    const generated = new Set(spanishForms(lemma))
    for (const word of words) expect(generated.has(fold(word)), `${word} of ${lemma}`).toBe(false)
  })
  test('prefixed verbs are conjugated as their base', () => {
    expect(conjugate('mantener')?.all).toContain('mantiene')
    expect(conjugate('mantener')?.all).toContain('mantuvo')
    expect(conjugate('proponer')?.all).toContain('propuesto')
    expect(conjugate('resolver')?.all).toContain('resuelto')
    expect(conjugate('describir')?.all).toContain('descrito')
  })
  test('verbs of three letters are conjugated ("ser", "ver", "dar")', () => {
    expect(conjugate('ser')?.all).toEqual(expect.arrayContaining(['es', 'son', 'fue', 'seria']))
    expect(conjugate('ver')?.all).toEqual(expect.arrayContaining(['ve', 'vieron', 'visto']))
    expect(conjugate('dar')?.all).toEqual(expect.arrayContaining(['da', 'dio', 'dado']))
    expect(conjugate('mar')).toBeUndefined()
  })
  test('a word that only looks like an infinitive is not a verb', () => {
    expect(conjugate('mujer')).toBeUndefined()
    expect(conjugate('celular')).toBeUndefined()
    expect(spanishForms('mujer')).toContain('mujeres')
  })
  test('past and subjunctive forms are told apart', () => {
    expect(isPast('encontraron', 'encontrar')).toBe(true)
    expect(isPast('encuentran', 'encontrar')).toBe(false)
    expect(isPast('redujo', 'reducir')).toBe(true)
    expect(isSubjunctive('reduzcan', 'reducir')).toBe(true)
    expect(isSubjunctive('reducen', 'reducir')).toBe(false)
  })
  test('the first and second person singular of the present are left out', () => {
    expect(spanishForms('aliviar')).not.toContain('alivio')
    expect(spanishForms('curar')).not.toContain('curas')
  })
  test('a reflexive infinitive has the forms of its verb', () => {
    expect(spanishForms('olvidarse')).toContain('olvidate')
  })
})

describe('nouns and adjectives', () => {
  test('gender and number', () => {
    expect(nominal('milagroso')).toEqual(['milagroso', 'milagrosa', 'milagrosos', 'milagrosas'])
    expect(nominal('eficaz')).toEqual(['eficaz', 'eficaces'])
    expect(nominal(fold('regeneración'))).toContain('regeneraciones')
    expect(nominal('innovador')).toEqual(['innovador', 'innovadores', 'innovadora', 'innovadoras'])
  })
})

describe('accents', () => {
  test('acute accents and diaereses are taken off, ñ kept', () => {
    expect(fold('clínicamente')).toBe('clinicamente')
    expect(fold('pingüino')).toBe('pinguino')
    expect(fold('año')).toBe('año')
  })
  test('an accent that tells two words apart is kept', () => {
    for (const word of ['sí', 'está', 'qué', 'cómo', 'él', 'sé', 'dé', 'aún']) expect(fold(word)).toBe(word)
  })
})
