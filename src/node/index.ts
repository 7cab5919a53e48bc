export { parseContentIsolated } from './isolated.js'
export type { IsolatedParseOptions } from './isolated.js'
export type { ParseLimits, ParseOptions, ParseResult } from '../parser/index.js'
