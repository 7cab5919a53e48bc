export { compareDiagnostics, formatDiagnostic } from '../diagnostics.js'
export { parseContent } from './parse.js'
export { remarkExosomeContent } from './plugin.js'
export { defaultLimits } from './limits.js'
export {
  checkConsistency,
  disclaimerPin,
  policySchema,
  recommendedPolicy,
  resolvePolicy,
  rules,
} from '../rules/index.js'
export type { Diagnostic } from '../schema/diagnostic.js'
export type { ExosomeDocument } from '../schema/document.js'
export type { ExtensionData, FrontmatterConfig, FrontmatterExtension, ParseOptions, ParseResult } from './types.js'
export type { ParseLimits } from './limits.js'
export type {
  CheckedDocument,
  ConsistencyOptions,
  PolicyInput,
  ResolvedPolicy,
  Rule,
  RuleContext,
  RuleId,
  RuleLevel,
} from '../rules/index.js'
