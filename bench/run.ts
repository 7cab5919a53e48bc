/**
 * `npm run bench` (`-- --quick` for a shorter run): throughput of our parser, rules and
 * renderers against bare remark, markdown-it and Markdoc on the same bytes; the targets as
 * PASS/FAIL ratios; embedding cost; `check` cache and worker pool. Prints tables and writes
 * bench/results.json.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Bench } from 'tinybench'
import { bodyTree, contentMarkdown, htmlBaseline, htmlFromSource, markdownItRender, remarkBaseline } from './baselines.js'
import { benchCheck, type CheckBench } from './check-cli.js'
import { documentSizes, loadSource, makeCorpus, root, sizedDocument } from './corpus.js'
import { bundleSize, coldImport, gzipSize, htmlBundleSize, rootBundleSize, type BundleSize, type ColdImport } from './embedding.js'
import { markdocParse, markdocRender, toMarkdoc } from './markdoc.js'
import { cpuNow, paired, pairedFresh } from './measure.js'
import { passes, ratiosTable, rowsTable, type Ratio, type Row } from './report.js'
import { defaultLimits, parseContent } from '../dist/parser.js'
import { deepFreeze } from '../src/util/deep-freeze.js'
import { renderDocument } from '../dist/render.js'

const quick = process.argv.includes('--quick')
const settings = quick
  ? { tableMs: 250, rounds: 31, minMs: 25, midRounds: 11, bigRounds: 3, freshRounds: 15, corpus: [1, 10], checkFiles: 100, poolFiles: 50, importRuns: 10 }
  : { tableMs: 800, rounds: 101, minMs: 25, midRounds: 31, bigRounds: 9, freshRounds: 41, corpus: [1, 10, 100], checkFiles: 1000, poolFiles: 300, importRuns: 30 }
const started = performance.now()
const log = (message: string): void => {
  process.stderr.write(`[${((performance.now() - started) / 1000).toFixed(0).padStart(3)}s] ${message}\n`)
}

// --- Inputs -------------------------------------------------------------------------------
const overview = loadSource()
const sized = Object.fromEntries(
  Object.entries(documentSizes).map(([label, bytes]) => [label, sizedDocument(overview, bytes)]),
) as Record<keyof typeof documentSizes, string>
const inputs: Array<[string, string]> = [['overview', overview], ...Object.entries(sized)]
const bytesOf = (text: string): number => Buffer.byteLength(text)
// The 1 MB document is past the default input limits (guards for untrusted input): raise
// them all 64x, as the limits' diagnostics advise for trusted input.
const limits = Object.fromEntries(Object.entries(defaultLimits).map(([name, value]) => [name, value * 64]))
const parseOptions = { path: 'bench.md', limits }
const parse = (source: string) => parseContent(source, parseOptions)

// Every generated input must be valid content, or the numbers measure error paths.
const invalid: string[] = []
const invalidLabels = new Set<string>()
for (const [label, source] of [...inputs, ['corpus doc-0001', makeCorpus(overview, 2)[1]?.source ?? '']] as const) {
  const { document, diagnostics } = parse(source)
  const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error')
  if (!document || errors.length > 0) {
    invalidLabels.add(label)
    invalid.push(`${label}: ${errors.length} error(s), first: ${errors[0]?.ruleId ?? 'no document'} ${errors[0]?.message ?? ''}`)
  }
}
if (invalid.length > 0) log(`WARNING: generated inputs with errors:\n  ${invalid.join('\n  ')}`)
log(`inputs: ${inputs.map(([label, source]) => `${label} ${bytesOf(source)} B`).join(', ')}`)

// --- Throughput table (tinybench) ---------------------------------------------------------
const rows: Row[] = []
const overviewDocument = parse(overview).document
const overviewMarkdoc = toMarkdoc(overview)
const overviewTree = bodyTree(overview)
// The renderer's output also carries the disclaimers, glossary and references of the
// frontmatter: the same content, written as plain markdown, through the bare pipeline.
const renderedTree = overviewDocument ? bodyTree(contentMarkdown(overview, overviewDocument)) : overviewTree
const markdocErrors = markdocRender(overviewMarkdoc).errors
if (markdocErrors > 0) log(`WARNING: the Markdoc conversion has ${markdocErrors} validation error(s)`)

const bench = new Bench({ time: settings.tableMs, warmupTime: 100, now: cpuNow })
const tasks: Array<[string, string, number, () => unknown]> = [
  ['parseContent + rules', 'overview', bytesOf(overview), () => parse(overview)],
  ['parseContent, rules: false', 'overview', bytesOf(overview), () => parseContent(overview, { ...parseOptions, rules: false })],
  ['remark parse + yaml (baseline)', 'overview', bytesOf(overview), () => remarkBaseline(overview)],
  ['markdown-it render', 'overview', bytesOf(overview), () => markdownItRender(overview)],
  ['Markdoc parse', 'overview (Markdoc)', bytesOf(overviewMarkdoc), () => markdocParse(overviewMarkdoc)],
  ['Markdoc parse+validate+transform+html', 'overview (Markdoc)', bytesOf(overviewMarkdoc), () => markdocRender(overviewMarkdoc)],
  ['remark -> rehype -> sanitize -> html, from source', 'overview', bytesOf(overview), () => htmlFromSource(overview)],
  ['rehype -> sanitize -> html, from mdast (baseline)', 'overview', bytesOf(overview), () => htmlBaseline(overviewTree)],
  ['rehype -> sanitize -> html, from mdast (baseline)', 'overview + disclaimers, glossary, references', bytesOf(overview), () => htmlBaseline(renderedTree)],
]
if (overviewDocument) {
  for (const format of ['html', 'markdown', 'text'] as const) {
    tasks.push([`renderDocument ${format}`, 'overview', bytesOf(overview), () => renderDocument(overviewDocument, { format })])
  }
}
for (const [task, input, , fn] of tasks) bench.add(`${task} (${input})`, fn)
log(`throughput table: ${tasks.length} tasks`)
await bench.run()
for (const [task, input, bytes] of tasks) {
  const result = bench.getTask(`${task} (${input})`)?.result
  if (result && 'latency' in result) rows.push({ task, input, bytes, ms: result.latency.p50 })
}

// --- Ratios --------------------------------------------------------------------------------
const ratios: Ratio[] = []
// Each input measured in a fresh process holding only that input (bench/parse-ratio.ts): in
// this process, which keeps every input, the corpus and the results alive, the garbage
// collector's major collections land in the batches of the inputs that allocate most.
const parseTimes: Record<string, { ours: number; remark: number; bytes: number }> = {}
for (const [label] of inputs) {
  if (invalidLabels.has(label)) {
    log(`parse vs remark: ${label} skipped, the input has errors`)
    continue
  }
  log(`parse vs remark: ${label}, in a fresh process`)
  const rounds = label === '1MB' ? settings.bigRounds : label === '100KB' ? settings.midRounds : settings.rounds
  const run = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'bench', 'parse-ratio.ts'), label, String(rounds), String(settings.minMs)], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  if (run.status !== 0) {
    log(`WARNING: bench/parse-ratio.ts ${label} failed with status ${run.status}`)
    continue
  }
  const result = JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '{}') as { bytes: number; ours: number; remark: number; ratio: number }
  parseTimes[label] = result
  rows.push({ task: 'parseContent + rules (fresh process)', input: label, bytes: result.bytes, ms: result.ours })
  rows.push({ task: 'remark parse + yaml (fresh process)', input: label, bytes: result.bytes, ms: result.remark })
  ratios.push({
    name: `parse+rules / remark (${label})`,
    value: result.ratio,
    op: '<=',
    target: 1.3,
    detail: 'parseContent(source) with the recommended policy / remark-parse+frontmatter+directive parse + yaml.parse, in a fresh process',
  })
}
if (overviewDocument) {
  const inProcess = paired(() => parse(overview), () => remarkBaseline(overview), { rounds: settings.rounds, minMs: settings.minMs })
  ratios.push({
    name: 'parse+rules / remark (overview), bench process',
    value: inProcess.ratio,
    op: 'info',
    detail: 'the same in this process, with every input, the corpus and the results alive',
  })
}

if (overviewDocument) {
  log('render vs rehype baseline')
  const renderRatio = (subject: () => unknown, baseline: () => unknown): ReturnType<typeof paired> =>
    paired(subject, baseline, { rounds: settings.rounds, minMs: settings.minMs })
  const html = renderRatio(
    () => renderDocument(overviewDocument, { format: 'html' }),
    () => htmlBaseline(renderedTree),
  )
  ratios.push({
    name: 'renderDocument html / rehype pipeline (overview)',
    value: html.ratio,
    op: '<=',
    target: 1.5,
    detail:
      'renderDocument(doc, {format: html}) / remark-rehype+rehype-sanitize+rehype-stringify on the parsed mdast of the same content (body + disclaimers, glossary and references as markdown)',
  })
  // Per byte of HTML written: the renderer writes more markup for the same content (ids,
  // classes, data attributes, citation links).
  const ourBytes = bytesOf(renderDocument(overviewDocument, { format: 'html' }))
  const baselineBytes = bytesOf(htmlBaseline(renderedTree))
  ratios.push({
    name: 'renderDocument html / rehype pipeline, per byte of output',
    value: (html.aMs / ourBytes) / (html.bMs / baselineBytes),
    op: 'info',
    detail: `as above, time per byte of HTML written: renderDocument writes ${ourBytes} B, the bare pipeline ${baselineBytes} B for the same content`,
  })
  // First renders: each timed call renders a fresh deep-frozen copy of the parsed overview
  // once (nothing kept from an earlier render: every block is converted, sanitized and
  // serialized), against the baseline on fresh copies of its mdast, just as cold.
  const firstRender = pairedFresh(
    { make: () => deepFreeze(structuredClone(overviewDocument)), run: (document) => renderDocument(document, { format: 'html' }) },
    { make: () => structuredClone(renderedTree), run: (tree) => htmlBaseline(tree) },
    { rounds: settings.freshRounds, perRound: 20 },
  )
  ratios.push({
    name: 'renderDocument html / rehype pipeline, first render',
    value: firstRender.ratio,
    op: '<=',
    target: 1.5,
    detail: `as the target above, on fresh frozen copies of the document, each rendered once, against the pipeline on fresh copies of its mdast (${firstRender.aMs.toFixed(2)} ms / ${firstRender.bMs.toFixed(2)} ms)`,
  })
  // A document that is not frozen is rendered in full every time (nothing is kept for it).
  const unfrozen = structuredClone(overviewDocument)
  const notFrozen = renderRatio(
    () => renderDocument(unfrozen, { format: 'html' }),
    () => htmlBaseline(renderedTree),
  )
  ratios.push({
    name: 'renderDocument html / rehype pipeline, document not frozen',
    value: notFrozen.ratio,
    op: 'info',
    detail: 'as above, on a mutable copy, which is converted, sanitized and serialized at every render',
  })
  const bodyOnly = renderRatio(
    () => renderDocument(overviewDocument, { format: 'html' }),
    () => htmlBaseline(overviewTree),
  )
  ratios.push({
    name: 'renderDocument html / rehype pipeline on the body only',
    value: bodyOnly.ratio,
    op: 'info',
    detail: 'as above, baseline on the source body mdast (no references, disclaimers or glossary: less output)',
  })
  const bigDocument = parse(sized['1MB']).document
  if (bigDocument) {
    const bigTree = bodyTree(contentMarkdown(sized['1MB'], bigDocument))
    const bigHtml = paired(
      () => renderDocument(bigDocument, { format: 'html' }),
      () => htmlBaseline(bigTree),
      { rounds: settings.bigRounds, minMs: 0 },
    )
    rows.push({ task: 'renderDocument html', input: '1MB', bytes: bytesOf(sized['1MB']), ms: bigHtml.aMs })
    rows.push({ task: 'rehype -> sanitize -> html, from mdast (baseline)', input: '1MB', bytes: bytesOf(sized['1MB']), ms: bigHtml.bMs })
    ratios.push({ name: 'renderDocument html / rehype pipeline (1MB)', value: bigHtml.ratio, op: '<=', target: 1.5, detail: 'as above (same content), 1 MB document' })
  }
}

// Growth with the input size, from the fresh-process timings above.
for (const [from, to] of [['10KB', '100KB'], ['100KB', '1MB']] as const) {
  const a = parseTimes[from]
  const b = parseTimes[to]
  if (!a || !b) continue
  // Sizes are not exactly 10x apart: scale the time ratio to exactly 10x the bytes.
  const scale = 10 / (b.bytes / a.bytes)
  ratios.push({
    name: `growth parse+rules ${from} -> ${to}`,
    value: (b.ours / a.ours) * scale,
    op: '<=',
    target: 11,
    detail: `time(${to}) / time(${from}) in a fresh process (${a.ours.toFixed(2)} -> ${b.ours.toFixed(1)} ms), scaled to exactly 10x the bytes (remark alone: ${((b.remark / a.remark) * scale).toFixed(2)}x)`,
  })
  ratios.push({
    name: `growth parse+rules / growth remark ${from} -> ${to}`,
    value: b.ours / a.ours / (b.remark / a.remark),
    op: 'info',
    detail: 'fresh process: how much faster our time grows than remark+yaml alone on the same documents (1.00: we add nothing that grows faster than remark)',
  })
}

// In-process corpus throughput: every document parsed once.
for (const count of settings.corpus) {
  const corpus = makeCorpus(overview, count)
  const bytes = corpus.reduce((sum, file) => sum + bytesOf(file.source), 0)
  log(`corpus of ${count}`)
  for (const file of corpus) parse(file.source)
  const start = performance.now()
  for (const file of corpus) parse(file.source)
  rows.push({ task: 'parseContent + rules, each file once', input: `corpus ${count}`, bytes, ms: performance.now() - start })
}

// --- Embedding ------------------------------------------------------------------------------
let embedding:
  | {
      entry: BundleSize
      json: { raw: number; gzip: number }
      source: { raw: number; gzip: number }
      data: { raw: number; gzip: number }
      html: BundleSize
      parser: BundleSize
      parserWithZod: BundleSize
      render: BundleSize
      imports: ColdImport
    }
  | undefined
const distIndex = path.join(root, 'dist', 'index.js')
if (existsSync(distIndex)) {
  log('embedding: bundles and cold imports')
  const { exosomeOverview } = (await import(distIndex)) as { exosomeOverview: unknown }
  const json = JSON.stringify(exosomeOverview)
  // The English root entry as an app that embeds it imports it (size-limit's first entry):
  // the overview and the lookups; the Spanish overview is its own bundle, against its source.
  const entry = await rootBundleSize(['exosomeOverview', 'fromEmbedded', 'getClaim', 'getDisclaimer', 'getGlossaryTerm', 'getReference', 'getSection'])
  const entryEs = await rootBundleSize(['exosomeOverviewEs'])
  // zod is a peer dependency, left out as size-limit does; the parser is also sized with it.
  const parserBundle = await bundleSize(path.join(root, 'dist', 'parser.js'), ['zod'])
  const parserWithZod = await bundleSize(path.join(root, 'dist', 'parser.js'))
  const renderBundle = await bundleSize(path.join(root, 'dist', 'render.js'), ['zod'])
  const html = await htmlBundleSize()
  const imports = coldImport(json, settings.importRuns)
  // The embedded data as the generated module holds it: the literal `fromEmbedded` takes
  // (JSON text), or the string it gives JSON.parse when the data holds a `__proto__` key.
  const generated = readFileSync(path.join(root, 'src', 'generated', 'exosome-overview.js'), 'utf8')
  const argument = generated.slice(generated.indexOf('fromEmbedded(') + 'fromEmbedded('.length, generated.lastIndexOf(')')).trim()
  const parsed = /^\/\* @__PURE__ \*\/ JSON\.parse\(("(?:[^"\\]|\\.)*")\)$/.exec(argument)?.[1]
  const data = gzipSize(parsed === undefined ? argument : (JSON.parse(parsed) as string))
  const sourceSize = gzipSize(overview)
  embedding = { entry, json: gzipSize(json), source: sourceSize, data, html, parser: parserBundle, parserWithZod, render: renderBundle, imports }
  ratios.push({
    name: 'root entry gzip / source markdown gzip',
    value: entry.gzip / sourceSize.gzip,
    op: '<=',
    target: 1.1,
    detail: `esbuild bundle of { exosomeOverview, fromEmbedded, get* lookups } from dist/index.js, minified, gzip -9: ${entry.gzip} B / content/exosome-therapy.md gzip -9: ${sourceSize.gzip} B; forbidden inputs: ${entry.forbiddenInputs.length === 0 ? 'none' : entry.forbiddenInputs.join(', ')}`,
  })
  const sourceEs = gzipSize(readFileSync(path.join(root, 'content', 'exosome-therapy.es.md'), 'utf8'))
  ratios.push({
    name: 'root entry (Spanish overview) gzip / its source gzip',
    value: entryEs.gzip / sourceEs.gzip,
    op: 'info',
    detail: `esbuild bundle of { exosomeOverviewEs } from dist/index.js, minified, gzip -9: ${entryEs.gzip} B / content/exosome-therapy.es.md gzip -9: ${sourceEs.gzip} B`,
  })
  ratios.push({
    name: 'embedded data gzip / source markdown gzip',
    value: data.gzip / sourceSize.gzip,
    op: 'info',
    detail: `the data of src/generated/exosome-overview.js (toEmbedded, as JSON) ${data.raw} B, gzip -9 ${data.gzip} B; the rest of the root entry is the loader, its freezer and the lookups`,
  })
  ratios.push({
    name: 'root entry gzip / its JSON gzip',
    value: entry.gzip / embedding.json.gzip,
    op: 'info',
    detail: `JSON.stringify(exosomeOverview) (every field, no positions) gzip -9: ${embedding.json.gzip} B`,
  })
  ratios.push({
    name: 'browser bundle gzip: overview + renderSection (HTML)',
    value: html.gzip / 1024,
    unit: 'KB',
    op: '<=',
    target: 45,
    detail: `esbuild bundle of { exosomeOverview } from dist/index.js and { renderSection } from dist/render.js, minified ${html.minified} B, gzip ${html.gzip} B; YAML, markdown parser or serializer inputs: ${html.forbiddenInputs.length === 0 ? 'none' : html.forbiddenInputs.join(', ')}`,
  })
  ratios.push({
    name: 'cold import root entry / import JSON',
    value: imports.entryMs / imports.jsonImportMs,
    op: '<=',
    target: 1.5,
    detail: `fresh node each, median of ${imports.runs}, CPU time of the import: await import(dist/index.js) ${imports.entryMs.toFixed(2)} ms / await import(overview.json, {with: {type: 'json'}}) ${imports.jsonImportMs.toFixed(2)} ms (wall inside the process: ${imports.entryWallMs.toFixed(2)} / ${imports.jsonImportWallMs.toFixed(2)} ms)`,
  })
  ratios.push({
    name: 'cold import root entry / JSON.parse(readFileSync)',
    value: imports.entryMs / imports.jsonParseMs,
    op: 'info',
    detail: `JSON.parse(readFileSync(overview.json)) ${imports.jsonParseMs.toFixed(2)} ms CPU; whole process wall time: entry ${imports.entryProcessMs.toFixed(1)} ms, JSON import ${imports.jsonImportProcessMs.toFixed(1)} ms, JSON.parse ${imports.jsonParseProcessMs.toFixed(1)} ms`,
  })
  ratios.push({ name: 'parser entry bundle, gzip', value: parserBundle.gzip / 1024, unit: 'KB', op: 'info', detail: `dist/parser.js + dependencies except the zod peer, minified ${parserBundle.minified} B, gzip ${parserBundle.gzip} B; with zod: gzip ${parserWithZod.gzip} B` })
  ratios.push({ name: 'render entry bundle, gzip', value: renderBundle.gzip / 1024, unit: 'KB', op: 'info', detail: `dist/render.js + dependencies except the zod peer, minified ${renderBundle.minified} B, gzip ${renderBundle.gzip} B` })
} else {
  log('embedding skipped: dist/index.js is missing (npm run build)')
}

// --- check: cache and workers ---------------------------------------------------------------
log(`check on ${settings.checkFiles} files (spawns the built CLI)`)
let check: CheckBench | undefined
try {
  check = benchCheck(overview, settings.checkFiles, { poolFiles: settings.poolFiles })
} catch (error) {
  log(`check skipped: ${error instanceof Error ? error.message : String(error)}`)
}
if (check) {
  ratios.push({
    name: `check cold / warm --cache (${check.files} files)`,
    value: check.coldMs / check.warmMs,
    op: '>=',
    target: 10,
    detail: `cold ${check.coldMs.toFixed(0)} ms (parse all, write cache) / warm ${check.warmMs.toFixed(0)} ms (median); ${check.warmDebug}`,
  })
  ratios.push({
    name: `check one worker / worker pool (${check.poolFiles} files)`,
    value: check.singleMs / check.poolMs,
    op: 'info',
    detail: `no cache: ${check.singleHow} ${check.singleMs.toFixed(0)} ms / default pool ${check.poolMs.toFixed(0)} ms on ${os.availableParallelism()} cores`,
  })
  rows.push({ task: 'check cold (--cache, empty)', input: `corpus ${check.files}`, bytes: check.bytes, ms: check.coldMs })
  rows.push({ task: 'check warm (--cache)', input: `corpus ${check.files}`, bytes: check.bytes, ms: check.warmMs })
  rows.push({ task: 'check, worker pool, no cache', input: `corpus ${check.poolFiles}`, bytes: check.poolBytes, ms: check.poolMs })
  rows.push({ task: `check, ${check.singleHow.split(' (')[0] ?? ''}, no cache`, input: `corpus ${check.poolFiles}`, bytes: check.poolBytes, ms: check.singleMs })
}

// --- Report ----------------------------------------------------------------------------------
const machine = {
  cpus: os.availableParallelism(),
  model: os.cpus()[0]?.model ?? 'unknown',
  memoryGB: Math.round(os.totalmem() / 1024 ** 3),
  node: process.version,
  platform: `${process.platform} ${process.arch}`,
}
const date = new Date().toISOString()
console.log(`\nexosome-content bench ${quick ? '(quick) ' : ''}${date}`)
console.log(`${machine.cpus} cores (${machine.model}), ${machine.memoryGB} GB, Node ${machine.node}, ${machine.platform}\n`)
console.log(rowsTable(rows))
console.log(`\n${ratiosTable(ratios)}`)
const failed = ratios.filter((ratio) => !passes(ratio))
console.log(`\n${ratios.filter((ratio) => ratio.op !== 'info').length - failed.length} passed, ${failed.length} failed; ${((performance.now() - started) / 1000).toFixed(0)} s`)
if (invalid.length > 0) console.log(`WARNING: generated inputs with errors: ${invalid.join('; ')}`)

writeFileSync(
  path.join(root, 'bench', 'results.json'),
  `${JSON.stringify({ date, quick, machine, inputs: Object.fromEntries(inputs.map(([label, source]) => [label, bytesOf(source)])), rows, ratios: ratios.map((ratio) => ({ ...ratio, pass: passes(ratio) })), embedding, check, invalid }, null, 2)}\n`,
)
