/**
 * Deterministic benchmark corpus built from the authored overview.
 *
 * Nothing here is random: every variant is a pure function of the source text and an index,
 * so two runs (or two machines) benchmark exactly the same bytes.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { slug } from 'github-slugger'
import YAML from 'yaml'

/** Repository root (bench/ lives directly under it). */
export const root = path.resolve(import.meta.dirname, '..')

/** The overview the corpus is shaped after. */
export const overviewPath = path.join(root, 'content', 'exosome-therapy.md')

/** A content file cut into the parts the generator varies. */
export interface SplitSource {
  /** `---` fenced YAML, fences and trailing newline included ('' when absent). */
  frontmatter: string
  /** Body before the first `##` heading. */
  intro: string
  /** One chunk per top-level `##` section (its `###`.. subsections included). */
  sections: string[]
}

/**
 * Read the overview source (or another file with the same shape).
 *
 * @param file Path of the markdown file; defaults to `content/exosome-therapy.md`.
 * @returns The source text.
 */
export function loadSource(file: string = process.env.BENCH_SOURCE ?? overviewPath): string {
  return readFileSync(file, 'utf8').replace(/\r\n?/g, '\n')
}

/**
 * Split a content file into frontmatter, intro and `##` sections (fenced code is respected).
 *
 * @param source Markdown with optional YAML frontmatter.
 * @returns The parts; concatenated they give back the source.
 */
export function splitSource(source: string): SplitSource {
  let frontmatter = ''
  let body = source
  if (source.startsWith('---\n')) {
    const end = source.indexOf('\n---\n', 3)
    if (end !== -1) {
      frontmatter = source.slice(0, end + 5)
      body = source.slice(end + 5)
    }
  }
  const lines = body.split(/(?<=\n)/)
  const chunks: string[] = ['']
  let fence: string | undefined
  for (const line of lines) {
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1]
    if (marker !== undefined) {
      if (fence === undefined) fence = marker
      else if (marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker) fence = undefined
    }
    if (fence === undefined && /^## /.test(line)) chunks.push('')
    chunks[chunks.length - 1] += line
  }
  const [intro = '', ...sections] = chunks
  return { frontmatter, intro, sections }
}

const headingPattern = /^(#{2,6})[ \t]+(.+?)[ \t]*$/gm
const claimDirectivePattern = /^(:{2,}claim)\{([^}\n]*)\}/gm

/** Slugs of the headings in a chunk, mapped to their slug once `label` is appended. */
function slugMap(chunk: string, label: string): Map<string, string> {
  const map = new Map<string, string>()
  for (const match of chunk.matchAll(headingPattern)) {
    const text = match[2] ?? ''
    map.set(slug(text), slug(`${text} ${label}`))
  }
  return map
}

/**
 * Give every heading, claim id, claim reference and in-page link of a chunk a suffix, so a
 * copy of the chunk can sit next to the original (or in another document) and stay valid.
 *
 * @param chunk Markdown (sections or a whole body).
 * @param label Suffix, a kebab-case word such as `r2` or `d0007`.
 * @param slugs In-page link targets to rewrite (defaults to the chunk's own headings).
 * @param references Reference ids whose citations (`cite=`) get the suffix too.
 * @returns The relabelled markdown.
 */
export function relabel(chunk: string, label: string, slugs: Map<string, string> = slugMap(chunk, label), references: ReadonlySet<string> = new Set()): string {
  const cite = (ids: string): string => ids.split(/(\s+)/).map((id) => (references.has(id) ? `${id}-${label}` : id)).join('')
  return chunk
    .replace(headingPattern, (_all, hashes: string, text: string) => `${hashes} ${text} ${label}`)
    .replace(claimDirectivePattern, (_all, name: string, attributes: string) => {
      const renamed = attributes
        .replace(/(^|\s)#([A-Za-z0-9_-]+)/g, `$1#$2-${label}`)
        .replace(/(^|\s)(id|ref)=("?)([A-Za-z0-9_-]+)\3/g, `$1$2=$3$4-${label}$3`)
        .replace(/(^|\s)cite=(?:"([^"]*)"|([^\s"}]+))/g, (_match, space: string, quoted?: string, bare?: string) =>
          quoted === undefined ? `${space}cite=${cite(bare ?? '')}` : `${space}cite="${cite(quoted)}"`,
        )
      return `${name}{${renamed}}`
    })
    .replace(/\]\(#([^)\s]+)\)/g, (all, target: string) => {
      const renamed = slugs.get(target)
      return renamed === undefined ? all : `](#${renamed})`
    })
}

