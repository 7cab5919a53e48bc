import { slug } from 'github-slugger'

// Kebab-case, as `idSchema` checks ids.
const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/**
 * Fold a GitHub-style slug that is not kebab-case (`risks--safety` from "Risks & safety",
 * non-ASCII letters) to kebab-case, since section ids are kebab-case ids.
 *
 * @param id A slug.
 * @returns The slug itself when it is kebab-case, else its folded form (`section` when nothing is left).
 */
export function foldSlug(id: string): string {
  if (kebab.test(id)) return id
  return (
    id
      .normalize('NFKD')
      .replaceAll(/[^a-z0-9-]/g, '')
      .replaceAll(/-+/g, '-')
      .replaceAll(/^-|-$/g, '') || 'section'
  )
}

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
