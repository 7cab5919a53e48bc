import type { Heading, Root } from 'mdast'
import type { Position } from '../schema/primitives.js'
import { idPattern } from './directive-checks.js'
import { plainText } from './plain-text.js'
import { copyPosition, type LineIndex } from './position.js'
import type { Reporter } from './reporter.js'
import { createSectionIds } from './section-ids.js'

/** A `{#id}` written at the end of a section heading. */
interface WrittenId {
  /** The id as written between `{#` and `}`. */
  id: string
  /** Whether it is a kebab-case id. */
  valid: boolean
  /** Where the id is written (the whole `{#}` when it is empty). */
  place: Position
  /** Length of the suffix (`{#id}` and the white space around it) at the end of the heading's text. */
  suffix: number
}

/** A section heading's title and id. */
export interface HeadingSection {
  /** The heading's text without its `{#id}`, trimmed. */
  title: string
  /** The written id, or the slug of the title. */
  id: string
}

/** Reads the titles and ids of the section headings of one document. */
export interface HeadingIds {
  /** The title and id of a section heading, in source order (slugs are given in the order they are asked for). */
  read: (heading: Heading) => HeadingSection
}

// `{#...}` at the very end of the heading's text: no braces or line breaks inside.
const suffixPattern = /[ \t]*\{#([^{}\r\n]*)\}[ \t]*$/

/**
 * The `{#id}` written at the end of a heading, if any. It is recognised only where the
 * heading's last text is the suffix exactly as written in the source: `\{#x}` (an escaped
 * brace) and suffixes holding escapes or character references stay part of the title.
 *
 * @param heading The heading node.
 * @param lines Line index of the file.
 * @returns The written id, or undefined.
 */
function writtenId(heading: Heading, lines: LineIndex): WrittenId | undefined {
  // Trailing HTML (a comment after the id) adds nothing to the heading's text.
  let index = heading.children.length - 1
  while (index >= 0 && heading.children[index]?.type === 'html') index--
  const last = heading.children[index]
  if (last?.type !== 'text') return undefined
  const match = suffixPattern.exec(last.value)
  const start = last.position?.start.offset
  const end = last.position?.end.offset
  if (match === null || start === undefined || end === undefined) return undefined
  const written = match[0]
  if (!lines.text.slice(start, end).endsWith(written)) return undefined
  const brace = end - written.length + written.indexOf('{')
  let backslashes = 0
  while (brace - backslashes - 1 >= start && lines.text[brace - backslashes - 1] === '\\') backslashes++
  if (backslashes % 2 === 1) return undefined
  const id = match[1] ?? ''
  const place = id === '' ? lines.range(brace, brace + 3) : lines.range(brace + 2, brace + 2 + id.length)
  return { id, valid: idPattern.test(id), place, suffix: written.length }
}

/**
 * Prepare the section ids of one document. A heading ending in `{#id}` gets that id (a
 * kebab-case id, unique in the document); every other heading gets the GitHub-style slug of
 * its text (`createSectionIds`), skipping the ids written on headings anywhere in the file.
 * Reports `heading-id-invalid` for a written id that is not kebab-case and
 * `heading-id-duplicate` for a written id used twice, or equal to the slug another heading
 * gets, at the later of the two with the earlier one as `related`.
 *
 * @param tree The mdast of the file (its top-level `##`..`######` headings are read).
 * @param lines Line index of the file.
 * @param reporter Collects the diagnostics.
 * @returns The reader.
 */
export function createHeadingIds(tree: Root, lines: LineIndex, reporter: Reporter): HeadingIds {
  const written = new Map<Heading, WrittenId>()
  const reserved = new Map<string, { place: Position; offset: number }>()
  for (const node of tree.children) {
    if (node.type !== 'heading' || node.depth === 1) continue
    const found = writtenId(node, lines)
    if (found === undefined) continue
    written.set(node, found)
    if (!found.valid) {
      reporter.report(
        'heading-id-invalid',
        found.id === ''
          ? 'Unexpected empty heading id `{#}`, expected a kebab-case id after `#` (such as `{#what-exosomes-are}`)'
          : `Unexpected heading id \`${found.id}\`, expected a kebab-case id (lowercase letters and digits joined by single hyphens, such as \`what-exosomes-are\`)`,
        found.place,
      )
      continue
    }
    const first = reserved.get(found.id)
    if (first !== undefined) {
      reporter.report('heading-id-duplicate', `Unexpected duplicate section id \`${found.id}\`, expected a unique id for each heading`, found.place, {
        message: `\`${found.id}\` first written here`,
        place: first.place,
      })
      continue
    }
    reserved.set(found.id, { place: found.place, offset: lines.offset(found.place.start) })
  }

  const slugs = createSectionIds()
  return {
    read(heading) {
      const text = plainText(heading, lines.text)
      const own = written.get(heading)
      const title = (own === undefined ? text : text.slice(0, text.length - own.suffix)).trim()
      if (own?.valid === true) return { title, id: own.id }
      // Each call gives a new unique slug for the same text, so this ends within `reserved.size + 1` calls.
      const candidate = slugs.next(title === '' ? 'section' : title)
      let id = candidate
      while (reserved.has(id)) id = slugs.next(title === '' ? 'section' : title)
      const taken = reserved.get(candidate)
      if (taken !== undefined && own === undefined && heading.position !== undefined) {
        const here = copyPosition(heading.position, lines.range(0, 0))
        const headingFirst = (heading.position.start.offset ?? 0) < taken.offset
        reporter.report(
          'heading-id-duplicate',
          headingFirst
            ? `Unexpected section id \`${candidate}\` written on a heading, expected a unique id: it is the slug of an earlier heading`
            : `Unexpected heading whose slug \`${candidate}\` is the id written on an earlier heading, expected a unique id (give this heading its own \`{#id}\`)`,
          headingFirst ? taken.place : here,
          headingFirst ? { message: `the heading with the slug \`${candidate}\``, place: here } : { message: `\`${candidate}\` written here`, place: taken.place },
        )
      }
      return { title, id }
    },
  }
}

