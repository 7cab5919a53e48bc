/**
 * The page the installed-package tests write into a fresh project: one cited regulatory
 * claim, nothing else to report.
 *
 * @param extra Frontmatter lines written before `id` (a site's extension keys).
 * @returns The page's markdown.
 */
export const samplePage = (extra = ''): string => `---
${extra}id: sample-page
title: Sample page
summary: A short page used to check the installed package.
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
---

# Sample page

## Regulation

:::claim{#none-approved kind=regulatory evidence=regulatory-fact cite="fda-consumer-alert-2020"}
The FDA has not approved any exosome product.
:::
`
