import type { Root, Yaml } from 'mdast'
import { defaultLimits } from './limits.js'
import { isMap, parseDocument, type Document } from 'yaml'
import { disclaimerSchema, type Disclaimer } from '../schema/disclaimer.js'
import { frontmatterSchema, type Frontmatter } from '../schema/frontmatter.js'
import { glossaryTermSchema, type GlossaryTerm } from '../schema/glossary.js'
import type { Position } from '../schema/primitives.js'
import { referenceSchema, type Reference } from '../schema/reference.js'
import type { LineIndex } from './position.js'
import type { Reporter } from './reporter.js'
import { checkYamlAliases } from './yaml-aliases.js'
import { describeYamlError } from './yaml-errors.js'
import { checkYamlKeys, type YamlRange } from './yaml-duplicates.js'
import { createYamlLocator, type YamlLocator } from './yaml-locate.js'
import { reportIssue } from './zod-issues.js'
import { checkListIds, type ListKey } from './frontmatter-ids.js'

/** Most alias expansions accepted in the frontmatter (guards against alias bombs). */
export const maxAliasCount = defaultLimits.maxYamlAliases

/** Frontmatter fields of the document, with defaults applied and invalid list entries dropped. */
export type DraftFrontmatter = Omit<Frontmatter, '$schema'>

/** What the body and the rules need from the frontmatter. */
export interface FrontmatterResult {
  /** False when there is no usable YAML (missing, syntax errors): reference checks are skipped. */
  usable: boolean
  /** The draft metadata; fields that failed validation hold empty placeholders. */
  draft: DraftFrontmatter
  /** Whether `title` validated (so the title heading can be compared). */
  titleValid: boolean
  /**
   * Ids written in `references` and `disclaimers`, valid entries or not: a citation of an
   * entry that failed validation is not reported again as dangling.
   */
  writtenIds: { references: Set<string>; disclaimers: Set<string> }
  /** File position of a value by its data path in the draft (list indexes of the draft). */
  locate: (path: ReadonlyArray<PropertyKey>) => Position | undefined
}

const listSchemas = { references: referenceSchema, disclaimers: disclaimerSchema, glossary: glossaryTermSchema } as const

function knownKeys(path: ReadonlyArray<PropertyKey>): readonly string[] | undefined {
  if (path.length === 0) return Object.keys(frontmatterSchema.shape)
  const [list, index] = path
  if (path.length === 2 && typeof index === 'number' && (list === 'references' || list === 'disclaimers' || list === 'glossary')) {
    return Object.keys(listSchemas[list].shape)
  }
  return undefined
}

function emptyDraft(): DraftFrontmatter {
  return { id: '', title: '', summary: '', locale: '', audience: 'general', version: '', lastReviewed: '', references: [], disclaimers: [], glossary: [] }
}

function yamlText(node: Yaml, lines: LineIndex): { base: number; text: string; fence: Position } {
  const start = node.position?.start.offset ?? 0
  const end = node.position?.end.offset ?? start
  const firstLineEnd = lines.lineEnd(start)
  let base = firstLineEnd
  if (lines.text[base] === '\r') base++
  if (lines.text[base] === '\n') base++
  const closing = lines.point(end)
  const closingStart = end - (closing.column - 1)
  return { base, text: lines.text.slice(base, Math.max(base, closingStart)), fence: lines.range(start, firstLineEnd) }
}

/**
 * Read, check and validate the YAML frontmatter of a parsed file.
 *
 * @param tree The mdast of the file (remark-frontmatter's `yaml` node first, if any).
 * @param lines Line index of the file.
 * @param reporter Receives every problem.
 * @param aliasLimit How many nodes aliases may expand to (`limits.maxYamlAliases`).
 * @returns The draft metadata and a locator into the YAML.
 */
