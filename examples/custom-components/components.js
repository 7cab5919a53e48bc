// An app's own components: plain functions from data to HTML strings. Swap them for React,
// Vue or Svelte components; the data calls stay the same.
import { exosomeOverview, getClaim, getDisclaimer, getReference } from 'exosome-content'
import { evidenceSummary } from 'exosome-content/render'

/**
 * Escape text for HTML.
 *
 * @param {string} value
 * @returns {string}
 */
export function escapeHtml(value) {
  return value.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;')
}

/**
 * Disclaimer and narrative texts are short markdown: keep links, escape everything else.
 *
 * @param {string} markdown
 * @returns {string}
 */
function inlineMarkdown(markdown) {
  const parts = []
  let last = 0
  for (const match of markdown.matchAll(/\[([^\]]+)\]\((https:\/\/[^)\s]+)\)/g)) {
    parts.push(escapeHtml(markdown.slice(last, match.index)))
    parts.push(`<a href="${escapeHtml(match[2])}">${escapeHtml(match[1])}</a>`)
    last = match.index + match[0].length
  }
  parts.push(escapeHtml(markdown.slice(last)))
  return parts.join('')
}

/**
 * A source link: the DOI when there is one, else the URL.
 *
 * @param {string} id Reference id.
 * @returns {string}
 */
export function Citation(id) {
  const reference = getReference(id)
  const href = reference.doi === undefined ? reference.url : `https://doi.org/${reference.doi}`
  return `<a class="source" href="${escapeHtml(href)}" title="${escapeHtml(reference.title)}">${escapeHtml(reference.publisher ?? reference.journal ?? id)}</a>`
}

/**
 * One claim with its evidence grade and sources.
 *
 * @param {string} id Claim id.
 * @returns {string}
 */
export function Claim(id) {
  const claim = getClaim(id)
  const sources = claim.cites.map(Citation).join(', ')
  return `<blockquote class="claim" data-claim-id="${claim.id}" data-evidence="${claim.evidence}"><p>${escapeHtml(claim.text)}</p><footer>Evidence: ${claim.evidence}. Sources: ${sources}</footer></blockquote>`
}

/**
 * One disclaimer box.
 *
 * @param {import('exosome-content').Disclaimer} disclaimer
 * @returns {string}
 */
export function Disclaimer(disclaimer) {
  return `<aside class="disclaimer disclaimer--${disclaimer.kind}" data-disclaimer-id="${disclaimer.id}"><strong>${escapeHtml(disclaimer.title)}</strong> ${inlineMarkdown(disclaimer.text)}</aside>`
}

/**
 * The evidence summary, from its rows: one per area of research, generated from the claims.
 * The disclaimers those claims require are in the section's `requiredDisclaimers`.
 *
 * @returns {string}
 */
export function EvidenceSummary() {
  const rows = evidenceSummary(exosomeOverview).map(
    (row) =>
      `<tr data-section-id="${row.section}" data-evidence="${row.evidence}"><th scope="row">${escapeHtml(row.area)}</th><td>${row.evidence}</td><td>${escapeHtml(row.status.join('; '))}</td></tr>`,
  )
  return `<table class="evidence-summary"><thead><tr><th scope="col">Area</th><th scope="col">Evidence</th><th scope="col">Status</th></tr></thead><tbody>${rows.join('')}</tbody></table>`
}

/**
 * A section's flow: narrative, claims (defined or reused), placed disclaimers and the
 * evidence summary, in order.
 * The disclaimers the section needs come from `requiredDisclaimers`, passed in by the page.
 *
 * @param {import('exosome-content').Section} section
 * @param {import('exosome-content').Disclaimer[]} required
 * @returns {string}
 */
export function Section(section, required) {
  const shown = new Set()
  const blocks = section.blocks.map((block) => {
    if (block.type === 'claim') return Claim(block.claim)
    if (block.type === 'evidence-summary') return EvidenceSummary()
    if (block.type === 'disclaimer') {
      shown.add(block.disclaimer)
      return Disclaimer(getDisclaimer(block.disclaimer))
    }
    return `<p>${inlineMarkdown(block.text)}</p>`
  })
  // Whatever the section needs and did not place itself goes at its end, once.
  const rest = required.filter((disclaimer) => !shown.has(disclaimer.id)).map(Disclaimer)
  const children = section.sections.map((child) => Section(child, []))
  return `<section data-section-id="${section.id}"><h2>${escapeHtml(section.title)}</h2>${blocks.join('')}${children.join('')}${rest.join('')}</section>`
}
