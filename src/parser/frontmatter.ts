import type { Root, Yaml } from 'mdast'
import { findFrontmatter, type FrontmatterSpan } from './frontmatter-span.js'
import { defaultLimits, type ParseLimits } from './limits.js'
import { createScanContext } from './prescan-context.js'
import { prescanValue } from './prescan.js'
import { scanYaml } from './prescan-yaml.js'
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
import { builtInFrontmatterKeys, extensionKeysAt, splitFrontmatter, validateExtension, type ResolvedExtension } from './frontmatter-extension.js'

/** How `readFrontmatter` checks what it reads. */
export interface FrontmatterOptions {
  /** The input limits; the YAML text is checked against them before `yaml` parses it. */
  limits?: Readonly<ParseLimits> | undefined
  /**
   * Where the pre-scan found the frontmatter (`null`: nowhere). When given, the tree must
   * agree: the pre-scan and micromark read one text the same way, or nothing is parsed.
   */
  expected?: FrontmatterSpan | null | undefined
  /**
   * Whether the pre-scan already checked the text at `expected` against these same limits
   * (`parseContent`): the YAML text is then not scanned again.
   */
  prescanned?: boolean | undefined
  /** Path stamped on limit diagnostics. */
  file?: string | undefined
  /** The site's own keys, validated by its schema into `data`. */
  extension?: ResolvedExtension | undefined
}

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
  /**
   * The extension's output (`document.data`): undefined without an extension, empty when the
   * extension's keys did not validate.
   */
  data: Record<string, unknown> | undefined
}

const listSchemas = { references: referenceSchema, disclaimers: disclaimerSchema, glossary: glossaryTermSchema } as const

function knownKeys(path: ReadonlyArray<PropertyKey>): readonly string[] | undefined {
  if (path.length === 0) return builtInFrontmatterKeys
  const [list, index] = path
  if (path.length === 2 && typeof index === 'number' && (list === 'references' || list === 'disclaimers' || list === 'glossary')) {
    return Object.keys(listSchemas[list].shape)
  }
  return undefined
}

function emptyDraft(): DraftFrontmatter {
  return { id: '', title: '', summary: '', locale: '', audience: 'general', version: '', lastReviewed: '', references: [], disclaimers: [], glossary: [] }
}

function yamlText(node: Yaml, lines: LineIndex): { base: number; end: number; closeEnd: number; fence: Position } {
  const start = node.position?.start.offset ?? 0
  const end = node.position?.end.offset ?? start
  const firstLineEnd = lines.lineEnd(start)
  let base = firstLineEnd
  if (lines.text[base] === '\r') base++
  if (lines.text[base] === '\n') base++
  const closing = lines.point(end)
  const closingStart = end - (closing.column - 1)
  return { base, end: Math.max(base, closingStart), closeEnd: end, fence: lines.range(start, firstLineEnd) }
}

/** Whether the tree's `yaml` node sits where the pre-scan found the frontmatter. */
function sameSpan(read: { base: number; end: number; closeEnd: number }, expected: FrontmatterSpan | null): boolean {
  return expected !== null && read.base === expected.valueStart && read.end === expected.closeStart && read.closeEnd === expected.closeEnd
}

/**
 * Read, check and validate the YAML frontmatter of a parsed file. The YAML text is checked
 * against the input limits right before `yaml` parses it, whatever found it, so no path can
 * hand `yaml` a text the limits did not see.
 *
 * @param tree The mdast of the file (remark-frontmatter's `yaml` node first, if any).
 * @param lines Line index of the file.
 * @param reporter Receives every problem.
 * @param options Limits, and where the pre-scan found the frontmatter.
 * @returns The draft metadata and a locator into the YAML.
 */
