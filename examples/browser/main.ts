import { exosomeOverview, type Section } from 'exosome-content'
import { jsonLdScript, renderDocument, renderSection, toJsonLd, type DisclaimerMode } from 'exosome-content/render'

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

picker.append(new Option('The whole overview', ''))
addOptions(exosomeOverview.sections, '')

function show(): void {
  if (!picker || !mode || !content) return
  const options = { format: 'html', disclaimers: mode.value as DisclaimerMode } as const
  // The renderer's HTML is sanitized (no raw HTML, scripts or unsafe URLs from content).
  content.innerHTML = picker.value === '' ? renderDocument(exosomeOverview, options) : renderSection(exosomeOverview, picker.value, options)
  content.dataset['shown'] = picker.value === '' ? 'document' : picker.value
}

picker.addEventListener('change', show)
mode.addEventListener('change', show)
document.head.insertAdjacentHTML('beforeend', jsonLdScript(toJsonLd(exosomeOverview)))
show()
