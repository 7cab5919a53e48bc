/**
 * The Spanish overview says what the English one says, as carefully: every hedge of an
 * English claim has its Spanish counterpart in the same claim, numbers and dates are the same,
 * every "no ha aprobado" carries the review date, FDA facts stay scoped to the United States,
 * the FDA is named in full where a reader first meets it, no promotional word appears; and its
 * prose is its own (no 8-word run shared with a Spanish source) and plain (INFLESZ and
 * Fernández Huerta at "normal" or easier).
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseContent } from '../../src/parser/index.js'
import { renderDocument } from '../../src/render/index.js'
import type { Claim } from '../../src/schema/claim.js'
import type { ExosomeDocument } from '../../src/schema/document.js'
import { proseOf, runFingerprint, wordRuns } from './prose.js'
import { fernandezHuerta, spanishCounts, spanishSyllables, szigrisztPazos } from './readability-es.js'

const root = path.resolve(import.meta.dirname, '../..')

function load(file: string): ExosomeDocument {
  const { document } = parseContent(readFileSync(path.join(root, file), 'utf8'), { rules: false })
  if (document === undefined) throw new Error(`${file} does not parse`)
  return document
}

const english = load('content/exosome-therapy.md')
const spanish = load('content/exosome-therapy.es.md')
const flat = (text: string): string => text.replaceAll(/\s+/g, ' ')
const claimOf = (document: ExosomeDocument, id: string): Claim => {
  const claim = document.claims[id]
  if (claim === undefined) throw new Error(`no claim \`${id}\``)
  return claim
}

/**
 * Each kind of hedge an English claim can carry, and the Spanish words that carry it. A claim
 * with the English hedge must have the Spanish one: "may help" is "podría ayudar", never
 * "ayuda"; "in animal studies" is "en estudios con animales".
 */
const HEDGES: Array<{ name: string; en: RegExp; es: RegExp }> = [
  { name: 'possibility (may, might, could)', en: /\b(?:may|might|could)\b/i, es: /\b(?:podr[íi]an?|quiz[áa]s|tal vez)\b/iu },
  { name: 'animal evidence', en: /\banimals?\b|\bin pigs\b|\brodents\b/i, es: /\banimales\b|\bcerdos\b|\broedores\b/iu },
  { name: 'not yet known', en: /\bnot yet (?:known|been shown)\b|\bunclear\b/i, es: /\b(?:todav[íi]a|a[úu]n) no se (?:sabe|ha demostrado)\b|\bno est[áa] claro\b/iu },
  { name: 'being studied', en: /\b(?:is|are) (?:still )?being studied\b/i, es: /\b(?:se est[áa]n? estudiando|se estudian?)\b/iu },
  { name: 'early or small research', en: /\bearly research\b|\bfew small studies\b|\bonly \d+ clinical studies\b/i, es: /\binvestigaci[óo]n inicial\b|\bpocos estudios peque[ñn]os\b|\bsolo \d+ estudios cl[íi]nicos\b/iu },
  { name: 'suggest', en: /\bsuggest/i, es: /\bsugieren?\b/iu },
  { name: 'far from settled', en: /\bfar from settled\b/i, es: /\blejos de dar respuestas firmes\b/iu },
  { name: 'so far, mainly', en: /\bso far\b|\bmainly\b/i, es: /\bhasta ahora\b|\bsobre todo\b/iu },
]

/** Promotional and absolute words, in Spanish (the English list of the content policy). */
const FORBIDDEN_ES = [
  /\bcura(?:s|n|r|do|da|dos|das|ción|ciones)?\b/iu,
  /\bgarantiza(?:do|da|dos|das|n)?\b/iu,
  /\bmilagro(?:so|sa|sos|sas)?\b/iu,
  /\brevolucionari[oa]s?\b/iu,
  /\bavance(?:s)? (?:decisivo|histórico)s?\b/iu,
  /100\s*%/u,
  /\bsin efectos secundarios\b/iu,
  /\bsin riesgos?\b/iu,
  /\b(?:totalmente|completamente|100 por ciento) segur[oa]s?\b/iu,
  /\bcomprobad[oa]s?\b/iu,
  /(?<!\bno\s(?:(?:está|están|ha sido|han sido)\s)?)\baprobad[oa]s? por la FDA\b/iu,
]

/** Benefit verbs stated as fact (present indicative); in a hedged-grade claim each needs a hedge in its sentence. */
const BENEFIT_VERBS_ES = /\b(?:ayuda|ayudan|repara|reparan|trata|tratan|restaura|restauran|regenera|regeneran|sana|sanan|mejora|mejoran|rejuvenece|rejuvenecen|revierte|revierten)\b/iu

