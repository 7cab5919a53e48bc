import fc from 'fast-check'
import { describe, it } from 'vitest'
import { frontmatter } from '../hostile/support.js'
import { attributes, body, inline, yaml } from './arbitraries.js'
import { checkInput } from './check.js'
import { fuzzRuns } from '../helpers/fuzz-runs.js'

describe('generated frontmatter and directives through parseContent and every renderer', () => {
  it(`handles random YAML frontmatter (${fuzzRuns(1000)} inputs)`, () => {
    fc.assert(fc.property(yaml, body, (frontmatterText, text) => checkInput(`---\n${frontmatterText}\n---\n${text}`)), { seed: 7, numRuns: fuzzRuns(1000) })
  }, 300_000)

  it(`handles random directive attributes on claims and leaves (${fuzzRuns(750)} inputs)`, () => {
    const directive = fc.tuple(attributes, attributes, inline).map(
      ([first, second, text]) => `${frontmatter}\n## Claims\n\n:::claim${first}\n${text}\n:::\n\n::disclaimer${second}\n\n::claim${second}\n`,
    )
    fc.assert(fc.property(directive, checkInput), { seed: 99, numRuns: fuzzRuns(750) })
  }, 300_000)
})
