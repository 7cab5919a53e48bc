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

// What github-slugger's `slug` removes among U+0000 to U+024F (Basic Latin to Latin
// Extended-B): the part of its table (generated from Unicode 13) for these code points,
// checked against it code point by code point in the tests.
const removedLatin = /[\0-\x1F!-,./:-@[-^`{-\xA9\xAB-\xB4\xB6-\xB9\xBB-\xBF\xD7\xF7]/g
const latin = /^[\0-\u024F]*$/

/**
 * The id the parser gives a heading's text (as `sectionSlug`) when the text, lower-cased, is
 * all in Basic Latin to Latin Extended-B, without github-slugger's table of every script:
 * what a renderer needs to decide whether a heading must write its id.
 *
 * @param text The heading's text (its title).
 * @returns The slug, or `undefined` for text with a character past U+024F.
 */
export function latinSectionSlug(text: string): string | undefined {
  const value = (text === '' ? 'section' : text).toLowerCase()
  return latin.test(value) ? foldSlug(value.replace(removedLatin, '').replaceAll(' ', '-')) : undefined
}