const months: Record<string, string> = { January: 'enero', June: 'junio', July: 'julio', December: 'diciembre' }
const numbers = (text: string): string[] => [...text.matchAll(/\d[\d,]*/g)].map((match) => match[0].replace(/,$/, '')).sort()
const longDate = (iso: string): string => new Intl.DateTimeFormat('es', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`))

describe('content/exosome-therapy.es.md: as careful as the English', () => {
  it.each(Object.keys(english.claims))('claim %s keeps every hedge of the English claim', (id) => {
    const en = flat(claimOf(english, id).text)
    const es = flat(claimOf(spanish, id).text)
    for (const hedge of HEDGES) if (hedge.en.test(en)) expect(es, `${id}: ${hedge.name}`).toMatch(hedge.es)
  })

  it('states no benefit as fact in a claim graded preclinical or early-clinical', () => {
    const hedgedAny = new RegExp(HEDGES.map((hedge) => hedge.es.source).join('|'), 'iu')
    for (const claim of Object.values(spanish.claims)) {
      if (claim.evidence !== 'preclinical' && claim.evidence !== 'early-clinical') continue
      for (const sentence of flat(claim.text).split(/(?<=[.?!])\s+/)) {
        if (BENEFIT_VERBS_ES.test(sentence)) expect(sentence, claim.id).toMatch(hedgedAny)
      }
    }
  })

  it('uses no promotional or absolute word anywhere', () => {
    for (const prose of proseOf(spanish)) {
      for (const pattern of FORBIDDEN_ES) expect(prose.text, `${prose.where}: ${pattern}`).not.toMatch(pattern)
    }
  })

  it.each(Object.keys(english.claims))('claim %s gives the same numbers and dates as the English claim', (id) => {
    const en = claimOf(english, id).text
    const es = claimOf(spanish, id).text
    expect(numbers(es)).toEqual(numbers(en))
    for (const [month, mes] of Object.entries(months)) {
      for (const match of en.matchAll(new RegExp(`\\b${month}(?: \\d{1,2},)? (\\d{4})`, 'g'))) expect(flat(es)).toContain(`${mes} de ${match[1] ?? ''}`)
    }
  })

  it('dates every "no ha aprobado" with the review date, in claims, disclaimers and the summary', () => {
    const asOf = `Hasta el ${longDate(spanish.lastReviewed)}`
    expect(asOf).toBe('Hasta el 1 de diciembre de 2026')
    const statements = [
      ...Object.values(spanish.claims).map((claim) => [`claim ${claim.id}`, claim.text] as const),
      ...spanish.disclaimers.map((disclaimer) => [`disclaimer ${disclaimer.id}`, disclaimer.text] as const),
      ...proseOf(spanish).map((prose) => [prose.where, prose.text] as const),
    ].filter(([, text]) => /\bno\s+(?:ha|han)\s+(?:sido\s+)?aprobad[oa]s?\b/iu.test(text))
    expect(statements.map(([where]) => where)).toEqual(expect.arrayContaining(['claim no-approved-products', 'disclaimer not-fda-approved', 'summary']))
    for (const [where, text] of statements) {
      for (const sentence of flat(text).split(/(?<=\.)\s+/)) if (/\bno\s+(?:ha|han)\s+(?:sido\s+)?aprobad/iu.test(sentence)) expect(sentence, where).toContain(asOf)
    }
    // The FDA's list of unapproved uses stays its own dated statement.
    expect(claimOf(spanish, 'fda-2021-unapproved-uses').text).toMatch(/junio de 2021/)
  })

  it('scopes to the United States every claim and disclaimer the English scopes, and names the FDA in full where a reader meets it first', () => {
    const scoped = /United States|U\.S\./
    for (const claim of Object.values(english.claims)) {
      if (scoped.test(claim.text)) expect(claimOf(spanish, claim.id).text, claim.id).toMatch(/Estados Unidos|estadounidenses?/u)
    }
    for (const [index, disclaimer] of english.disclaimers.entries()) {
      if (scoped.test(disclaimer.text)) expect(spanish.disclaimers[index]?.text, disclaimer.id).toMatch(/Estados Unidos/u)
    }
    const fullName = 'la Administración de Alimentos y Medicamentos (FDA) de los Estados Unidos'
    const intro = spanish.intro.flatMap((block) => (block.type === 'narrative' ? [flat(block.text)] : [])).join(' ')
    expect(intro.slice(0, intro.indexOf('FDA') + 'FDA) de los Estados Unidos'.length)).toContain(fullName)
    const notApproved = flat(spanish.disclaimers.find((disclaimer) => disclaimer.id === 'not-fda-approved')?.text ?? '')
    expect(notApproved.slice(0, notApproved.indexOf('FDA') + 'FDA) de los Estados Unidos'.length).toLowerCase()).toContain(fullName.toLowerCase())
    // The rest of the page says "la FDA", as the FDA's Spanish pages do.
    expect(renderDocument(spanish, { format: 'text', citations: 'none' })).not.toMatch(/Administración de Drogas|Administración de Alimentos y Fármacos/u)
  })

  it('keeps the facts the English claims were checked for', () => {
    const text = (id: string): string => flat(claimOf(spanish, id).text)
    expect(text('cells-take-up-exosomes')).toMatch(/endocitosis/)
    expect(text('cells-take-up-exosomes')).toMatch(/fusión/)
    expect(text('contamination-and-infection-risk')).toMatch(/células madre/)
    expect(text('joint-research')).toMatch(/sobre todo de estudios con animales/)
    expect(text('fewer-live-cell-risks')).toMatch(/todavía no se ha demostrado en estudios con personas/)
    expect(text('fewer-live-cell-risks')).toMatch(/sus propios riesgos/)
    expect(text('heart-research')).toMatch(/bombeaba/)
    expect(text('evidence-is-early')).toMatch(/\b2022\b[^.]*\.[^.]*\b73\b/)
    expect(text('clinics-sell-outside-oversight')).toMatch(/\b2023\b[^.]*114\s+empresas\s+en\s+28\s+países/u)
    expect(text('contact-the-fda')).toContain('ocod@fda.hhs.gov')
    expect(text('listing-is-not-approval')).toContain('ClinicalTrials.gov')
    for (const claim of Object.values(spanish.claims)) expect(claim.text, claim.id).not.toMatch(/\d+\s*(?:-|–|a)\s*\d+\s*(?:nm|nanóm)/iu)
  })
})

/** Proper names, addresses and e-mail addresses are not prose: they are taken out before the copy check. */
const NAMES = [/https?:\/\/\S+/gu, /\S+@\S+/gu, /la\s+Administración\s+de\s+Alimentos\s+y\s+Medicamentos\s+\(FDA\)\s+de\s+los\s+Estados\s+Unidos/giu, /Sociedad\s+Internacional\s+de\s+Vesículas\s+Extracelulares/giu]
const withoutNames = (text: string): string => NAMES.reduce((result, pattern) => result.replace(pattern, ' · '), text)

describe('content/exosome-therapy.es.md: its own words', () => {
  const pages = JSON.parse(readFileSync(path.join(import.meta.dirname, 'source-runs.es.json'), 'utf8')) as { runLength: number; sources: string[]; fingerprints: string[] }
  const corpus = readFileSync(path.join(root, 'test/wording/corpus.es.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => (JSON.parse(line) as { text: string }).text)
  const known = new Set([...pages.fingerprints, ...corpus.flatMap((sentence) => wordRuns(sentence, 8).map(runFingerprint))])
  const shared = (text: string): string[] => wordRuns(withoutNames(text), 8).filter((run) => known.has(runFingerprint(run)))

  it('has the runs of the Spanish pages read for terminology and of the Spanish corpus', () => {
    expect(pages.runLength).toBe(8)
    expect(pages.sources.length).toBeGreaterThanOrEqual(5)
    expect(corpus.length).toBeGreaterThan(150)
    // A sentence copied from one of them is found.
    expect(shared(corpus[0] ?? '').length).toBeGreaterThan(0)
  })

  it.each(proseOf(spanish).map((prose) => [prose.where, prose.text] as const))('%s shares no run of 8 words with a Spanish source', (_where, text) => {
    expect(shared(text)).toEqual([])
  })

  it('shares no run of 8 words across block boundaries either', () => {
    expect(shared(renderDocument(spanish, { format: 'text', citations: 'none' }))).toEqual([])
  })
})

describe('content/exosome-therapy.es.md: readability', () => {
  const texts = proseOf(spanish)
    .filter((prose) => prose.sentences)
    .map((prose) => prose.text)
  const counts = spanishCounts(texts)

  it('reads at "normal" or easier: INFLESZ (Szigriszt-Pazos) 55 or more, Fernández Huerta 60 or more', () => {
    expect(counts.sentence).toBeGreaterThan(180)
    expect(counts.word).toBeGreaterThan(2000)
    expect(szigrisztPazos(counts)).toBeGreaterThanOrEqual(55)
    expect(fernandezHuerta(counts)).toBeGreaterThanOrEqual(60)
  })

  it('scores dense technical Spanish as hard and a plain sentence as easy, so the bound means something', () => {
    const dense = spanishCounts(['Las vesículas extracelulares derivadas de células estromales mesenquimales demuestran características inmunomoduladoras que requieren metodologías estandarizadas de caracterización.'])
    expect(szigrisztPazos(dense)).toBeLessThan(40)
    expect(fernandezHuerta(dense)).toBeLessThan(40)
    const plain = spanishCounts(['El gato duerme en la casa. Hace calor.'])
    expect(szigrisztPazos(plain)).toBeGreaterThan(80)
  })

  it('counts syllables by the rules of Spanish spelling', () => {
    const expected: Record<string, number> = {
      exosomas: 4, vesículas: 4, células: 3, ciencia: 2, biológico: 4, día: 2, país: 2, aéreo: 4, leer: 2, reúne: 3, ruido: 2,
      guía: 2, mesenquimales: 5, averigüe: 4, pingüino: 3, que: 1, hay: 1, muy: 1, y: 1, ya: 1, buey: 1, continuación: 4, proteínas: 4,
      FDA: 4, CMM: 5, ARNm: 7, '2026': 4,
    }
    for (const [word, syllables] of Object.entries(expected)) expect(spanishSyllables(word), word).toBe(syllables)
  })
})
