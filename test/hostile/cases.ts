import { frontmatter, inSection } from './support.js'

/**
 * One hostile input for the child-process suite, and what `parseContent` must answer.
 * `ruleIds`: the result holds a diagnostic with one of these ids and no document;
 * `document: true`: the result holds a document, which must then render in every format;
 * `answered: true`: either (a document that renders, or an error diagnostic).
 */
export interface ChildCase {
  name: string
  /** The issue item the case comes from (for the report). */
  item: string
  source: () => string
  expect: { ruleIds: readonly string[] } | { document: true } | { answered: true }
  /** Parses in one process: an abort on a later parse only shows this way. */
  repeat?: number
}

const brackets = (lines: number, width: number, separator: string, eol: string): string =>
  Array.from({ length: lines }, () => '['.repeat(width)).join(`${eol}${separator}${eol}`)
const flowMaps = (lines: number, eol: string): string => Array.from({ length: lines }, () => '{a: '.repeat(8)).join(`${eol}#${eol}`)

// The head of the frontmatter without its closing fence, and a tail that closes it.
const yamlHead = frontmatter.replace(/---\n$/, '')
const section = '\n## Section\n\n'

const claim = (text: string, attributes = ''): string =>
  `:::claim{#c kind=regulatory evidence=regulatory-fact cite="fda-exosome-notification-2019"${attributes}}\n${text}\n:::\n`

/**
 * The cases: the issue's examples and generated variants of each class (fence whitespace,
 * line endings, byte order marks, payloads, list markers, sizes up to the default limits).
 *
 * @returns Every case.
 */
