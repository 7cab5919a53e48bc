import { readFileSync, readdirSync } from 'node:fs'
import fc from 'fast-check'
import { describe, it } from 'vitest'
import { mutate, mutation } from './arbitraries.js'
import { checkInput } from './check.js'
import { fuzzRuns } from '../helpers/fuzz-runs.js'

const fixtures = readdirSync('test/fixtures', { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && readdirSync(`test/fixtures/${entry.name}`).includes('output.json'))
  .map((entry) => entry.name)
  .map((name) => readFileSync(`test/fixtures/${name}/input.md`, 'utf8'))
const overview = readFileSync('content/exosome-therapy.md', 'utf8')

describe('mutated valid files through parseContent and every renderer', () => {
  it(`handles mutations of the ${fixtures.length} valid parser fixtures (${fuzzRuns(1100)} inputs)`, () => {
    const input = fc.tuple(fc.constantFrom(...fixtures), fc.array(mutation, { minLength: 1, maxLength: 6 })).map(([source, changes]) => mutate(source, changes))
    fc.assert(fc.property(input, checkInput), { seed: 31_337, numRuns: fuzzRuns(1100) })
  }, 300_000)

  it('handles mutations of the built-in overview (100 inputs)', () => {
    const input = fc.array(mutation, { minLength: 1, maxLength: 4 }).map((changes) => mutate(overview, changes))
    fc.assert(fc.property(input, checkInput), { seed: 2026, numRuns: 100 })
  }, 300_000)
})
