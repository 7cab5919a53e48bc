/** Anything shaped like a section tree node. */
interface Tree<S> {
  id: string
  sections: readonly S[]
}

/**
 * Every section of a tree, parents before their children, in document order.
 *
 * @param sections Top-level sections.
 * @returns The flattened list.
 */
export function allSections<S extends Tree<S>>(sections: readonly S[]): S[] {
  const all: S[] = []
  // An explicit stack, children pushed in reverse: depth first, in document order, at any depth.
  const stack = [...sections].reverse()
  for (let section = stack.pop(); section !== undefined; section = stack.pop()) {
    all.push(section)
    for (let index = section.sections.length - 1; index >= 0; index--) stack.push(section.sections[index] as S)
  }
  return all
}

/**
 * Find a section anywhere in a tree.
 *
 * @param sections Sections to search, depth first.
 * @param id Section id.
 * @returns The section, or `undefined`.
 */
export function findSection<S extends Tree<S>>(sections: readonly S[], id: string): S | undefined {
  // Recursion is bounded by the heading depth (six levels at most).
  for (const section of sections) {
    const found = section.id === id ? section : findSection(section.sections, id)
    if (found !== undefined) return found
  }
  return undefined
}
