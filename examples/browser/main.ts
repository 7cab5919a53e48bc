import { exosomeOverview, type Section } from 'exosome-content'
import { jsonLdScript, renderDocument, renderEvidenceSummary, renderSection, toJsonLd, type DisclaimerMode } from 'exosome-content/render'

const picker = document.querySelector<HTMLSelectElement>('#section-picker')
const mode = document.querySelector<HTMLSelectElement>('#disclaimer-mode')
const content = document.querySelector<HTMLElement>('#content')
if (!picker || !mode || !content) throw new Error('The demo page is missing its controls')

function addOptions(sections: readonly Section[], indent: string): void {
  for (const section of sections) {
    picker?.append(new Option(`${indent}${section.title}`, section.id))
    addOptions(section.sections, `${indent}\u2003`)
  }
}

// Not a section id (ids are kebab-case): the evidence summary on its own.
const summaryOnly = '@evidence-summary'

picker.append(new Option('The whole overview', ''))
picker.append(new Option('Evidence at a glance (summary only)', summaryOnly))
addOptions(exosomeOverview.sections, '')

function show(): void {
  if (!picker || !mode || !content) return
  const options = { format: 'html', disclaimers: mode.value as DisclaimerMode } as const
  // The renderer's HTML is sanitized (no raw HTML, scripts or unsafe URLs from content).
  if (picker.value === '') content.innerHTML = renderDocument(exosomeOverview, options)
  else if (picker.value === summaryOnly) content.innerHTML = renderEvidenceSummary(exosomeOverview, options)
  else content.innerHTML = renderSection(exosomeOverview, picker.value, options)
  content.dataset['shown'] = picker.value === '' ? 'document' : picker.value
}

picker.addEventListener('change', show)
mode.addEventListener('change', show)
document.head.insertAdjacentHTML('beforeend', jsonLdScript(toJsonLd(exosomeOverview)))
show()
