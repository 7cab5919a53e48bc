/**
 * A real LSP client (vscode-languageserver-protocol over stdio) driving the built CLI,
 * `node bin/exosome-content.js lsp --stdio`, as an editor does. Run `npm run build` first.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import {
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node.js'

/** Repository root. */
export const root = path.resolve(import.meta.dirname, '../..')

/** The day the server's date rules measure from in tests (`EXOSOME_CONTENT_NOW`): no test reads the real clock. */
export const testNow = '2026-12-01'
const bin = path.join(root, 'bin', 'exosome-content.js')

/**
 * Fail early, with the fix, when the build the client spawns is missing.
 */
export function requireBuild(): void {
  for (const file of ['cli.js', 'lsp.js', 'lsp-worker.js']) {
    if (!existsSync(path.join(root, 'dist', file))) throw new Error(`dist/${file} is missing: run npm run build first`)
  }
}

/** A diagnostics notification and when it came. */
export interface Received {
  params: PublishDiagnosticsParams
  at: number
}

/** A client connected to a spawned server. */
export interface Client {
  connection: ProtocolConnection
  initialize: InitializeResult
  /** Messages the server showed (`window/showMessage`). */
  messages: string[]
  /** Every diagnostics notification so far, per URI. */
  received: Map<string, Received[]>
  open(uri: string, text: string, version?: number): number
  change(uri: string, version: number, changes: TextDocumentContentChangeEvent[]): number
  /** The first notification for `uri` after `since` that satisfies `accept`. */
  diagnostics(uri: string, accept: (params: PublishDiagnosticsParams) => boolean, since?: number, timeoutMs?: number): Promise<Received>
  stop(): Promise<number | null>
}

/**
 * Spawn the built server in a folder and initialize it as an editor would.
 *
 * @param folder The workspace folder (also the server's working directory).
 * @param initializationOptions Options for the server.
 * @returns The client.
 */
export async function startClient(folder: string, initializationOptions?: unknown): Promise<Client> {
  const child: ChildProcessWithoutNullStreams = spawn(process.execPath, [bin, 'lsp', '--stdio'], { cwd: folder, stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, EXOSOME_CONTENT_NOW: testNow } })
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString()
  })
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin))
  const received = new Map<string, Received[]>()
  const waiters = new Set<() => void>()
  const messages: string[] = []
  connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
    const list = received.get(params.uri) ?? []
    list.push({ params, at: performance.now() })
    received.set(params.uri, list)
    for (const waiter of [...waiters]) waiter()
  })
  connection.onNotification('window/showMessage', (params: { message: string }) => messages.push(params.message))
  connection.onNotification('window/logMessage', () => {})
  connection.onRequest('client/registerCapability', () => null)
  connection.listen()
  const uri = pathToFileURL(folder).href
  const initialize = await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: uri,
    workspaceFolders: [{ uri, name: path.basename(folder) }],
    capabilities: {
      textDocument: { completion: { completionItem: { snippetSupport: true } }, publishDiagnostics: { relatedInformation: true } },
      workspace: { didChangeWatchedFiles: { dynamicRegistration: true } },
    },
    initializationOptions,
  })
  await connection.sendNotification(InitializedNotification.type, {})

  return {
    connection,
    initialize,
    messages,
    received,
    open(documentUri, text, version = 1) {
      void connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: documentUri, languageId: 'markdown', version, text } })
      return performance.now()
    },
    change(documentUri, version, changes) {
      void connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: documentUri, version }, contentChanges: changes })
      return performance.now()
    },
    diagnostics(documentUri, accept, since = 0, timeoutMs = 20_000) {
      return new Promise((resolve, reject) => {
        const check = (): boolean => {
          const found = (received.get(documentUri) ?? []).find((item) => item.at >= since && accept(item.params))
          if (found === undefined) return false
          waiters.delete(waiter)
          clearTimeout(timer)
          resolve(found)
          return true
        }
        const waiter = (): void => void check()
        const timer = setTimeout(() => {
          waiters.delete(waiter)
          reject(new Error(`No matching diagnostics for ${documentUri} within ${timeoutMs} ms; got ${JSON.stringify(received.get(documentUri)?.map((item) => item.params.diagnostics.map((d) => d.code)))}; stderr: ${stderr}`))
        }, timeoutMs)
        waiters.add(waiter)
        check()
      })
    },
    async stop() {
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
      try {
        await connection.sendRequest(ShutdownRequest.type)
        await connection.sendNotification(ExitNotification.type)
      } catch {
        child.kill()
      }
      const code = await Promise.race([exited, new Promise<null>((resolve) => setTimeout(() => resolve(null), 10_000))])
      if (code === null) child.kill()
      connection.dispose()
      return code
    },
  }
}
