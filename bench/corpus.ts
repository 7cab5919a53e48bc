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
 * @returns The relabelled markdown.
 */
export function relabel(chunk: string, label: string, slugs: Map<string, string> = slugMap(chunk, label)): string {
  return chunk
    .replace(headingPattern, (_all, hashes: string, text: string) => `${hashes} ${text} ${label}`)
    .replace(claimDirectivePattern, (_all, name: string, attributes: string) => {
      const renamed = attributes
        .replace(/(^|\s)#([A-Za-z0-9_-]+)/g, `$1#$2-${label}`)
        .replace(/(^|\s)(id|ref)=("?)([A-Za-z0-9_-]+)\3/g, `$1$2=$3$4-${label}$3`)
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

/**
 * Keep only the references the body cites, and the glossary entries whose own citations
 * are kept; everything else in the frontmatter stays as written.
 */
function compactFrontmatter(frontmatter: string, cited: Set<string>): string {
  const yaml = frontmatter.slice(4, -4)
  const document = YAML.parseDocument(yaml)
  const keep = (item: unknown, wanted: (value: Record<string, unknown>) => boolean): boolean => {
    const value = YAML.isMap(item) ? (item.toJSON() as Record<string, unknown>) : undefined
    return value !== undefined && wanted(value)
  }
  const references = document.get('references')
  if (YAML.isSeq(references)) {
    references.items = references.items.filter((item) => keep(item, (value) => cited.has(String(value.id))))
  }
  const glossary = document.get('glossary')
  if (YAML.isSeq(glossary)) {
    glossary.items = glossary.items.filter((item) =>
      keep(item, (value) => !Array.isArray(value.cites) || value.cites.every((id) => cited.has(String(id)))),
    )
  }
  return `---\n${document.toString({ lineWidth: 0 })}---\n`
}

/**
 * One document of about `targetBytes`: the frontmatter and intro once, then the sections
 * repeated (the first copy as written, copy `k` >= 2 relabelled `rk`) until the size is
 * reached. A section that reuses a claim not yet defined in its copy is skipped, so a
 * partial copy stays valid. The frontmatter keeps only the references the body cites (and
 * the glossary entries citing those), so a small document is not mostly YAML; from the
 * second copy on every reference is cited and the frontmatter is the overview's.
 *
 * @param source The overview source.
 * @param targetBytes Wanted size in UTF-8 bytes (the result is the first size >= it).
 * @returns The document.
 */
export function sizedDocument(source: string, targetBytes: number): string {
  const { frontmatter, intro, sections } = splitSource(source)
  if (sections.length === 0) throw new Error('sizedDocument: the source has no `##` section')
  const ids = sections.map(claimIds)
  const allSections = sections.join('')
  const everyCited = citedIds(allSections)
  const fullSize = Buffer.byteLength(compactFrontmatter(frontmatter, everyCited))
  const parts = [intro]
  const cited = new Set<string>()
  let bodySize = Buffer.byteLength(intro)
  const size = (): number =>
    bodySize + (cited.size === everyCited.size ? fullSize : Buffer.byteLength(compactFrontmatter(frontmatter, cited)))
  for (let copy = 1; size() < targetBytes; copy++) {
    const defined = new Set<string>()
    const slugs = copy === 1 ? undefined : slugMap(allSections, `r${copy}`)
    for (const [index, section] of sections.entries()) {
      if (size() >= targetBytes) break
      const { defines, uses } = ids[index] ?? { defines: [], uses: [] }
      if (!uses.every((id) => defined.has(id) || defines.includes(id))) continue
      for (const id of defines) defined.add(id)
      // Copy 1 is the overview as written; later copies are relabelled `r2`, `r3`...
      const copyText = slugs === undefined ? section : relabel(section, `r${copy}`, slugs)
      // A blank line between copies keeps the last block of one from running into the next.
      const separated = copyText.endsWith('\n\n') ? copyText : `${copyText.endsWith('\n') ? copyText : `${copyText}\n`}\n`
      parts.push(separated)
      bodySize += Buffer.byteLength(separated)
      for (const id of citedIds(section)) cited.add(id)
    }
  }
  return compactFrontmatter(frontmatter, cited) + parts.join('')
}

/** The single-document sizes the bench measures, in bytes. */
export const documentSizes = { '10KB': 10 * 1024, '100KB': 100 * 1024, '1MB': 1024 * 1024 } as const
