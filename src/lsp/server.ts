import { pathToFileURL } from 'node:url'
import {
  CodeActionKind,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  MarkupKind,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type Diagnostic as LspDiagnostic,
  type Hover,
  type InitializeResult,
  type Location,
} from 'vscode-languageserver/node.js'
import { TextDocument } from 'vscode-languageserver-textdocument'
import { createDiagnostic } from '../diagnostics.js'
import { WorkerPool, type JobOutcome } from '../node/check/pool.js'
import { configFileNames } from '../node/config.js'
import { packageVersion } from '../node/package-root.js'
import { readRegularFile } from '../node/read-file.js'
import { resolveBuiltWorker, type WorkerScript } from '../node/worker-script.js'
import { securityUrl } from '../parser/limits.js'
import { checkSummaries } from '../rules/check-consistency.js'
import type { DocumentSummary } from '../rules/document-summary.js'
import { resolvePolicy, type PolicyInput } from '../rules/policy.js'
import type { Diagnostic } from '../schema/diagnostic.js'
import { codeActions } from './code-actions.js'
import { complete } from './completion.js'
import { spanRange, toLspDiagnostic, toLspRange } from './convert.js'
import { frontmatterKeyAt } from './cursor.js'
import { describeClaim, describeDisclaimer, describeReference, frontmatterKeys } from './describe.js'
import { resolveServerOptions, type LanguageServerOptions, type ResolvedServerOptions } from './options.js'
import { idAt, usageKindsOf, type IdTarget } from './targets.js'
import type { AnalysisRequest, AnalysisResponse, DocumentIndex } from './types.js'
import { isPage, Workspace, type Place } from './workspace.js'

/** A running language server. */
export interface LanguageServer {
  /**
   * Stop the server's timers and workers (the connection is the caller's).
   *
   * @returns When every worker has stopped.
   */
  dispose(): Promise<void>
}

/** The latest analysis of an open document. */
interface Analysis {
  version: number
  /** The text the analysis read (offsets of the index are into it). */
  snapshot: TextDocument
  place: Place
  policy: PolicyInput
  bom: boolean
  diagnostics: Diagnostic[]
  summary: DocumentSummary | undefined
  index: DocumentIndex | undefined
}

/** A page on disk, read for the cross-document checks only. */
interface DiskPage {
  place: Place
  summary: DocumentSummary | undefined
}

/**
 * The analysis worker: `dist/lsp-worker.js` from the package, `src/lsp/worker.ts` through tsx
 * from the sources.
 *
 * @returns The script to give `WorkerPool`.
 */
const lspWorker = (): WorkerScript => resolveBuiltWorker({ file: 'lsp-worker.js', source: 'src/lsp/worker.ts', label: "language server's worker" })

const whole = { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } }

function failure(outcome: Exclude<JobOutcome<AnalysisResponse>, { status: 'done' }>, file: string, timeoutMs: number): AnalysisResponse {
  const diagnostic =
    outcome.status === 'timeout'
      ? createDiagnostic({
          ruleId: 'parse-timeout',
          message: `Unexpected check time over ${timeoutMs} ms, expected the page to be checked in time (the worker was stopped; raise \`timeoutMs\` in the server's initializationOptions for large trusted pages)`,
          place: whole,
          file,
          url: securityUrl('parse-timeout'),
        })
      : createDiagnostic({
          ruleId: 'parse-crash',
          message: `Unexpected end of the checking worker (${outcome.message.split('\n')[0] ?? ''}), expected a result`,
          place: whole,
          file,
          url: securityUrl('parse-crash'),
        })
  return { diagnostics: [diagnostic], summary: undefined, index: undefined }
}

