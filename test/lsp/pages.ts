/** Pages the language server tests open. References are from the project's checked list. */

const frontmatter = `---
id: lsp-page
title: A page for the editor
summary: Shows what the language server reports.
locale: en
audience: general
version: 1.0.0
lastReviewed: 2026-11-01
references:
  - id: fda-consumer-alert-2020
    kind: regulatory
    title: Consumer Alert on Regenerative Medicine Products Including Stem Cells and Exosomes
    publisher: U.S. Food and Drug Administration
    date: 2020-07-22
    url: https://www.fda.gov/vaccines-blood-biologics/consumers-biologics/consumer-alert-regenerative-medicine-products-including-stem-cells-and-exosomes
  - id: queen-2025-dermatology
    kind: review
    title: "Exosomes for Treating Hair Loss: A Review of Clinical Studies"
    authors: Queen D, et al.
    journal: Dermatologic Surgery
    year: 2025
    doi: 10.1097/DSS.0000000000004480
disclaimers:
  - id: not-fda-approved
    kind: regulatory
    title: Not approved by the FDA
    text: The FDA has not approved any exosome product to treat any disease or condition.
    placement: document
  - id: investigational
    kind: investigational
    title: Still being researched
    text: This use is investigational. Its safety and whether it works have not been established.
    placement: section
---
`

/**
 * A page with problems in the frontmatter (`audience`) and the body: a misspelt citation, a
 * section disclaimer not placed, overclaiming words after an astral character.
 */
export const badPage = `${frontmatter.replace('audience: general', 'audience: everyone')}
# A page for the editor

## Regulation

:::claim{#no-approved-products kind=regulatory evidence=regulatory-fact cite="fda-consumer-alert-2020"}
The FDA has not approved any exosome product to treat any disease or condition.
:::

## Hair 🧬 loss

:::claim{#hair-research kind=therapeutic-potential evidence=early-clinical cite="queen-2025-dermatolgy"}
Exosomes 🧬 on the scalp are a 𝐩roven, proven cure for hair loss.
:::

::claim{ref=no-approved-products}
`

/** A page with no problem. */
export const goodPage = `${frontmatter}
# A page for the editor

## Regulation

:::claim{#no-approved-products kind=regulatory evidence=regulatory-fact cite="fda-consumer-alert-2020"}
The FDA has not approved any exosome product to treat any disease or condition.
:::

## Hair loss

::disclaimer{ref=investigational}

:::claim{#hair-research kind=therapeutic-potential evidence=early-clinical cite="queen-2025-dermatology"}
Exosomes applied to the scalp might help hair grow back. Only a few small studies in people
have looked at this, so the evidence is preliminary.
:::

::claim{ref=no-approved-products}
`

/**
 * Position of the first occurrence of `needle` (after `after`, if given), 0-based in UTF-16
 * code units as LSP counts.
 *
 * @param text The page.
 * @param needle What to find.
 * @param after Text before it, to find a later occurrence.
 * @param shift Characters into the needle.
 * @returns The LSP position.
 */
export function positionOf(text: string, needle: string, after = '', shift = 0): { line: number; character: number } {
  const from = after === '' ? 0 : text.indexOf(after)
  const offset = text.indexOf(needle, from) + shift
  if (offset < shift || from === -1) throw new Error(`${needle} not in the page`)
  const before = text.slice(0, offset)
  const lines = before.split(/\r\n|\r|\n/)
  return { line: lines.length - 1, character: (lines[lines.length - 1] ?? '').length }
}
