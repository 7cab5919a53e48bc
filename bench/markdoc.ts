/**
 * The peer baseline: the same content written as Markdoc tags, parsed, validated,
 * transformed and rendered to HTML by `@markdoc/markdoc`.
 */
import Markdoc from '@markdoc/markdoc'
import type { Config, Node, RenderableTreeNode, Schema } from '@markdoc/markdoc'

const claimKinds = ['definition', 'mechanism', 'therapeutic-potential', 'regulatory', 'safety', 'context']
const evidenceGrades = ['established', 'clinical', 'early-clinical', 'preclinical', 'regulatory-fact']

const claim: Schema = {
  render: 'div',
  attributes: {
    id: { type: String },
    kind: { type: String, matches: claimKinds },
    evidence: { type: String, matches: evidenceGrades },
    cite: { type: String },
    ref: { type: String },
  },
  transform(node: Node, config: Config): RenderableTreeNode {
    const attributes = node.transformAttributes(config) as Record<string, string | undefined>
    const html: Record<string, string> = { class: 'claim' }
    const id = attributes.id ?? attributes.ref
    if (id !== undefined) html['data-claim-id'] = id
    if (attributes.evidence !== undefined) html['data-evidence'] = attributes.evidence
    if (attributes.cite !== undefined) html['data-cites'] = attributes.cite
    return new Markdoc.Tag(
      'div',
      html,
      node.transformChildren(config),
    )
  },
}

const disclaimer: Schema = {
  render: 'aside',
  selfClosing: true,
  attributes: { ref: { type: String, required: true } },
  transform(node: Node, config: Config): RenderableTreeNode {
    const { ref } = node.transformAttributes(config) as { ref: string }
    return new Markdoc.Tag('aside', { class: 'disclaimer', 'data-disclaimer-id': ref }, [])
  },
}

/** Markdoc config declaring our two directives as tags. */
export const markdocConfig: Config = { tags: { claim, disclaimer } }

/** Turn remark-directive attribute syntax (`#id key=value key="a b" flag`) into Markdoc's. */
function convertAttributes(attributes: string): string {
  const out: string[] = []
  for (const match of attributes.matchAll(/#([^\s"'#.=]+)|\.([^\s"'#.=]+)|([^\s"'#.=]+)(?:=(?:"([^"]*)"|'([^']*)'|([^\s"']+)))?/g)) {
    const [, id, className, key, double, single, bare] = match
    if (id !== undefined) out.push(`id=${JSON.stringify(id)}`)
    else if (className !== undefined) out.push(`class=${JSON.stringify(className)}`)
    else if (key !== undefined) {
      const value = double ?? single ?? bare
      out.push(value === undefined ? `${key}=true` : `${key}=${JSON.stringify(value)}`)
    }
  }
  return out.join(' ')
}

/**
 * Rewrite our directives as Markdoc tags: `:::claim{#id ...}` ... `:::` becomes
 * `{% claim id="id" ... %}` ... `{% /claim %}`, and `::name{...}` becomes `{% name ... /%}`.
 * Frontmatter and all other markdown are kept as they are.
 *
 * @param source Content in the exosome-content format.
 * @returns The same content in Markdoc syntax.
 */
export function toMarkdoc(source: string): string {
  const open: string[] = []
  let fence: string | undefined
  return source
    .split('\n')
    .map((line) => {
      const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1]
      if (marker !== undefined) {
        if (fence === undefined) fence = marker
        else if (marker[0] === fence[0] && line.trim() === marker) fence = undefined
        return line
      }
      if (fence !== undefined) return line
      const container = /^:{3,}([A-Za-z][\w-]*)(?:\[[^\]]*\])?(?:\{([^}]*)\})?\s*$/.exec(line)
      if (container) {
        const name = container[1] ?? ''
        open.push(name)
        return `{% ${name} ${convertAttributes(container[2] ?? '')} %}`
      }
      if (/^:{3,}\s*$/.test(line) && open.length > 0) return `{% /${open.pop() ?? ''} %}`
      const leaf = /^::([A-Za-z][\w-]*)(?:\[[^\]]*\])?(?:\{([^}]*)\})?\s*$/.exec(line)
      if (leaf) return `{% ${leaf[1] ?? ''} ${convertAttributes(leaf[2] ?? '')} /%}`
      return line
    })
    .join('\n')
}

/**
 * Markdoc's full pipeline: parse, validate, transform, render HTML.
 *
 * @param markdoc Content in Markdoc syntax.
 * @returns The HTML and the number of validation errors (expected 0).
 */
export function markdocRender(markdoc: string): { html: string; errors: number } {
  const ast = Markdoc.parse(markdoc)
  const errors = Markdoc.validate(ast, markdocConfig).filter((error) => error.error.level === 'error' || error.error.level === 'critical')
  const html = Markdoc.renderers.html(Markdoc.transform(ast, markdocConfig))
  return { html, errors: errors.length }
}

/**
 * Markdoc's parse step alone.
 *
 * @param markdoc Content in Markdoc syntax.
 * @returns The Markdoc AST.
 */
export function markdocParse(markdoc: string): Node {
  return Markdoc.parse(markdoc)
}