export function childCases(): ChildCase[] {
  const cases: ChildCase[] = []
  const add = (item: string, name: string, source: () => string, expected: ChildCase['expect'], repeat?: number): void => {
    cases.push({ item, name, source, expect: expected, ...(repeat === undefined ? {} : { repeat }) })
  }

  // Item 1: frontmatter fences micromark accepts, whatever the pre-scan used to think.
  // Fence whitespace and line endings, each pairing a different payload.
  const fences: Array<[string, string, 'brackets' | 'maps']> = [
    [' '.repeat(14), '\n', 'brackets'],
    [' '.repeat(14), '\r\n', 'maps'],
    [' '.repeat(14), '\r', 'brackets'],
    [' '.repeat(17), '\n', 'maps'],
    ['\t'.repeat(8), '\r\n', 'brackets'],
    [' \t'.repeat(12), '\r', 'maps'],
    [' '.repeat(300), '\n', 'brackets'],
    ['\t ', '\n', 'maps'],
  ]
  for (const [whitespace, eol, payload] of fences) {
    const label = `${whitespace.length} spaces or tabs and ${JSON.stringify(eol)}`
    const yaml = payload === 'brackets' ? brackets(34, 30, '#', eol) : flowMaps(40, eol)
    add('1', `YAML ${payload} behind fences with ${label}`, () => `---${whitespace}${eol}${yaml}${eol}---${whitespace}${eol}`, { ruleIds: ['limit-yaml-depth'] }, 3)
  }
  for (const marks of ['\uFEFF', '\uFEFF\uFEFF', '\uFEFF\uFEFF\uFEFF']) {
    add('1', `YAML brackets after ${marks.length} byte order mark(s)`, () => `${marks}---\n${brackets(34, 30, '#', '\n')}\n---\n`, { ruleIds: ['limit-yaml-depth'] }, 3)
    add('1', `nested lists after ${marks.length} byte order mark(s)`, () => `${marks}${frontmatter}${'- '.repeat(4000)}x\n`, { ruleIds: ['limit-nesting'] })
  }
  const payloads: Array<[string, string, string]> = [
    ['nested `-` lists', `${'- '.repeat(4000)}x`, 'limit-nesting'],
    ['nested `*` lists', `${'* '.repeat(4000)}x`, 'limit-nesting'],
    ['nested `+` lists', `${'+ '.repeat(4000)}x`, 'limit-nesting'],
    ['nested `1.` lists', `${'1. '.repeat(3000)}x`, 'limit-nesting'],
    ['nested `1)` lists', `${'1) '.repeat(3000)}x`, 'limit-nesting'],
    ['nested quotes', `${'> '.repeat(8000)}x`, 'limit-nesting'],
    ['unclosed links', '[a]('.repeat(12_000), 'limit-inline-markup'],
    ['alternating emphasis', '*a'.repeat(16_000), 'limit-inline-markup'],
  ]
  const closing = [' '.repeat(14), ' '.repeat(40), '\t\t\t \t', ' \t ']
  for (const [index, [name, payload, ruleId]] of payloads.entries()) {
    const whitespace = closing[index % closing.length] ?? ''
    add('1', `${name} after a closing fence with ${whitespace.length} spaces or tabs`, () => `${yamlHead}---${whitespace}\n${payload}\n\n---\n`, { ruleIds: [ruleId] })
    if (index % 2 === 0) add('1', `${name} after an unclosed opening fence`, () => `---\nid: x\n${payload}\n`, { ruleIds: [ruleId] })
  }
  for (const [colons, count] of [[4, 500], [5, 800], [4, 1500]] as const) {
    add('1', `${':'.repeat(colons)}a closed by shorter fences, ${count} times`, () => inSection(`${`${':'.repeat(colons)}a\n${':'.repeat(colons - 1)}\n`.repeat(count)}${'text\n'.repeat(3000)}`), { ruleIds: ['limit-nesting', 'limit-directives'] })
  }
  add('1', '`:::1` directives (a digit starts a name)', () => inSection(':::1\n'.repeat(2000)), { ruleIds: ['limit-nesting'] })
  add('1', '`:::\\t` directives (a tab starts a name)', () => inSection(':::\t\n'.repeat(2000)), { ruleIds: ['limit-nesting'] })

  // Item 2: markdown from the frontmatter, held to the limits at parse time.
  const disclaimerPayloads: Array<[string, string, string]> = [
    ['`- ` lists', `${'- '.repeat(4000)}x`, 'limit-nesting'],
    ['`* ` lists', `${'* '.repeat(4000)}x`, 'limit-nesting'],
    ['`1. ` lists', `${'1. '.repeat(3000)}x`, 'limit-nesting'],
    ['quotes', `${'> '.repeat(6000)}x`, 'limit-nesting'],
    ['unclosed links', '[a]('.repeat(5000), 'limit-inline-markup'],
    ['emphasis', '*a'.repeat(8000), 'limit-inline-markup'],
    ['bracket runs', '['.repeat(20_000), 'limit-delimiter-run'],
  ]
  for (const [name, payload, ruleId] of disclaimerPayloads) {
    add('2', `disclaimer text of ${name}`, () => `${frontmatter.replace('text: No exosome product is approved by the FDA.', `text: "${payload}"`)}\n# Hostile input\n`, { ruleIds: [ruleId] })
  }
  // Accepted documents at the limits render in every format.
  const atLimit: Array<[string, string]> = [
    ['16 nested lists', `${'- '.repeat(15)}x`],
    ['16 nested quotes', `${'> '.repeat(16)}x`],
    ['333 links', '[a](https://example.org) '.repeat(333)],
    ['a 32-character run', `${'*'.repeat(32)}a`],
    ['999 emphasis characters', '*a'.repeat(999)],
  ]
  for (const [name, text] of atLimit) {
    add('2', `disclaimer text at the limits: ${name}`, () => `${frontmatter.replace('text: No exosome product is approved by the FDA.', `text: "${text}"`).replace('placement: document', 'placement: document')}\n# Hostile input\n\n## Section\n\n${claim('The FDA has not approved any exosome product.')}`, { document: true })
    add('2', `body at the limits: ${name}`, () => inSection(`${text}\n\n${claim('The FDA has not approved any exosome product.')}`), { document: true })
  }

  // Item 3: linear readers and rules, inputs at the limits.
  add('3', '`cite="r1 "` x 80,000', () => inSection(claim('Text.', ` cite="${'r1 '.repeat(80_000)}"`).replace(' cite="fda-exosome-notification-2019"', '')), { ruleIds: ['citation-resolves'] })
  add('3', '`cite` of one valid id x 8,000', () => inSection(claim('Text.').replace('cite="fda-exosome-notification-2019"', `cite="${'fda-exosome-notification-2019 '.repeat(8000)}"`)), { document: true })
  add('3', '`cite` of 30,000 distinct ids', () => inSection(claim('Text.').replace('cite="fda-exosome-notification-2019"', `cite="${Array.from({ length: 30_000 }, (_, index) => `r${index}`).join(' ')}"`)), { ruleIds: ['citation-resolves'] })
  add('3', '`requires` x 60,000', () => inSection(claim('Text.', ` requires="${'x '.repeat(60_000)}"`)), { ruleIds: ['disclaimer-ref-resolves'] })
  add('3', '30,000 unknown attributes', () => inSection(`::disclaimer{${Array.from({ length: 30_000 }, (_, index) => `a${index}`).join(' ')}}\n`), { ruleIds: ['directive-unknown-attribute'] })
  const proseLine = 'Exosomes are small vesicles that cells release; researchers study them in the laboratory and in early trials.'
  add('3', 'plain 243 KB prose without headings, in paragraphs', () => `${frontmatter}\n${`${proseLine}\n\n`.repeat(Math.floor((243 * 1024) / (proseLine.length + 2)))}`, { document: true })
  add('3', 'plain 243 KB prose without headings, one line each', () => `${frontmatter}\n${`${proseLine}\n`.repeat(Math.floor((243 * 1024) / (proseLine.length + 1)))}`, { document: true })
  const sectioned = frontmatter.replace('placement: document', 'placement: section')
  add('3', '480 claims in 240 sections, each placing a section disclaimer', () => `${sectioned}\n${Array.from({ length: 240 }, (_, index) => `## Part ${index}\n\n::disclaimer{ref=not-fda-approved}\n\n${claim('Text.').replace('#c', `#a${index}`)}\n${claim('Text.').replace('#c', `#b${index}`)}`).join('\n')}`, { document: true })
  add('3', '4,000 suppression comments', () => inSection(`${'<!-- exosome-content-ignore reference-unused: reason -->\nText.\n\n'.repeat(4000)}`), { document: true })
  // Headings whose slugs differ but fold to one kebab-case id (`éèê` and `êéè` are `eee`).
  const accents = [...'éèêëēĕėęěẹẻẽếềểễệ']
  const folded = (index: number): string => [0, 1, 2].map((place) => accents[Math.floor(index / accents.length ** place) % accents.length]).join('')
  add('3', '2,000 headings that fold to one section id', () => `${frontmatter}\n${Array.from({ length: 2000 }, (_, index) => `## ${folded(index)}\n\ntext\n`).join('\n')}`, { document: true })
  add('3', '8,500 duplicate YAML keys', () => frontmatter.replace('---\n', `---\nextra:\n${'  k: 1\n'.repeat(8500)}`), { ruleIds: ['yaml-duplicate-key'] })
  const references = Array.from({ length: 600 }, (_, index) => `  - id: ref-${index}\n    kind: review\n    title: Review ${index}\n    year: 2020\n    doi: 10.1000/${index}\n`).join('')
  add('3', '600 unused references, one of them invalid', () => `${frontmatter.replace('references:\n', `references:\n  - id: Bad_Id\n    kind: review\n${references}`)}\n# Hostile input\n`, { ruleIds: ['frontmatter-invalid', 'directive-invalid-attribute', 'frontmatter-missing-key', 'yaml-syntax', 'frontmatter-unknown-key'] })
  add('3', '999 dangling claim references', () => inSection(`${Array.from({ length: 999 }, (_, index) => `::claim{ref=missing-${index}}`).join('\n')}\n`), { ruleIds: ['claim-ref-resolves'] })

  // Item 4: ids that Object.prototype answers for.
  for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf']) {
    add('4', `::claim{ref=${name}}`, () => inSection(`::claim{ref=${name}}\n`), { ruleIds: ['claim-ref-resolves', 'directive-invalid-attribute'] })
    add('4', `cite="${name}"`, () => inSection(claim('Text.').replace('fda-exosome-notification-2019', name)), { ruleIds: ['citation-resolves', 'directive-invalid-attribute'] })
  }
  add('4', 'a claim with the id `constructor`, rendered', () => inSection(`${claim('The FDA has not approved any exosome product.').replace('#c', '#constructor')}\n::claim{ref=constructor}\n`), { document: true })

  // Item 7: alias expansion, counted in nodes.
  for (const [length, aliases] of [[25_000, 99], [10_000, 5], [2000, 60]] as const) {
    add('7', `${aliases} aliases of a ${length}-item list`, () => frontmatter.replace('---\n', `---\nlist: &l [${Array.from({ length }, () => 'x').join(',')}]\nmore: [${'*l, '.repeat(aliases)}]\n`), { ruleIds: ['yaml-alias-limit'] })
  }
  // A valid place for a list of strings: each glossary term's `aliases`.
  add('7', '98 glossary terms aliasing one 25,000-item `aliases` list', () => {
    const terms = Array.from({ length: 98 }, (_, index) => `  - id: t${index + 1}\n    term: T${index + 1}\n    definition: A term.\n    aliases: *l\n`).join('')
    return `${frontmatter.replace(/---\n$/, `glossary:\n  - id: t0\n    term: T0\n    definition: A term.\n    aliases: &l [${Array.from({ length: 25_000 }, () => 'x').join(',')}]\n${terms}---\n`)}\n# Hostile input\n`
  }, { ruleIds: ['yaml-alias-limit'] })
  add('7', 'a billion-laughs chain', () => frontmatter.replace('---\n', `---\na: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [${'*a, '.repeat(10)}]\nc: &c [${'*b, '.repeat(10)}]\nd: [${'*c, '.repeat(10)}]\n`), { ruleIds: ['yaml-alias-limit'] })

  // Item 8: consecutive leaf directives are no paragraph.
  for (const count of [990, 999]) {
    add('8', `${count} consecutive ::disclaimer lines`, () => inSection('::disclaimer{ref=not-fda-approved}\n'.repeat(count)), { document: true })
  }
  return cases
}

/**
 * The wording rules' cases of issue 12 item 3, kept apart: they run against whatever
 * wording rules are present.
 *
 * @returns The cases.
 */
export function wordingCases(): ChildCase[] {
  const regulatory = (text: string): string => inSection(claim(text))
  return [
    { item: '3', name: "'not FDA-approved ' x 10,000 as a regulatory claim", source: () => regulatory('not FDA-approved '.repeat(10_000)), expect: { answered: true } },
    { item: '3', name: "'not FDA approved, ' x 9,000 as a regulatory claim", source: () => regulatory('not FDA approved, '.repeat(9000)), expect: { answered: true } },
    { item: '3', name: "'may treat ' x 3,000", source: () => regulatory('may treat '.repeat(3000)), expect: { answered: true } },
    { item: '3', name: "'may cure ' x 20,000", source: () => regulatory('may cure '.repeat(20_000)), expect: { answered: true } },
  ]
}
