import fc from 'fast-check'
import type { Nodes } from 'mdast'
import { describe, expect, it } from 'vitest'
import { findFrontmatter, withoutByteOrderMarks } from '../../src/parser/frontmatter-span.js'
import { parseContent } from '../../src/parser/index.js'
import { resolveLimits } from '../../src/parser/limits.js'
import type { ScannedLine } from '../../src/parser/prescan-body.js'
import { createScanContext, isInlineMarkup } from '../../src/parser/prescan-context.js'
import { prescan, scanMarkdown } from '../../src/parser/prescan.js'
import { parseMarkdown } from '../../src/parser/processor.js'
import { frontmatter } from '../hostile/support.js'
import { bodyText, frontmatterCase, lineEnding, proseText } from './boundaries.js'
import { checkInput } from './check.js'

// micromark's own reading: one parse of the whole text, no parts.
const whole = (text: string): ReturnType<typeof parseMarkdown> => parseMarkdown(text, Number.POSITIVE_INFINITY)

// Line number (0-based) of each offset, with CR, LF and CRLF each ending one line.
function lineOf(text: string): (offset: number) => number {
  const starts = [0]
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 10 || (code === 13 && text.charCodeAt(index + 1) !== 10)) starts.push(index + 1)
  }
  return (offset) => {
    let low = 0
    let high = starts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if ((starts[middle] ?? 0) <= offset) low = middle
      else high = middle - 1
    }
    return low
  }
}

function walk(node: Nodes, visit: (node: Nodes) => void): void {
  visit(node)
  if ('children' in node) for (const child of node.children) walk(child as Nodes, visit)
}

// Inline markup of every inline context micromark made, from the tree: paragraphs, headings,
// and directive labels (a leaf's label is its children, a container's a labelled paragraph).
function treeInlineCounts(text: string): number[] {
  const count = (start: number, end: number): number => {
    let markup = 0
    let previous = -1
    for (let index = start; index < end; index++) {
      const code = text.charCodeAt(index)
      if (isInlineMarkup(code, previous)) markup++
      previous = code
    }
    return markup
  }
  const counts: number[] = []
  walk(whole(text), (node) => {
    const start = node.position?.start.offset ?? 0
    const end = node.position?.end.offset ?? 0
    if (node.type === 'paragraph' && (node.data as { directiveLabel?: boolean } | undefined)?.directiveLabel === true) counts.push(count(start + 1, end - 1))
    else if (node.type === 'paragraph' || node.type === 'heading') counts.push(count(start, end))
    else if (node.type === 'leafDirective' && node.children.length > 0) {
      counts.push(count(node.children[0]?.position?.start.offset ?? 0, node.children.at(-1)?.position?.end.offset ?? 0))
    }
  })
  return counts
}

describe('the pre-scan reads the frontmatter as micromark does', () => {
  it('finds it at the same place for generated fences, byte order marks and line endings (1200 inputs)', () => {
    let run = 0
    fc.assert(
      fc.property(frontmatterCase, (source) => {
        const text = withoutByteOrderMarks(source)
        const first = whole(text).children[0]
        const span = findFrontmatter(text)
        expect(span === undefined ? undefined : span.closeEnd).toBe(first?.type === 'yaml' ? first.position?.end.offset : undefined)
        // The parser agrees with itself: the YAML node is where the pre-scan scanned (checked
        // on every fourth input, a whole parse being the slow part).
        if (run++ % 4 !== 0) return
        const { diagnostics } = parseContent(source, { rules: false })
        expect(diagnostics.map((diagnostic) => diagnostic.message).filter((message) => message.includes('found differently'))).toEqual([])
      }),
      { seed: 1212, numRuns: 1200 },
    )
  }, 60_000)

  it('holds whatever micromark reads as YAML to the YAML limits (300 inputs)', () => {
    // Deep brackets as YAML: a limit-yaml-depth exactly when micromark sees a frontmatter.
    const deep = fc.tuple(frontmatterCase, lineEnding).map(([source, eol]) => source.replace(/id: x/, Array.from({ length: 12 }, () => '['.repeat(30)).join(`${eol}#${eol}`)))
    fc.assert(
      fc.property(deep, (source) => {
        const text = withoutByteOrderMarks(source)
        const first = whole(text).children[0]
        const yaml = first?.type === 'yaml' ? first.value : undefined
        const ids = prescan(text).map((diagnostic) => diagnostic.ruleId)
        if (yaml?.includes('['.repeat(30))) expect(ids).toContain('limit-yaml-depth')
        else expect(ids).not.toContain('limit-yaml-depth')
      }),
      { seed: 1213, numRuns: 300 },
    )
  }, 60_000)
})

