// Every piece of prose is read at its exact place in the file: headings, narrative, the
// summary, glossary definitions and disclaimer texts (YAML scalars, folded or quoted); the
// suppression comment works on body prose; other locales get one info note.
import { describe, expect, test } from 'vitest'
import { frontmatter, printed, wordingOf } from './helpers.js'

const pointOf = (source: string, needle: string): string => {
  const at = source.indexOf(needle)
  expect(at, needle).toBeGreaterThanOrEqual(0)
  const before = source.slice(0, at).split('\n')
  const end = source.slice(0, at + needle.length).split('\n')
  return `${before.length}:${(before.at(-1) ?? '').length + 1}-${end.length}:${(end.at(-1) ?? '').length + 1}`
}

describe('all prose is checked at its position', () => {
  const extra = `glossary:
  - id: ev
    term: EV
    definition: >-
      A small package from cells. Our clinically
      proven vesicles need no further study.
`
  const source = frontmatter(extra)
    .replace('summary: A page for the wording tests.', 'summary: "Our exosomes are a miracle for skin."')
    .replace('text: This page is not medical advice.', 'text: This page is not medical advice, and the treatment is [risk-free](https://example.org).') +
    '## Exosomes cure arthritis\n\nThousands of patients have already seen results.\n'
  const found = printed(wordingOf(source))

  test.each([
    ['the summary (quoted scalar)', 'miracle', 'overclaim-wording'],
    ['a glossary definition (folded scalar, across its line break)', 'clinically\n      proven', 'overclaim-wording'],
    ['a disclaimer text (markdown link blanked)', 'risk-free', 'overclaim-wording'],
    ['a heading', 'cure', 'overclaim-wording'],
    ['narrative', 'Thousands of', 'testimonial'],
  ])('%s', (_where, needle, rule) => {
    const place = pointOf(source, needle)
    expect(found.some((line) => line.startsWith(`${place}: `) && line.includes(` ${rule} `)), `${place} ${rule} in\n${found.join('\n')}`).toBe(true)
  })

  test('the suppression comment covers body prose', () => {
    const body = `${frontmatter()}<!-- exosome-content-ignore overclaim-wording: quotes an advert -->\n> Our exosomes cure arthritis.\n`
    expect(printed(wordingOf(body))).toEqual([])
  })
})

describe('locales', () => {
  test('English analysis for en-*; one info note and no English reading for another language', () => {
    const text = ':::claim{#c kind=therapeutic-potential evidence=early-clinical cite="rev"}\nExosomes cure arthritis.\n:::\n'
    expect(wordingOf(`${frontmatter('', 'en-GB')}${text}`).map((d) => d.ruleId)).toEqual(['overclaim-wording'])
    const french = wordingOf(`${frontmatter('', 'fr')}:::claim{#c kind=therapeutic-potential evidence=early-clinical cite="rev"}\nLes exosomes guérissent l'arthrose; no side effects, miracle.\n:::\n`)
    expect(french.map((d) => `${d.severity} ${d.ruleId}`)).toEqual(['info wording-locale'])
    expect(french[0]?.place.start.line).toBe(5)
  })
  test('no note when every wording rule is off', () => {
    const off = Object.fromEntries(['overclaim-wording', 'hedge-to-evidence', 'regulatory-misdirection', 'numeric-promise', 'testimonial'].map((id) => [id, 'off' as const]))
    expect(wordingOf(`${frontmatter('', 'fr')}Texte.\n`, { rules: off })).toEqual([])
  })
})
