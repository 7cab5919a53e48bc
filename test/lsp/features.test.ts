/**
 * The editor features on their own (from the sources, no worker): the index of a page,
 * completion, hover targets, quick fixes, and the mapping of diagnostics to LSP ranges.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { CompletionItem, Diagnostic as LspDiagnostic, TextEdit } from 'vscode-languageserver/node.js'
import { TextDocument } from 'vscode-languageserver-textdocument'
import { codeActions, reasonPlaceholder } from '../../src/lsp/code-actions.js'
import { complete } from '../../src/lsp/completion.js'
import { toLspDiagnostic } from '../../src/lsp/convert.js'
import { cursorContext } from '../../src/lsp/cursor.js'
import { describeClaim, describeDisclaimer, describeReference } from '../../src/lsp/describe.js'
import { indexDocument } from '../../src/lsp/document-index.js'
import { editDistance, nearestIds } from '../../src/lsp/nearest.js'
import { idAt } from '../../src/lsp/targets.js'
import { checkConsistency, parseContent } from '../../src/parser/index.js'
import { resolvePolicy } from '../../src/rules/policy.js'
import { badPage, goodPage } from './pages.js'

const policy = resolvePolicy()
const make = (text: string) => TextDocument.create('file:///page.md', 'markdown', 1, text)

/** The page with `|` removed, and the offset where it was. */
function cursor(marked: string): { text: string; offset: number } {
  const offset = marked.indexOf('|')
  return { text: marked.slice(0, offset) + marked.slice(offset + 1), offset }
}

function completions(marked: string, base = goodPage): CompletionItem[] {
  const { text, offset } = cursor(marked)
  return complete(make(text), offset, indexDocument(base, policy), true)
}

const labels = (items: CompletionItem[]) => items.map((item) => item.label)

const lspDiagnostics = (text: string): LspDiagnostic[] =>
  parseContent(text, { path: 'page.md' }).diagnostics.map((diagnostic) => toLspDiagnostic(diagnostic, 'file:///page.md', text.charCodeAt(0) === 0xfeff))

function apply(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(make(text), edits)
}

