/** A valid frontmatter block (references taken from the project's checked reference list). */
export const frontmatter = `---
id: sample-page
title: Exosome basics
summary: A short page about exosomes.
locale: en
audience: general
version: 1.0.0
lastReviewed: 2026-11-01
references:
  - id: fda-exosome-notification-2019
    kind: regulatory
    title: Public Safety Notification on Exosome Products
    publisher: U.S. Food and Drug Administration (CBER)
    date: 2019-12-06
    url: https://www.fda.gov/vaccines-blood-biologics/safety-availability-biologics/public-safety-notification-exosome-products
  - id: misev2018
    kind: guideline
    title: Minimal information for studies of extracellular vesicles 2018 (MISEV2018)
    journal: Journal of Extracellular Vesicles
    year: 2018
    doi: 10.1080/20013078.2018.1535750
disclaimers:
  - id: not-fda-approved
    kind: regulatory
    title: Not FDA-approved
    text: No exosome product is approved by the FDA.
    placement: claim
  - id: investigational
    kind: investigational
    title: Investigational
    text: Exosome treatments are being studied and are not proven.
    placement: claim
  - id: not-medical-advice
    kind: medical-advice
    title: Not medical advice
    text: This page does not replace advice from a clinician.
    placement: document
---
`

/**
 * Lines of the printed diagnostics of a result, file omitted.
 *
 * @param diagnostics The diagnostics.
 * @returns `line:col-line:col: severity rule-id message` strings.
 */
export { formatDiagnostics } from './projection.js'