/**
 * One document of a multi-document corpus: the overview with its id, headings and claim ids
 * suffixed by the document number, so 1,000 documents carry 1,000 distinct sets of ids.
 *
 * @param source The overview source.
 * @param index Document number (0-based).
 * @returns A valid content file shaped like the overview.
 */
export function documentVariant(source: string, index: number): string {
  const { frontmatter, intro, sections } = splitSource(source)
  const label = `d${String(index).padStart(4, '0')}`
  const body = intro + sections.join('')
  const slugs = slugMap(body, label)
  const id = frontmatter.replace(/^id:[ \t]*(["']?)([A-Za-z0-9_-]+)\1[ \t]*$/m, `id: $2-${label}`)
  return id + relabel(body, label, slugs)
}

/**
 * A corpus of documents shaped like the overview.
 *
 * @param source The overview source.
 * @param count How many documents.
 * @returns `{ name, source }` per document, names `doc-0000.md`...
 */
export function makeCorpus(source: string, count: number): Array<{ name: string; source: string }> {
  return Array.from({ length: count }, (_unused, index) => ({
    name: `doc-${String(index).padStart(4, '0')}.md`,
    source: documentVariant(source, index),
  }))
}

/** Claim ids a section chunk defines and claim ids it reuses. */
function claimIds(chunk: string): { defines: string[]; uses: string[] } {
  const defines: string[] = []
  const uses: string[] = []
  for (const match of chunk.matchAll(claimDirectivePattern)) {
    const attributes = match[2] ?? ''
    for (const id of attributes.matchAll(/(?:^|\s)(?:#|id=)"?([A-Za-z0-9_-]+)/g)) defines.push(id[1] ?? '')
    for (const ref of attributes.matchAll(/(?:^|\s)ref="?([A-Za-z0-9_-]+)/g)) uses.push(ref[1] ?? '')
  }
  return { defines, uses }
}

/** Reference ids cited by the claim directives of some markdown. */
function citedIds(markdown: string): Set<string> {
  const cited = new Set<string>()
  for (const match of markdown.matchAll(claimDirectivePattern)) {
    const cite = /(?:^|\s)cite=(?:"([^"]*)"|([^\s"]+))/.exec(match[2] ?? '')
    for (const id of (cite?.[1] ?? cite?.[2] ?? '').split(/\s+/)) if (id) cited.add(id)
  }
  return cited
}

type Entry = Record<string, unknown>

/** The frontmatter's entries, and each list item as YAML text under its key, per copy. */
class FrontmatterCopies {
  readonly #data: Entry
  readonly #texts = new Map<string, string>()

  constructor(frontmatter: string) {
    this.#data = YAML.parse(frontmatter.slice(4, -4)) as Entry
  }

  /** Reference ids of the source. */
  get referenceIds(): Set<string> {
    return new Set(this.#list('references').map((item) => String(item.id)))
  }

  #list(key: 'references' | 'glossary'): Entry[] {
    const value = this.#data[key]
    return Array.isArray(value) ? (value as Entry[]) : []
  }

  // An item as YAML under its key; copy `k` >= 2 suffixes its id and its citations with `rk`.
  #item(key: 'references' | 'glossary', item: Entry, copy: number): string {
    const cacheKey = `${key}\u0000${String(item.id)}\u0000${copy}`
    const cached = this.#texts.get(cacheKey)
    if (cached !== undefined) return cached
    const suffix = copy === 1 ? '' : `-r${copy}`
    const relabelled = { ...item, id: `${String(item.id)}${suffix}` } as Entry
    if (Array.isArray(item.cites)) relabelled.cites = (item.cites as unknown[]).map((id) => `${String(id)}${suffix}`)
    if (key === 'glossary' && copy > 1) relabelled.term = `${String(item.term)} (${copy})`
    const text = YAML.stringify([relabelled], { lineWidth: 0 }).replace(/^(?=.)/gm, '  ')
    this.#texts.set(cacheKey, text)
    return text
  }

  /**
   * The frontmatter for some copies of the body: every other entry as written, then per copy
   * the references its sections cite and the glossary terms whose citations are all kept.
   *
   * @param cited Per copy (index 0: copy 1), the reference ids its sections cite.
   * @returns `---` fenced YAML.
   */
  text(cited: ReadonlyArray<ReadonlySet<string>>): string {
    let yaml = ''
    for (const [key, value] of Object.entries(this.#data)) {
      if (key !== 'references' && key !== 'glossary') {
        yaml += YAML.stringify({ [key]: value }, { lineWidth: 0 })
        continue
      }
      const items: string[] = []
      cited.forEach((ids, index) => {
        for (const item of this.#list(key)) {
          const wanted = key === 'references' ? ids.has(String(item.id)) : !Array.isArray(item.cites) || item.cites.every((id) => ids.has(String(id)))
          if (wanted) items.push(this.#item(key, item, index + 1))
        }
      })
      yaml += items.length === 0 ? `${key}: []\n` : `${key}:\n${items.join('')}`
    }
    return `---\n${yaml}---\n`
  }
}

/**
 * One document of about `targetBytes`, shaped like the overview at every size: the intro
 * once, then copies of the sections with their references and glossary terms, until the
 * size is reached. Copy 1 is the overview as written; copy `k` >= 2 relabels headings, claim
 * ids and citations with `rk`, and adds its own copies of the references (ids `...-rk`) and
 * glossary terms. A copy's frontmatter entries come with the sections that cite them, so a
 * document smaller than the overview is not mostly YAML, and a larger one keeps the
 * overview's share of frontmatter. A section that reuses a claim not yet defined in its copy
 * is skipped, so a partial copy stays valid.
 *
 * @param source The overview source.
 * @param targetBytes Wanted size in UTF-8 bytes (the result is the first size >= it).
 * @returns The document.
 */
export function sizedDocument(source: string, targetBytes: number): string {
  const { frontmatter, intro, sections } = splitSource(source)
  if (sections.length === 0) throw new Error('sizedDocument: the source has no `##` section')
  const copies = new FrontmatterCopies(frontmatter)
  const referenceIds = copies.referenceIds
  const ids = sections.map(claimIds)
  const allSections = sections.join('')
  const parts = [intro]
  const cited: Array<Set<string>> = []
  let bodySize = Buffer.byteLength(intro)
  const size = (): number => bodySize + Buffer.byteLength(copies.text(cited))
  for (let copy = 1; size() < targetBytes; copy++) {
    const defined = new Set<string>()
    const citedHere = new Set<string>()
    cited.push(citedHere)
    const slugs = copy === 1 ? undefined : slugMap(allSections, `r${copy}`)
    for (const [index, section] of sections.entries()) {
      if (size() >= targetBytes) break
      const { defines, uses } = ids[index] ?? { defines: [], uses: [] }
      if (!uses.every((id) => defined.has(id) || defines.includes(id))) continue
      for (const id of defines) defined.add(id)
      const copyText = slugs === undefined ? section : relabel(section, `r${copy}`, slugs, referenceIds)
      // A blank line between copies keeps the last block of one from running into the next.
      const separated = copyText.endsWith('\n\n') ? copyText : `${copyText.endsWith('\n') ? copyText : `${copyText}\n`}\n`
      parts.push(separated)
      bodySize += Buffer.byteLength(separated)
      for (const id of citedIds(section)) citedHere.add(id)
    }
  }
  return copies.text(cited) + parts.join('')
}

/** The single-document sizes the bench measures, in bytes. */
export const documentSizes = { '10KB': 10 * 1024, '100KB': 100 * 1024, '1MB': 1024 * 1024 } as const
