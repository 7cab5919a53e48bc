import { extensionAt, loadReferencedConfig, type ConfigReference, type LoadedConfig } from '../node/config.js'
import { parseContent } from '../parser/parse.js'
import type { FrontmatterExtension } from '../parser/types.js'
import { summarizeDocument } from '../rules/document-summary.js'
import { resolvePolicy } from '../rules/policy.js'
import { indexDocument } from './document-index.js'
import type { AnalysisRequest, AnalysisResponse, DocumentIndex, PageExtension } from './types.js'

// The config files the worker loaded, by path and text: a workspace holds a few configs, and
// an edited one is a new entry (the oldest go first).
const configs = new Map<string, Promise<LoadedConfig>>()
const maxConfigs = 8

function configOf(reference: ConfigReference): Promise<LoadedConfig> {
  const key = `${reference.path}\0${reference.contentHash}`
  let loading = configs.get(key)
  if (loading === undefined) {
    loading = loadReferencedConfig(reference)
    // A failure is not kept: the next analysis tries again.
    loading.catch(() => configs.delete(key))
    configs.set(key, loading)
    for (const old of configs.keys()) {
      if (configs.size <= maxConfigs) break
      configs.delete(old)
    }
  }
  return loading
}

async function extensionOf(page: PageExtension): Promise<FrontmatterExtension> {
  const extend = extensionAt(await configOf(page.config), page.index)
  if (extend === undefined) throw new Error(`Unexpected frontmatter extension ${page.index}, expected one of the config file ${page.config.path}`)
  return extend
}

/**
 * Analyse one text for the editor, in the worker: `parseContent` with the page's policy, its
 * frontmatter extension (loaded from its config file, once per version of the file) and the
 * editor's limits (the very diagnostics `check` reports), the cross-document summary, and
 * the index of ids. Text refused by an input limit is not indexed: it never reaches
 * micromark or yaml.
 *
 * @param request The text, its path, the policy, extension and limits, whether to index.
 * @returns Diagnostics, summary and index (a promise of them when the page has an extension).
 * @throws {TypeError} For invalid options or policy (a programmer error).
 */
export function analyzeText(request: AnalysisRequest): AnalysisResponse | Promise<AnalysisResponse> {
  if (request.extension === undefined) return analyzeWith(request, undefined)
  return extensionOf(request.extension).then((extend) => analyzeWith(request, extend))
}

function analyzeWith(request: AnalysisRequest, extend: FrontmatterExtension | undefined): AnalysisResponse {
  const { document, diagnostics } = parseContent(request.source, { path: request.path, policy: request.policy, limits: request.limits, frontmatter: { extend }, now: request.now === '' ? undefined : request.now })
  const refused = diagnostics.some((diagnostic) => diagnostic.ruleId.startsWith('limit-') || diagnostic.ruleId === 'parse-failed')
  let index: DocumentIndex | undefined
  if (request.index && !refused) {
    try {
      index = indexDocument(request.source, resolvePolicy(request.policy))
    } catch {
      // The diagnostics stand on their own; editor features wait for a text they can read.
      index = undefined
    }
  }
  return { diagnostics, summary: document === undefined ? undefined : summarizeDocument(document), index }
}
