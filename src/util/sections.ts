import type { Section } from '../schema/section.js'

/**
 * Every section of a tree, parents before their children, in document order.
 *
 * @param sections Top-level sections.
 * @returns The flattened list.
 */
export function allSections(sections: readonly Section[]): Section[] {
  const all: Section[] = []
  const visit = (list: readonly Section[]): void => {
    for (const section of list) {
      all.push(section)
      visit(section.sections)
    }
  }
  visit(sections)
  return all
}

/**
 * Find a section anywhere in a tree.
 *
 * @param sections Sections to search, depth first.
 * @param id Section id.
 * @returns The section, or `undefined`.
 */
export function findSection(sections: readonly Section[], id: string): Section | undefined {
  for (const section of sections) {
    if (section.id === id) return section
    const found = findSection(section.sections, id)
    if (found) return found
  }
  return undefined
}
