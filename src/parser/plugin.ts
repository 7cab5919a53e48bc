import type { Root } from 'mdast'
import remarkDirective from 'remark-directive'
import remarkFrontmatter from 'remark-frontmatter'
import type { Processor, Transformer } from 'unified'
import type { VFile } from 'vfile'
import { VFileMessage } from 'vfile-message'
import type { ExosomeDocument } from '../schema/document.js'
import { analyzeTree, guardParse } from './analyze.js'
import { resolveLimits } from './limits.js'
import { normaliseOptions } from './parse.js'
import type { ParseOptions } from './types.js'

declare module 'vfile' {
  interface DataMap {
    /** The document built by `remarkExosomeContent`, when the file had no error. */
    exosomeDocument: ExosomeDocument | undefined
  }
}

/** Value of `source` on every message the plugin reports. */
const messageSource = 'exosome-content'

/**
 * unified plugin: read the tree as an exosome-content file, put the document on
 * `file.data.exosomeDocument` and report every diagnostic through `file.message` (errors are
 * `fatal: true`, warnings `fatal: false`), so it runs in a remark pipeline or `remark-cli`.
 * It adds the frontmatter and directive syntax itself when they are not already in use.
 *
 * @param options File path override, policy, whether to run the consistency rules, the
 *   frontmatter extension (`frontmatter: { extend }`; its output is `document.data`).
 * @returns The transformer.
 * @throws {TypeError} For invalid options or policy.
 * @example
 * ```ts
 * const file = await unified().use(remarkParse).use(remarkExosomeContent).process(text)
 * console.log(file.data.exosomeDocument?.title, file.messages)
 * ```
 */
export function remarkExosomeContent(this: Processor, options?: ParseOptions | undefined): Transformer<Root, Root> {
  const settings = normaliseOptions(options)
  const limits = resolveLimits(options?.limits)
  const used = new Set<unknown>(this.attachers.map((attacher) => attacher[0]))
  if (!used.has(remarkFrontmatter)) remarkFrontmatter.call(this as never, ['yaml'])
  if (!used.has(remarkDirective)) remarkDirective.call(this as never)

  return (tree: Root, file: VFile): undefined => {
    const raw = String(file)
    const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw
    const path = settings.path ?? (file.path === '' ? undefined : file.path)
    const result = guardParse(path, () => analyzeTree(tree, text, { file: path, policy: settings.policy, rules: settings.rules, now: settings.now, cloneNodes: true, limits, extension: settings.extension }))
    file.data.exosomeDocument = result.document
    for (const diagnostic of result.diagnostics) {
      const message = file.message(diagnostic.message, {
        place: diagnostic.place,
        ruleId: diagnostic.ruleId,
        source: messageSource,
        ...(diagnostic.related === undefined
          ? {}
          : { cause: new VFileMessage(diagnostic.related.message, { place: diagnostic.related.place, ruleId: diagnostic.ruleId, source: messageSource }) }),
      })
      message.fatal = diagnostic.severity === 'error' ? true : diagnostic.severity === 'warning' ? false : undefined
      if (diagnostic.url !== undefined) message.url = diagnostic.url
    }
    return undefined
  }
}
