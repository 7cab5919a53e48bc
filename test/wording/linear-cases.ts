// The inputs of repeated matches that every wording rule must read in linear time, shared by
// `linear.test.ts` (scaling and budgets) and `bench/linear.ts` (absolute times).
import { defaultLimits } from '../../src/parser/index.js'
import { frontmatter } from './helpers.js'

/** The input limits raised 64x, as their diagnostics advise for trusted input. */
export const linearLimits = Object.fromEntries(Object.entries(defaultLimits).map(([name, value]) => [name, value * 64]))

/** Each full-size input's budget on the quiet 2-core machine, in ms. */
export const linearBudgetMs = 1000

export interface LinearCase {
  name: string
  /** The document at `scale` times the full size. */
  source: (scale: number) => string
}

const size = 250_000
const repeat = (piece: string, scale: number): string => piece.repeat(Math.ceil((size * scale) / piece.length))
const times = (piece: string, count: number, scale: number): string => piece.repeat(Math.ceil(count * scale))
const claim = (open: string, text: string): string => `${frontmatter()}${open}\n${text}\n:::\n`
const narrative = (text: string): string => `${frontmatter()}${text}\n`
const regulatory = ':::claim{#r kind=regulatory evidence=regulatory-fact cite="reg"}'
const preclinical = ':::claim{#t kind=therapeutic-potential evidence=preclinical cite="rev"}'

// The two cases of the old rules' rescans, at the sizes that took seconds to minutes, then
// 250 KB of repeated matches of every kind.
export const linearCases: LinearCase[] = [
  { name: 'a regulatory claim of `not FDA-approved ` x 10,000', source: (scale) => claim(regulatory, times('not FDA-approved ', 10_000, scale)) },
  { name: 'a preclinical claim of `may treat ` x 3,000', source: (scale) => claim(preclinical, times('may treat ', 3_000, scale)) },
  { name: 'a regulatory claim of `not FDA-approved ` over 250 KB', source: (scale) => claim(regulatory, repeat('not FDA-approved ', scale)) },
  { name: 'a preclinical claim of `may treat ` over 250 KB', source: (scale) => claim(preclinical, repeat('may treat ', scale)) },
  { name: 'narrative of one long sentence of benefits and frames', source: (scale) => narrative(repeat('clinics claim exosomes cure, repair and restore skin with no side effects in up to 300% of cases, ', scale)) },
  { name: 'narrative of many short sentences', source: (scale) => narrative(repeat('Exosomes repair cartilage. It is not known. Thousands of patients saw results. ', scale)) },
  { name: 'a quotation never closed', source: (scale) => narrative(repeat('"miracle cure ', scale)) },
]
