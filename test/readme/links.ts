/**
 * Relative links of a markdown file that lead nowhere: missing files, and `#anchors` that no
 * heading (GitHub-style slug) or `<a id>` of the target file defines.
 */
import { existsSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import GithubSlugger from 'github-slugger'

/**
 * Anchors a markdown file defines, as GitHub renders them.
 *
 * @param markdown The file's text.
 * @returns Heading slugs and explicit `id`s.
 */
export function anchorsOf(markdown: string): Set<string> {
  const slugger = new GithubSlugger()
  const anchors = new Set<string>()
  let fence: string | undefined
  for (const line of markdown.split('\n')) {
    const marker = /^(`{3,}|~{3,})/.exec(line)?.[1]
    if (marker !== undefined && (fence === undefined || line.startsWith(fence))) {
      fence = fence === undefined ? marker : undefined
      continue
    }
    if (fence !== undefined) continue
    const heading = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line)?.[1]
    if (heading !== undefined) anchors.add(slugger.slug(heading.replace(/`/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')))
    for (const [, id] of line.matchAll(/<a id="([^"]+)"/g)) anchors.add(id ?? '')
  }
  return anchors
}

/**
 * Broken relative links of a markdown file.
 *
 * @param file Absolute path of the markdown file.
 * @returns One line per broken link, e.g. `docs/cli.md#nope (no such anchor)`.
 */
export function brokenLinks(file: string): string[] {
  const text = readFileSync(file, 'utf8')
  const broken: string[] = []
  for (const [, target = ''] of text.matchAll(/\]\(((?!https?:|mailto:)[^)\s]+)\)/g)) {
    const [pathPart = '', anchor] = target.split('#')
    const resolved = pathPart === '' ? file : path.resolve(path.dirname(file), pathPart)
    if (!existsSync(resolved)) {
      broken.push(`${target} (no such file)`)
      continue
    }
    if (anchor === undefined || statSync(resolved).isDirectory() || !resolved.endsWith('.md')) continue
    if (!anchorsOf(readFileSync(resolved, 'utf8')).has(anchor)) broken.push(`${target} (no such anchor)`)
  }
  return broken
}
