/**
 * `claim-id-stable` compares a claim's text across documents exactly, after collapsing white
 * space only: a change of letter case is a change of wording (a claim id names one statement
 * everywhere), so it is reported.
 */
import { describe, expect, it } from 'vitest'
import { checkConsistency, parseContent } from '../../src/parser/index.js'
import { frontmatter } from '../parser/helpers.js'

const page = (text: string): string => `${frontmatter}
# Stable ids

## Regulation

:::claim{#shared-claim kind=regulatory evidence=regulatory-fact cite=fda-exosome-notification-2019}
${text}
:::
`

function documentWith(text: string) {
  const { document, diagnostics } = parseContent(page(text))
  if (document === undefined) throw new Error(diagnostics.map((found) => found.message).join('; '))
  return document
}

const reported = (...texts: string[]): string[] =>
  checkConsistency(texts.map((text, index) => ({ file: `${index}.md`, document: documentWith(text) }))).map((found) => `${found.ruleId} ${found.file}`)

describe('claim-id-stable', () => {
  it.each([
    ['a capital letter', 'The FDA has not approved any exosome product.', 'the FDA has not approved any exosome product.'],
    ['an acronym', 'The FDA has not approved any exosome product.', 'The Fda has not approved any exosome product.'],
    ['a word in capitals', 'The FDA has not approved any exosome product.', 'The FDA has NOT approved any exosome product.'],
    ['a non-ASCII letter', 'Éxosomes are not approved products.', 'éxosomes are not approved products.'],
  ])('reports a text that differs only by %s', (_, first, second) => {
    expect(reported(first, second)).toEqual(['claim-id-stable 1.md'])
    expect(reported(second, first)).toEqual(['claim-id-stable 1.md'])
  })

  it('reports each later definition that differs from the first, case included', () => {
    const text = 'The FDA has not approved any exosome product.'
    expect(reported(text, text.toUpperCase(), text, text.toLowerCase())).toEqual(['claim-id-stable 1.md', 'claim-id-stable 3.md'])
  })

  it('accepts a text that differs only in white space', () => {
    expect(reported('The FDA has not approved any exosome product.', 'The FDA  has not\napproved any   exosome product.')).toEqual([])
  })

  it('compares a claim only with the same id in the same locale (locale tags in any case)', () => {
    const text = 'The FDA has not approved any exosome product.'
    const other = 'Exosomes are tiny packages that cells release.'
    const document = (body: string, options: { id?: string; locale?: string } = {}) => {
      const source = page(body)
        .replace('#shared-claim', `#${options.id ?? 'shared-claim'}`)
        .replace('locale: en', `locale: ${options.locale ?? 'en'}`)
      const { document: parsed, diagnostics } = parseContent(source)
      if (parsed === undefined) throw new Error(diagnostics.map((found) => found.message).join('; '))
      return parsed
    }
    const check = (...documents: ReturnType<typeof document>[]) => checkConsistency(documents.map((item, index) => ({ file: `${index}.md`, document: item }))).map((found) => `${found.ruleId} ${found.file}`)
    // Different ids, different texts: nothing to compare.
    expect(check(document(text), document(other, { id: 'other-claim' }))).toEqual([])
    // The same id in another locale is a translation, not a rewording.
    expect(check(document(text), document(other, { locale: 'es' })).filter((found) => found.startsWith('claim-id-stable'))).toEqual([])
    // `en-US` and `en-us` are one locale: the rewording is reported.
    expect(check(document(text, { locale: 'en-US' }), document(other, { locale: 'en-us' }))).toEqual(['claim-id-stable 1.md'])
  })
})
