// Render every section of the built-in overview with the app's own components, each with the
// disclaimers requiredDisclaimers() says it needs. Writes index.html and prints it.
import { writeFileSync } from 'node:fs'
import { exosomeOverview } from 'exosome-content'
import { requiredDisclaimers } from 'exosome-content/render'
import { escapeHtml, Section } from './components.js'

const sections = exosomeOverview.sections.map((section) =>
  // Each section can be shown on its own (a card, a tab, a chatbot answer), so each one gets
  // everything it needs, including the document-level disclaimers.
  Section(section, requiredDisclaimers(exosomeOverview, { sections: [section.id] })),
)

const html = `<!doctype html>
<html lang="${exosomeOverview.locale}">
<meta charset="utf-8">
<title>${escapeHtml(exosomeOverview.title)}</title>
<main>
<h1>${escapeHtml(exosomeOverview.title)}</h1>
${sections.join('\n')}
</main>
</html>
`

writeFileSync('index.html', html)
console.log(html)