export function readFrontmatter(tree: Root, lines: LineIndex, reporter: Reporter, options: FrontmatterOptions = {}): FrontmatterResult {
  const limits = options.limits ?? defaultLimits
  const none: FrontmatterResult = {
    usable: false,
    draft: emptyDraft(),
    titleValid: false,
    writtenIds: { references: new Set(), disclaimers: new Set() },
    locate: () => undefined,
    data: undefined,
  }
  const first = tree.children[0]
  if (options.expected !== undefined && (first?.type === 'yaml') !== (options.expected !== null)) {
    reporter.report('parse-failed', 'Unexpected frontmatter found differently by the pre-scan and the markdown parser, expected one view of the file (please report this with the file)', lines.range(0, 0))
    return none
  }
  if (first?.type !== 'yaml') {
    if (/^---[ \t]*(?:\r\n|\r|\n|$)/.test(lines.text)) {
      reporter.report('frontmatter-missing', 'Unexpected unclosed frontmatter, expected a closing `---` line', lines.range(0, 3))
    } else {
      reporter.report('frontmatter-missing', 'Missing frontmatter, expected a YAML block between `---` lines at the start of the file', lines.range(0, 0))
    }
    return none
  }
  const read = yamlText(first, lines)
  const { base, fence } = read
  if (options.expected !== undefined && !sameSpan(read, options.expected)) {
    reporter.report('parse-failed', 'Unexpected frontmatter found differently by the pre-scan and the markdown parser, expected one view of the file (please report this with the file)', fence)
    return none
  }
  // The YAML text is checked where it is parsed, unless the pre-scan checked this same span
  // against these same limits: `yaml` never sees a text past the limits.
  if (options.prescanned !== true || options.expected === undefined) {
    const scan = createScanContext(lines.text, limits, options.file)
    scanYaml(scan, base, read.end)
    if (scan.found.size > 0) {
      reporter.diagnostics.push(...scan.found.values())
      return none
    }
  }
  // YAML 1.2 reads a lone CR as a line break; the `yaml` library reads only LF and CRLF. One
  // character for one keeps every offset, so positions stay file positions.
  const text = lines.text.slice(base, read.end).replace(/\r(?!\n)/g, '\n')
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
  if (text.includes('*') && !checkYamlAliases(document, range, reporter, limits.maxYamlAliases).ok) return none
  // Keep the first of duplicate keys (the one `related` points at); drop `__proto__` and complex keys.
  // One filter per mapping (a splice per entry would move the rest of the list each time).
  const dropped = new Set(duplicates.map(({ pair }) => pair))
  for (const map of new Set(duplicates.map(({ map }) => map))) map.items = map.items.filter((pair) => !dropped.has(pair))

  let data: unknown
  try {
    // What aliases expand to was counted above, node by node, against the limit; yaml's own
    // count (aliases of each anchor times the aliases inside it) measures something else and
    // would refuse documents the node count accepts.
    data = document.toJS({ maxAliasCount: -1 })
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    reporter.report('yaml-syntax', `Unexpected YAML value: ${reason}`, fence)
    return none
  }

  const locator = createYamlLocator(document, base, lines, fence)
  if (data === null || data === undefined) data = {}
  if (typeof data !== 'object' || Array.isArray(data) || !isMap(document.contents) && document.contents !== null) {
    reporter.report('frontmatter-invalid', `Unexpected ${Array.isArray(data) ? 'list' : 'value'} as frontmatter, expected a mapping of keys`, locator.head([]) ?? fence)
    return none
  }

  const extension = options.extension
  const { builtIn: record, extra } = extension === undefined ? { builtIn: data as Record<string, unknown>, extra: {} } : splitFrontmatter(data as Record<string, unknown>, extension)
  const allowed = extension === undefined ? knownKeys : (path: ReadonlyArray<PropertyKey>) => (path.length === 0 ? [...builtInFrontmatterKeys, ...extension.keys] : knownKeys(path))
  const result = frontmatterSchema.safeParse(record)
  if (!result.success) {
    for (const issue of result.error.issues) {
      for (const found of reportIssue(issue, record, locator, allowed, lines.text)) reporter.report(found.ruleId, found.message, found.place)
    }
  }
  const built = buildDraft(record, result.success ? result.data : undefined, locator, reporter)
  if (extension !== undefined) built.data = readExtension(extension, extra, locator, lines.text, reporter, fence)
  // Disclaimer text is markdown the renderers parse: it is held to the body limits here, at
  // parse time, so a document that parses renders in bounded time.
  built.draft.disclaimers.forEach((disclaimer, index) => {
    const place = built.locate(['disclaimers', index, 'text']) ?? fence
    const where = `in the \`text\` of disclaimer \`${disclaimer.id}\``
    reporter.diagnostics.push(...prescanValue(disclaimer.text, limits, options.file, { place, where }))
  })
  return built
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
  return { usable: true, draft, titleValid, writtenIds, locate, data: undefined }
}

/**
 * Validate the site's keys with its extension, reporting each issue at its key or value as
 * the built-in keys are reported (with the schema's own message when it wrote one).
 */
function readExtension(extension: ResolvedExtension, extra: Record<string, unknown>, locator: YamlLocator, source: string, reporter: Reporter, fence: Position): Record<string, unknown> {
  const outcome = validateExtension(extension, extra)
  if (outcome.ok) return outcome.data
  if ('failure' in outcome) {
    reporter.report('frontmatter-invalid', `Unexpected failure of the frontmatter extension (${outcome.failure}), expected a zod schema that validates synchronously`, fence)
    return {}
  }
  const keysAt = (path: ReadonlyArray<PropertyKey>): readonly string[] | undefined => extensionKeysAt(extension, path)
  for (const { issue, custom } of outcome.issues) {
    for (const found of reportIssue(issue, extra, locator, keysAt, source, custom)) reporter.report(found.ruleId, found.message, found.place)
  }
  return {}
}

function idsIn(list: unknown): Set<string> {
  const ids = new Set<string>()
  if (!Array.isArray(list)) return ids
  for (const entry of list as unknown[]) {
    if (typeof entry === 'object' && entry !== null && typeof (entry as { id?: unknown }).id === 'string') ids.add((entry as { id: string }).id)
  }
  return ids
}
