import { getClaim, type EmbeddedDocument } from 'exosome-content'
import { renderDocument } from 'exosome-content/render'
// Each import is the page's document, checked when the app was built.
import exosomes from '../content/exosomes.md?exosome'
import regulation from '../content/regulation.md?exosome'

const pages: EmbeddedDocument[] = [exosomes, regulation]
const nav = document.querySelector<HTMLElement>('#pages')
const main = document.querySelector<HTMLElement>('#page')

function show(page: EmbeddedDocument): void {
  if (main === null) return
  // The HTML renderer writes every claim with the disclaimers it requires, sanitized.
  main.innerHTML = renderDocument(page, { format: 'html' })
  document.title = page.title
}

for (const page of pages) {
  const button = document.createElement('button')
  button.type = 'button'
  button.textContent = page.title
  button.addEventListener('click', () => show(page))
  nav?.append(button)
}

// Lookups work on the imported pages as on the built-in overview.
console.info(getClaim('no-approved-exosome-products', regulation)?.text)
show(exosomes)