describe('indexDocument', () => {
  it('reads the ids of a page with errors, with their offsets', () => {
    const index = indexDocument(badPage, policy)
    expect(index.references.map((entry) => entry.id)).toEqual(['fda-consumer-alert-2020', 'queen-2025-dermatology'])
    expect(badPage.slice(index.references[1]?.idSpan.start, index.references[1]?.idSpan.end)).toBe('queen-2025-dermatology')
    expect(index.references[1]?.fields['title']).toBe('Exosomes for Treating Hair Loss: A Review of Clinical Studies')
    expect(index.disclaimers.map((entry) => [entry.id, entry.fields['placement']])).toEqual([['not-fda-approved', 'document'], ['investigational', 'section']])
    expect(index.claims.map((claim) => [claim.id, claim.kind, claim.evidence, claim.cites, claim.required, claim.section])).toEqual([
      ['no-approved-products', 'regulatory', 'regulatory-fact', ['fda-consumer-alert-2020'], [], 'regulation'],
      ['hair-research', 'therapeutic-potential', 'early-clinical', ['queen-2025-dermatolgy'], ['investigational', 'not-fda-approved'], 'hair-loss'],
    ])
    const usage = index.usages.find((found) => found.kind === 'cite' && found.id === 'queen-2025-dermatolgy')
    expect(badPage.slice(usage?.span.start, usage?.span.end)).toBe('queen-2025-dermatolgy')
    expect(index.usages.filter((found) => found.kind === 'claim-ref').map((found) => found.id)).toEqual(['no-approved-products'])
    expect(index.sections.map((section) => section.id)).toEqual(['regulation', 'hair-loss'])
    expect(badPage.slice(index.frontmatter?.start, index.frontmatter?.end).startsWith('id: lsp-page\n')).toBe(true)
  })

  it('keeps offsets into the text as the editor holds it, byte order mark and CRLF included', () => {
    const text = `\ufeff${badPage.replaceAll('\n', '\r\n')}`
    const index = indexDocument(text, policy)
    for (const entry of [...index.references, ...index.disclaimers]) expect(text.slice(entry.idSpan.start, entry.idSpan.end)).toBe(entry.id)
    for (const usage of index.usages) expect(text.slice(usage.span.start, usage.span.end)).toBe(usage.id)
    for (const claim of index.claims) expect(text.slice(claim.head.start, claim.head.end)).toMatch(/^:::claim\{#[a-z-]+ .*\}$/)
  })
})

describe('diagnostic ranges', () => {
  it.each([
    ['LF', badPage],
    ['CRLF', badPage.replaceAll('\n', '\r\n')],
    ['CR', badPage.replaceAll('\n', '\r')],
    ['CR in the body', `${badPage.slice(0, badPage.indexOf('\n---\n') + 5)}${badPage.slice(badPage.indexOf('\n---\n') + 5).replaceAll('\n', '\r')}`],
    ['a byte order mark', `\ufeff${badPage}`],
  ])('point at the same characters as the parser with %s', (name, text) => {
    const document = make(text)
    const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0
    const { diagnostics } = parseContent(text)
    // The yaml package does not read a lone CR as a line break: a page with CR line endings
    // everywhere stops at a \`yaml-syntax\` diagnostic in its frontmatter (on line 2).
    expect(diagnostics.length).toBeGreaterThan(name === 'CR' ? 0 : 3)
    for (const diagnostic of diagnostics) {
      const converted = toLspDiagnostic(diagnostic, document.uri, bom === 1)
      // The parser's offsets are into the text without its byte order mark.
      expect(document.offsetAt(converted.range.start), diagnostic.message).toBe((diagnostic.place.start.offset ?? 0) + bom)
      expect(document.offsetAt(converted.range.end), diagnostic.message).toBe((diagnostic.place.end.offset ?? 0) + bom)
    }
  })
})

describe('completion', () => {
  it("lists the page's reference ids with their titles inside cite=\"", () => {
    const items = completions(goodPage.replace('cite="queen-2025-dermatology"', 'cite="|"'))
    expect(labels(items)).toEqual(['fda-consumer-alert-2020', 'queen-2025-dermatology'])
    expect(items[1]).toMatchObject({ detail: expect.stringContaining('Exosomes for Treating Hair Loss'), textEdit: { newText: 'queen-2025-dermatology' } })
  })

  it('completes the word being typed and leaves out the ids already listed', () => {
    const items = completions(goodPage.replace('cite="queen-2025-dermatology"', 'cite="fda-consumer-alert-2020 qu|"'))
    expect(labels(items)).toEqual(['queen-2025-dermatology'])
    const { text, offset } = cursor(goodPage.replace('cite="queen-2025-dermatology"', 'cite="fda-consumer-alert-2020 qu|"'))
    const edited = TextDocument.applyEdits(make(text), [items[0]?.textEdit as TextEdit])
    expect(edited).toContain('cite="fda-consumer-alert-2020 queen-2025-dermatology"')
    expect(offset).toBeGreaterThan(0)
  })

  it('completes claim ids after ::claim{ref=, disclaimer ids after ::disclaimer{ref= and requires="', () => {
    expect(labels(completions(goodPage.replace('::claim{ref=no-approved-products}', '::claim{ref=|}')))).toEqual(['no-approved-products', 'hair-research'])
    expect(labels(completions(goodPage.replace('::disclaimer{ref=investigational}', '::disclaimer{ref=|}')))).toEqual(['not-fda-approved', 'investigational'])
    expect(labels(completions(goodPage.replace('cite="queen-2025-dermatology"', 'cite="queen-2025-dermatology" requires="|"')))).toEqual(['not-fda-approved', 'investigational'])
  })

  it('completes kind= and evidence= values, and attribute names', () => {
    expect(labels(completions(goodPage.replace('kind=therapeutic-potential', 'kind=th|')))).toEqual(['definition', 'mechanism', 'therapeutic-potential', 'regulatory', 'safety', 'context'])
    expect(labels(completions(goodPage.replace('evidence=early-clinical', 'evidence=|')))).toEqual(['established', 'clinical', 'early-clinical', 'preclinical', 'regulatory-fact'])
    expect(labels(completions(goodPage.replace('cite="queen-2025-dermatology"}', 'cite="queen-2025-dermatology" |}')))).toEqual(['requires'])
    expect(labels(completions(goodPage.replace(':::claim{#hair-research kind=therapeutic-potential evidence=early-clinical cite="queen-2025-dermatology"}', ':::claim{|}')))).toEqual(['kind', 'evidence', 'cite', 'requires', 'ref'])
  })

  it('completes frontmatter keys that are not there yet, per mapping, and enum values', () => {
    const top = labels(completions(goodPage.replace('lastReviewed: 2026-11-01\n', 'lastReviewed: 2026-11-01\n|\n')))
    expect(top).toEqual(['$schema', 'glossary'])
    const reference = completions(goodPage.replace('    doi: 10.1097/DSS.0000000000004480\n', '    doi: 10.1097/DSS.0000000000004480\n    |\n'))
    expect(labels(reference)).toEqual(['publisher', 'date', 'volume', 'pages', 'url', 'accessed'])
    expect(reference[0]?.documentation).toMatchObject({ value: expect.stringContaining('not both') })
    expect(labels(completions(goodPage.replace('audience: general', 'audience: |')))).toEqual(['patient', 'caregiver', 'clinician', 'researcher', 'general'])
    expect(labels(completions(goodPage.replace('    placement: section', '    placement: s|')))).toEqual(['document', 'section', 'claim'])
    expect(labels(completions(goodPage.replace('    kind: review', '    kind: |')))).toEqual(['regulatory', 'guideline', 'review', 'primary-study'])
  })

  it('offers nothing in narrative text', () => {
    expect(completions(goodPage.replace('might help', 'might| help'))).toEqual([])
  })
})

describe('hover and definition targets', () => {
  const index = indexDocument(badPage, policy)
  it.each([
    ['a cite id', 'queen-2025-dermatolgy', 3, { kind: 'reference', id: 'queen-2025-dermatolgy' }],
    ['a claim ref', '::claim{ref=no-approved-products}', 15, { kind: 'claim', id: 'no-approved-products' }],
    ['a claim definition', ':::claim{#hair-research', 2, { kind: 'claim', id: 'hair-research' }],
    ['a claim #id', '#hair-research', 4, { kind: 'claim', id: 'hair-research' }],
    ['a reference id in the frontmatter', 'id: fda-consumer-alert-2020', 8, { kind: 'reference', id: 'fda-consumer-alert-2020' }],
    ['a disclaimer id in the frontmatter', 'id: investigational', 6, { kind: 'disclaimer', id: 'investigational' }],
  ])('finds %s', (_name, needle, shift, expected) => {
    expect(idAt(badPage, badPage.indexOf(needle) + shift, index)).toMatchObject(expected)
  })

  it('describes a claim by its kind, grade, citations and required disclaimers', () => {
    const claim = index.claims.find((found) => found.id === 'hair-research')
    if (claim === undefined) throw new Error('no claim')
    const text = describeClaim(claim, index.references, index.disclaimers)
    expect(text).toContain('kind `therapeutic-potential` · evidence `early-clinical`')
    expect(text).toContain('`queen-2025-dermatolgy` (not declared)')
    expect(text).toContain('`investigational`: Still being researched')
    expect(text).toContain('`not-fda-approved`: Not approved by the FDA')
    expect(describeReference(index.references[1] ?? index.references[0]!)).toContain('DOI: [10.1097/DSS.0000000000004480](https://doi.org/10.1097/DSS.0000000000004480)')
    expect(describeDisclaimer(index.disclaimers[1] ?? index.disclaimers[0]!)).toContain('placement `section`')
  })

  it('finds nothing in narrative text', () => {
    expect(idAt(badPage, badPage.indexOf('on the scalp'), index)).toBeUndefined()
  })
})

describe('quick fixes', () => {
  it('change a misspelt cite, claim ref and disclaimer ref to the nearest declared id, and the error goes', () => {
    const misspelt = goodPage
      .replace('::claim{ref=no-approved-products}', '::claim{ref=no-aproved-products}')
      .replace('::disclaimer{ref=investigational}', '::disclaimer{ref=investigatonal}')
      .replace('cite="queen-2025-dermatology"', 'cite="queen-2025-dermatolgy"')
    const diagnostics = lspDiagnostics(misspelt)
    expect(diagnostics.map((found) => found.code)).toEqual(expect.arrayContaining(['citation-resolves', 'claim-ref-resolves', 'disclaimer-ref-resolves']))
    const actions = codeActions(make(misspelt), indexDocument(misspelt, policy), diagnostics)
    const fixes = actions.filter((action) => action.title.startsWith('Change'))
    expect(fixes.map((action) => action.title).sort()).toEqual([
      'Change `investigatonal` to `investigational`',
      'Change `no-aproved-products` to `no-approved-products`',
      'Change `queen-2025-dermatolgy` to `queen-2025-dermatology`',
    ])
    expect(fixes.every((action) => action.isPreferred === true)).toBe(true)
    const fixed = apply(misspelt, fixes.flatMap((action) => action.edit?.changes?.['file:///page.md'] ?? []))
    expect(fixed).toBe(goodPage)
  })

  it('offer no id far from every declared one', () => {
    const far = goodPage.replace('cite="queen-2025-dermatology"', 'cite="smith-1999"')
    const actions = codeActions(make(far), indexDocument(far, policy), lspDiagnostics(far))
    expect(actions.filter((action) => action.title.startsWith('Change'))).toEqual([])
  })

  it('place a missing section disclaimer after the heading, and the error goes', () => {
    for (const eol of ['\n', '\r\n']) {
      const page = goodPage.replace('::disclaimer{ref=investigational}\n\n', '').replaceAll('\n', eol)
      const diagnostics = lspDiagnostics(page)
      expect(diagnostics.map((found) => found.code)).toContain('claim-needs-disclaimer')
      const actions = codeActions(make(page), indexDocument(page, policy), diagnostics).filter((action) => action.title.startsWith('Place'))
      expect(actions.map((action) => action.title)).toEqual(['Place disclaimer `investigational` in section `hair-loss`'])
      const fixed = apply(page, actions[0]?.edit?.changes?.['file:///page.md'] ?? [])
      expect(fixed).toBe(goodPage.replaceAll('\n', eol))
      expect(parseContent(fixed).diagnostics.filter((found) => found.severity === 'error')).toEqual([])
    }
  })

  it('suppress a rule for the block with a reason placeholder, then add another rule to the same comment', () => {
    const page = goodPage.replace(
      'Exosomes applied to the scalp might help hair grow back. Only a few small studies in people\nhave looked at this, so the evidence is preliminary.',
      'Exosomes on the scalp are a proven cure for hair loss. They regrow hair.',
    )
    const diagnostics = lspDiagnostics(page)
    expect(diagnostics.map((found) => found.code)).toEqual(expect.arrayContaining(['overclaim-wording', 'hedge-to-evidence']))
    const overclaim = diagnostics.filter((found) => found.code === 'overclaim-wording')
    expect(overclaim.length).toBeGreaterThan(0)
    const actions = codeActions(make(page), indexDocument(page, policy), overclaim)
    expect(actions.map((action) => action.title)).toEqual(['Suppress `overclaim-wording` for this block, with a reason'])
    const suppressed = apply(page, actions[0]?.edit?.changes?.['file:///page.md'] ?? [])
    expect(suppressed).toContain(`\n<!-- exosome-content-ignore overclaim-wording: ${reasonPlaceholder} -->\n:::claim{#hair-research`)
    const after = parseContent(suppressed).diagnostics.map((found) => found.ruleId)
    expect(after).not.toContain('overclaim-wording')
    expect(after).not.toContain('suppression-unused')
    expect(after).toContain('hedge-to-evidence')

    const hedge = lspDiagnostics(suppressed).filter((found) => found.code === 'hedge-to-evidence')
    expect(hedge.length).toBeGreaterThan(0)
    const second = codeActions(make(suppressed), indexDocument(suppressed, policy), hedge)
    expect(second).toHaveLength(1)
    const both = apply(suppressed, second[0]?.edit?.changes?.['file:///page.md'] ?? [])
    expect(both).toContain(`<!-- exosome-content-ignore overclaim-wording hedge-to-evidence: ${reasonPlaceholder} -->`)
    const remaining = parseContent(both).diagnostics.map((found) => found.ruleId)
    expect(remaining).not.toContain('hedge-to-evidence')
    expect(remaining).not.toContain('overclaim-wording')
  })

  it('offer no suppression for a cross-document diagnostic (a comment cannot silence it)', () => {
    const translation = goodPage.replace('locale: en', 'locale: es').replace('evidence=early-clinical', 'evidence=clinical')
    const parsed = (text: string, file: string) => parseContent(text, { path: file }).document
    const [original, translated] = [parsed(goodPage, 'page.md'), parsed(translation, 'page.es.md')]
    if (original === undefined || translated === undefined) throw new Error('the pages did not parse')
    const found = checkConsistency([{ file: 'page.md', document: original }, { file: 'page.es.md', document: translated }])
    expect(found.map((diagnostic) => diagnostic.ruleId)).toEqual(['locale-parity'])
    const diagnostics = found.map((diagnostic) => toLspDiagnostic(diagnostic, 'file:///page.md', false))
    expect(codeActions(make(translation), indexDocument(translation, policy), diagnostics)).toEqual([])
  })

  it('offer no suppression for a diagnostic in the frontmatter or a parser check', () => {
    const page = goodPage.replace('lastReviewed: 2026-11-01', 'lastReviewed: 2020-01-01').replace('audience: general', 'audience: all')
    const diagnostics = lspDiagnostics(page)
    expect(diagnostics.map((found) => found.code)).toEqual(expect.arrayContaining(['review-stale', 'frontmatter-invalid']))
    expect(codeActions(make(page), indexDocument(page, policy), diagnostics)).toEqual([])
  })
})

describe('nearestIds', () => {
  it('counts insertions, deletions, substitutions and swaps', () => {
    expect(editDistance('misev2018', 'misev2018x', 3)).toBe(1)
    expect(editDistance('misev2018', 'misve2018', 3)).toBe(1)
    expect(editDistance('abc', 'xyz', 1)).toBe(2)
    expect(nearestIds('misev2108', ['misev2018', 'misev2023', 'fda'])).toEqual(['misev2018'])
    expect(nearestIds('ab', ['cd'])).toEqual([])
  })
})

describe('cursor contexts on any text', () => {
  it('never throw and stay inside the text', () => {
    const index = indexDocument(goodPage, policy)
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(':', '{', '}', '"', "'", '=', ' ', '#', '-', '\n', '\r', 'a', 'claim', 'cite', 'ref', '---', '🧬') }), fc.nat(), (noise, at) => {
        const text = `${goodPage.slice(0, 900)}${noise}${goodPage.slice(900)}`
        const offset = at % (text.length + 1)
        const context = cursorContext(text, offset)
        if (context !== undefined) {
          expect(context.word.span.start).toBeGreaterThanOrEqual(0)
          expect(context.word.span.end).toBeLessThanOrEqual(text.length)
        }
        complete(make(text), offset, index, false)
        idAt(text, offset, index)
      }),
      { numRuns: 300, seed: 14 },
    )
  })
})
