// CommonJS: require() the built-in overview, the renderer and the parser.
// Usage: node index.cjs [page.md]
const { readFileSync } = require('node:fs')
const { exosomeOverview, getClaim } = require('exosome-content')
const { formatDiagnostic, parseContent } = require('exosome-content/parser')
const { renderClaim } = require('exosome-content/render')

// A claim of the built-in overview, as text with its citations and disclaimers.
console.log(renderClaim(exosomeOverview, 'no-approved-products', { format: 'text' }))
console.log(`Evidence: ${getClaim('no-approved-products').evidence}`)

// Your own page, parsed and checked.
const file = process.argv[2] ?? 'page.md'
const { document, diagnostics } = parseContent(readFileSync(file, 'utf8'), { path: file })
for (const diagnostic of diagnostics) console.log(`${file}:${formatDiagnostic(diagnostic)}`)
if (document === undefined) {
  process.exitCode = 1
} else {
  console.log(`${file}: ${Object.keys(document.claims).length} claims, ${document.sections.length} sections, no errors`)
}