/**
 * Serve the exosome-content language over a connection: diagnostics as the author types
 * (the parser and rules of `check`, the workspace's config, `claim-id-stable` across the open
 * pages and those on disk), completion, hover, definition, references and quick fixes. Every
 * page is parsed in a worker thread with a time budget, so a hostile text cannot stall the
 * server. Call `connection.listen()` after it.
 *
 * @param connection A connection from `vscode-languageserver` (any transport).
 * @param options Debounce, time budget, input limits and workspace scan size; the client's
 *   `initializationOptions` (or their `exosomeContent` member) override them.
 * @returns The server, to dispose of.
 * @throws {TypeError} For invalid options.
 * @example
 * ```ts
 * import { createConnection, ProposedFeatures } from 'vscode-languageserver/node'
 * import { createLanguageServer } from 'exosome-content/lsp'
 * const connection = createConnection(ProposedFeatures.all)
 * createLanguageServer(connection, { debounceMs: 300 })
 * connection.listen()
 * ```
 */
export function createLanguageServer(connection: Connection, options?: LanguageServerOptions): LanguageServer {
  let settings: ResolvedServerOptions = resolveServerOptions(options, undefined, () => {})
  const documents = new TextDocuments(TextDocument)
  const workspace = new Workspace((message) => void connection.window.showWarningMessage(`exosome-content: ${message}`))
  const analyses = new Map<string, Analysis>()
  const disk = new Map<string, DiskPage>()
  const timers = new Map<string, NodeJS.Timeout>()
  const running = new Set<string>()
  const rerun = new Set<string>()
  const published = new Map<string, string>()
  const backgroundQueue: string[] = []
  let foreground: WorkerPool<AnalysisRequest, AnalysisResponse> | undefined
  let draining = false
  let disposed = false
  let snippets = false
  let watchFiles = false

  // A runaway parse ends its worker (`parse-crash`), not the editor's server.
  const resourceLimits = { maxOldGenerationSizeMb: 512 }
  const pool = (): WorkerPool<AnalysisRequest, AnalysisResponse> => {
    foreground ??= new WorkerPool({ ...lspWorker(), size: 1, timeoutMs: settings.timeoutMs, resourceLimits })
    return foreground
  }
  let publishTimer: NodeJS.Timeout | undefined
  // Pages read from disk change only the cross-document diagnostics: publish them in batches.
  const publishSoon = (): void => {
    publishTimer ??= setTimeout(() => {
      publishTimer = undefined
      publishAll()
    }, 100)
  }

  connection.onInitialize((params): InitializeResult => {
    settings = resolveServerOptions(options, params.initializationOptions, (message) => connection.console.warn(message))
    const folders = params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri === null ? [] : [params.rootUri])
    workspace.setFolders(folders)
    snippets = params.capabilities.textDocument?.completion?.completionItem?.snippetSupport === true
    watchFiles = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true
    // Start the worker now, so the first page opened does not wait for it to load.
    pool()
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        completionProvider: { triggerCharacters: ['"', "'", '=', ' ', '{', '#'] },
        hoverProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      },
      serverInfo: { name: 'exosome-content', version: packageVersion() },
    }
  })

  connection.onInitialized(() => {
    if (watchFiles) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: '**/*.md' }, ...configFileNames.map((name) => ({ globPattern: `**/${name}` }))],
      })
    }
    void scanWorkspace()
  })

  connection.onShutdown(async () => {
    await dispose()
  })

  async function scanWorkspace(): Promise<void> {
    if (settings.maxWorkspacePages === 0) return
    try {
      for (const file of await workspace.pages(settings.maxWorkspacePages)) queueDiskPage(file)
    } catch (error) {
      connection.console.warn(`exosome-content: cannot list the workspace's pages: ${error instanceof Error ? error.message : String(error)}`)
    }
  }

  // Files of the open documents: what the editor holds replaces what is on disk.
  function openFiles(): Set<string> {
    return new Set(documents.all().flatMap((document) => workspace.place(document.uri).file ?? []))
  }

  const openFile = (file: string): boolean => openFiles().has(file)

  function queueDiskPage(file: string): void {
    if (disposed || settings.maxWorkspacePages === 0 || backgroundQueue.includes(file)) return
    backgroundQueue.push(file)
    void drainBackground()
  }

  // On-disk pages are read one at a time in a worker of their own, so the open page's checks
  // never queue behind them; the worker stops when the queue is empty.
  async function drainBackground(): Promise<void> {
    if (draining) return
    draining = true
    const background = new WorkerPool<AnalysisRequest, AnalysisResponse>({ ...lspWorker(), size: 1, timeoutMs: settings.timeoutMs, resourceLimits })
    try {
      for (let file = backgroundQueue.shift(); file !== undefined && !disposed; file = backgroundQueue.shift()) {
        const place = workspace.place(pathToFileURL(file).href)
        let source: string
        try {
          source = await readRegularFile(file)
        } catch {
          disk.delete(file)
          continue
        }
        if (!isPage(source)) {
          disk.delete(file)
          continue
        }
        const { policy, extension } = await workspace.settingsFor(place)
        const outcome = await background.run({ source, path: place.display, policy, extension, limits: settings.limits, now: settings.now, index: false })
        disk.set(file, { place, summary: outcome.status === 'done' ? outcome.value.summary : undefined })
        publishSoon()
      }
    } finally {
      await background.close()
      draining = false
    }
  }

  function schedule(uri: string, delay: number): void {
    clearTimeout(timers.get(uri))
    timers.set(
      uri,
      setTimeout(() => {
        timers.delete(uri)
        void analyse(uri)
      }, delay),
    )
  }

  async function analyse(uri: string): Promise<void> {
    if (disposed) return
    if (running.has(uri)) {
      rerun.add(uri)
      return
    }
    const document = documents.get(uri)
    if (document === undefined) return
    running.add(uri)
    try {
      const text = document.getText()
      const place = workspace.place(uri)
      if (!isPage(text)) {
        analyses.delete(uri)
        publish(uri, document.version, [])
        return
      }
      const { policy, extension } = await workspace.settingsFor(place)
      const outcome = await pool().run({ source: text, path: place.display, policy, extension, limits: settings.limits, now: settings.now, index: true })
      if (disposed || documents.get(uri)?.version !== document.version) return
      const response = outcome.status === 'done' ? outcome.value : failure(outcome, place.display, settings.timeoutMs)
      analyses.set(uri, {
        version: document.version,
        snapshot: TextDocument.create(uri, document.languageId, document.version, text),
        place,
        policy,
        bom: text.charCodeAt(0) === 0xfeff,
        diagnostics: response.diagnostics,
        summary: response.summary,
        index: response.index,
      })
      publishAll()
    } finally {
      running.delete(uri)
      if (rerun.delete(uri)) void analyse(uri)
    }
  }

  function publish(uri: string, version: number, diagnostics: LspDiagnostic[]): void {
    const key = JSON.stringify(diagnostics)
    if (published.get(uri) === `${version}:${key}`) return
    published.set(uri, `${version}:${key}`)
    void connection.sendDiagnostics({ uri, version, diagnostics })
  }

  // Every open page's diagnostics: its own, then `claim-id-stable` against every other page.
  function publishAll(): void {
    const open = openFiles()
    for (const [uri, analysis] of analyses) {
      const own = analysis.diagnostics.map((diagnostic) => toLspDiagnostic(diagnostic, uri, analysis.bom))
      publish(uri, analysis.version, [...own, ...crossDiagnostics(uri, analysis, open)])
    }
  }

  function crossDiagnostics(uri: string, own: Analysis, open: ReadonlySet<string>): LspDiagnostic[] {
    if (own.summary === undefined) return []
    const others: Array<{ file: string; summary: DocumentSummary; uri: string; bom: boolean }> = []
    for (const [otherUri, analysis] of analyses) {
      if (otherUri !== uri && analysis.summary !== undefined) others.push({ file: analysis.place.display, summary: analysis.summary, uri: otherUri, bom: analysis.bom })
    }
    for (const [file, page] of disk) {
      if (page.summary !== undefined && file !== own.place.file && !open.has(file)) others.push({ file: page.place.display, summary: page.summary, uri: page.place.uri, bom: false })
    }
    if (others.length === 0) return []
    others.sort((a, b) => a.file.localeCompare(b.file))
    // The open page comes last: each of its claims is compared with its definition elsewhere.
    const found = checkSummaries([...others, { file: own.place.display, summary: own.summary }], resolvePolicy(own.policy))
    return found
      .filter((diagnostic) => diagnostic.file === own.place.display)
      .map((diagnostic) =>
        // The rules name the file `related` is in (the original of a translation, the first
        // definition of a claim id): its URI is that page's, open or on disk.
        toLspDiagnostic(diagnostic, uri, own.bom, (item) => {
          const file = item.related?.file
          const other = file === undefined ? undefined : others.find((candidate) => candidate.file === file)
          return other === undefined ? undefined : { uri: other.uri, bom: other.bom }
        }),
      )
  }

  // didOpen also fires a content change for the same version: the first check is not delayed.
  const scheduled = new Map<string, number>()
  documents.onDidOpen((event) => {
    scheduled.set(event.document.uri, event.document.version)
    schedule(event.document.uri, 0)
  })
  documents.onDidChangeContent((event) => {
    if (scheduled.get(event.document.uri) === event.document.version) return
    scheduled.set(event.document.uri, event.document.version)
    schedule(event.document.uri, settings.debounceMs)
  })
  documents.onDidClose((event) => {
    const { uri } = event.document
    clearTimeout(timers.get(uri))
    timers.delete(uri)
    const place = analyses.get(uri)?.place ?? workspace.place(uri)
    analyses.delete(uri)
    published.delete(uri)
    scheduled.delete(uri)
    void connection.sendDiagnostics({ uri, diagnostics: [] })
    // What is on disk now takes part in the cross-document checks again.
    if (place.file !== undefined) queueDiskPage(place.file)
    publishAll()
  })

  connection.onDidChangeWatchedFiles((params) => {
    let configChanged = false
    for (const change of params.changes) {
      const place = workspace.place(change.uri)
      if (place.file === undefined) continue
      if ((configFileNames as readonly string[]).some((name) => place.file?.endsWith(name))) {
        configChanged = true
        continue
      }
      if (!place.file.endsWith('.md')) continue
      if (change.type === FileChangeType.Deleted) disk.delete(place.file)
      else if (!openFile(place.file)) queueDiskPage(place.file)
    }
    if (configChanged) {
      workspace.reloadConfigs()
      for (const document of documents.all()) schedule(document.uri, 0)
      for (const file of disk.keys()) queueDiskPage(file)
    }
    publishAll()
  })

  const current = (uri: string): { document: TextDocument; analysis: Analysis | undefined } | undefined => {
    const document = documents.get(uri)
    return document === undefined ? undefined : { document, analysis: analyses.get(uri) }
  }

  // Offsets of the index are those of the text it was read from: use them only while the text is the same.
  const indexNow = (document: TextDocument, analysis: Analysis | undefined): DocumentIndex | undefined =>
    analysis !== undefined && analysis.version === document.version ? analysis.index : undefined

  connection.onCompletion((params) => {
    const found = current(params.textDocument.uri)
    if (found === undefined) return []
    return complete(found.document, found.document.offsetAt(params.position), found.analysis?.index, snippets)
  })

  function targetAt(uri: string, position: { line: number; character: number }): { target: IdTarget; document: TextDocument; analysis: Analysis | undefined } | undefined {
    const found = current(uri)
    if (found === undefined) return undefined
    const target = idAt(found.document.getText(), found.document.offsetAt(position), indexNow(found.document, found.analysis))
    return target === undefined ? undefined : { target, ...found }
  }

  connection.onHover((params): Hover | null => {
    const found = targetAt(params.textDocument.uri, params.position)
    if (found === undefined) {
      const document = documents.get(params.textDocument.uri)
      const key = document === undefined ? undefined : frontmatterKeyAt(document.getText(), document.offsetAt(params.position))
      if (document === undefined || key === undefined) return null
      const doc = frontmatterKeys(key.list).find((candidate) => candidate.key === key.key)
      return doc === undefined ? null : { contents: { kind: MarkupKind.Markdown, value: doc.markdown }, range: spanRange(document, key.span) }
    }
    const { target, document, analysis } = found
    const index = analysis?.index
    let value: string | undefined
    if (target.kind === 'reference') {
      const entry = index?.references.find((candidate) => candidate.id === target.id)
      value = entry === undefined ? `\`${target.id}\` is not an id in \`references\`` : describeReference(entry)
    } else if (target.kind === 'disclaimer') {
      const entry = index?.disclaimers.find((candidate) => candidate.id === target.id)
      value = entry === undefined ? `\`${target.id}\` is not an id in \`disclaimers\`` : describeDisclaimer(entry)
    } else {
      const claim = index?.claims.find((candidate) => candidate.id === target.id)
      value = claim === undefined ? `No claim \`${target.id}\` is defined in this page` : describeClaim(claim, index?.references ?? [], index?.disclaimers ?? [])
    }
    return { contents: { kind: MarkupKind.Markdown, value }, range: spanRange(document, target.span) }
  })

  function definitions(target: IdTarget, uri: string, analysis: Analysis | undefined): Location[] {
    const index = analysis?.index
    if (analysis === undefined || index === undefined) return []
    if (target.kind !== 'claim') {
      const entry = (target.kind === 'reference' ? index.references : index.disclaimers).find((candidate) => candidate.id === target.id)
      return entry === undefined ? [] : [{ uri, range: spanRange(analysis.snapshot, entry.idSpan) }]
    }
    const claim = index.claims.find((candidate) => candidate.id === target.id)
    if (claim !== undefined) return [{ uri, range: spanRange(analysis.snapshot, claim.head) }]
    return elsewhere(target.id, uri)
  }

  // Definitions of a claim id in the other pages (open ones, then those on disk).
  function elsewhere(id: string, uri: string): Location[] {
    const locations: Location[] = []
    for (const [otherUri, analysis] of analyses) {
      const claim = otherUri === uri ? undefined : analysis.index?.claims.find((candidate) => candidate.id === id)
      if (claim !== undefined) locations.push({ uri: otherUri, range: spanRange(analysis.snapshot, claim.head) })
    }
    const open = openFiles()
    for (const [file, page] of disk) {
      const claim = page.summary?.claims.find((candidate) => candidate.id === id)
      if (claim !== undefined && !open.has(file)) locations.push({ uri: page.place.uri, range: toLspRange(claim.position, false) })
    }
    return locations
  }

  connection.onDefinition((params) => {
    const found = targetAt(params.textDocument.uri, params.position)
    return found === undefined ? [] : definitions(found.target, params.textDocument.uri, found.analysis)
  })

  connection.onReferences((params) => {
    const found = targetAt(params.textDocument.uri, params.position)
    const analysis = found?.analysis
    const index = analysis?.index
    if (found === undefined || analysis === undefined || index === undefined) return []
    const { target } = found
    const kinds = usageKindsOf(target.kind)
    const locations: Location[] = []
    const uses = (uri: string, snapshot: TextDocument, index: DocumentIndex): void => {
      for (const usage of index.usages) if (usage.id === target.id && kinds.includes(usage.kind)) locations.push({ uri, range: spanRange(snapshot, usage.span) })
    }
    if (params.context.includeDeclaration) {
      locations.push(...definitions(target, params.textDocument.uri, analysis))
      // A claim id names one statement in every page: its definitions in the others too.
      if (target.kind === 'claim' && index.claims.some((claim) => claim.id === target.id)) locations.push(...elsewhere(target.id, params.textDocument.uri))
    }
    uses(params.textDocument.uri, analysis.snapshot, index)
    if (target.kind === 'claim') {
      for (const [uri, other] of analyses) if (uri !== params.textDocument.uri && other.index !== undefined) uses(uri, other.snapshot, other.index)
    }
    return locations
  })

  connection.onCodeAction((params) => {
    const found = current(params.textDocument.uri)
    const index = found === undefined ? undefined : indexNow(found.document, found.analysis)
    if (found === undefined || index === undefined) return []
    return codeActions(found.document, index, params.context.diagnostics)
  })

  documents.listen(connection)

  async function dispose(): Promise<void> {
    if (disposed) return
    disposed = true
    for (const timer of timers.values()) clearTimeout(timer)
    timers.clear()
    clearTimeout(publishTimer)
    backgroundQueue.splice(0)
    await foreground?.close()
    foreground = undefined
  }

  return { dispose }
}
