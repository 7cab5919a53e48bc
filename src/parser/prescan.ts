import type { Diagnostic } from '../schema/diagnostic.js'
import { resolveLimits, type ParseLimits } from './limits.js'
import { scanBody } from './prescan-body.js'
import { createScanContext, lineEndAt, nextLineStart } from './prescan-context.js'
import { scanYaml } from './prescan-yaml.js'

const fence = /^---[ \t]*$/

/**
 * Check a content file against the input limits in one linear pass, before any markdown or
 * YAML parser runs. Input that would send micromark or yaml into super-linear time, or abort
 * the process, is reported here so it is never handed to them.
 *
 * @param source The file's text (without a byte order mark), as `parseContent` parses it.
 * @param limits Limits to override; the rest keep their defaults.
 * @param file Path stamped on the diagnostics, when known.
 * @returns One `limit-*` error per exceeded limit, at the first place it is exceeded; empty
 *   when the text is within every limit.
 * @throws {TypeError} When a limit is not a positive integer or `Infinity`.
 */
export function prescan(source: string, limits?: Partial<ParseLimits> | undefined, file?: string | undefined): Diagnostic[] {
  const context = createScanContext(source, resolveLimits(limits), file)
  let bodyStart = 0
  const firstEnd = lineEndAt(source, 0)
  if (firstEnd <= 16 && fence.test(source.slice(0, firstEnd)) && firstEnd < source.length) {
    const yamlStart = nextLineStart(source, firstEnd)
    let lineStart = yamlStart
    while (lineStart < source.length) {
      const lineEnd = lineEndAt(source, lineStart)
      // Lines longer than a fence need not be sliced to be rejected as one.
      if (lineEnd - lineStart <= 16 && fence.test(source.slice(lineStart, lineEnd))) {
        scanYaml(context, yamlStart, lineStart)
        bodyStart = nextLineStart(source, lineEnd)
        break
      }
      lineStart = nextLineStart(source, lineEnd)
    }
  }
  // Without a closing fence the frontmatter is markdown to micromark: it is scanned as body.
  scanBody(context, bodyStart)
  return [...context.found.values()]
}
