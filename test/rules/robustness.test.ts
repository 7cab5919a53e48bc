// The rules never crash: whatever the claim text, suppression comments or frontmatter
// damage, a parse reports diagnostics and no `internal-error`.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { expect, test } from 'vitest'
import { parseContent } from '../../src/parser/index.js'

const fixture = readFileSync(join(import.meta.dirname, 'fixtures/hedge-to-evidence/ok-hedged.md'), 'utf8')
const claimText = 'In animal studies, exosomes repair cartilage. Whether they work in people is not yet known.'
const pieces = ['cure', 'may', 'repair', 'FDA-approved', 'not', '**', '*', '`', '\\', '&amp;', '[x](https://e.org)', '> ', '- ', '\n', '\n\n', '. ', ':::', '<!-- exosome-content-ignore overclaim-wording: r -->', '<!-- exosome-content-ignore -->', 'ü', '😀', 'e.g.']

test('random claim text never makes a rule throw', () => {
  fc.assert(
    fc.property(fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 6 })), { maxLength: 30 }), (parts) => {
      const source = fixture.replace(claimText, parts.join(''))
      const { diagnostics } = parseContent(source, { path: 'fuzz.md' })
      expect(diagnostics.filter((diagnostic) => diagnostic.ruleId === 'internal-error')).toEqual([])
      for (const diagnostic of diagnostics) {
        expect(diagnostic.place.start.line).toBeGreaterThanOrEqual(1)
        expect(diagnostic.place.start.column).toBeGreaterThanOrEqual(1)
      }
    }),
    { numRuns: 60, seed: 20261128 },
  )
})

test('damaging any frontmatter line never makes a rule throw', () => {
  const lines = fixture.split('\n')
  const end = lines.indexOf('---', 1)
  for (let index = 1; index < end; index++) {
    for (const damage of ['', `${lines[index] ?? ''}]x`]) {
      const copy = [...lines]
      copy[index] = damage
      const { diagnostics } = parseContent(copy.join('\n'))
      expect(diagnostics.filter((diagnostic) => diagnostic.ruleId === 'internal-error'), `line ${index + 1}: ${damage}`).toEqual([])
    }
  }
})