export function readFrontmatter(tree: Root, lines: LineIndex, reporter: Reporter, aliasLimit = maxAliasCount): FrontmatterResult {
  const none: FrontmatterResult = {
    usable: false,
    draft: emptyDraft(),
    titleValid: false,
    writtenIds: { references: new Set(), disclaimers: new Set() },
    locate: () => undefined,
  }
  const first = tree.children[0]
  if (first?.type !== 'yaml') {
    if (/^---[ \t]*(?:\r\n|\r|\n|$)/.test(lines.text)) {
      reporter.report('frontmatter-missing', 'Unexpected unclosed frontmatter, expected a closing `---` line', lines.range(0, 3))
    } else {
      reporter.report('frontmatter-missing', 'Missing frontmatter, expected a YAML block between `---` lines at the start of the file', lines.range(0, 0))
    }
    return none
  }
  const { base, text, fence } = yamlText(first, lines)
  const range: YamlRange = (start, end) => lines.range(base + start, base + end)
  const document: Document = parseDocument(text, { uniqueKeys: false, prettyErrors: false, logLevel: 'error' })
  // Only the first syntax error: the ones after it are nearly always its echoes.
  const error = [...document.errors].sort((a, b) => a.pos[0] - b.pos[0])[0]
  if (error !== undefined) {
    const described = describeYamlError(document, error)
    reporter.report('yaml-syntax', described.message, range(described.start, described.end))
    return none
  }

  const duplicates = checkYamlKeys(document, range, reporter)
  // An alias is written `*name`: without a `*` in the text there is none to check.
  const aliases = text.includes('*') ? checkYamlAliases(document, range, reporter) : { ok: true, first: undefined }
  if (!aliases.ok) return none
  // Keep the first of duplicate keys (the one `related` points at); drop `__proto__` and complex keys.
  for (const { map, pair } of duplicates) map.items.splice(map.items.indexOf(pair), 1)

  let data: unknown
  try {
    data = document.toJS({ maxAliasCount: aliasLimit })
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    const excessive = /alias/i.test(reason)
    reporter.report(
      excessive ? 'yaml-alias-limit' : 'yaml-syntax',
      excessive
        ? `Unexpected aliases expanding past ${aliasLimit} nodes, expected a small frontmatter without alias chains`
        : `Unexpected YAML value: ${reason}`,
      (excessive ? aliases.first : undefined) ?? fence,
    )
    return none
  }

  const locator = createYamlLocator(document, base, lines, fence)
  if (data === null || data === undefined) data = {}
  if (typeof data !== 'object' || Array.isArray(data) || !isMap(document.contents) && document.contents !== null) {
    reporter.report('frontmatter-invalid', `Unexpected ${Array.isArray(data) ? 'list' : 'value'} as frontmatter, expected a mapping of keys`, locator.head([]) ?? fence)
    return none
  }

  const record = data as Record<string, unknown>
  const result = frontmatterSchema.safeParse(record)
  if (!result.success) {
    for (const issue of result.error.issues) {
      for (const found of reportIssue(issue, record, locator, knownKeys, lines.text)) reporter.report(found.ruleId, found.message, found.place)
    }
  }
  return buildDraft(record, result.success ? result.data : undefined, locator, reporter)
}

/**
 * The draft: with a valid frontmatter, its parsed data; otherwise each field and each list
 * entry validated on its own, keeping what is valid.
 */
function buildDraft(record: Record<string, unknown>, valid: Frontmatter | undefined, locator: YamlLocator, reporter: Reporter): FrontmatterResult {
  const draft = emptyDraft()
  const shape = frontmatterSchema.shape
  let titleValid = false
  for (const key of ['id', 'title', 'summary', 'locale', 'audience', 'version', 'lastReviewed'] as const) {
    const parsed = valid ? { success: true, data: valid[key] } : shape[key].safeParse(record[key])
    if (parsed.success) {
      ;(draft as Record<string, unknown>)[key] = parsed.data
      if (key === 'title') titleValid = true
    }
  }
  const indexes: Record<ListKey, number[]> = { references: [], disclaimers: [], glossary: [] }
  for (const key of ['references', 'disclaimers', 'glossary'] as const) {
    const raw: unknown = valid ? valid[key] : record[key]
    if (!Array.isArray(raw)) continue
    const kept: unknown[] = []
    raw.forEach((entry: unknown, index) => {
      const parsed = valid ? { success: true, data: entry } : listSchemas[key].safeParse(entry)
      if (parsed.success) {
        kept.push(parsed.data)
        indexes[key].push(index)
      }
    })
    const unique = checkListIds(key, kept as Array<{ id: string }>, indexes[key], locator, reporter)
    indexes[key] = unique.indexes
    if (key === 'references') draft.references = unique.entries as Reference[]
    else if (key === 'disclaimers') draft.disclaimers = unique.entries as Disclaimer[]
    else draft.glossary = unique.entries as GlossaryTerm[]
  }
  const locate = (path: ReadonlyArray<PropertyKey>): Position | undefined => {
    const [head, index, ...rest] = path
    if ((head === 'references' || head === 'disclaimers' || head === 'glossary') && typeof index === 'number') {
      const original = indexes[head][index]
      if (original === undefined) return undefined
      return locator.value([head, original, ...rest])
    }
    return locator.value(path)
  }
  const writtenIds = { references: idsIn(record.references), disclaimers: idsIn(record.disclaimers) }
  return { usable: true, draft, titleValid, writtenIds, locate }
}

function idsIn(list: unknown): Set<string> {
  const ids = new Set<string>()
  if (!Array.isArray(list)) return ids
  for (const entry of list as unknown[]) {
    if (typeof entry === 'object' && entry !== null && typeof (entry as { id?: unknown }).id === 'string') ids.add((entry as { id: string }).id)
  }
  return ids
}
