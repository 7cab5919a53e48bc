import { exosomeOverview, exosomeOverviewEs, type EmbeddedSection } from 'exosome-content'
import { jsonLdScript, renderDocument, renderEvidenceSummary, renderSection, toJsonLd, type DisclaimerMode } from 'exosome-content/render'

const language = document.querySelector<HTMLSelectElement>('#language')
const picker = document.querySelector<HTMLSelectElement>('#section-picker')
const mode = document.querySelector<HTMLSelectElement>('#disclaimer-mode')
const content = document.querySelector<HTMLElement>('#content')
if (!language || !picker || !mode || !content) throw new Error('The demo page is missing its controls')

/**
 * The overview in each language. Both share their section ids, so the section shown stays
 * the same when the reader switches language. The renderers take their own words (evidence
 * labels, headings, dates) from the document's `locale`; only the page's controls are
 * labelled here.
 */
const languages = {
  en: {
    document: exosomeOverview,
    controls: { language: 'Language', show: 'Show', disclaimers: 'Disclaimers', whole: 'The whole overview', summary: 'Evidence at a glance (summary only)', inline: 'Beside the content', end: 'At the end' },
  },
  es: {
    document: exosomeOverviewEs,
    controls: { language: 'Idioma', show: 'Mostrar', disclaimers: 'Avisos', whole: 'Toda la guía', summary: 'La evidencia de un vistazo (solo el resumen)', inline: 'Junto al contenido', end: 'Al final' },
  },
} as const

type Language = keyof typeof languages

// Not a section id (ids are kebab-case): the evidence summary on its own.
const summaryOnly = '@evidence-summary'

function current(): (typeof languages)[Language] {
  return languages[language?.value === 'es' ? 'es' : 'en']
}

function addOptions(sections: readonly EmbeddedSection[], indent: string): void {
  for (const section of sections) {
    picker?.append(new Option(`${indent}${section.title}`, section.id))
    addOptions(section.sections, `${indent}\u2003`)
  }
}

function setText(selector: string, text: string): void {
  const element = document.querySelector(selector)
  if (element) element.textContent = text
}

/** Label the controls and list the sections in the chosen language, keeping the choice made. */
function relabel(): void {
  if (!picker || !mode) return
  const { document: doc, controls } = current()
  const chosen = picker.value
  setText('label[for="language"]', controls.language)
  setText('label[for="section-picker"]', controls.show)
  setText('label[for="disclaimer-mode"]', controls.disclaimers)
  setText('#disclaimer-mode option[value="inline"]', controls.inline)
  setText('#disclaimer-mode option[value="end"]', controls.end)
  picker.replaceChildren(new Option(controls.whole, ''), new Option(controls.summary, summaryOnly))
  addOptions(doc.sections, '')
  picker.value = chosen
  document.documentElement.lang = doc.locale
  // One JSON-LD block, for the page in the language shown (`inLanguage` follows the locale).
  document.querySelector('script[type="application/ld+json"]')?.remove()
  document.head.insertAdjacentHTML('beforeend', jsonLdScript(toJsonLd(doc)))
}

function show(): void {
  if (!picker || !mode || !content) return
  const doc = current().document
  const options = { format: 'html', disclaimers: mode.value as DisclaimerMode } as const
  // The renderer's HTML is sanitized (no raw HTML, scripts or unsafe URLs from content).
  if (picker.value === '') content.innerHTML = renderDocument(doc, options)
  else if (picker.value === summaryOnly) content.innerHTML = renderEvidenceSummary(doc, options)
  else content.innerHTML = renderSection(doc, picker.value, options)
  content.lang = doc.locale
  content.dataset['shown'] = picker.value === '' ? 'document' : picker.value
}

language.addEventListener('change', () => {
  relabel()
  show()
})
picker.addEventListener('change', show)
mode.addEventListener('change', show)
relabel()
show()
