import { slug } from 'github-slugger'
import { foldSlug } from './latin-slug.js'

export { foldSlug } from './latin-slug.js'

/**
 * The id the parser gives a heading's text when no earlier heading has the same slug and no
 * heading writes it as `{#id}`: its GitHub-style slug, folded to kebab-case. The markdown
 * renderer writes `{#id}` on each heading whose id differs from it, so the ids read back
 * unchanged.
 *
 * @param text The heading's text (its title).
 * @returns The slug.
 */
export function sectionSlug(text: string): string {
  return foldSlug(slug(text === '' ? 'section' : text))
}
