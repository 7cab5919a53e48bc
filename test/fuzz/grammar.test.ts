import fc from 'fast-check'
import { describe, it } from 'vitest'
import { frontmatter } from '../hostile/support.js'
import { body, inline } from './arbitraries.js'
import { checkInput } from './check.js'
import { fuzzRuns } from '../helpers/fuzz-runs.js'

// Fixed seeds: a failure reproduces exactly; fast-check prints the shrunk counterexample.
describe('generated markdown through parseContent and every renderer', () => {
  it(`handles bodies built from the grammar (${fuzzRuns(1500)} inputs)`, () => {
    fc.assert(fc.property(body, (text) => checkInput(`${frontmatter}\n${text}`)), { seed: 20_261_128, numRuns: fuzzRuns(1500) })
  }, 300_000)

  it(`handles pages with a title and sections (${fuzzRuns(600)} inputs)`, () => {
    const page = fc.tuple(inline, fc.array(fc.tuple(inline, body), { maxLength: 3 })).map(
      ([title, sections]) => `${frontmatter}\n# ${title}\n\n${sections.map(([heading, text]) => `## ${heading}\n\n${text}`).join('\n')}`,
    )
    fc.assert(fc.property(page, checkInput), { seed: 4242, numRuns: fuzzRuns(600) })
  }, 300_000)
})
