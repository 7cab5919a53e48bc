import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { z } from 'zod'

// The wording evaluation corpora: one real sentence per line, copied verbatim from a public
// page listed in SOURCES.md, labelled as described at the top of SOURCES.md.

const here = import.meta.dirname

const tactics = [
  'unhedged-benefit',
  'cure-claim',
  'certainty',
  'hype',
  'absolute-safety',
  'numeric-promise',
  'regulatory-misdirection',
  'testimonial',
  'camouflage',
] as const
const forms = ['hedged', 'limitation', 'negated', 'attributed', 'factual'] as const
const kinds = ['definition', 'mechanism', 'therapeutic-potential', 'regulatory', 'safety', 'context'] as const
const grades = ['established', 'clinical', 'early-clinical', 'preclinical', 'regulatory-fact'] as const

const common = {
  text: z.string().min(1).max(1000),
  source: z.url({ protocol: /^https$/ }),
  kind: z.enum(kinds),
  evidence: z.enum(grades),
  publisher: z.string().min(1),
  retrieved: z.iso.date(),
  note: z.string().min(1).optional(),
}

const row = (language: 'en' | 'es') => {
  const id = z.string().regex(new RegExp(`^${language}-\\d{4}$`))
  return z.discriminatedUnion('label', [
    z.strictObject({ id, label: z.literal('overclaim'), tactic: z.enum(tactics), ...common }),
    z.strictObject({ id, label: z.literal('sound'), form: z.enum(forms), ...common }),
  ])
}
type Row = z.infer<ReturnType<typeof row>>

// Abbreviations that end with a period inside a sentence (titles, "U.S.", "e.g.", months,
// legal citations). A period after one of them is not a sentence boundary.
const abbreviations = new Set(
  [
    'dr', 'drs', 'mr', 'mrs', 'ms', 'prof', 'st', 'jr', 'sr', 'vs', 'etc', 'inc', 'ltd', 'co',
    'corp', 'no', 'nos', 'fig', 'vol', 'pp', 'approx', 'calif', 'fla', 'ariz', 'tex', 'jan',
    'feb', 'mar', 'apr', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'al', 'sra', 'dra',
    'lic', 'núm', 'pág', 'art', 'ee', 'uu', 'eeuu', 'ej', 'aprox', 'ud', 'uds', 'u.s', 'e.g',
    'i.e', 'd.o', 'm.d', 'ph.d', 'u.k', 'e.u', 'a.m', 'p.m', 'u.s.c',
  ],
)

/**
 * Whether `text` looks like more than one sentence: a `.`, `!` or `?` (with any closing
 * quotes or brackets) followed by white space and an upper-case letter, an opening quote or
 * an opening Spanish mark, unless the word before the period is a known abbreviation or a
 * single letter (an initial), or the mark is inside an open quotation (`“Really? Yes!” he
 * said` is one sentence).
 */
