import { format } from 'node:util'
import { createConnection, ProposedFeatures, StreamMessageReader, StreamMessageWriter, type Connection } from 'vscode-languageserver/node.js'
import type { LanguageServerOptions } from './options.js'
import { createLanguageServer, type LanguageServer } from './server.js'

/** Options of {@link startLanguageServer}: the server's, plus the streams to talk over. */
export interface StartOptions extends LanguageServerOptions {
  /**
   * Where the client's messages come from.
   *
   * @default process.stdin
   */
  input?: NodeJS.ReadableStream | undefined
  /**
   * Where the server's messages go.
   *
   * @default process.stdout
   */
  output?: NodeJS.WritableStream | undefined
}

/** A started server and its connection. */
export interface StartedLanguageServer extends LanguageServer {
  connection: Connection
  /** Settles when the connection closes (the client went away or sent `exit`). */
  closed: Promise<void>
}

/**
 * Start the language server over stdio (or the given streams): what
 * `exosome-content lsp --stdio` runs. While it runs, `console` output goes to the client's
 * log instead of stdout, which carries the protocol.
 *
 * @param options Streams and server options.
 * @returns The running server.
 * @example
 * ```ts
 * import { startLanguageServer } from 'exosome-content/lsp'
 * const server = startLanguageServer()
 * await server.closed
 * ```
 */
export function startLanguageServer(options: StartOptions = {}): StartedLanguageServer {
  const { input, output, ...serverOptions } = options
  const connection = createConnection(ProposedFeatures.all, new StreamMessageReader(input ?? process.stdin), new StreamMessageWriter(output ?? process.stdout))
  if (output === undefined) {
    const log = (send: (message: string) => void) => (...args: unknown[]) => send(format(...args))
    console.log = log((message) => connection.console.log(message))
    console.info = log((message) => connection.console.info(message))
    console.debug = log((message) => connection.console.log(message))
    console.warn = log((message) => connection.console.warn(message))
  }
  const server = createLanguageServer(connection, serverOptions)
  const closed = new Promise<void>((resolve) => {
    connection.onExit(() => resolve())
    ;(input ?? process.stdin).once('end', () => resolve())
  })
  connection.listen()
  return { connection, closed, dispose: () => server.dispose() }
}
