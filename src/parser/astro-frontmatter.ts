import { stringify } from 'yaml'
import type { Diagnostic } from '../schema/diagnostic.js'
import type { Point, Position } from '../schema/primitives.js'

/**
 * Astro's own frontmatter keys, which its markdown pages use and the document does not hold:
 * `layout` picks the page's layout component.
 */
export const astroFrontmatterKeys: readonly string[] = ['layout']

/** What Astro leaves on `file.data.astro`, as far as this package reads it. */
interface AstroFileData {
  frontmatter?: unknown
}

/**
 * The frontmatter Astro parsed for a file, when the file comes from Astro's markdown pipeline:
 * Astro removes the YAML block before remark runs (it replaces it with spaces, so every other
 * position is unchanged) and puts its value on `file.data.astro.frontmatter`.
 *
 * @param data `file.data` of the file.
 * @returns The parsed frontmatter, or undefined outside Astro or when the file had none.
 */
export function astroFrontmatter(data: Record<string, unknown>): Record<string, unknown> | undefined {
  const astro = data['astro'] as AstroFileData | undefined
  const value = astro?.frontmatter
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined
  return Object.keys(value).length === 0 ? undefined : (value as Record<string, unknown>)
}

/** A YAML date (`2026-11-01`), which Astro's YAML reader turns into a `Date`, back as text. */
function plain(value: unknown): unknown {
  if (value instanceof Date) {
    const iso = Number.isNaN(value.getTime()) ? String(value) : value.toISOString()
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso
  }
  if (Array.isArray(value)) return value.map(plain)
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, plain(item)]))
  return value
}

/** A source rebuilt from Astro's view of a file, and how to map positions back to the file. */
export interface RestoredSource {
  /** The file with its frontmatter written back (from Astro's parsed value). */
  source: string
  /**
   * Move a diagnostic from the rebuilt source to the file: body positions are the file's
   * (same lines and columns); a frontmatter position becomes the frontmatter's first line,
   * since Astro does not hand over the YAML text.
   */
  remap: (diagnostic: Diagnostic) => Diagnostic
}

/**
 * Rebuild the source of a markdown file as Astro hands it to remark: the frontmatter block
 * (blanked by Astro) is written back from its parsed value, in the lines the original block
 * took, so the body keeps its line and column numbers. Astro's own keys
 * ({@link astroFrontmatterKeys}) are left out.
 *
 * @param text The text remark parsed (frontmatter blanked).
 * @param frontmatter `file.data.astro.frontmatter`.
 * @returns The rebuilt source, or undefined when the text has no blanked block to fill.
 */
export function restoreAstroSource(text: string, frontmatter: Record<string, unknown>): RestoredSource | undefined {
  const firstContent = text.search(/\S/)
  const blankEnd = text.lastIndexOf('\n', firstContent < 0 ? text.length : firstContent)
  // Astro blanks `---`, the YAML and `---`: at least two lines of whitespace.
  if (blankEnd < 0) return undefined
  const blank = text.slice(0, blankEnd)
  const lineCount = blank.split('\n').length
  const value = plain(Object.fromEntries(Object.entries(frontmatter).filter(([key]) => !astroFrontmatterKeys.includes(key)))) as Record<string, unknown>
  // The value as block YAML, or as JSON (which is YAML) on one line when the block style does
  // not fit: blank lines up to the height of the file's block, and spaces after the closing
  // fence up to its length when there is room, so body lines, columns and offsets are the
  // file's (positions inside the block are not the file's anyway; see `remap`).
  const candidates = [stringify(value, { lineWidth: 0 }).replace(/\n$/, '').split('\n'), [JSON.stringify(value)]]
  const blocks = candidates.map((lines) => ['---', ...lines, ...Array.from({ length: Math.max(0, lineCount - 2 - lines.length) }, () => ''), '---'].join('\n'))
  const fits = (index: number): boolean => (candidates[index] as string[]).length + 2 <= lineCount
  const chosen = [0, 1].find((index) => fits(index) && (blocks[index] as string).length <= blank.length) ?? (fits(0) ? 0 : 1)
  const body = candidates[chosen] as string[]
  const tight = blocks[chosen] as string
  const block = `${tight}${' '.repeat(Math.max(0, blank.length - tight.length))}`
  const blockLines = Math.max(lineCount, body.length + 2)
  const lineShift = blockLines - lineCount
  const offsetShift = blank.length - block.length
  const frontmatterPlace: Position = {
    start: { line: 1, column: 1, offset: 0 },
    end: { line: lineCount, column: (blank.split('\n').at(-1)?.length ?? 0) + 1, offset: blank.length },
  }
  const movePoint = (point: Point): Point => ({
    line: point.line - lineShift,
    column: point.column,
    ...(point.offset === undefined ? {} : { offset: point.offset + offsetShift }),
  })
  const move = (place: Position): Position => ({ start: movePoint(place.start), end: movePoint(place.end) })
  const inFrontmatter = (place: Position): boolean => place.start.line <= blockLines
  const remap = (diagnostic: Diagnostic): Diagnostic => {
    const related = diagnostic.related === undefined ? {} : { related: { ...diagnostic.related, place: inFrontmatter(diagnostic.related.place) ? frontmatterPlace : move(diagnostic.related.place) } }
    if (!inFrontmatter(diagnostic.place)) return { ...diagnostic, place: move(diagnostic.place), ...related }
    return {
      ...diagnostic,
      message: `${diagnostic.message} (in the frontmatter: Astro's markdown pipeline does not pass on its text, so the exact position is shown by \`exosome-content check\` or the \`exosome-content/astro\` loader)`,
      place: frontmatterPlace,
      ...related,
    }
  }
  return { source: `${block}${text.slice(blankEnd)}`, remap }
}