describe('the pre-scan reads the body as micromark does', () => {
  const small = resolveLimits({ maxInlineMarkup: 12, maxInlineMarkupTotal: Number.POSITIVE_INFINITY, maxDelimiterRun: Number.POSITIVE_INFINITY })

  it('reports limit-inline-markup exactly when a paragraph, heading or label of micromark holds too much (600 inputs)', () => {
    fc.assert(
      fc.property(bodyText, (text) => {
        const context = createScanContext(text, small, undefined)
        scanMarkdown(context, 0, 'content')
        if (context.found.size > (context.found.has('maxInlineMarkup') ? 1 : 0)) return
        expect(context.found.has('maxInlineMarkup'), text).toBe(treeInlineCounts(text).some((count) => count > small.maxInlineMarkup))
      }),
      { seed: 1214, numRuns: 600 },
    )
  }, 60_000)

  it('holds at least as many `:::` directives open on every line as micromark does (500 inputs)', () => {
    fc.assert(
      fc.property(bodyText, (text) => {
        const line = lineOf(text)
        const scanned: ScannedLine[] = []
        scanMarkdown(createScanContext(text, resolveLimits(), undefined), 0, 'content', (seen) => scanned.push(seen))
        const depth = new Map<number, number>()
        walk(whole(text), (node) => {
          if (node.type !== 'containerDirective') return
          // Open from its fence line up to (not including) the line it ends on.
          for (let at = line(node.position?.start.offset ?? 0); at < line(node.position?.end.offset ?? 0); at++) depth.set(at, (depth.get(at) ?? 0) + 1)
        })
        for (const seen of scanned) expect(seen.directives, `line ${line(seen.start) + 1} of ${JSON.stringify(text)}`).toBeGreaterThanOrEqual(depth.get(line(seen.start)) ?? 0)
      }),
      { seed: 1215, numRuns: 500 },
    )
  }, 60_000)

  it('reports limit-nesting whenever micromark nests containers past the limit (500 inputs)', () => {
    const limits = resolveLimits({ maxContainerNesting: 3 })
    fc.assert(
      fc.property(bodyText, (text) => {
        let deepest = 0
        const depths = new Map<Nodes, number>()
        const visit = (node: Nodes, depth: number): void => {
          const own = depth + (node.type === 'blockquote' || node.type === 'listItem' || node.type === 'containerDirective' ? 1 : 0)
          depths.set(node, own)
          deepest = Math.max(deepest, own)
          if ('children' in node) for (const child of node.children) visit(child as Nodes, own)
        }
        visit(whole(text), 0)
        const ids = prescan(text, limits).map((diagnostic) => diagnostic.ruleId)
        if (deepest > limits.maxContainerNesting) expect(ids.some((id) => id === 'limit-nesting' || id === 'limit-lines'), text).toBe(true)
      }),
      { seed: 1216, numRuns: 500 },
    )
  }, 60_000)

  it('parses in parts to the tree of one parse, with fences, containers and HTML open at cut points (300 inputs)', () => {
    fc.assert(
      fc.property(fc.option(fc.constant(frontmatter), { nil: '' }), bodyText, fc.integer({ min: 1, max: 48 }), (head, text, partSize) => {
        const source = head + text
        expect(parseMarkdown(source, partSize)).toEqual(whole(source))
      }),
      { seed: 1217, numRuns: 300 },
    )
  }, 60_000)
})

describe('every document parseContent accepts renders in every format', () => {
  // Disclaimer text is markdown the renderers parse; the body mixes valid claims and narrative.
  const disclaimerText = fc.array(fc.oneof(proseText, fc.constantFrom('- a', '> b', '1. c', '```', '# d', '', '    e', '<b>f</b>', '[g]: https://example.org')), { minLength: 1, maxLength: 6 })
  const claim = proseText.map((text) => `:::claim{#c kind=regulatory evidence=regulatory-fact cite="fda-exosome-notification-2019"}\n${text} exosome\n:::`)
  const narrative = fc.array(proseText, { minLength: 1, maxLength: 4 }).map((lines) => lines.join('\n'))
  const document = fc
    .tuple(disclaimerText, fc.array(fc.oneof(narrative, fc.constant('::disclaimer{ref=not-fda-approved}')), { maxLength: 4 }), fc.option(claim, { nil: undefined }), fc.option(narrative, { nil: undefined }))
    .map(([lines, intro, body, after]) => {
      const yaml = frontmatter.replace('text: No exosome product is approved by the FDA.', `text: |\n${lines.map((line) => `      ${line}`).join('\n')}`)
      return `${yaml}\n# Hostile input\n\n${intro.join('\n\n')}\n\n## Section\n\n${body ?? ''}\n\n${after ?? ''}\n`
    })

  it('renders html, markdown, text and JSON-LD without throwing (150 inputs)', () => {
    let accepted = 0
    fc.assert(
      fc.property(document, (source) => {
        if (parseContent(source).document !== undefined) accepted++
        checkInput(source)
      }),
      { seed: 1218, numRuns: 150 },
    )
    // The generator must mostly make documents that parse, or the property says little.
    expect(accepted).toBeGreaterThan(120)
  }, 60_000)
})
