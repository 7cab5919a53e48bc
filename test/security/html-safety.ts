import type { Element, Root } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { visit } from 'unist-util-visit'

/** Elements that run script, load documents or restyle the page; none may be output. */
export const forbiddenElements = new Set([
  'script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'style', 'link', 'meta', 'base',
  'form', 'input', 'button', 'textarea', 'select', 'svg', 'math', 'template', 'noscript', 'portal', 'bgsound', 'video', 'audio', 'source',
])

/** Properties (hast names) whose value is a URL. */
const urlProperties = ['href', 'src', 'srcSet', 'action', 'formAction', 'xLinkHref', 'poster', 'background', 'dynsrc', 'lowsrc', 'cite', 'data', 'codeBase']

/**
 * Whether a URL would run script or embed a document (after the normalisation browsers apply:
 * control characters and whitespace removed, case folded).
 *
 * @param url An attribute value, entities already decoded.
 * @returns True for `javascript:`, `vbscript:` and `data:` URLs.
 */
export function dangerousUrl(url: string): boolean {
  // eslint-disable-next-line no-control-regex
  const normalised = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase()
  return /^(?:javascript|vbscript|data):/.test(normalised)
}

/**
 * Static checks on rendered HTML, parsed the way a browser parses it.
 *
 * @param html The renderer's output.
 * @param idPrefix The id prefix the render used.
 * @returns Problems found: forbidden elements, event handlers, dangerous URLs, inline styles, foreign ids.
 */
export function unsafeParts(html: string, idPrefix: string): string[] {
  const tree: Root = fromHtml(html, { fragment: true })
  const problems: string[] = []
  visit(tree, 'element', (node: Element) => {
    if (forbiddenElements.has(node.tagName)) problems.push(`<${node.tagName}> element`)
    for (const [name, value] of Object.entries(node.properties)) {
      if (/^on/i.test(name)) problems.push(`${name} handler on <${node.tagName}>`)
      if (name === 'style') problems.push(`style attribute on <${node.tagName}>`)
      if (name === 'srcDoc') problems.push(`srcdoc on <${node.tagName}>`)
      if (urlProperties.includes(name)) {
        for (const url of Array.isArray(value) ? value : [value]) if (dangerousUrl(String(url))) problems.push(`${name}="${String(url)}" on <${node.tagName}>`)
      }
      if (name === 'id' && typeof value === 'string' && !value.startsWith(idPrefix)) problems.push(`foreign id "${value}"`)
      if (name === 'name') problems.push(`name attribute on <${node.tagName}> (DOM clobbering)`)
    }
  })
  return problems
}
