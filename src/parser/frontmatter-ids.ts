import type { ParserCheckId } from './checks.js'
import type { Reporter } from './reporter.js'
import type { YamlLocator } from './yaml-locate.js'

/** The frontmatter lists whose entries carry ids. */
export type ListKey = 'references' | 'disclaimers' | 'glossary'

const checkIds: Record<ListKey, ParserCheckId> = {
  references: 'duplicate-reference-id',
  disclaimers: 'duplicate-disclaimer-id',
  glossary: 'duplicate-glossary-id',
}

const nouns: Record<ListKey, string> = { references: 'reference', disclaimers: 'disclaimer', glossary: 'glossary term' }

/**
 * Report entries of a frontmatter list that repeat an earlier entry's id, and drop them.
 *
 * @param key Which list.
 * @param entries Valid entries, in order.
 * @param indexes Index in the YAML list of each entry.
 * @param locator Finds the `id` values in the file.
 * @param reporter Receives the diagnostics.
 * @returns The entries with unique ids and their YAML indexes.
 */
export function checkListIds<T extends { id: string }>(
  key: ListKey,
  entries: T[],
  indexes: number[],
  locator: YamlLocator,
  reporter: Reporter,
): { entries: T[]; indexes: number[] } {
  const seen = new Map<string, number>()
  const kept: T[] = []
  const keptIndexes: number[] = []
  entries.forEach((entry, position) => {
    const index = indexes[position] ?? position
    const first = seen.get(entry.id)
    if (first === undefined) {
      seen.set(entry.id, index)
      kept.push(entry)
      keptIndexes.push(index)
      return
    }
    const place = locator.value([key, index, 'id']) ?? locator.nearest([key, index, 'id'])
    const firstPlace = locator.value([key, first, 'id']) ?? place
    reporter.report(
      checkIds[key],
      `Unexpected duplicate ${nouns[key]} id \`${entry.id}\` in \`${key}[${index}]\`, expected a unique id`,
      place,
      { message: `\`${entry.id}\` first defined here`, place: firstPlace },
    )
  })
  return { entries: kept, indexes: keptIndexes }
}
