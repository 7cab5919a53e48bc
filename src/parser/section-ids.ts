import GithubSlugger from 'github-slugger'
import { foldSlug } from '../util/section-slug.js'

/** Gives each heading of one document a unique id. */
export interface SectionIds {
  /** The id for a heading's text. */
  next: (text: string) => string
}

/**
 * Create the id generator of one document: GitHub-style slugs (so links such as `#safety`
 * match what GitHub renders), with `-1`, `-2` for repeated headings. A slug that is not
 * kebab-case (`risks--safety` from "Risks & safety", non-ASCII letters) is folded to
 * kebab-case, since section ids are kebab-case ids.
 *
 * @returns The generator.
 */
export function createSectionIds(): SectionIds {
  const slugger = new GithubSlugger()
  const used = new Set<string>()
  // The next suffix to try for each folded id, so a thousand equal headings stay linear.
  const suffixes = new Map<string, number>()
  return {
    next(text) {
      const id = foldSlug(slugger.slug(text))
      let unique = id
      let count = suffixes.get(id) ?? 1
      while (used.has(unique)) unique = `${id}-${count++}`
      suffixes.set(id, count)
      used.add(unique)
      return unique
    },
  }
}