function looksLikeSeveralSentences(text: string): boolean {
  const boundary = /([\p{L}\p{N}.]*)([.!?])([”"’')\]»]*)\s+(?=[\p{Lu}¿¡“"‘«])/gu
  for (const match of text.matchAll(boundary)) {
    const word = (match[1] ?? '').toLowerCase()
    if (match[2] === '.') {
      const bare = word.replace(/\.$/, '')
      if (abbreviations.has(bare) || /^\p{L}$/u.test(bare) || /^(\p{L}\.)+\p{L}?$/u.test(word)) continue
    }
    const before = text.slice(0, match.index + match[0].trimEnd().length)
    const open = (pattern: RegExp) => (before.match(pattern) ?? []).length
    const curly = open(/[“«]/g) - open(/[”»]/g)
    const straight = open(/"/g) % 2
    if (curly > 0 || straight > 0) continue
    return true
  }
  return false
}

function readCorpus(file: string, language: 'en' | 'es'): Row[] {
  const lines = readFileSync(join(here, file), 'utf8').split('\n')
  expect(lines.at(-1), `${file} ends with a newline`).toBe('')
  const schema = row(language)
  return lines.slice(0, -1).map((line, index) => {
    let value: unknown
    expect(() => (value = JSON.parse(line)), `${file}:${index + 1} is JSON`).not.toThrow()
    const parsed = schema.safeParse(value)
    expect(parsed.success ? '' : z.prettifyError(parsed.error), `${file}:${index + 1}`).toBe('')
    return parsed.data as Row
  })
}

/** `address -> sentence count` for every `- <address> | publisher | what | count` line. */
function readSources(): Map<string, number> {
  const listed = new Map<string, number>()
  for (const line of readFileSync(join(here, 'SOURCES.md'), 'utf8').split('\n')) {
    const match = /^- <(https:\/\/[^>\s]+)> \| [^|]+ \| [^|]+ \| (\d+)$/.exec(line)
    if (line.startsWith('- <')) expect(match, `SOURCES.md line: ${line}`).not.toBeNull()
    if (!match) continue
    const [, address, count] = match
    expect(listed.has(address!), `listed once: ${address}`).toBe(false)
    listed.set(address!, Number(count))
  }
  return listed
}

const sources = readSources()

const corpora = [
  { file: 'corpus.jsonl', language: 'en', minimum: { overclaim: 150, sound: 150 }, total: 300 },
  { file: 'corpus.es.jsonl', language: 'es', minimum: { overclaim: 100, sound: 100 }, total: 150 },
] as const

test('the one-sentence heuristic tells one sentence from two', () => {
  expect(looksLikeSeveralSentences('Exosomes cure arthritis. They are safe.')).toBe(true)
  expect(looksLikeSeveralSentences('“They’re magic!” Nothing else is claimed.')).toBe(true)
  expect(looksLikeSeveralSentences('Son seguros. ¿Funcionan?')).toBe(true)
  expect(looksLikeSeveralSentences('The U.S. Food and Drug Administration (FDA) warned Dr. Smith.')).toBe(false)
  expect(looksLikeSeveralSentences('“They’re magic!” claims one YouTube review.')).toBe(false)
  expect(looksLikeSeveralSentences('Filed in Orange, Calif. on Oct. 18 by J. Doe.')).toBe(false)
  expect(looksLikeSeveralSentences('I thought, “Exosomes? Sounds a bit sci-fi!” but read on.')).toBe(false)
})

describe.each(corpora)('$file', ({ file, language, minimum, total }) => {
  const rows = readCorpus(file, language)

  test('ids and texts are unique', () => {
    const ids = new Set(rows.map((entry) => entry.id))
    expect(ids.size).toBe(rows.length)
    const texts = new Set(rows.map((entry) => entry.text.normalize('NFC').replace(/\s+/g, ' ').toLowerCase()))
    expect(texts.size).toBe(rows.length)
  })

  test('each text is one trimmed sentence on one line', () => {
    for (const entry of rows) {
      expect(entry.text, entry.id).toBe(entry.text.trim())
      expect(entry.text, entry.id).not.toMatch(/[\n\r\t]/)
      expect(looksLikeSeveralSentences(entry.text), `${entry.id}: ${entry.text}`).toBe(false)
    }
  })

  test('every source is listed in SOURCES.md with the number of sentences taken from it', () => {
    const counts = new Map<string, number>()
    for (const entry of rows) counts.set(entry.source, (counts.get(entry.source) ?? 0) + 1)
    for (const [address, count] of counts) {
      expect(sources.get(address), address).toBe(count)
    }
  })

  test('the minimum counts per label are met and every tactic and form is represented', () => {
    const overclaims = rows.filter((entry) => entry.label === 'overclaim')
    const sound = rows.filter((entry) => entry.label === 'sound')
    expect(rows.length).toBeGreaterThanOrEqual(total)
    expect(overclaims.length).toBeGreaterThanOrEqual(minimum.overclaim)
    expect(sound.length).toBeGreaterThanOrEqual(minimum.sound)
    for (const tactic of tactics) {
      expect(overclaims.filter((entry) => entry.tactic === tactic).length, tactic).toBeGreaterThan(0)
    }
    for (const form of forms) {
      expect(sound.filter((entry) => entry.form === form).length, form).toBeGreaterThan(0)
    }
  })
})

test('SOURCES.md lists no page that no sentence comes from', () => {
  const used = new Set(
    corpora.flatMap(({ file, language }) => readCorpus(file, language).map((entry) => entry.source)),
  )
  for (const address of sources.keys()) expect(used.has(address), address).toBe(true)
})
