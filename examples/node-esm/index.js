// Print one section of the built-in overview as plain text, with its citations and every
// disclaimer it needs. Usage: node index.js [section-id]
import { exosomeOverview, getSection } from 'exosome-content'
import { renderSection } from 'exosome-content/render'

const sectionId = process.argv[2] ?? 'what-researchers-are-studying'

if (getSection(sectionId) === undefined) {
  const known = exosomeOverview.sections.map((section) => section.id).join(', ')
  console.error(`Unknown section "${sectionId}". Sections: ${known}`)
  process.exit(2)
}

console.log(renderSection(exosomeOverview, sectionId, { format: 'text' }))
